/**
 * Everything a person typed passes through here before it reaches HTML: no markup typed into a
 * record can become markup in a verslag, an agenda or a channel message (the escaper itself is
 * src/shared/html.ts, the one for server and client). Also counts the bytes the
 * escaped text will take in a channel message's request body, which must agree with the escaping.
 */

import { cleanText, escapeHtml } from '../../shared/html';

export { cleanText, escapeHtml };

/** User text as inline HTML: escaped, with its line breaks kept as `<br>`. */
export function textToHtml(text: string): string {
  return escapeHtml(text).replace(/\n/g, '<br>');
}

/**
 * Bytes one code point of user text takes in a channel message's request body: its `textToHtml`
 * output as UTF-8, inside the JSON string Graph receives (a backslash and a tab are escaped there,
 * so they take two). Removed characters take none. A carriage return counts as a line break here;
 * `bodyBytesAt` counts none for one before a newline.
 */
export function bodyBytesOfCode(code: number): number {
  switch (code) {
    case 0x22: // " as &quot;
      return 6;
    case 0x26: // &
    case 0x27: // '
      return 5;
    case 0x3c: // <
    case 0x3e: // >
    case 0x0a: // newline, written as <br>
      return 4;
    case 0x09: // tab, \t in JSON
    case 0x5c: // backslash, \\ in JSON
      return 2;
    case 0x0d: // a lone carriage return becomes a line break
      return 4;
  }
  if (code < 0x20 || (code >= 0x7f && code <= 0x9f)) return 0;
  if (code < 0x80) return 1;
  if (code < 0x800) return 2;
  if ((code >= 0xd800 && code <= 0xdfff) || code === 0xfffe || code === 0xffff) return 0;
  return code < 0x10000 ? 3 : 4;
}

/** The bytes of the code point at `i` in the request body: a CR before a newline takes none. */
export function bodyBytesAt(text: string, i: number): number {
  const code = text.codePointAt(i) ?? 0;
  return code === 0x0d && text.charCodeAt(i + 1) === 0x0a ? 0 : bodyBytesOfCode(code);
}

/** The request-body bytes of `textToHtml(text)`, counted no further than just past `stop`. */
export function bodyBytesUpTo(text: string, stop: number): number {
  let bytes = 0;
  for (let i = 0; i < text.length && bytes <= stop; i += (text.codePointAt(i) ?? 0) > 0xffff ? 2 : 1) {
    bytes += bodyBytesAt(text, i);
  }
  return bytes;
}

/** The URL when it is an absolute http(s) URL, otherwise null: only such links are rendered. */
export function safeHref(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  return parsed.href;
}

/** A link when the URL is safe, otherwise just the (escaped) text. */
export function linkHtml(url: string, text: string): string {
  const href = safeHref(url);
  return href ? `<a href="${escapeHtml(href)}">${escapeHtml(text)}</a>` : escapeHtml(text);
}

/** Where links to a PO point: the app's address, and the Teams app that shows it. */
export interface PoLinkOptions {
  /** Base URL of the app; the browser link is `${appUrl}/app/tab?po=<id>`. */
  appUrl: string;
  /** The Teams app's id (the manifest's `id`); with it, links open the PO inside Teams. */
  teamsAppId?: string | null;
}

/** The personal tab's `entityId` in the Teams manifest (appPackage/manifest.template.json `staticTabs`). */
export const TEAMS_TAB_ENTITY_ID = 'po-overleg';

export interface PoLinks {
  /** Teams deep link to the personal tab with the PO as sub-entity; null without a Teams app id. */
  teams: string | null;
  /** The personal tab's page with this PO, for a browser; null when the app URL is not http(s). */
  browser: string | null;
}

/**
 * The links that open a PO. In Teams: `https://teams.microsoft.com/l/entity/<appId>/<entityId>`
 * with `context={"subEntityId":"<poId>"}` (the tab reads it as `page.subPageId`) and the browser
 * page as `webUrl`, Teams' fallback; every parameter URI-encoded, as Teams asks. In a browser:
 * `/app/tab?po=<id>`, which the tab opens on that PO.
 */
export function poLinks(opts: PoLinkOptions, poId: string): PoLinks {
  const base = safeHref(opts.appUrl);
  const browser = base ? `${base.replace(/\/+$/, '')}/app/tab?po=${encodeURIComponent(poId)}` : null;
  const appId = opts.teamsAppId?.trim();
  if (!appId) return { teams: null, browser };
  const query = [...(browser ? [`webUrl=${encodeURIComponent(browser)}`] : []), `context=${encodeURIComponent(JSON.stringify({ subEntityId: poId }))}`].join(
    '&',
  );
  return { teams: `https://teams.microsoft.com/l/entity/${encodeURIComponent(appId)}/${TEAMS_TAB_ENTITY_ID}?${query}`, browser };
}

/** Text of the second link, to the same PO outside Teams. */
export const BROWSER_LINK_TEXT = 'in de browser';

/**
 * The PO link as HTML: `text` opening it in Teams, followed by "(in de browser)"; only the browser
 * link when there is no Teams app id; only the text when there is no link at all.
 */
export function poLinkHtml(opts: PoLinkOptions, poId: string, text: string): string {
  return linksHtml(poLinks(opts, poId), text);
}

/** See `poLinkHtml`. */
export function linksHtml({ teams, browser }: PoLinks, text: string): string {
  const main = teams ?? browser;
  if (!main) return escapeHtml(text);
  const second = teams && browser ? ` (<a href="${escapeHtml(browser)}">${BROWSER_LINK_TEXT}</a>)` : '';
  return `<a href="${escapeHtml(main)}">${escapeHtml(text)}</a>${second}`;
}
