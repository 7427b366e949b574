import type { ReferenceTableId } from '../../shared/penalty/penalty-warning.ts';
import type { PlainDate } from '../../shared/plain-date.ts';
import { BUILT_IN_REFERENCE_DATA, referenceDataStatus, type ReferenceData } from '../../shared/reference-data/index.ts';
import type { ReportRow } from '../../shared/report/index.ts';
import { ruleCellText } from '../i18n/reference-data-text.ts';
import type { PaneLanguage } from '../i18n/language.ts';

/** A reference table some figures of a flag run rest on past its known-until date. */
export interface AssumedTableUse {
  readonly table: ReferenceTableId;
  readonly knownUntil: PlainDate;
  /** Invoices whose figure assumes it. */
  readonly invoices: number;
}

/** The Rule cell of each row, and what the run's figures assumed. */
export interface PenaltyAnnotator {
  /** The Rule cell: the rule's name and, when the figure rests on a table past its known-until date, which and since when. */
  cell(row: ReportRow): string;
  /** Each table assumed by some figure, with how many invoices, in the order first met. */
  assumed(): AssumedTableUse[];
}

/**
 * Says beside each Penalty which rule produced it (a preset by its name, a contract's penalty
 * cell as written) and marks a figure computed past a table's known-until date on the sheet
 * itself (`… — assumed: LPR (China) after 2026-09-19`), counting the invoices for the pane.
 * Excel's threaded comments belong to people and cell notes need ExcelApi 1.18: an owned
 * column is what every Excel shows, prints and filters.
 */
export function createPenaltyAnnotator(reference: ReferenceData = BUILT_IN_REFERENCE_DATA, lang: PaneLanguage = 'en'): PenaltyAnnotator {
  const counts = new Map<ReferenceTableId, number>();
  const texts = new Map<string, string>();
  return {
    cell(row) {
      if (row.rule === undefined) return '';
      const assumed = row.assumed && row.assumed.length > 0 ? row.assumed : undefined;
      if (assumed) for (const id of assumed) counts.set(id, (counts.get(id) ?? 0) + 1);
      // Rows mostly share a rule: its words are made once.
      const key = `${row.rule}\u0000${assumed?.join(',') ?? ''}`;
      let text = texts.get(key);
      if (text === undefined) {
        text = ruleCellText(row.rule, assumed, reference, lang);
        if (texts.size < 1000) texts.set(key, text);
      }
      return text;
    },
    assumed() {
      if (counts.size === 0) return [];
      const knownUntil = new Map(referenceDataStatus(reference, reference.calendar.knownUntil).map((s) => [s.id, s.knownUntil]));
      return [...counts].map(([table, invoices]) => ({ table, knownUntil: knownUntil.get(table) as PlainDate, invoices }));
    },
  };
}
