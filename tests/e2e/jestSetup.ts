/**
 * Jest runs each test file in a VM context where Node's well-known `Symbol.dispose` and
 * `Symbol.asyncDispose` are missing; Playwright's `using` needs them to match Node's own (its
 * element handles are disposed that way). Set before any test file loads Playwright.
 */
const symbols = Symbol as unknown as { dispose?: symbol; asyncDispose?: symbol };
symbols.dispose ??= Symbol.for('nodejs.dispose');
symbols.asyncDispose ??= Symbol.for('nodejs.asyncDispose');
