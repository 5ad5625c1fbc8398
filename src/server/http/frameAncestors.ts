/**
 * Who may frame the app: Microsoft Teams and Outlook (web, new Outlook, the Microsoft 365 app)
 * and the app itself, nobody else. Sent as `Content-Security-Policy: frame-ancestors ...` on every
 * response, so the tabs, the meeting surfaces and the Outlook task pane load inside their hosts
 * while any other site is refused.
 */
export const FRAME_ANCESTOR_SOURCES = [
  "'self'",
  'https://teams.microsoft.com',
  'https://*.teams.microsoft.com',
  'https://teams.cloud.microsoft',
  'https://*.cloud.microsoft',
  'https://outlook.office.com',
  'https://outlook.office365.com',
  'https://*.office.com',
  'https://*.office365.com',
  'https://*.microsoft365.com',
  'https://*.officeapps.live.com',
] as const;

export const FRAME_ANCESTORS = `frame-ancestors ${FRAME_ANCESTOR_SOURCES.join(' ')}`;

/** The CSP header value: an existing policy keeps its directives and gets (only) our frame-ancestors. */
export function withFrameAncestors(existing: string | undefined): string {
  const directives = (existing ?? '')
    .split(';')
    .map((d) => d.trim())
    .filter((d) => d !== '' && !/^frame-ancestors\b/i.test(d));
  return [...directives, FRAME_ANCESTORS].join('; ');
}

/**
 * Whether a browser origin (`https://host[:port]`) is one of the hosts above, by the same rules as
 * CSP source expressions: `https://*.x` matches any subdomain of x (not x itself), and the default
 * https port only. `'self'` is not matched here: the caller knows the app's own origin.
 */
export function isHostOrigin(origin: string): boolean {
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false;
  }
  if (url.protocol !== 'https:' || url.port !== '' || url.origin !== origin.replace(/\/+$/, '').toLowerCase()) return false;
  return FRAME_ANCESTOR_SOURCES.some((source) => {
    if (!source.startsWith('https://')) return false;
    const host = source.slice('https://'.length);
    return host.startsWith('*.') ? url.hostname.endsWith(host.slice(1)) : url.hostname === host;
  });
}
