import type { AgingBucket } from '../../shared/aging.ts';
import type { Receivable } from '../../shared/import/types.ts';
import type { PenaltyOptions } from '../../shared/penalty/compute-penalty.ts';
import type { RuleSelection } from '../../shared/penalty/rule-selection.ts';
import type { PlainDate } from '../../shared/plain-date.ts';
import { buildReportJson, createTotalsAccumulator, type ReportJson } from '../../shared/report/index.ts';
import type { StagePolicy } from '../../shared/stages/index.ts';
import type { TableLocation } from '../excel/table-location.ts';
import { createRowBuilderByCurrency, type RuleForCurrency } from '../report/row-builder-by-currency.ts';

/**
 * The customer list with open invoices as the exchange JSON (`dunning report --format json`),
 * which the browser extension imports. Only invoices with something outstanding are listed.
 */
export function customerListJson(
  receivables: readonly Receivable[], location: TableLocation,
  options: {
    readonly asOf: PlainDate; readonly ruleFor: RuleForCurrency; readonly buckets: readonly AgingBucket[]; readonly policy: StagePolicy;
    /** The settings' rule selection and reference data (see `createRowBuilderByCurrency`). */
    readonly rules?: RuleSelection; readonly penaltyOptions?: PenaltyOptions;
  },
): ReportJson {
  const build = createRowBuilderByCurrency(options);
  const rows = receivables.filter((r) => r.outstanding.minor > 0).map(build);
  const totals = createTotalsAccumulator(options.buckets.map((b) => b.id));
  for (const row of rows) totals.add(row);
  return buildReportJson({
    asOf: options.asOf,
    source: {
      file: location.sheet, encoding: 'utf-8', delimiter: '', headerRow: location.headerRow + 1,
      dataRows: location.dataRowCount, format: 'excel', lines: location.dataRowCount + 1, mapping: {},
    },
    rows, rejected: [], skipped: [], totals: totals.result(),
  });
}
