/** The per-channel pacer, with a fake clock. */
import { createChannelPacer, postReply, type Clock } from '../../../src/server/graph';
import { sandboxClient, useSandbox } from './helpers';

/** A clock whose sleep advances time at once; `wakes` lists when each sleeper woke, from the start. */
function fakeClock(): Clock & { wakes: number[] } {
  const start = 1_000_000;
  let now = start;
  const wakes: number[] = [];
  return {
    wakes,
    now: () => now,
    sleep: async (ms) => {
      now += ms;
      wakes.push(now - start);
    },
  };
}

describe('createChannelPacer', () => {
  it('spaces requests to one channel at least 250 ms apart', async () => {
    const clock = fakeClock();
    const pacer = createChannelPacer({ clock });
    await Promise.all([pacer.wait('t', 'c'), pacer.wait('t', 'c'), pacer.wait('t', 'c')]);
    expect(clock.wakes).toEqual([250, 500]);
  });

  it('does not hold up another channel', async () => {
    const clock = fakeClock();
    const pacer = createChannelPacer({ clock });
    await pacer.wait('t', 'c1');
    await pacer.wait('t', 'c2');
    expect(clock.wakes).toEqual([]);
  });

  it('does not wait when the previous request was long enough ago', async () => {
    let now = 0;
    const sleeps: number[] = [];
    const pacer = createChannelPacer({ clock: { now: () => now, sleep: async (ms) => void sleeps.push(ms) } });
    await pacer.wait('t', 'c');
    now += 300;
    await pacer.wait('t', 'c');
    expect(sleeps).toEqual([]);
  });
});

describe('postReply', () => {
  const sandbox = useSandbox();

  it('waits for the pacer before each reply', async () => {
    const clock = fakeClock();
    const pacer = createChannelPacer({ clock });
    const client = sandboxClient(sandbox());
    const root = sandbox().state.postMessage('t', 'c', { body: { content: 'verslag' } });
    for (const n of [1, 2, 3]) await postReply(client, 't', 'c', root.id ?? '', { html: `<p>punt ${n}</p>` }, { pacer });
    expect(clock.wakes).toEqual([250, 500]);
    expect(
      sandbox()
        .state.channel('t', 'c')
        .replies.get(root.id ?? ''),
    ).toHaveLength(3);
  });
});
