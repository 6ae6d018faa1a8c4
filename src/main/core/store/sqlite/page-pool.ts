// Shared memory for the console's pages on their way from the reader thread to the main thread.
//
// A page the reader serialized used to reach the main thread in an ArrayBuffer of its own
// (transferred, not copied). Each such buffer is memory V8 accounts to the main thread's heap as
// external, and at a console's pace (a page or export back to back: ~50 MB/s) that accounting
// started a full mark-compact on the main thread every 150–400 ms, each pausing it 2–10 ms
// (--trace-gc, bench/profile-reads.ts): pauses of the thread that answers Mesh, caused by the
// console. Here the reader writes a page into a slot of one SharedArrayBuffer made when the
// store opens, and the main thread sends the bytes from there and frees the slot once the
// socket has them: nothing is allocated per page on the main thread. A page larger than a slot,
// or one that finds every slot taken, still travels in a buffer of its own.
//
// A slot's state is one Int32 of the control block: 0 free, 1 taken. The reader takes a free one
// with compareExchange; only whoever holds the page (Serialized.done) frees it.

export interface PagePool {
  readonly buffer: SharedArrayBuffer
  readonly slots: number
  readonly slotBytes: number
}

/** Where the slots' bytes begin (the control block comes first). */
const DATA_OFFSET = 4096

export const PAGE_POOL = {
  /** Console requests in flight at once, in practice: a page, an export's next batch, a count. */
  slots: 6,
  /** An export batch of 500 deliveries with their headers and bodies fits (typically 250–750 KB). */
  slotBytes: 1024 * 1024
} as const

export function createPagePool(slots: number = PAGE_POOL.slots, slotBytes: number = PAGE_POOL.slotBytes): PagePool {
  if (!Number.isInteger(slots) || slots < 1 || slots * 4 > DATA_OFFSET) throw new RangeError(`page pool: ${slots} slots`)
  if (!Number.isInteger(slotBytes) || slotBytes < 1) throw new RangeError(`page pool: slots of ${slotBytes} bytes`)
  return { buffer: new SharedArrayBuffer(DATA_OFFSET + slots * slotBytes), slots, slotBytes }
}

function control(pool: PagePool): Int32Array {
  return new Int32Array(pool.buffer, 0, pool.slots)
}

/** Takes a free slot (any thread); -1 when every one is taken. */
export function claimSlot(pool: PagePool): number {
  const c = control(pool)
  for (let i = 0; i < pool.slots; i++) if (Atomics.compareExchange(c, i, 0, 1) === 0) return i
  return -1
}

/** A slot's bytes: all of it (to write into), or its first `length` bytes (to read). */
export function slotBytes(pool: PagePool, slot: number, length: number = pool.slotBytes): Uint8Array {
  if (!Number.isInteger(slot) || slot < 0 || slot >= pool.slots) throw new RangeError(`page pool: no slot ${slot}`)
  if (!Number.isInteger(length) || length < 0 || length > pool.slotBytes) throw new RangeError(`page pool: ${length} bytes do not fit a slot`)
  return new Uint8Array(pool.buffer, DATA_OFFSET + slot * pool.slotBytes, length)
}

export function releaseSlot(pool: PagePool, slot: number): void {
  Atomics.store(control(pool), slot, 0)
}

/** Slots taken right now (stats, tests). */
export function slotsTaken(pool: PagePool): number {
  const c = control(pool)
  let n = 0
  for (let i = 0; i < pool.slots; i++) if (Atomics.load(c, i) !== 0) n++
  return n
}
