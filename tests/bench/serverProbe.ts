/**
 * Preloaded into a server a benchmark starts (`node --expose-gc --import tsx --import
 * ./tests/bench/serverProbe.ts src/server/main.ts`, with BENCH_PROBE_FILE set): on SIGUSR2 it
 * collects garbage and appends one JSON line to that file: the process's memory (./memory.ts) and
 * its event-loop delay since the previous report. The server's own code is not touched.
 */
import fs from 'node:fs';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { memorySample, type MemorySample } from './memory';

export interface ProbeReport {
  memory: MemorySample;
  /** How late the event loop ran timers since the previous report, in ms. */
  loopDelay: { p50: number; p99: number; max: number };
}

const file = process.env.BENCH_PROBE_FILE;
if (file) {
  const loop = monitorEventLoopDelay({ resolution: 5 });
  loop.enable();
  process.on('SIGUSR2', () => {
    (globalThis as { gc?: () => void }).gc?.();
    const ms = (ns: number): number => ns / 1e6;
    const report: ProbeReport = { memory: memorySample(), loopDelay: { p50: ms(loop.percentile(50)), p99: ms(loop.percentile(99)), max: ms(loop.max) } };
    loop.reset();
    fs.appendFileSync(file, `${JSON.stringify(report)}\n`);
  });
}
