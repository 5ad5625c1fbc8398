/**
 * The start page of a fresh install (what runs, who the demo users are, where the API is), and the
 * page a surface shows while the front end is still being built.
 */
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
  ${opts.devMode ? `<li>Opslag: <strong>${esc(opts.store === 'pglite' ? 'ingebouwde PostgreSQL (PGlite)' : 'PostgreSQL-server')}</strong></li>` : ''}
  <li>API: <a href="/api/openapi.json">OpenAPI-document</a> en <a href="/api/health">gezondheid</a></li>
  ${opts.sandboxUrl ? `<li>Microsoft Graph: lokale sandbox, <a href="${esc(opts.sandboxUrl)}">kanaal met gepubliceerde verslagen</a></li>` : ''}
</ul>
${
  opts.devMode
    ? `<h2>Demogebruikers</h2>
<p>In ontwikkelmodus meldt u zich aan als een van deze gebruikers: <code>POST /api/dev/token</code> met <code>{"userId": "u-eva"}</code> geeft een token.</p>
<table><caption class="sr">Demogebruikers per rol</caption>
<thead><tr><th scope="col">Naam</th><th scope="col">Functie</th><th scope="col">Rollen</th><th scope="col">Id</th></tr></thead>
<tbody>
${rows}
</tbody></table>`
    : ''
}
</main>
</body>
</html>`;
}

/** Seconds between the reloads of the page below. */
const BUILDING_REFRESH_SECONDS = 3;

/**
 * `/app/<surface>` before dist/client is there (the first `npm start` builds it in the background):
 * a page that says so and reloads itself until the surface is there. No script: a meta refresh.
 */
export function frontEndBuildingPage(): string {
  return `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="refresh" content="${BUILDING_REFRESH_SECONDS}">
<title>PO-overleg wordt klaargezet</title>
<style>
  :root { color-scheme: light dark; font-family: "Segoe UI", system-ui, sans-serif; line-height: 1.5; }
  body { margin: 0 auto; max-width: 36rem; padding: 3rem 1.5rem; background: Canvas; color: CanvasText; }
  .hint { color: GrayText; font-size: .9em; }
</style>
</head>
<body>
<main role="status">
<h1>Een ogenblik: PO-overleg wordt klaargezet</h1>
<p>De schermen van PO-overleg worden nu gebouwd. De eerste keer duurt dat ongeveer een halve minuut.</p>
<p>Deze pagina ververst zichzelf en opent PO-overleg zodra het klaar is. U hoeft niets te doen.</p>
<p class="hint">Blijft u deze pagina zien? Kijk dan in het venster waarin <code>npm start</code> draait, of bouw de schermen met <code>npm run build</code>.</p>
</main>
</body>
</html>`;
}
