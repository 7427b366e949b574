import { describe, expect, it } from 'vitest';
import { runClause } from '../../cli/commands/clause.ts';
import { fakeIo } from './fake-io.ts';

describe('dunning clause', () => {
  it('prints the clause of a preset in Chinese', async () => {
    const x = fakeIo();
    expect(await runClause(['--rule', 'cn-contract-0.05pct-daily', '--lang', 'zh-CN'], x)).toBe(0);
    expect(x.out).toContain('逾期付款的，应自到期日次日起至实际付清之日止（含付款当日），每逾期一日按逾期未付金额的万分之五向卖方支付违约金');
  });

  it('prints a rule file\'s clause in English with amounts in --currency', async () => {
    const x = fakeIo({ files: { 'rule.json': JSON.stringify({ kind: 'daily-rate', rate: '0.0005', cap: { amount: '5000' }, graceDays: 3 }) } });
    expect(await runClause(['--rules', 'rule.json', '--lang', 'en', '--currency', 'usd'], x)).toBe(0);
    expect(x.out).toContain('from the 4th day after the due date');
    expect(x.out).toContain('shall not exceed US$5,000.00');
  });

  const bad: Array<[string[], string]> = [
    [['--rule', 'uk-late-payment'], '--lang must be zh-CN or en'],
    [['--rule', 'uk-late-payment', '--lang', 'de'], '--lang must be zh-CN or en; got "de"'],
    [['--lang', 'en'], 'give --rule <preset> or --rules <file.json>; presets: cn-contract-0.05pct-daily'],
    [['--rule', 'nope', '--lang', 'en'], 'unknown rule preset "nope"'],
  ];
  it.each(bad)('rejects %j', async (args, message) => {
    const x = fakeIo();
    expect(await runClause(args, x)).toBe(2);
    expect(x.err).toContain(message);
  });
});
