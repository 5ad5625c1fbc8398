/**
 * A small namespace-aware XML tree on saxes (the strict XML 1.0 parser jsdom uses): enough to
 * check the add-in manifest's structure offline. Parsing fails on anything not well-formed.
 */
import { SaxesParser } from 'saxes';

export const NS = {
  officeApp: 'http://schemas.microsoft.com/office/appforoffice/1.1',
  xsi: 'http://www.w3.org/2001/XMLSchema-instance',
  bt: 'http://schemas.microsoft.com/office/officeappbasictypes/1.0',
  overrides10: 'http://schemas.microsoft.com/office/mailappversionoverrides',
  overrides11: 'http://schemas.microsoft.com/office/mailappversionoverrides/1.1',
} as const;

export interface XmlElement {
  local: string;
  uri: string;
  /** Attributes by `{uri}local`, or by local name when the attribute has no namespace. */
  attrs: Record<string, string>;
  children: XmlElement[];
  text: string;
  line: number;
}

/** Parses XML text; throws with the line and column of the first well-formedness error. */
export function parseXml(xml: string): XmlElement {
  const parser = new SaxesParser({ xmlns: true, position: true });
  const stack: XmlElement[] = [];
  let root: XmlElement | null = null;
  let error: Error | null = null;
  parser.on('error', (e) => { error ??= e; });
  parser.on('opentag', (tag) => {
    const attrs: Record<string, string> = {};
    for (const a of Object.values(tag.attributes)) attrs[a.uri ? `{${a.uri}}${a.local}` : a.local] = a.value;
    const el: XmlElement = { local: tag.local, uri: tag.uri, attrs, children: [], text: '', line: parser.line };
    stack.at(-1)?.children.push(el);
    if (!root) root = el;
    stack.push(el);
  });
  parser.on('text', (t) => { const top = stack.at(-1); if (top) top.text += t; });
  parser.on('closetag', () => { stack.pop(); });
  parser.write(xml).close();
  // Set by the 'error' handler during write(); TypeScript cannot see that and narrows it to null.
  const failed = error as Error | null;
  if (failed) throw failed;
  if (!root) throw new Error('leeg XML-document');
  return root;
}

export const xsiType = (el: XmlElement): string | undefined => el.attrs[`{${NS.xsi}}type`];
export const text = (el: XmlElement | undefined): string => el?.text.trim() ?? '';

/** Direct children with this local name (and namespace, when given). */
export const childrenOf = (el: XmlElement | undefined, local: string, uri?: string): XmlElement[] =>
  el ? el.children.filter((c) => c.local === local && (uri === undefined || c.uri === uri)) : [];
export const child = (el: XmlElement | undefined, local: string, uri?: string): XmlElement | undefined => childrenOf(el, local, uri)[0];

/** Follows a path of local names from el, first match at each step. */
export function at(el: XmlElement | undefined, ...path: string[]): XmlElement | undefined {
  let current = el;
  for (const step of path) current = child(current, step);
  return current;
}

/** Every descendant (depth first) with this local name. */
export function descendants(el: XmlElement, local: string): XmlElement[] {
  const found: XmlElement[] = [];
  const walk = (e: XmlElement): void => {
    for (const c of e.children) {
      if (c.local === local) found.push(c);
      walk(c);
    }
  };
  walk(el);
  return found;
}
