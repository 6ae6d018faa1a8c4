import { createHash } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

// The icons in resources/ are generated from resources/icon.svg by `npm run icons`
// (scripts/icons.mjs) and committed. This checks they are there, are what they claim to be,
// and were generated from the icon.svg that is committed now.

const root = resolve(__dirname, '..')
const read = (file: string): Buffer => readFileSync(join(root, file))
const sha256 = (buf: Buffer): string => createHash('sha256').update(buf).digest('hex')

interface Manifest {
  source: { file: string; sha256: string }
  files: Record<string, { sha256: string; bytes: number; width?: number; height?: number }>
}
const manifest = JSON.parse(read('resources/icons.json').toString('utf8')) as Manifest

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])

/** Width and height from a PNG's IHDR chunk, which must come first. */
function pngSize(buf: Buffer): { width: number; height: number } {
  expect(buf.subarray(0, 8).equals(PNG_SIGNATURE), 'PNG signature').toBe(true)
  expect(buf.toString('latin1', 12, 16), 'first chunk is IHDR').toBe('IHDR')
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) }
}

describe('app icons in resources/', () => {
  it('were generated from the current icon.svg (else run `npm run icons`)', () => {
    expect(manifest.source.file).toBe('resources/icon.svg')
    expect(sha256(read('resources/icon.svg')), 'icon.svg changed since the icons were generated: run `npm run icons`').toBe(
      manifest.source.sha256
    )
  })

  it('are the files the generator wrote', () => {
    for (const file of ['resources/icon.png', 'resources/icon.icns', 'resources/icon.ico']) {
      expect(Object.keys(manifest.files)).toContain(file)
    }
    for (const [file, entry] of Object.entries(manifest.files)) {
      expect(existsSync(join(root, file)), `${file} exists`).toBe(true)
      const data = read(file)
      expect(data.length, file).toBe(entry.bytes)
      expect(sha256(data), `${file} was edited or is stale: run \`npm run icons\``).toBe(entry.sha256)
    }
  })

  it('has a 1024 px master PNG and a Linux icon set whose names match their sizes', () => {
    expect(pngSize(read('resources/icon.png'))).toEqual({ width: 1024, height: 1024 })
    const set = Object.keys(manifest.files).filter((f) => f.startsWith('resources/icons/'))
    const sizes = set.map((f) => Number(/(\d+)x\1\.png$/.exec(f)?.[1])).sort((a, b) => a - b)
    expect(sizes).toEqual(expect.arrayContaining([16, 32, 48, 64, 128, 256, 512]))
    for (const file of set) {
      const n = Number(/(\d+)x\d+\.png$/.exec(file)![1])
      expect(pngSize(read(file)), file).toEqual({ width: n, height: n })
    }
  })

  it('has a Windows ICO with every size up to 256 px', () => {
    const ico = read('resources/icon.ico')
    expect(ico.readUInt16LE(0), 'reserved').toBe(0)
    expect(ico.readUInt16LE(2), 'type 1 = icon').toBe(1)
    const count = ico.readUInt16LE(4)
    const sizes: number[] = []
    for (let i = 0; i < count; i++) {
      const at = 6 + 16 * i
      const width = ico[at]! || 256
      const height = ico[at + 1]! || 256
      const bytes = ico.readUInt32LE(at + 8)
      const offset = ico.readUInt32LE(at + 12)
      expect(offset + bytes, 'entry lies inside the file').toBeLessThanOrEqual(ico.length)
      const image = ico.subarray(offset, offset + bytes)
      if (image.subarray(0, 8).equals(PNG_SIGNATURE)) expect(pngSize(image)).toEqual({ width, height })
      else expect(image.readUInt32LE(0), 'BITMAPINFOHEADER').toBe(40)
      sizes.push(width)
    }
    expect(sizes).toEqual(expect.arrayContaining([16, 24, 32, 48, 64, 128, 256]))
  })

  it('has a macOS ICNS with the retina PNG entries up to 1024 px', () => {
    const icns = read('resources/icon.icns')
    expect(icns.toString('latin1', 0, 4)).toBe('icns')
    expect(icns.readUInt32BE(4), 'declared length').toBe(icns.length)
    const entries = new Map<string, Buffer>()
    let at = 8
    while (at < icns.length) {
      const type = icns.toString('latin1', at, at + 4)
      const length = icns.readUInt32BE(at + 4)
      expect(length, `${type} length`).toBeGreaterThan(8)
      entries.set(type, icns.subarray(at + 8, at + length))
      at += length
    }
    expect(at, 'entries fill the file exactly').toBe(icns.length)
    const pngTypes = { ic11: 32, ic12: 64, ic07: 128, ic13: 256, ic08: 256, ic14: 512, ic09: 512, ic10: 1024 }
    for (const [type, size] of Object.entries(pngTypes)) {
      expect(entries.has(type), `${type} present`).toBe(true)
      expect(pngSize(entries.get(type)!), type).toEqual({ width: size, height: size })
    }
  })

  it('are the icons electron-builder packages, with the window icon inside the app', () => {
    const config = read('electron-builder.yml').toString('utf8')
    // The indented lines under a top-level key.
    const section = (name: string): string => new RegExp(`^${name}:\\n((?: {2}.*\\n?)*)`, 'm').exec(config)?.[1] ?? ''
    expect(section('mac')).toMatch(/^ {2}icon: resources\/icon\.icns$/m)
    expect(section('win')).toMatch(/^ {2}icon: resources\/icon\.ico$/m)
    expect(section('linux')).toMatch(/^ {2}icon: resources\/icons$/m)
    expect(section('files')).toMatch(/^ {2}- resources\/icon\.png$/m)
  })
})
