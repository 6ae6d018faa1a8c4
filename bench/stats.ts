// Small statistics helpers for the benchmark.

export interface Summary {
  n: number
  p50: number
  p95: number
  p99: number
  max: number
  mean: number
}

/** Nearest-rank percentiles of a sample (ms). */
export function summarize(values: ArrayLike<number>): Summary {
  const a = Float64Array.from(values as ArrayLike<number>).sort()
  const n = a.length
  if (n === 0) return { n: 0, p50: NaN, p95: NaN, p99: NaN, max: NaN, mean: NaN }
  const at = (p: number) => a[Math.min(n - 1, Math.max(0, Math.ceil(p * n) - 1))]!
  let sum = 0
  for (const v of a) sum += v
  return { n, p50: at(0.5), p95: at(0.95), p99: at(0.99), max: a[n - 1]!, mean: sum / n }
}

export function median(values: readonly number[]): number {
  return summarize(values).p50
}

export function round(v: number, digits = 2): number {
  if (!Number.isFinite(v)) return v
  const f = 10 ** digits
  return Math.round(v * f) / f
}
