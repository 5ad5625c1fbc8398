/**
 * Everything a person typed passes through here before it reaches HTML: no markup typed into a
 * record can become markup in a verslag, an agenda or a channel message. Also counts the bytes the
 * escaped text will take, which must agree with the escaping itself.
 */

function entity(c: string): string {
  switch (c) {
    case '&':
      return '&amp;';
    case '<':
      return '&lt;';
    case '>':
      return '&gt;';
    case '"':
      return '&quot;';
    default:
      return '&#39;';
  }
}

/**
 * Characters Teams and Word reject (most are not allowed in XML 1.0): control characters other than
 * tab and newline (line breaks are normalised to `\n` first), lone surrogates, U+FFFE and U+FFFF.
 */
const FORBIDDEN = /(?![\t\n])[\p{Cc}\p{Cs}\uFFFE\uFFFF]/gu;

/** Any character outside the plainly safe ranges: most texts have none and need no cleaning. */
const MAYBE_UNCLEAN = /[^\t\n\x20-\x7e\xa0-\ud7ff\ue000-\ufffd]/;

/** Normalises line breaks to `\n` and removes characters no document format can carry. */
export function cleanText(text: string): string {
  if (!MAYBE_UNCLEAN.test(text)) return text;
  return text.replace(/\r\n?/g, '\n').replace(FORBIDDEN, '');
}

/** Escapes text for use in element content and in quoted attribute values. */
export function escapeHtml(text: string): string {
  return cleanText(text).replace(/[&<>"']/g, entity);
}

/** User text as inline HTML: escaped, with its line breaks kept as `<br>`. */
export function textToHtml(text: string): string {
  return escapeHtml(text).replace(/\n/g, '<br>');
}

/**
 * UTF-8 bytes one code point takes in `textToHtml` output; removed characters take none. A carriage
 * return counts as a line break here; `htmlBytesAt` counts none for one before a newline.
 */
export function htmlBytesOfCode(code: number): number {
  switch (code) {
    case 0x22: // "
      return 6;
    case 0x26: // &
    case 0x27: // '
      return 5;
    case 0x3c: // <
    case 0x3e: // >
    case 0x0a: // newline, written as <br>
      return 4;
    case 0x09:
      return 1;
    case 0x0d: // a lone carriage return becomes a line break
      return 4;
  }
  if (code < 0x20 || (code >= 0x7f && code <= 0x9f)) return 0;
  if (code < 0x80) return 1;
  if (code < 0x800) return 2;
  if ((code >= 0xd800 && code <= 0xdfff) || code === 0xfffe || code === 0xffff) return 0;
  return code < 0x10000 ? 3 : 4;
}

/** The bytes of the code point at `i` in `textToHtml(text)`: a CR before a newline takes none. */
export function htmlBytesAt(text: string, i: number): number {
  const code = text.codePointAt(i) ?? 0;
  return code === 0x0d && text.charCodeAt(i + 1) === 0x0a ? 0 : htmlBytesOfCode(code);
}

/** The bytes of `textToHtml(text)`, counted no further than just past `stop`. */
export function htmlBytesUpTo(text: string, stop: number): number {
  let bytes = 0;
  for (let i = 0; i < text.length && bytes <= stop; i += (text.codePointAt(i) ?? 0) > 0xffff ? 2 : 1) {
    bytes += htmlBytesAt(text, i);
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

/** `${appUrl}/po/${poId}`, or null when the app URL is not an http(s) URL. */
export function poUrl(appUrl: string, poId: string): string | null {
  const base = safeHref(appUrl);
  return base ? `${base.replace(/\/+$/, '')}/po/${encodeURIComponent(poId)}` : null;
}
