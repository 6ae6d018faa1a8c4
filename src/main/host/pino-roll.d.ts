// pino-roll ships no types: the part of its API we use (it resolves to a SonicBoom stream).
declare module 'pino-roll' {
  import type SonicBoom from 'sonic-boom'
  interface PinoRollOptions {
    file: string
    size?: string | number
    frequency?: string | number
    extension?: string
    limit?: { count?: number; removeOtherLogFiles?: boolean }
    mkdir?: boolean
    symlink?: boolean
    mode?: number
  }
  export default function pinoRoll(options: PinoRollOptions): Promise<SonicBoom>
}
