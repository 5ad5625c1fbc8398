import { escapeHtml, safeHref, textToHtml } from '../../../src/server/render';
import { cutText } from '../../../src/server/render/textParts';

describe('escapeHtml', () => {
  it('escapes markup and both quote kinds', () => {
    expect(escapeHtml(`<script>alert("x")</script> & 'y'`)).toBe('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;');
  });

  it('escapes an ampersand that already looks like an entity', () => {
    expect(escapeHtml('&lt;b&gt;')).toBe('&amp;lt;b&amp;gt;');
  });

  it('removes characters no document can carry and keeps the rest of Unicode', () => {
    expect(escapeHtml('a\u0000b\u000Bc\uFFFE é 😀')).toBe('abc é 😀');
    expect(escapeHtml('lone \uD800 surrogate')).toBe('lone  surrogate');
  });
});

describe('textToHtml', () => {
  it('keeps line breaks, whatever their kind', () => {
    expect(textToHtml('een\r\ntwee\rdrie\nvier')).toBe('een<br>twee<br>drie<br>vier');
  });
});

describe('safeHref', () => {
  it.each([
    ['https://velsen.sharepoint.com/a b.docx', 'https://velsen.sharepoint.com/a%20b.docx'],
    ['http://intranet/stuk', 'http://intranet/stuk'],
  ])('accepts http(s): %s', (url, href) => expect(safeHref(url)).toBe(href));

  it.each(['javascript:alert(1)', ' JaVaScRiPt:alert(1)', 'data:text/html,<script>', 'vbscript:x', 'file:///c:/x', '//evil.example/x', 'stukken/a.docx', ''])(
    'refuses %j',
    (url) => expect(safeHref(url)).toBeNull(),
  );
});

describe('cutting long texts', () => {
  const bytes = (s: string): number => Buffer.byteLength(textToHtml(s));
  const textParts = (text: string, maxBytes: number): string[] => {
    const parts: string[] = [];
    for (let rest = text; rest !== '';) {
      const [head, tail] = cutText(rest, maxBytes);
      parts.push(head);
      rest = tail;
    }
    return parts;
  };

  it('cuts into parts that each fit and join to the original text', () => {
    const text = 'Zeer lange tekst met café, "aanhalingen" & <tekens> 😀\n'.repeat(500);
    const parts = textParts(text, 1_000);
    expect(parts.length).toBeGreaterThan(10);
    expect(parts.join('')).toBe(text);
    for (const part of parts) expect(bytes(part)).toBeLessThanOrEqual(1_000);
  });

  it('prefers a cut after a space and never splits a surrogate pair', () => {
    const [head] = cutText('aaaa bbbb cccc dddd', 12);
    expect(head).toBe('aaaa bbbb ');
    const emoji = '😀'.repeat(10);
    const [first, rest] = cutText(emoji, 9);
    expect(first).toBe('😀😀');
    expect(first + rest).toBe(emoji);
  });

  it('never separates CR from LF, so the parts keep the line breaks the text had', () => {
    const text = 'regel\r\n'.repeat(300);
    const parts = textParts(text, 50);
    expect(parts.some((part) => part.endsWith('\r'))).toBe(false);
    expect(parts.map(textToHtml).join('')).toBe(textToHtml(text));
    for (const part of parts) expect(bytes(part)).toBeLessThanOrEqual(50);
  });

  it('always makes progress, even when one character is larger than the budget', () => {
    expect(cutText('&&&', 2)).toEqual(['&', '&&']);
  });
});
