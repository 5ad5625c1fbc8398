/**
 * The task pane page for browser tests: built with webpack.outlook.js into a temporary folder and
 * served at /app/outlook by a small server that passes everything else (/api, /vendor/office-js,
 * /addin) to a real app server. Used until the front end's static setup serves /app/outlook itself.
 */
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import webpack from 'webpack';
import { standaloneOutlookConfig } from '../../../webpack.outlook';

export async function buildTaskPane(): Promise<string> {
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'po-outlook-'));
  await new Promise<void>((resolve, reject) => {
    webpack(standaloneOutlookConfig({ outDir, mode: 'production' }), (err, stats) => {
      if (err) reject(err);
      else if (stats?.hasErrors()) reject(new Error(stats.toString({ all: false, errors: true })));
      else resolve();
    });
  });
  return outDir;
}

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8' };

/** Serves the built page and proxies every other request to the app server at `apiUrl`. */
export async function serveTaskPane(outDir: string, apiUrl: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const file = url.pathname === '/app/outlook' ? 'outlook.html' : url.pathname.startsWith('/app/') ? path.basename(url.pathname) : null;
    if (file !== null) {
      const full = path.join(outDir, file);
      if (!fs.existsSync(full)) return void res.writeHead(404).end();
      res.writeHead(200, { 'content-type': TYPES[path.extname(full)] ?? 'application/octet-stream' });
      return void fs.createReadStream(full).pipe(res);
    }
    const upstream = http.request(`${apiUrl}${req.url ?? '/'}`, { method: req.method, headers: req.headers }, (up) => {
      res.writeHead(up.statusCode ?? 502, up.headers);
      up.pipe(res);
    });
    upstream.on('error', () => res.writeHead(502).end());
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}
