import PostalMime from 'postal-mime';
import { describe, expect, it } from 'vitest';
import { runRemind } from '../../cli/commands/remind.ts';
import { fakeIo } from './fake-io.ts';

const CSV = [
  'Customer,Invoice,Email,Contact,Currency,Amount,Paid,Issue Date,Due Date',
  '上海宏达机电设备有限公司,FP-2026-0815,wangfang@hongda.example.cn,王芳,CNY,12000.00,2000.00,2026-08-01,2026-08-31',
  '上海宏达机电设备有限公司,FP-2026-0902,,,CNY,8650.50,0,2026-09-15,2026-10-15',
  'Harrow & Finch Engineering Ltd,INV-10231,accounts@harrowfinch.example.co.uk,Priya Shah,GBP,4800.00,0,2026-07-29,2026-08-28',
  'Harrow & Finch Engineering Ltd,INV-10307,,,GBP,12500.00,2500.00,2026-08-31,2026-09-30',
  '"Evil <img src=x onerror=alert(1)>\nBcc: victim@example.com",X-1,"evil@example.com\nBcc: victim@example.com",,EUR,100.00,0,2026-10-01,2026-10-31',
  'Settled Co,S-1,s@settled.example,,GBP,100.00,100.00,2026-09-01,2026-10-01',
].join('\r\n');

const PROFILE = JSON.stringify({
  company: { name: 'Calder Valley Components Ltd', email: 'ar@caldervalley.example.co.uk' },
  sender: { name: 'Tom Whitaker', title: 'Credit Controller' },
  bank: { accountName: 'Calder Valley Components Ltd', account: '43218765', sortCode: '20-45-77' },
  deadlineDays: 5,
});

function io(extra: Record<string, string> = {}) {
  return fakeIo({ files: { 'ar.csv': CSV, 'profile.json': PROFILE, ...extra } });
}

describe('dunning remind', () => {
  it('writes one customer\'s reminder at the stage reached, with the penalty and its basis from formal-notice on', async () => {
    const x = io();
    const code = await runRemind(['ar.csv', '--customer', '上海宏达机电设备有限公司', '--rule', 'cn-contract-0.05pct-daily', '--as-of', '2026-11-22'], x);
    expect(x.err).toBe('');
    expect(code).toBe(0);
    // 83 days overdue is a formal notice under the default stage policy; CNY only → Chinese.
    expect(x.out).toMatch(/^主题: 逾期付款催告函：发票FP-2026-0815及FP-2026-0902 – 上海宏达机电设备有限公司/);
    expect(x.out).toContain('万分之五');
    expect(x.out).toContain('¥415.00');
    expect(x.out).not.toMatch(/\{\{|undefined/);
  });

  it('--stage, --lang, --channel phone and --tone choose the script', async () => {
    const x = io();
    const code = await runRemind(['ar.csv', '--customer', 'harrow & finch engineering ltd', '--stage', 'friendly', '--channel', 'phone', '--tone', 'warm', '--as-of', '2026-11-22'], x);
    expect(code).toBe(0);
    expect(x.out).toMatch(/^CALL SCRIPT: Friendly reminder call – Harrow & Finch Engineering Ltd/);
    expect(x.out).toContain('"We have a cash-flow problem"');
  });

  it('--all --format eml writes one draft per customer with open invoices, valid MIME, no injected headers', async () => {
    const x = io();
    const code = await runRemind(['ar.csv', '--all', '--format', 'eml', '--out', 'drafts', '--as-of', '2026-11-22', '--rule', 'uk-late-payment', '--profile', 'profile.json'], x);
    expect(code).toBe(0);
    const files = Object.keys(x.written).sort();
    expect(files).toEqual(['drafts/Evil-img-src-x-onerror-alert-1-Bcc-victim-example-com.eml', 'drafts/Harrow-Finch-Engineering-Ltd.eml', 'drafts/上海宏达机电设备有限公司.eml']);
    const harrow = await PostalMime.parse(x.written['drafts/Harrow-Finch-Engineering-Ltd.eml'] ?? '');
    expect(harrow.to).toEqual([{ name: 'Priya Shah', address: 'accounts@harrowfinch.example.co.uk' }]);
    expect(harrow.from).toEqual({ name: 'Tom Whitaker', address: 'ar@caldervalley.example.co.uk' });
    expect(harrow.headers.find((h) => h.key === 'x-unsent')?.value).toBe('1');
    expect(harrow.subject).toContain('Harrow & Finch Engineering Ltd');
    expect(harrow.text).toContain('Tom Whitaker');
    expect(harrow.html).toContain('<table');
    expect(harrow.html).toContain('Harrow &amp; Finch');
    const evil = await PostalMime.parse(x.written['drafts/Evil-img-src-x-onerror-alert-1-Bcc-victim-example-com.eml'] ?? '');
    expect(evil.bcc).toBeUndefined();
    expect(evil.headers.map((h) => h.key)).not.toContain('bcc');
    expect(evil.to).toBeUndefined();
    expect(evil.html).not.toContain('<img');
    expect(evil.html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(x.err).toContain('is not an e-mail address');
    // A statement attaches the statement of account.
    expect(evil.attachments.map((a) => a.filename)).toEqual(['statement-of-account-2026-11-22.csv']);
  });

  it('a lawyer\'s letter draft is written without a recipient: it is for counsel, not the debtor', async () => {
    const x = io();
    const code = await runRemind(['ar.csv', '--customer', 'Harrow & Finch Engineering Ltd', '--stage', 'legal', '--format', 'eml', '--out', 'd', '--as-of', '2026-11-22', '--rule', 'uk-late-payment'], x);
    expect(code).toBe(0);
    const mail = await PostalMime.parse(x.written['d/Harrow-Finch-Engineering-Ltd.eml'] ?? '');
    expect(mail.to).toBeUndefined();
    expect(mail.subject).toMatch(/^DRAFT for counsel/);
    expect(x.err).toContain('draft for counsel; it has no recipient');
  });

  it('a statement written with --out has its statement of account beside it', async () => {
    const x = io();
    const code = await runRemind(['ar.csv', '--customer', 'Harrow & Finch Engineering Ltd', '--stage', 'statement', '--out', 'out', '--as-of', '2026-11-22'], x);
    expect(code).toBe(0);
    expect(Object.keys(x.written).sort()).toEqual(['out/Harrow-Finch-Engineering-Ltd-statement-of-account-2026-11-22.csv', 'out/Harrow-Finch-Engineering-Ltd.txt']);
    const csv = x.written['out/Harrow-Finch-Engineering-Ltd-statement-of-account-2026-11-22.csv'] ?? '';
    expect(csv).toContain('INV-10307');
    expect(csv).toContain('10000.00');
  });

  it('says when a formal notice has no rule to state the interest by', async () => {
    const x = io();
    const code = await runRemind(['ar.csv', '--customer', 'Harrow & Finch Engineering Ltd', '--stage', 'formal-notice', '--as-of', '2026-11-22'], x);
    expect(code).toBe(0);
    expect(x.out).toContain('We reserve the right to claim late-payment interest');
    expect(x.err).toContain('no --rule or --rules given');
  });

  it('--format html with --out writes a full escaped HTML document per customer', async () => {
    const x = io();
    const code = await runRemind(['ar.csv', '--customer', 'Evil <img src=x onerror=alert(1)>\nBcc: victim@example.com', '--format', 'html', '--out', 'html', '--as-of', '2026-11-22'], x);
    expect(code).toBe(0);
    const [path] = Object.keys(x.written);
    const doc = x.written[path ?? ''] ?? '';
    expect(doc).toMatch(/^<!DOCTYPE html>/);
    expect(doc).not.toContain('<img');
  });

  it('says when no reminder is due, and writes none', async () => {
    const x = fakeIo({ files: { 'ar.csv': CSV }, today: '2026-08-01' });
    const code = await runRemind(['ar.csv', '--customer', 'Harrow & Finch Engineering Ltd'], x);
    expect(code).toBe(0);
    expect(x.out).toBe('');
    expect(x.err).toContain('no reminder is due as of 2026-08-01');
  });

  const bad: Array<[string[], string]> = [
    [['ar.csv'], 'give either --customer <name> or --all'],
    [['ar.csv', '--all', '--customer', 'x'], 'give either --customer <name> or --all'],
    [['ar.csv', '--all', '--stage', 'gentle'], '--stage must be auto or a stage id; got "gentle"'],
    [['ar.csv', '--all', '--format', 'eml', '--channel', 'phone'], '--format eml writes e-mail drafts'],
    [['ar.csv', '--all', '--lang', 'fr'], '--lang must be zh-CN or en; got "fr"'],
    [['ar.csv', '--all', '--as-of', '2026-02-30'], '--as-of must be a date written YYYY-MM-DD; got "2026-02-30"'],
    [['ar.csv', '--all', '--rule', 'cn-0.1pct'], 'unknown rule preset "cn-0.1pct"'],
    [['ar.csv', '--customer', 'Nobody Ltd'], 'no customer "Nobody Ltd" in ar.csv; customers with open invoices: 上海宏达机电设备有限公司, Harrow & Finch Engineering Ltd'],
  ];
  it.each(bad)('rejects %j with a clear message', async (args, message) => {
    const x = io();
    expect(await runRemind(args, x)).toBe(2);
    expect(x.err).toContain(message);
  });

  it('reports a profile mistake by field, as input that cannot be used (exit 1)', async () => {
    const x = io({ 'bad.json': JSON.stringify({ bank: { acount: '123' } }) });
    expect(await runRemind(['ar.csv', '--all', '--profile', 'bad.json'], x)).toBe(1);
    expect(x.err).toMatch(/^dunning remind: --profile: bad.json: bank.acount: unknown field "bank.acount"[^\n]*\n$/);
  });

  it('reads a real hand-kept Chinese ledger and writes a reminder for every customer with an overdue balance', async () => {
    const x = fakeIo();
    const code = await runRemind(['test/fixtures/exports/hand-kept-chinese.csv', '--all', '--stage', 'friendly', '--as-of', '2026-11-22', '--currency', 'CNY'], x);
    expect(code).toBe(0);
    expect(x.out).toContain('北京华联商贸有限公司');
    expect(x.out).toContain('FP-2026-081');
    expect(x.out).not.toMatch(/\{\{|undefined|NaN/);
  });
});

describe('dunning remind --help', () => {
  it('prints the usage and succeeds', async () => {
    const x = fakeIo();
    expect(await runRemind(['--help'], x)).toBe(0);
    expect(x.out).toContain('usage: dunning remind <file> [--customer <name>|--all]');
  });
});
