import type { InsertOutcome } from '../compose/compose-window.ts';

/** One line of the notice shown after Insert: done, or something the user must do. */
export interface NoticeLine {
  readonly kind: 'done' | 'todo';
  readonly text: string;
}

/** A UI message by key with substitutions. */
export type Translate = (key: string, substitutions?: string | string[]) => string;

/**
 * What the notice after Insert says: each field filled, kept or not filled, and for what was
 * not filled what to do ("To not filled: add ap@… yourself"). Nothing fails silently.
 */
export function insertNoticeLines(outcome: InsertOutcome, t: Translate): NoticeLine[] {
  const lines: NoticeLine[] = [];
  lines.push(outcome.body === 'inserted' ? { kind: 'done', text: t('noticeBodyInserted') } : { kind: 'todo', text: t('noticeBodyFailed') });
  const to = outcome.to ?? '';
  if (outcome.recipient === 'set') lines.push({ kind: 'done', text: t('noticeToSet', to) });
  else if (outcome.recipient === 'kept') lines.push({ kind: 'done', text: t('noticeToKept') });
  else if (outcome.recipient === 'failed') lines.push({ kind: 'todo', text: t('noticeToFailed', to) });
  if (outcome.subject === 'set') lines.push({ kind: 'done', text: t('noticeSubjectSet') });
  else if (outcome.subject === 'kept') lines.push({ kind: 'done', text: t('noticeSubjectKept') });
  else if (outcome.subject === 'failed') lines.push({ kind: 'todo', text: t('noticeSubjectFailed', outcome.subjectText ?? '') });
  return lines;
}
