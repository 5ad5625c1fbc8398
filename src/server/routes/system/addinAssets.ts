/**
 * Files the Outlook add-in loads from this server, never from a CDN:
 * - `/vendor/office-js/` Office.js from the @microsoft/office-js package (office.js and the host
 *   and locale files it loads next to itself);
 * - `/addin/assets/` the ribbon and add-in icons the manifests point at (appPackage/assets).
 */
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

export const OFFICE_JS_PREFIX = '/vendor/office-js/';
export const ADDIN_ASSETS_PREFIX = '/addin/assets/';

const officeJsDir = (): string => path.join(path.dirname(require.resolve('@microsoft/office-js/package.json')), 'dist');

export function registerAddinAssets(app: FastifyInstance, opts: { assetsDir?: string } = {}): void {
  void app.register(fastifyStatic, {
    root: officeJsDir(),
    prefix: OFFICE_JS_PREFIX,
    decorateReply: false,
    index: false,
    maxAge: '1d',
  });
  void app.register(fastifyStatic, {
    root: opts.assetsDir ?? path.join(process.cwd(), 'appPackage', 'assets'),
    prefix: ADDIN_ASSETS_PREFIX,
    decorateReply: false,
    index: false,
    maxAge: '1d',
  });
}
