/** Accessibility audits run in a page or frame: axe-core, and a keyboard walk with visible focus. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Frame, Page } from 'playwright-core';

export interface Violation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

const AXE = path.join(path.dirname(require.resolve('axe-core/package.json')), 'axe.min.js');

/** Serious and critical axe violations (WCAG 2.x A and AA rules and best practices). */
export async function axeViolations(target: Page | Frame): Promise<Violation[]> {
  // Evaluated, not added as a <script>: the app's Content-Security-Policy runs no inline script.
  if (!(await target.evaluate(() => 'axe' in window))) await target.evaluate(readFileSync(AXE, 'utf8'));
  const violations = await target.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (ctx: Document, o: unknown) => Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[] }>;
        };
      }
    ).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')) }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

export interface KeyboardReport {
  /** Interactive elements never reached with Tab (radio groups and tab lists count once). */
  unreached: string[];
  /** Elements that got focus without a visible focus indicator. */
  invisibleFocus: string[];
}

/**
 * Presses Tab through the page and records every element that gets focus and whether it shows
 * focus (an outline, a focus ring drawn by a pseudo-element or a box shadow on it or a near
 * ancestor, or a link's double underline).
 */
export async function keyboardWalk(page: Page, frame: Page | Frame, maxPresses = 200): Promise<KeyboardReport> {
  // Everything the page loads is in: the set of controls is final.
  await page.waitForLoadState('networkidle');
  await frame.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    window.focus();
  });
  const expected = await frame.evaluate(() => {
    const key = (el: Element): string => {
      const role = el.getAttribute('role') ?? (el instanceof HTMLInputElement && el.type === 'radio' ? 'radio' : '');
      if (role === 'radio' || role === 'tab') return `${role}-group:${el.closest('[role=radiogroup],[role=tablist]')?.id || el.getAttribute('name') || '?'}`;
      return el.id ? `#${el.id}` : `${el.tagName.toLowerCase()}:${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)}`;
    };
    const all = [
      ...document.querySelectorAll(
        'a[href], button:not([disabled]), input:not([disabled]):not([type=hidden]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])',
      ),
    ];
    const shown = all.filter((el) => {
      const r = el.getBoundingClientRect();
      return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden';
    });
    (window as unknown as { __key: (el: Element) => string }).__key = key;
    return [...new Set(shown.map(key))];
  });
  const reached = new Set<string>();
  const invisible = new Set<string>();
  const missing = (): number => expected.filter((k) => !reached.has(k)).length;
  for (let i = 0; i < maxPresses && missing() > 0; i++) {
    await page.keyboard.press('Tab');
    const info = await frame.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      // What focus may change: the element's outline, shadow and underline, and the rings that
      // it or its near ancestors draw with pseudo-elements (Fluent UI draws them so).
      const signature = (): string => {
        const parts: string[] = [];
        let e: Element | null = el;
        for (let depth = 0; e && depth < 4; depth++, e = e.parentElement) {
          const s = getComputedStyle(e);
          parts.push(s.outlineStyle, s.outlineWidth, s.outlineColor, s.boxShadow, s.textDecorationLine, s.textDecorationStyle, s.borderColor);
          for (const pseudo of ['::after', '::before']) {
            const p = getComputedStyle(e, pseudo);
            parts.push(p.content, p.borderTopStyle, p.borderTopColor, p.borderBottomColor, p.borderBottomWidth, p.transform, p.outlineStyle, p.opacity);
          }
        }
        return parts.join('|');
      };
      const w = window as unknown as { __key: (el: Element) => string; __measured?: WeakSet<Element> };
      const key = w.__key(el);
      // Measured once per element: blurring and refocusing would restart a date field's segments.
      w.__measured ??= new WeakSet();
      if (w.__measured.has(el)) return { key, visible: true };
      w.__measured.add(el);
      const focused = signature();
      el.blur();
      const blurred = signature();
      el.focus();
      return { key, visible: focused !== blurred };
    });
    if (!info) continue;
    reached.add(info.key);
    if (!info.visible) invisible.add(info.key);
  }
  return { unreached: expected.filter((k) => !reached.has(k)), invisibleFocus: [...invisible] };
}
