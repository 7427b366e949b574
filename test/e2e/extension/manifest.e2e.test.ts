import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO, WEBMAIL_HOSTS } from './extension-browser.ts';

const OUTPUT = join(REPO, '.output');
const HOST_MATCHES = WEBMAIL_HOSTS.map((h) => `https://${h}/*`).sort();

interface Manifest {
  manifest_version: number;
  permissions?: string[];
  optional_permissions?: string[];
  host_permissions?: string[];
  content_scripts?: Array<{ matches: string[]; all_frames?: boolean; match_about_blank?: boolean; js?: string[] }>;
  content_security_policy?: { extension_pages?: string };
  commands?: Record<string, { suggested_key?: { default?: string } }>;
  default_locale?: string;
  browser_specific_settings?: { gecko?: { data_collection_permissions?: { required?: string[]; optional?: string[] } } };
}

function manifest(build: string): Manifest {
  return JSON.parse(readFileSync(join(OUTPUT, build, 'manifest.json'), 'utf8')) as Manifest;
}

/** Every JavaScript file of a build, with its text. */
function scripts(build: string): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.js')) out.push([path, readFileSync(path, 'utf8')]);
    }
  };
  walk(join(OUTPUT, build));
  return out;
}

describe.each(['chrome-mv3', 'firefox-mv3'])('the %s build', (build) => {
  it('asks for storage and the webmail hosts, nothing else', () => {
    const m = manifest(build);
    expect(m.manifest_version).toBe(3);
    expect(m.permissions).toEqual(['storage']);
    expect(m.optional_permissions ?? []).toEqual([]);
    expect([...(m.host_permissions ?? [])].sort()).toEqual(HOST_MATCHES);
  });

  it('runs the content script on every webmail host, in every frame and about:blank pop-out', () => {
    const [script, ...more] = manifest(build).content_scripts ?? [];
    expect(more).toEqual([]);
    expect([...script!.matches].sort()).toEqual(HOST_MATCHES);
    expect(script!.all_frames).toBe(true);
    expect(script!.match_about_blank).toBe(true);
  });

  it('loads no remote code: extension pages may load only their own files, and no script names a URL to load', () => {
    const m = manifest(build);
    expect(m.content_security_policy?.extension_pages).toContain("script-src 'self'");
    expect(m.content_security_policy?.extension_pages).not.toMatch(/https?:/);
    for (const [path, text] of scripts(build)) {
      // No script or module pulled from the network, no eval-style code from strings.
      expect(text, path).not.toMatch(/import\(\s*["'`]https?:/);
      expect(text, path).not.toMatch(/\bimportScripts\(/);
      expect(text, path).not.toMatch(/\bnew Function\(/);
    }
  });

  it('offers the shortcut as a command the user can change, with UI in zh_CN and en', () => {
    const m = manifest(build);
    expect(m.commands?.['open-picker']?.suggested_key?.default).toBe('Alt+Shift+D');
    expect(m.default_locale).toBe('en');
    expect(existsSync(join(OUTPUT, build, '_locales/zh_CN/messages.json'))).toBe(true);
    expect(existsSync(join(OUTPUT, build, '_locales/en/messages.json'))).toBe(true);
  });
});

describe('the Firefox build', () => {
  it('declares that it collects no data', () => {
    expect(manifest('firefox-mv3').browser_specific_settings?.gecko?.data_collection_permissions).toEqual({ required: ['none'] });
  });
});

describe('the zips', () => {
  it.each(['chrome', 'firefox'])('%s zip holds the manifest and the content script', (browser) => {
    const zip = readdirSync(OUTPUT).find((f) => f.endsWith(`-${browser}.zip`));
    expect(zip).toBeDefined();
    // A zip stores its file names uncompressed (local headers and central directory).
    const bytes = readFileSync(join(OUTPUT, zip!));
    expect(bytes.includes('manifest.json')).toBe(true);
    expect(bytes.includes('content-scripts/content.js')).toBe(true);
  });
});
