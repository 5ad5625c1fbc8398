/**
 * `npm test`'s pretest (scripts/ensureChromium.ts): Chromium present, installed with apt as root,
 * or one clear command to run.
 */
import { chromiumPlan, DEFAULT_CHROMIUM, INSTALL_COMMAND } from '../../scripts/ensureChromium';

const at =
  (...present: string[]) =>
  (p: string): boolean =>
    present.includes(p);

describe('the pretest for Chromium', () => {
  test('does nothing when Chromium is there (Debian path, or CHROMIUM_PATH)', () => {
    expect(chromiumPlan({ chromiumPath: undefined, exists: at(DEFAULT_CHROMIUM), isRoot: false, hasApt: true })).toEqual({ kind: 'present' });
    expect(chromiumPlan({ chromiumPath: '/opt/chromium/chrome', exists: at('/opt/chromium/chrome'), isRoot: false, hasApt: false })).toEqual({
      kind: 'present',
    });
  });

  test("installs Debian's chromium with apt when it runs as root, as on a fresh CI machine", () => {
    expect(chromiumPlan({ chromiumPath: undefined, exists: at(), isRoot: true, hasApt: true })).toEqual({ kind: 'install' });
  });

  test('otherwise stops with the one command to run', () => {
    const plan = chromiumPlan({ chromiumPath: undefined, exists: at(), isRoot: false, hasApt: true });
    expect(plan.kind).toBe('refuse');
    expect(plan.kind === 'refuse' && plan.message).toContain(`\n  ${INSTALL_COMMAND}\n`);
    expect(INSTALL_COMMAND).toBe('sudo apt-get update && sudo apt-get install -y chromium');
  });

  test("without apt it says to use the system's package manager or CHROMIUM_PATH", () => {
    const plan = chromiumPlan({ chromiumPath: undefined, exists: at(), isRoot: true, hasApt: false });
    expect(plan.kind === 'refuse' && plan.message).toMatch(/pakketbeheerder van dit systeem[\s\S]*CHROMIUM_PATH/);
  });

  test('a CHROMIUM_PATH that points nowhere is named, never silently replaced', () => {
    const plan = chromiumPlan({ chromiumPath: '/opt/geen/chromium', exists: at(DEFAULT_CHROMIUM), isRoot: true, hasApt: true });
    expect(plan).toEqual({ kind: 'refuse', message: expect.stringContaining('CHROMIUM_PATH wijst naar /opt/geen/chromium') });
  });
});
