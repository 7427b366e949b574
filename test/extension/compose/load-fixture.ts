import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// node:path rather than new URL(): the happy-dom environment replaces the global URL.
const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/webmail/');

/**
 * Loads a webmail fixture page into the test document (scripts do not run) and mounts the
 * compose windows of the named templates into their hosts, as the page would on a click.
 */
export function loadFixture(file: string, mounts: ReadonlyArray<{ template: string; host: string }> = []): Document {
  const html = readFileSync(join(FIXTURES, file), 'utf8');
  document.documentElement.innerHTML = html.replace(/^<!doctype html>\s*<html[^>]*>/i, '').replace(/<\/html>\s*$/i, '');
  for (const { template, host } of mounts) {
    const t = document.getElementById(template) as HTMLTemplateElement;
    document.querySelector(host)!.append(t.content.cloneNode(true));
  }
  return document;
}
