/**
 * Render benchmark: a 40-item verslag with long texts as channel HTML, as split channel posts and
 * as .docx. Targets: HTML < 20 ms, .docx < 200 ms (median and p95).
 *
 *   npx tsx tests/bench/render.ts [runs]
 */
import { planChannelPosts, renderVerslagDocx, renderVerslagHtml } from '../../src/server/render';
import { buildLargePo, OPTS, verslagOf } from '../server/render/factory';

const RUNS = Number(process.argv[2] ?? 50);
/** Enough runs for the JIT to settle: the numbers are for a server that has been up a while. */
const WARM_UP = 20;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

async function measure(name: string, targetMs: number, run: () => unknown): Promise<boolean> {
  for (let i = 0; i < WARM_UP; i++) await run();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    await run();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const median = percentile(times, 50);
  const p95 = percentile(times, 95);
  const ok = p95 < targetMs;
  const ms = (n: number): string => `${n.toFixed(2).padStart(7)} ms`;
  console.log(`${name.padEnd(18)} median ${ms(median)}   p95 ${ms(p95)}   target < ${targetMs} ms   ${ok ? 'ok' : 'TOO SLOW'}`);
  return ok;
}

async function main(): Promise<void> {
  const model = verslagOf(buildLargePo(40, 1_500));
  const cold = async <T>(run: () => T | Promise<T>): Promise<[T, string]> => {
    const start = performance.now();
    const result = await run();
    return [result, `${(performance.now() - start).toFixed(0)} ms`];
  };
  const [html, htmlCold] = await cold(() => renderVerslagHtml(model, OPTS));
  const [plan, planCold] = await cold(() => planChannelPosts(model, OPTS));
  const [docx, docxCold] = await cold(() => renderVerslagDocx(model, OPTS));
  console.log(
    `40 agendapunten: HTML ${Math.round(Buffer.byteLength(html.html) / 1024)} KB, ${plan.replies.length} replies, ` +
      `.docx ${Math.round(docx.length / 1024)} KB. First (cold) run: HTML ${htmlCold}, posts ${planCold}, .docx ${docxCold}.`,
  );
  console.log(`${RUNS} runs after ${WARM_UP} warm-up runs:`);
  const results = [
    await measure('renderVerslagHtml', 20, () => renderVerslagHtml(model, OPTS)),
    await measure('planChannelPosts', 20, () => planChannelPosts(model, OPTS)),
    await measure('renderVerslagDocx', 200, () => renderVerslagDocx(model, OPTS)),
  ];
  process.exitCode = results.every(Boolean) ? 0 : 1;
}

void main();
