/**
 * Preloaded into a server a benchmark starts (`node --expose-gc --import tsx --import
 * ./tests/bench/serverProbe.ts src/server/main.ts`, with BENCH_PROBE_FILE set): on SIGUSR2 it
 * collects garbage and appends one JSON line to that file: the process's memory (./memory.ts), its
 * event-loop delay and how long its POST requests took inside it, since the previous report. The
 * server's own code is not touched.
 */
import fs from 'node:fs';
import http from 'node:http';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { memorySample, type MemorySample } from './memory';

export interface ProbeReport {
  memory: MemorySample;
  /** How late the event loop ran timers since the previous report, in ms. */
  loopDelay: { p50: number; p99: number; max: number };
  /** POST requests since the previous report: from the parsed request to the last byte of the answer handed to the kernel, in ms. */
  posts: { count: number; p50: number; p99: number; max: number };
}

const file = process.env.BENCH_PROBE_FILE;
if (file) {
  const loop = monitorEventLoopDelay({ resolution: 5 });
  loop.enable();
  let posts: number[] = [];
  // Every server's 'request' event passes here: time the POSTs (the writes) from the moment Node has parsed them.
  const emit = http.Server.prototype.emit;
  http.Server.prototype.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]): boolean {
    if (event === 'request') {
      const [req, res] = args as [http.IncomingMessage, http.ServerResponse];
      if (req.method === 'POST') {
        const t0 = performance.now();
        res.once('finish', () => posts.push(performance.now() - t0));
      }
    }
    return Reflect.apply(emit, this, [event, ...args]) as boolean;
  };
  process.on('SIGUSR2', () => {
    (globalThis as { gc?: () => void }).gc?.();
    const ms = (ns: number): number => ns / 1e6;
    const sorted = posts.sort((a, b) => a - b);
    const at = (p: number): number => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
    const report: ProbeReport = {
      memory: memorySample(),
      loopDelay: { p50: ms(loop.percentile(50)), p99: ms(loop.percentile(99)), max: ms(loop.max) },
      posts: { count: sorted.length, p50: at(50), p99: at(99), max: sorted.at(-1) ?? 0 },
    };
    loop.reset();
    posts = [];
    fs.appendFileSync(file, `${JSON.stringify(report)}\n`);
  });
}
