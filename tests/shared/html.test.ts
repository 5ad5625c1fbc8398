/** The one HTML escaper (src/shared/html.ts): what the server, the sandbox and the Outlook add-in escape with. */
import { escapeHtml as renderEscape } from '../../src/server/render';
import { escapeHtml } from '../../src/shared/html';

describe('the shared escapeHtml', () => {
  it('leaves no way out of element content or a quoted attribute, single or double', () => {
    const hostile = `"><img src=x onerror=alert(1)> ' onmouseover='x' <script>&`;
    const escaped = escapeHtml(hostile);
    expect(escaped).toBe('&quot;&gt;&lt;img src=x onerror=alert(1)&gt; &#39; onmouseover=&#39;x&#39; &lt;script&gt;&amp;');
    expect(escaped).not.toMatch(/[<>"']/);
    // In an attribute as the Outlook wrapper writes it, the value stays one attribute.
    const doc = new DOMParserLike(`<div data-po-id="${escapeHtml(hostile)}" title='${escapeHtml(hostile)}'></div>`);
    expect(doc.attributes()).toEqual(['data-po-id', 'title']);
  });

  it('removes characters no document can carry, and normalises line breaks', () => {
    expect(escapeHtml('a\u0000b\u0007c\r\nd\re\uFFFF')).toBe('abc\nd\ne');
  });

  it('is the escaper the server renders with', () => {
    for (const text of [`<a href="x">'</a>`, 'Tom & Jerry', 'geen tekens']) expect(renderEscape(text)).toBe(escapeHtml(text));
  });
});

/** Attribute names of the one element in `html`, read the way an HTML tokenizer reads a start tag. */
class DOMParserLike {
  constructor(private readonly html: string) {}
  attributes(): string[] {
    const tag = /^<div\s+([^>]*)>/.exec(this.html)?.[1] ?? '';
    const names: string[] = [];
    const attr = /([^\s=]+)=(?:"[^"]*"|'[^']*'|[^\s>]+)/g;
    for (let m = attr.exec(tag); m; m = attr.exec(tag)) names.push(m[1]!);
    return names;
  }
}
