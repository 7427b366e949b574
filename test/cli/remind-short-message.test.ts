import { describe, expect, it } from 'vitest';
import { runRemind } from '../../cli/commands/remind.ts';
import { fakeIo } from './fake-io.ts';

const CSV = [
  'Customer,Invoice,Email,Contact,Currency,Amount,Paid,Issue Date,Due Date',
  '上海宏达机电设备有限公司,FP-2026-0815,wangfang@hongda.example.cn,王芳,CNY,12000.00,2000.00,2026-08-01,2026-08-31',
  '上海宏达机电设备有限公司,FP-2026-0902,,,CNY,8650.50,0,2026-09-15,2026-10-15',
  'Harrow & Finch Engineering Ltd,INV-10231,accounts@harrowfinch.example.co.uk,Priya Shah,GBP,4800.00,0,2026-07-29,2026-08-28',
  'Harrow & Finch Engineering Ltd,INV-10307,,,GBP,12500.00,2500.00,2026-08-31,2026-09-30',
].join('\r\n');

const PROFILE = JSON.stringify({
  company: { name: '苏州恒信精密制造有限公司', phone: '0512-6289 0000' },
  bank: { accountName: '苏州恒信精密制造有限公司', name: '中国工商银行苏州工业园区支行', account: '1102 0201 0900 1234 567' },
});

const run = async (...args: string[]) => {
  const io = fakeIo({ files: { 'ar.csv': CSV, 'profile.json': PROFILE } });
  const code = await runRemind(['ar.csv', '--as-of', '2026-11-22', ...args], io);
  return { code, out: io.out, err: io.err, written: io.written };
};

describe('dunning remind --channel sms|wechat', () => {
  it('prints a text message of at most 300 characters: amount, invoices, deadline, how to pay', async () => {
    const { code, out, err } = await run('--customer', '上海宏达机电设备有限公司', '--stage', 'deadline', '--channel', 'sms', '--profile', 'profile.json');
    expect(code).toBe(0);
    expect(err).toBe('');
    expect(out).toBe(
      '【苏州恒信精密制造有限公司】尊敬的上海宏达机电设备有限公司：限期付款通知：截至2026年11月22日，贵司的2张发票（FP-2026-0815及FP-2026-0902）仍未付款，合计¥18,650.50。'
      + '请于2026年12月4日前付清；如届时无法全额付款，请在该日前与我们联系。\n'
      + '收款账户：苏州恒信精密制造有限公司，中国工商银行苏州工业园区支行，账号1102 0201 0900 1234 567。付款时请注明发票号。\n'
      + '电话：0512-6289 0000\n',
    );
    expect(out.trimEnd().length).toBeLessThanOrEqual(300);
  });

  it('writes WeChat messages for every customer, in each customer\'s language, with no subject line', async () => {
    const { code, out } = await run('--all', '--stage', 'friendly', '--channel', 'wechat');
    expect(code).toBe(0);
    const [zh = '', en = ''] = out.split(`\n${'='.repeat(72)}\n\n`);
    expect(zh).toMatch(/^王芳您好！\n付款提醒：/);
    expect(en).toMatch(/^Hello Priya Shah,\nFriendly reminder: invoices INV-10231 and INV-10307 for Harrow & Finch Engineering Ltd \(£14,800\.00\) are past due\./);
    expect(out).not.toMatch(/主题|Subject/);
    for (const message of [zh, en]) expect(message.trimEnd().length).toBeLessThanOrEqual(300);
  });

  it('a statement by text message writes no statement file to attach', async () => {
    const { code, written, err } = await run('--customer', 'Harrow & Finch Engineering Ltd', '--stage', 'statement', '--channel', 'sms', '--out', 'msgs');
    expect(code).toBe(0);
    expect(Object.keys(written)).toEqual(['msgs/Harrow-Finch-Engineering-Ltd.txt']);
    expect(err).toBe('');
  });

  it('refuses an unknown channel and .eml drafts for a text message (exit 2)', async () => {
    expect((await run('--all', '--channel', 'fax')).code).toBe(2);
    const eml = await run('--all', '--channel', 'sms', '--format', 'eml');
    expect(eml.code).toBe(2);
    expect(eml.err).toContain('--format eml writes e-mail drafts');
  });
});
