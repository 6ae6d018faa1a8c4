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
    /** Passed to SonicBoom: bytes kept in memory while the file cannot be written; beyond, lines are dropped. */
    maxLength?: number
  }
  export default function pinoRoll(options: PinoRollOptions): Promise<SonicBoom>
}
