/**
 * Everything a person typed passes through here before it reaches HTML: no markup typed into a
 * record can become markup in a verslag, an agenda or a channel message.
 */

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * Characters that are not allowed in XML 1.0 (and that Teams and Word reject): C0 controls other
 * than tab and newline, carriage returns (line breaks are normalised to `\n`), U+FFFE/U+FFFF and
 * lone surrogates.
 */
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Normalises line breaks to `\n` and removes characters no document format can carry. */
export function cleanText(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(FORBIDDEN, '');
}

/** Escapes text for use in element content and in quoted attribute values. */
export function escapeHtml(text: string): string {
  return cleanText(text).replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

/** User text as inline HTML: escaped, with its line breaks kept as `<br>`. */
export function textToHtml(text: string): string {
  return escapeHtml(text).replace(/\n/g, '<br>');
}

/**
 * UTF-8 bytes one code point takes in `textToHtml` output. Used to cut long texts so that each
 * part stays under a byte budget; must agree with `textToHtml`.
 */
export function htmlBytesOfCodePoint(ch: string): number {
  const entity = ENTITIES[ch];
  if (entity) return entity.length;
  if (ch === '\n') return '<br>'.length;
  if (ch === '\r') return 0;
  const code = ch.codePointAt(0) ?? 0;
  if (code < 0x20 && ch !== '\t') return 0;
  if (code < 0x80) return 1;
  if (code < 0x800) return 2;
  if (code < 0x10000) return 3;
  return 4;
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

/** `${appUrl}/po/${poId}`, or null when the app URL is not an http(s) URL. */
export function poUrl(appUrl: string, poId: string): string | null {
  const base = safeHref(appUrl);
  return base ? `${base.replace(/\/+$/, '')}/po/${encodeURIComponent(poId)}` : null;
}
