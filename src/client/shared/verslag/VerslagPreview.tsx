/**
 * The verslag exactly as it will be posted to Teams (the server's `voorbeeld` HTML), in a
 * sandboxed frame: no scripts run in it, links open outside the app.
 */
import { makeStyles, tokens } from '@fluentui/react-components';
import { useContext, useEffect, useRef, useState } from 'react';
import type { ThemeName } from '../../host/host';
import { ThemeNameContext, useT } from '../session';

const useStyles = makeStyles({
  frame: {
    width: '100%',
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusLarge,
    display: 'block',
  },
});

const PALETTE: Record<ThemeName, { bg: string; fg: string; link: string; rule: string }> = {
  default: { bg: '#ffffff', fg: '#242424', link: '#115ea3', rule: '#e0e0e0' },
  dark: { bg: '#292929', fg: '#ffffff', link: '#7f85f5', rule: '#525252' },
  contrast: { bg: '#000000', fg: '#ffffff', link: '#ffff00', rule: '#ffffff' },
};

/**
 * The frame's look in this theme, as CSS rules. The frame inherits the page's Content-Security-Policy,
 * which lets no inline style text in: the rules go in through the CSSOM, as Fluent UI's own do.
 */
export function previewRules(theme: ThemeName): string[] {
  const c = PALETTE[theme];
  return [
    `body{margin:0;padding:16px 20px;font:14px/1.45 'Segoe UI',system-ui,sans-serif;background:${c.bg};color:${c.fg}}`,
    `a{color:${c.link}}`,
    `hr{border:0;border-top:1px dashed ${c.rule};margin:20px 0}`,
    'table{border-collapse:collapse}',
    `td,th{border:1px solid ${c.rule};padding:4px 8px;text-align:left;vertical-align:top}`,
  ];
}

export function previewDocument(html: string, lang: string): string {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><base target="_blank"></head><body>${html}</body></html>`;
}

const STYLE_ID = 'po-preview-style';

/** Puts the theme's rules into the frame's document (an empty <style>, filled with insertRule). */
function applyTheme(doc: Document, theme: ThemeName): void {
  let el = doc.getElementById(STYLE_ID) as HTMLStyleElement | null;
  if (!el) {
    el = doc.createElement('style');
    el.id = STYLE_ID;
    doc.head.append(el);
  }
  const sheet = el.sheet;
  if (!sheet) return;
  while (sheet.cssRules.length > 0) sheet.deleteRule(0);
  for (const rule of previewRules(theme)) sheet.insertRule(rule, sheet.cssRules.length);
}

export function VerslagPreview({ html }: { html: string }): JSX.Element {
  const styles = useStyles();
  const { t, locale } = useT();
  const theme = useContext(ThemeNameContext);
  const ref = useRef<HTMLIFrameElement>(null);
  const [height, setHeight] = useState(480);
  const fit = (): void => {
    const doc = ref.current?.contentDocument;
    if (doc?.body) setHeight(Math.min(Math.max(doc.documentElement.scrollHeight + 4, 200), 4000));
  };
  const show = (): void => {
    const doc = ref.current?.contentDocument;
    if (!doc?.body) return;
    applyTheme(doc, theme);
    fit();
  };
  // A theme change restyles the loaded frame; a new verslag reloads it (onLoad).
  useEffect(show, [theme]);
  return (
    <iframe
      ref={ref}
      className={styles.frame}
      title={t('verslag.previewFrame')}
      sandbox="allow-same-origin allow-popups allow-popups-to-escape-sandbox"
      srcDoc={previewDocument(html, locale)}
      style={{ height }}
      onLoad={show}
      // A picture of the post, sized to its content (nothing to scroll), out of the Tab order: a
      // focused frame shows no focus ring. Its links are the verslag's own (Teams, the .docx).
      tabIndex={-1}
      data-testid="verslag-preview"
    />
  );
}
