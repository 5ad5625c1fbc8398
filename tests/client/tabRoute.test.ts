/** Where the personal tab opens: its own hash, or the PO a link from the verslag, .docx or invite named. */
import { currentRoute, hrefOf, parseRoute } from '../../src/client/tab/route';

const at = (url: string): { hash: string; search: string } => {
  const u = new URL(url, 'https://po.velsen.nl');
  return { hash: u.hash, search: u.search };
};
const PO = '3f9a2b1c-4d5e-4f60-8a7b-9c0d1e2f3a4b';

describe('currentRoute', () => {
  it('opens the PO a browser link names: /app/tab?po=<id>', () => {
    expect(currentRoute(at(`/app/tab?po=${PO}`), null)).toEqual({ view: 'po', poId: PO });
  });

  it('opens the PO a Teams deep link names as its sub-entity (page.subPageId)', () => {
    expect(currentRoute(at('/app/tab'), PO)).toEqual({ view: 'po', poId: PO });
  });

  it('follows the hash once the user moves on, and comes back to the linked PO when the hash is gone again', () => {
    expect(currentRoute(at(`/app/tab?po=${PO}#archief`), PO)).toEqual({ view: 'archief' });
    expect(currentRoute(at(`/app/tab?po=${PO}#po/ander`), null)).toEqual({ view: 'po', poId: 'ander' });
    expect(currentRoute(at(`/app/tab?po=${PO}`), null)).toEqual({ view: 'po', poId: PO });
  });

  it('opens my POs without a link, and ignores an empty or absurd one', () => {
    expect(currentRoute(at('/app/tab'), null)).toEqual({ view: 'pos' });
    expect(currentRoute(at('/app/tab?po='), '  ')).toEqual({ view: 'pos' });
    expect(currentRoute(at(`/app/tab?po=${'x'.repeat(500)}`), null)).toEqual({ view: 'pos' });
  });

  it('round-trips a place through its href', () => {
    expect(parseRoute(hrefOf({ view: 'po', poId: 'a/b c' }))).toEqual({ view: 'po', poId: 'a/b c' });
  });
});
