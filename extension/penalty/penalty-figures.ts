import { customerKey } from '../../shared/customer-key.ts';
import type { Receivable } from '../../shared/import/types.ts';
import { rulePresetLabel } from '../../shared/labels/index.ts';
import { add } from '../../shared/money.ts';
import type { PenaltyWarning } from '../../shared/penalty/penalty-warning.ts';
import type { RuleChoice } from '../../shared/penalty/rule-selection.ts';
import { RULE_PRESETS } from '../../shared/penalty/rule-presets.ts';
import { formatMoney } from '../../shared/templates/format-money.ts';
import type { ReminderModel } from '../../shared/templates/reminder-model.ts';
import { localeFor, type TemplateLang } from '../../shared/templates/template-locale.ts';
import type { AssumedTable, PenaltyFigure } from '../picker/picker-protocol.ts';

/** A rule's name for people: the preset's label, or the contract's own penalty text. */
export function ruleChoiceLabel(choice: RuleChoice, uiLang: TemplateLang): string {
  if (Object.hasOwn(RULE_PRESETS, choice.label)) return rulePresetLabel(choice.label, uiLang);
  const contract = /^contract (.*)$/s.exec(choice.label);
  if (contract) return uiLang === 'zh-CN' ? `合同约定：${contract[1]}` : `contract: ${contract[1]}`;
  return choice.label;
}

/** The tables a figure rests on past their known-until date, each with that date (the loss check's own rate is not the figure's). */
export function assumedTablesOf(warnings: readonly PenaltyWarning[] | undefined): AssumedTable[] {
  const out = new Map<string, AssumedTable>();
  for (const w of warnings ?? []) {
    if (w.code === 'rate-assumed' && !w.lossCheck) out.set(w.table, { table: w.table, after: w.knownUntil });
    else if (w.code === 'calendar-beyond') out.set('cnHolidays', { table: 'cnHolidays', after: w.knownUntil });
  }
  return [...out.values()];
}

/**
 * Each charged invoice of a reminder with the rule that produced its figure and the tables it
 * assumed past their known-until dates: what the picker's preview shows beside each figure.
 * The amount is the message table's (penalty still owed plus fixed compensation, in the
 * message's language); `choiceFor` is the selection that chose the rule the model computed with.
 */
export function penaltyFigures(
  model: ReminderModel,
  receivables: readonly Receivable[],
  choiceFor: (r: Receivable) => RuleChoice | undefined,
  messageLang: TemplateLang,
  uiLang: TemplateLang,
): PenaltyFigure[] {
  const key = customerKey(model.customer.name);
  const locale = localeFor(messageLang);
  const out: PenaltyFigure[] = [];
  for (const inv of model.invoices) {
    if (inv.penalty === undefined) continue;
    const r = receivables.find((x) => customerKey(x.customer) === key && x.invoice === inv.invoice && x.dueDate === inv.dueDate && x.currency === inv.outstanding.currency);
    const choice = r ? choiceFor(r) : undefined;
    if (choice === undefined) continue;
    out.push({
      invoice: inv.invoice,
      amount: formatMoney(add(inv.penalty.outstanding.penalty, inv.penalty.compensation), locale),
      rule: { id: choice.label, label: ruleChoiceLabel(choice, uiLang) },
      assumed: assumedTablesOf(inv.penalty.warningDetails),
    });
  }
  return out;
}
