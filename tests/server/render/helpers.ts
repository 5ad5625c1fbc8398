/** Reading rendered output back in the render tests: HTML text, tags, and the XML inside a .docx. */
import { strFromU8, unzipSync } from 'fflate';

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&apos;': "'" };
const unescape = (s: string): string => s.replace(/&(amp|lt|gt|quot|#39|apos);/g, (e) => ENTITIES[e] ?? e);

/** The text a reader sees: tags removed, `<br>` as a line break, entities decoded. */
export const htmlText = (html: string): string => unescape(html.replace(/<br>/g, '\n').replace(/<[^>]+>/g, ''));

/** Every element name used, e.g. ['h1', 'p', 'strong', ...]. */
export const tagNames = (html: string): Set<string> => new Set([...html.matchAll(/<\/?([a-zA-Z][a-zA-Z0-9]*)/g)].map((m) => (m[1] ?? '').toLowerCase()));

/** Every opening tag with attributes, e.g. '<a href="...">'. */
export const tagsWithAttributes = (html: string): string[] => [...html.matchAll(/<[a-zA-Z][a-zA-Z0-9]*\s[^>]*>/g)].map((m) => m[0]);

/** Positions of `needles` in `haystack`, -1 where missing. */
export const positions = (haystack: string, needles: string[]): number[] => needles.map((n) => haystack.indexOf(n));

export const isAscending = (xs: number[]): boolean => xs.every((x, i) => x >= 0 && (i === 0 || x > (xs[i - 1] ?? -1)));

export function docxFiles(buffer: Buffer): Record<string, string> {
  const files = unzipSync(new Uint8Array(buffer));
  return Object.fromEntries(Object.entries(files).map(([name, bytes]) => [name, strFromU8(bytes)]));
}

/** The paragraphs of a document.xml: style id (or '') and text, in document order. */
export function docxParagraphs(xml: string): { style: string; text: string }[] {
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) => ({
    style: /<w:pStyle w:val="([^"]+)"/.exec(m[0])?.[1] ?? '',
    text: unescape([...m[0].matchAll(/<w:t[^>]*>([^<]*)<\/w:t>|<w:br\/>/g)].map((t) => t[1] ?? '\n').join('')),
  }));
}
