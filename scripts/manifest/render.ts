/**
 * Renders the manifest templates: `${{NAME}}` placeholders are replaced with the values, escaped
 * for their place (JSON strings, XML text and attributes). A placeholder left over is an error.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { ManifestValues } from './values';

export const ROOT = path.resolve(__dirname, '..', '..');
export const PATHS = {
  unifiedTemplate: path.join(ROOT, 'appPackage', 'manifest.template.json'),
  unified: path.join(ROOT, 'appPackage', 'manifest.json'),
  colorIcon: path.join(ROOT, 'appPackage', 'color.png'),
  outlineIcon: path.join(ROOT, 'appPackage', 'outline.png'),
  assets: path.join(ROOT, 'appPackage', 'assets'),
  xmlTemplate: path.join(ROOT, 'manifest', 'manifest.template.xml'),
  xml: path.join(ROOT, 'manifest', 'manifest.xml'),
  distDir: path.join(ROOT, 'dist', 'appPackage'),
} as const;

const PLACEHOLDER = /\$\{\{([A-Z_]+)\}\}/g;

function substitute(text: string, values: Record<string, string>, escape: (v: string) => string): string {
  const out = text.replace(PLACEHOLDER, (whole, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`Onbekende plaatshouder ${whole} in een manifestsjabloon.`);
    return escape(value);
  });
  return out;
}

const jsonEscape = (v: string): string => JSON.stringify(v).slice(1, -1);
const xmlEscape = (v: string): string => v.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');

/** The unified manifest (appPackage/manifest.json) for these values, as formatted JSON text. */
export function renderUnified(values: ManifestValues, template = fs.readFileSync(PATHS.unifiedTemplate, 'utf8')): string {
  const parsed = JSON.parse(substitute(template, values, jsonEscape)) as unknown;
  return `${JSON.stringify(parsed, null, 2)}\n`;
}

/** The add-in's XML version: the unified manifest's semver with a fourth part. */
export const xmlVersionOf = (unifiedVersion: string): string => `${unifiedVersion}.0`;

/** The XML add-in manifest (manifest/manifest.xml) for these values and the unified manifest's version. */
export function renderXml(values: ManifestValues, unifiedVersion: string, template = fs.readFileSync(PATHS.xmlTemplate, 'utf8')): string {
  return substitute(template, { ...values, ADDIN_VERSION: xmlVersionOf(unifiedVersion) }, xmlEscape);
}

/** Both manifests for one set of values. */
export function renderManifests(values: ManifestValues): { unified: string; xml: string } {
  const unified = renderUnified(values);
  const version = (JSON.parse(unified) as { version: string }).version;
  return { unified, xml: renderXml(values, version) };
}
