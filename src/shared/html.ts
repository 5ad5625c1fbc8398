/**
 * The one HTML escaper, for server and client alike: the verslag, the agenda, channel messages
 * (src/server/render), the Graph channel look-up, the sandbox's pages and the Outlook agenda block.
 * Text escaped here is safe in element content and in quoted attribute values (single or double):
 * `& < > " '` become entities, and characters no document format can carry are removed.
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
