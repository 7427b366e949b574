// @vitest-environment happy-dom
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OfficeAddinManifest } from 'office-addin-manifest';
import { ADDIN_PATHS } from '../../../excel-addin/addin-urls.ts';
import { parseAddinBaseUrl } from '../../../excel-addin/deploy/addin-base-url.ts';
import { manifestForUrl } from '../../../excel-addin/deploy/manifest-for-url.ts';

const TEMPLATE = readFileSync('excel-addin/manifest.xml', 'utf8');

function base(text: string) {
  const parsed = parseAddinBaseUrl(text);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.value;
}

/** Every URL in a manifest: DefaultValue attributes (and their overrides) and the AppDomains. */
function urlsOf(xml: string): string[] {
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
  return [...doc.getElementsByTagName('*')]
    .flatMap((e) => [e.getAttribute('DefaultValue'), e.getAttribute('Value'), e.localName === 'AppDomain' ? e.textContent : null])
    .filter((v): v is string => v !== null && /^https?:/.test(v));
}

describe('the add-in base URL of a team deployment', () => {
  it.each([
    ['https://files.example.com/addins/dunning', 'https://files.example.com/addins/dunning/', 'https://files.example.com'],
    ['https://files.example.com/addins/dunning/', 'https://files.example.com/addins/dunning/', 'https://files.example.com'],
    ['  https://Intranet.Example.com:8443/a b/  ', 'https://intranet.example.com:8443/a%20b/', 'https://intranet.example.com:8443'],
    ['https://contoso.sharepoint.com', 'https://contoso.sharepoint.com/', 'https://contoso.sharepoint.com'],
  ])('takes %s as the folder %s', (text, url, origin) => {
    expect(parseAddinBaseUrl(text)).toEqual({ ok: true, value: { url, origin } });
  });

  it.each([
    ['http://files.example.com/dunning/', /HTTPS/],
    ['files.example.com/dunning', /not a URL/],
    ['https://user:secret@files.example.com/', /user name/],
    ['https://files.example.com/dunning/?v=2', /query/],
    ['https://files.example.com/dunning/#x', /fragment/],
  ])('refuses %s, saying why', (text, why) => {
    const parsed = parseAddinBaseUrl(text);
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.message).toMatch(why);
  });
});

describe('the manifest for a team deployment', () => {
  const hosted = base('https://files.example.com/addins/dunning/');
  const xml = manifestForUrl(TEMPLATE, hosted);

  it('points every URL under the folder (pane, functions, metadata, icons), and only there', () => {
    const urls = urlsOf(xml);
    expect(urls.length).toBe(urlsOf(TEMPLATE).length);
    const served = new Set<string>([ADDIN_PATHS.taskpane, ADDIN_PATHS.functionsScript, ADDIN_PATHS.functionsMetadata, ...ADDIN_PATHS.icons]);
    for (const url of urls) {
      if (url === hosted.origin) continue;
      expect(url.startsWith(hosted.url), url).toBe(true);
      expect(served.has(url.slice(hosted.url.length)), url).toBe(true);
    }
    expect(xml).not.toContain('localhost');
    expect(urls).toContain(hosted.origin);
  });

  it('keeps the id, version, requirement sets and ribbon of the development manifest (the same add-in, updated in place)', () => {
    const strip = (s: string) => s.replace(/<!--[\s\S]*?-->/g, '').replace(/https:\/\/[^"<]*/g, 'URL');
    expect(strip(xml)).toBe(strip(TEMPLATE));
  });

  it('escapes a URL that would break the XML', () => {
    const odd = manifestForUrl(TEMPLATE, base("https://files.example.com/a&b/<x>'--/"));
    expect(urlsOf(odd)).toContain('https://files.example.com/a&b/%3Cx%3E\'--/taskpane.html');
  });

  it('is read by Microsoft\'s office-addin-manifest, as the development manifest is (a strict XML parse)', async () => {
    expect(await OfficeAddinManifest.readManifestFile('excel-addin/manifest.xml')).toMatchObject({ id: '5b0f3c8e-6d2a-4c47-9a41-7e2f1d9c3a60', hosts: ['Workbook'] });
  });

  it('is read by Microsoft\'s office-addin-manifest (offline: its parse; the schema check is a web service)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dunning-manifest-'));
    try {
      const file = join(dir, 'manifest.xml');
      writeFileSync(file, xml);
      const info = await OfficeAddinManifest.readManifestFile(file);
      expect(info).toMatchObject({
        id: '5b0f3c8e-6d2a-4c47-9a41-7e2f1d9c3a60',
        officeAppType: 'TaskPaneApp',
        hosts: ['Workbook'],
        appDomains: [hosted.origin],
        iconUrl: `${hosted.url}assets/icon-32.png`,
        highResolutionIconUrl: `${hosted.url}assets/icon-64.png`,
        defaultSettings: { sourceLocation: `${hosted.url}taskpane.html` },
        permissions: 'ReadWriteDocument',
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
