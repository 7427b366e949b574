import { ADDIN_ORIGIN } from '../addin-urls.ts';
import type { AddinBaseUrl } from './addin-base-url.ts';

/**
 * The add-in's manifest pointing at where a team hosts it: every URL of the development manifest
 * (`https://localhost:3000/…`: pane, functions script and metadata, icons, support page) moved under
 * the base URL, and the AppDomain set to its origin. Everything else (id, version, requirement
 * sets, ribbon) stays as it is, so the same add-in updates in place for everyone it was deployed to.
 */
export function manifestForUrl(template: string, base: AddinBaseUrl): string {
  return template
    .replaceAll(`<AppDomain>${ADDIN_ORIGIN}</AppDomain>`, `<AppDomain>${escapeXml(base.origin)}</AppDomain>`)
    .replaceAll(`${ADDIN_ORIGIN}/`, escapeXml(base.url))
    // (A comment may not hold "--": the URL is left out of it.)
    .replace(/<!-- Dunning Desk: [\s\S]*?-->/, `<!-- Dunning Desk: XML add-in-only manifest (task pane, Home-tab button, shared runtime, custom functions),
     built by npm run build:addin for the folder its URLs name. -->`);
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
