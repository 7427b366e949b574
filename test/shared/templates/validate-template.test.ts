import { describe, expect, it } from 'vitest';
import { validateTemplate } from '../../../shared/templates/validate-template.ts';
import { parseTemplate } from '../../../shared/templates/parse-template.ts';
import { buildReminderModel } from '../../../shared/templates/build-reminder-model.ts';
import { AS_OF, EN_RECEIVABLES } from './reminder-fixtures.ts';

function errorsOf(source: string, withModel = false) {
  const model = buildReminderModel(EN_RECEIVABLES, 'Harrow & Finch Engineering Ltd', AS_OF);
  const result = validateTemplate(source, withModel ? { model } : {});
  return result.ok ? [] : result.errors.map((e) => ({ code: e.code, name: e.name, line: e.line, column: e.column }));
}

describe('validateTemplate reports each problem by name and position', () => {
  it('accepts a template using placeholders, formatters, loops, conditionals and partials', () => {
    const source = [
      'Dear {{customer.name}},',
      '{{#each invoices}}',
      '- {{invoice.invoice}} due {{invoice.dueDate | date}}: {{invoice.outstanding | money}}',
      '{{/each}}',
      'Total {{totals.outstanding | money}}{{#if deadline}} by {{deadline | date}}{{/if}}',
      '{{> invoices}}',
    ].join('\n');
    expect(validateTemplate(source)).toEqual({ ok: true });
  });

  const cases: Array<[string, string, Array<{ code: string; name: string; line: number; column: number }>]> = [
    ['a misspelt field', 'Dear {{customer.name}},\nYou owe {{totals.outstandng | money}}.', [{ code: 'unknown-placeholder', name: 'totals.outstandng', line: 2, column: 9 }]],
    ['an unclosed tag', 'Hello {{customer.name}}\nDue {{deadline | date\nThanks', [{ code: 'unclosed-tag', name: '{{deadline | date', line: 2, column: 5 }]],
    ['an unclosed block', 'Hi\n  {{#each invoices}}\n{{invoice.invoice}}', [{ code: 'unclosed-block', name: '#each invoices', line: 2, column: 3 }]],
    ['a close with no open', 'Hi{{/if}}', [{ code: 'unexpected-close', name: '/if', line: 1, column: 3 }]],
    ['an unknown formatter', '{{asOf | dat}}', [{ code: 'unknown-formatter', name: 'dat', line: 1, column: 1 }]],
    ['money on a date', 'x {{asOf | money}}', [{ code: 'wrong-formatter', name: 'money', line: 1, column: 3 }]],
    ['a loop over a single value', '{{#each customer}}x{{/each}}', [{ code: 'not-a-list', name: 'customer', line: 1, column: 1 }]],
    ['an item used outside its loop', '{{invoice.dueDate}}', [{ code: 'unknown-placeholder', name: 'invoice.dueDate', line: 1, column: 1 }]],
    ['an unknown partial', '{{> signature}}', [{ code: 'unknown-partial', name: 'signature', line: 1, column: 1 }]],
    ['a flag printed as text', '{{multipleInvoices}}', [{ code: 'not-printable', name: 'multipleInvoices', line: 1, column: 1 }]],
  ];
  it.each(cases)('reports %s', (_label, source, expected) => {
    expect(errorsOf(source)).toEqual(expected);
  });

  it('reports values this customer lacks when given a model, and accepts them behind {{#if}}', () => {
    expect(errorsOf('Hi {{customer.name}}\nCall {{sender.phone}} by {{deadline}}', true)).toEqual([
      { code: 'missing-value', name: 'sender.phone', line: 2, column: 6 },
      { code: 'missing-value', name: 'deadline', line: 2, column: 26 },
    ]);
    expect(errorsOf('Hi {{customer.name}}{{#if sender.phone}} call {{sender.phone}}{{/if}}', true)).toEqual([]);
  });

  it('lists syntax errors in reading order, top to bottom and left to right', () => {
    expect(errorsOf('Hi {{ }}\n{{/if}} {{deadline | date')).toEqual([
      { code: 'bad-tag', name: '', line: 1, column: 4 },
      { code: 'unexpected-close', name: '/if', line: 2, column: 1 },
      { code: 'unclosed-tag', name: '{{deadline | date', line: 2, column: 9 },
    ]);
  });

  it('reports unknown placeholders and values this customer lacks together', () => {
    expect(errorsOf('Hi {{customer.nam}}\nCall {{sender.phone}} about {{totals.outstanding | dat}}', true)).toEqual([
      { code: 'unknown-placeholder', name: 'customer.nam', line: 1, column: 4 },
      { code: 'missing-value', name: 'sender.phone', line: 2, column: 6 },
      { code: 'unknown-formatter', name: 'dat', line: 2, column: 29 },
    ]);
  });

  it('reports an empty template', () => {
    expect(errorsOf('   \n')).toEqual([{ code: 'empty-template', name: '', line: 1, column: 1 }]);
  });
});

describe('parseTemplate', () => {
  it('drops lines that hold only a block tag, so conditionals leave no blank lines', () => {
    const parsed = parseTemplate('A\n{{#if x}}\nB\n{{/if}}\nC\n');
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const texts = JSON.stringify(parsed.nodes);
    expect(texts).toContain('"value":"A\\n"');
    expect(texts).toContain('"value":"B\\n"');
    expect(texts).toContain('"value":"C\\n"');
  });
});
