// The little of pngjs (installed as qrcode's dependency, without types) the receipt test uses.
declare module 'pngjs' {
  export const PNG: {
    sync: { read(buffer: Buffer): { width: number; height: number; data: Buffer } }
  }
}
