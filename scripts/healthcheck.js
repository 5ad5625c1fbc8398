/**
 * `node scripts/healthcheck.js [live|ready] [--wait SECONDS]`: asks the server on this machine
 * (127.0.0.1:$PORT, default 3978) for /api/health/live (default) or /api/health/ready; exits 0
 * when it answers 200, else 1. With --wait it asks again every half second until then.
 * The Dockerfile's HEALTHCHECK and CI's production smoke (.ci/run) both use it. Plain JavaScript,
 * no dependencies: it runs in the production image.
 */
'use strict';

const args = process.argv.slice(2);
const which = args.find((a) => a === 'live' || a === 'ready') ?? 'live';
const waitAt = args.indexOf('--wait');
const waitSeconds = waitAt >= 0 ? Number(args[waitAt + 1]) : 0;
const url = `http://127.0.0.1:${process.env.PORT || 3978}/api/health/${which}`;

async function once() {
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(3000) });
    return { ok: res.status === 200, detail: `${res.status} ${await res.text()}` };
  } catch (err) {
    return { ok: false, detail: err instanceof Error ? err.message : String(err) };
  }
}

async function main() {
  const until = Date.now() + waitSeconds * 1000;
  for (;;) {
    const result = await once();
    if (result.ok) return;
    if (Date.now() >= until) {
      process.stderr.write(`PO-overleg antwoordt niet gezond op ${url}: ${result.detail}\n`);
      process.exit(1);
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

void main();
