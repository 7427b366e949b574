// @vitest-environment happy-dom
import { readFileSync, existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ADDIN_ORIGIN, ADDIN_PATHS } from '../../excel-addin/addin-urls.ts';

const xml = readFileSync('excel-addin/manifest.xml', 'utf8');
const doc = new DOMParser().parseFromString(xml, 'application/xml');
const root = doc.documentElement;

const children = (el: Element): Element[] => [...el.children];
const child = (el: Element | undefined, name: string, type?: string): Element | undefined =>
  el && children(el).find((c) => c.localName === name && (type === undefined || c.getAttribute('xsi:type') === type));
const path = (...steps: Array<string | [string, string]>): Element | undefined =>
  steps.reduce<Element | undefined>((el, s) => (Array.isArray(s) ? child(el, s[0], s[1]) : child(el, s)), root);

/** OfficeApp children in the order of the schema (offappmanifest-1.1, TaskPaneApp); `?` marks optional ones. */
const SCHEMA_ORDER = ['Id', 'AlternateId?', 'Version', 'ProviderName', 'DefaultLocale', 'DisplayName', 'Description', 'IconUrl',
  'HighResolutionIconUrl?', 'SupportUrl?', 'AppDomains?', 'Hosts?', 'Requirements?', 'DefaultSettings', 'Permissions', 'Dependencies?', 'VersionOverrides?'];

describe('excel-addin/manifest.xml', () => {
  it('is well-formed XML: an OfficeApp task pane app', () => {
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    expect(root.localName).toBe('OfficeApp');
    expect(root.namespaceURI).toBe('http://schemas.microsoft.com/office/appforoffice/1.1');
    expect(root.getAttribute('xsi:type')).toBe('TaskPaneApp');
    expect(path('Id')?.textContent).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(path('Version')?.textContent).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
  });

  it('has the required elements in schema order', () => {
    const names = children(root).map((c) => c.localName);
    const known = SCHEMA_ORDER.map((n) => n.replace('?', ''));
    expect(names.every((n) => known.includes(n))).toBe(true);
    const positions = names.map((n) => known.indexOf(n));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    for (const required of SCHEMA_ORDER.filter((n) => !n.endsWith('?'))) expect(names).toContain(required);
    expect(path('Hosts', 'Host')?.getAttribute('Name')).toBe('Workbook');
    const sets = children(path('Requirements', 'Sets') as Element).map((e) => `${e.getAttribute('Name')} ${e.getAttribute('MinVersion')}`);
    // The shared runtime, and the Excel API set of the newest calls excel/ makes (getTables, suspendScreenUpdatingUntilNextSync).
    expect(sets).toEqual(['SharedRuntime 1.1', 'ExcelApi 1.9']);
  });

  it('declares the shared runtime, the DUNNING custom functions and a Home-tab button that opens the pane', () => {
    const host = path('VersionOverrides', 'Hosts', ['Host', 'Workbook']);
    expect(host).toBeDefined();
    expect(children(host as Element).map((c) => c.localName)).toEqual(['Runtimes', 'AllFormFactors', 'DesktopFormFactor']);
    const runtime = child(child(host, 'Runtimes'), 'Runtime');
    expect(runtime?.getAttribute('lifetime')).toBe('long');
    const cf = child(child(host, 'AllFormFactors'), 'ExtensionPoint', 'CustomFunctions');
    expect(children(cf as Element).map((c) => c.localName)).toEqual(['Script', 'Page', 'Metadata', 'Namespace']);
    const desktop = child(host, 'DesktopFormFactor');
    expect(children(desktop as Element).map((c) => c.localName)).toEqual(['GetStarted', 'FunctionFile', 'ExtensionPoint']);
    const tab = child(child(desktop, 'ExtensionPoint', 'PrimaryCommandSurface'), 'OfficeTab');
    expect(tab?.getAttribute('id')).toBe('TabHome');
    const action = child(child(child(tab, 'Group'), 'Control', 'Button'), 'Action', 'ShowTaskpane');
    expect(child(action, 'SourceLocation')?.getAttribute('resid')).toBe('Taskpane.Url');
    // One runtime: the pane page is also the custom functions page and the function file.
    expect(runtime?.getAttribute('resid')).toBe('Taskpane.Url');
    expect(child(child(cf, 'Page'), 'SourceLocation')?.getAttribute('resid')).toBe('Taskpane.Url');
  });

  it('resolves every resid to a resource, and names the functions namespace DUNNING', () => {
    const resources = path('VersionOverrides', 'Resources') as Element;
    const ids = new Map([...resources.getElementsByTagName('*')].filter((e) => e.getAttribute('id')).map((e) => [e.getAttribute('id'), e.getAttribute('DefaultValue')]));
    const resids = [...root.getElementsByTagName('*')].map((e) => e.getAttribute('resid')).filter((r): r is string => r !== null);
    expect(resids.length).toBeGreaterThan(10);
    for (const r of resids) expect(ids.has(r), r).toBe(true);
    expect(ids.get('Functions.Namespace')).toBe('DUNNING');
  });

  it('points every URL at the dev origin and at files the build serves', () => {
    const urls = [...root.getElementsByTagName('*')].flatMap((e) => [e.getAttribute('DefaultValue'), e.localName === 'AppDomain' ? e.textContent : null])
      .filter((v): v is string => v !== null && v.startsWith('https://'));
    expect(urls.length).toBeGreaterThan(8);
    const served = new Set<string>([ADDIN_PATHS.taskpane, ADDIN_PATHS.functionsScript, ADDIN_PATHS.functionsMetadata, ...ADDIN_PATHS.icons]);
    for (const url of urls) {
      expect(url.startsWith(ADDIN_ORIGIN), url).toBe(true);
      const p = url.slice(ADDIN_ORIGIN.length).replace(/^\//, '');
      if (p !== '') expect(served.has(p), url).toBe(true);
    }
    for (const icon of ADDIN_PATHS.icons) expect(existsSync(`excel-addin/public/${icon}`), icon).toBe(true);
    expect(existsSync(`excel-addin/${ADDIN_PATHS.taskpane}`)).toBe(true);
  });

  it('has a task pane page that loads office.js from Microsoft\'s CDN before the app', () => {
    const html = readFileSync(`excel-addin/${ADDIN_PATHS.taskpane}`, 'utf8');
    const cdn = html.indexOf('<script src="https://appsforoffice.microsoft.com/lib/1/hosted/office.js"></script>');
    expect(cdn).toBeGreaterThan(0);
    expect(html.indexOf('type="module"')).toBeGreaterThan(cdn);
  });
});
