/**
 * Memory figures for the benchmarks: `process.memoryUsage()` plus the peak RSS (VmHWM), taken in
 * the process itself or, through the preloaded ./serverProbe.ts, in a server a benchmark started.
 *
 * How to read them: `external` includes PGlite's WebAssembly memory (its whole size, touched or
 * not) and `arrayBuffers` (the in-memory data folder's files, buffers of sockets); `rss` is what
 * the process really holds now, `peak` the most it ever held.
 */
import fs from 'node:fs';

export interface MemorySample {
  rss: number;
  heapUsed: number;
  external: number;
  arrayBuffers: number;
  /** Peak RSS of the process so far (VmHWM). */
  peak: number;
}

const MB = 1024 * 1024;

/** This process's memory now, in MB. */
export function memorySample(): MemorySample {
  const m = process.memoryUsage();
  return { rss: m.rss / MB, heapUsed: m.heapUsed / MB, external: m.external / MB, arrayBuffers: m.arrayBuffers / MB, peak: peakRss(process.pid) };
}

/** Peak RSS of a process (VmHWM), in MB. */
export function peakRss(pid: number): number {
  const line = fs
    .readFileSync(`/proc/${pid}/status`, 'utf8')
    .split('\n')
    .find((l) => l.startsWith('VmHWM:'));
  return Number(line?.replace(/\D+/g, '') ?? NaN) / 1024;
}

export function formatMemory(m: MemorySample): string {
  const n = (x: number): string => `${x.toFixed(0)} MB`;
  return `rss ${n(m.rss)} (peak ${n(m.peak)}), V8 heap used ${n(m.heapUsed)}, external ${n(m.external)} (of which ArrayBuffers ${n(m.arrayBuffers)})`;
}
