/** The channel page a person looks at during a demo. */
import { startGraphSandbox, type GraphSandbox } from '../../src/sandbox';
import { stripDangerousHtml } from '../../src/sandbox/render';

let sandbox: GraphSandbox;

beforeAll(async () => {
  sandbox = await startGraphSandbox({ port: 0 });
});
afterAll(async () => {
  await sandbox.close();
});
beforeEach(() => sandbox.state.reset());

describe('channel page', () => {
  it('shows posted messages as HTML with replies threaded beneath, in Dutch', async () => {
    const root = sandbox.state.postMessage('team-po', 'verslagen', {
      body: { contentType: 'html', content: '<h2>Verslag PO</h2><p>Besluit: <strong>akkoord</strong></p><script>alert(1)</script>' },
    });
    sandbox.state.postMessage('team-po', 'verslagen', { body: { contentType: 'text', content: 'Dank <jullie>' } }, root.id ?? '');

    const res = await fetch(`${sandbox.url}/channel/team-po/verslagen`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toContain("script-src 'nonce-");
    const html = await res.text();
    expect(html).toContain('<html lang="nl">');
    expect(html).toContain('Graph-sandbox: kanaal verslagen');
    expect(html).toContain('<strong>akkoord</strong>');
    expect(html).not.toContain('alert(1)');
    expect(html).toContain('1 antwoord');
    expect(html).toContain('Dank &lt;jullie&gt;');
    // The reply is inside the root message's article.
    const start = html.indexOf(`<article class="post" id="bericht-${root.id}">`);
    const rootArticle = html.slice(start, html.indexOf('</section></article>', start));
    expect(start).toBeGreaterThan(0);
    expect(rootArticle).toContain('<section class="replies"');
    expect(rootArticle).toContain('Dank &lt;jullie&gt;');
  });

  it('shows the most recently active channel at /, and an empty state when there is none', async () => {
    const empty = await (await fetch(`${sandbox.url}/`)).text();
    expect(empty).toContain('Nog geen berichten');
    sandbox.state.postMessage('t1', 'eerste', { body: { content: 'a' } });
    sandbox.state.postMessage('t1', 'tweede', { body: { content: 'b' } });
    expect(await (await fetch(`${sandbox.url}/`)).text()).toContain('Graph-sandbox: kanaal tweede');
  });

  it('serves the refreshable fragment with a version that changes when a message arrives', async () => {
    const url = `${sandbox.url}/channel/t/c?fragment=1`;
    const before = (await fetch(url)).headers.get('x-sandbox-version');
    sandbox.state.postMessage('t', 'c', { body: { content: 'nieuw' } });
    const after = await fetch(url);
    expect(after.headers.get('x-sandbox-version')).not.toBe(before);
    expect(await after.text()).toContain('nieuw');
  });
});

describe('stripDangerousHtml', () => {
  it('removes scripts, event handlers and javascript: links but keeps ordinary markup', () => {
    const cleaned = stripDangerousHtml(
      '<p onclick="steal()">Tekst</p><a href="javascript:alert(1)">x</a><script src="x.js"></script><iframe src="y"></iframe><table><tr><td>1</td></tr></table>',
    );
    expect(cleaned).toBe('<p>Tekst</p><a href="#">x</a><table><tr><td>1</td></tr></table>');
  });
});
