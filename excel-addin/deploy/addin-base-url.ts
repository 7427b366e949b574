/** Where a team hosts the built add-in: an HTTPS folder URL, always ending in `/`. */
export interface AddinBaseUrl {
  /** `https://intranet.example.com/dunning/` */
  readonly url: string;
  /** `https://intranet.example.com` (the manifest's AppDomain). */
  readonly origin: string;
}

/**
 * Checks a base URL given to `npm run build:addin -- --url …`: Office loads add-ins only over
 * HTTPS, and the manifest names files under this folder, so it must be an absolute https URL
 * without a query, fragment or user name. A missing trailing slash is added (`…/dunning` is the
 * folder `…/dunning/`).
 *
 * @example
 * parseAddinBaseUrl('https://files.example.com/addins/dunning'); // { ok: true, value: { url: 'https://files.example.com/addins/dunning/', … } }
 */
export function parseAddinBaseUrl(text: string): { ok: true; value: AddinBaseUrl } | { ok: false; message: string } {
  let u: URL;
  try {
    u = new URL(text.trim());
  } catch {
    return { ok: false, message: `not a URL: ${text}` };
  }
  if (u.protocol !== 'https:') return { ok: false, message: `Office loads add-ins over HTTPS only: ${text}` };
  if (u.username || u.password) return { ok: false, message: `a URL with a user name or password cannot go into a manifest: ${text}` };
  if (u.search || u.hash) return { ok: false, message: `the add-in's folder URL takes no query or fragment: ${text}` };
  const path = u.pathname.endsWith('/') ? u.pathname : `${u.pathname}/`;
  return { ok: true, value: { url: `${u.origin}${path}`, origin: u.origin } };
}
