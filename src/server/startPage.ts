/** The start page of a fresh install: what runs, who the demo users are, where the API is. */
import type { User } from '../domain';

const esc = (s: string): string => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function startPage(opts: { users: User[]; store: string; sandboxUrl: string | null; devMode: boolean }): string {
  const rows = opts.users
    .map((u) => `<tr><td>${esc(u.name)}</td><td>${esc(u.functie)}</td><td>${esc(u.roles.join(', '))}</td><td><code>${esc(u.id)}</code></td></tr>`)
    .join('\n');
  return `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>PO-overleg</title>
<style>
  :root { color-scheme: light dark; font-family: "Segoe UI", system-ui, sans-serif; line-height: 1.5; }
  body { margin: 0 auto; max-width: 60rem; padding: 1.5rem; background: Canvas; color: CanvasText; }
  table { border-collapse: collapse; width: 100%; }
  th, td { text-align: left; padding: .4rem .6rem; border-bottom: 1px solid GrayText; }
  a { color: LinkText; }
  code { font-size: .95em; }
</style>
</head>
<body>
<header><h1>PO-overleg</h1>
<p>Het PortefeuillehoudersOverleg van agenda tot verslag, in Microsoft Teams en Outlook.</p></header>
<main>
<h2>Wat draait er</h2>
<ul>
  <li>Opslag: <strong>${esc(opts.store === 'pglite' ? 'ingebouwde PostgreSQL (PGlite)' : 'PostgreSQL-server')}</strong></li>
  <li>API: <a href="/api/openapi.json">OpenAPI-document</a> en <a href="/api/health">gezondheid</a></li>
  ${opts.sandboxUrl ? `<li>Microsoft Graph: lokale sandbox, <a href="${esc(opts.sandboxUrl)}">kanaal met gepubliceerde verslagen</a></li>` : ''}
</ul>
${opts.devMode ? `<h2>Demogebruikers</h2>
<p>In ontwikkelmodus meldt u zich aan als een van deze gebruikers: <code>POST /api/dev/token</code> met <code>{"userId": "u-eva"}</code> geeft een token.</p>
<table><caption class="sr">Demogebruikers per rol</caption>
<thead><tr><th scope="col">Naam</th><th scope="col">Functie</th><th scope="col">Rollen</th><th scope="col">Id</th></tr></thead>
<tbody>
${rows}
</tbody></table>` : ''}
</main>
</body>
</html>`;
}
