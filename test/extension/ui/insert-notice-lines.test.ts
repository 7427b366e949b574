import { describe, expect, it } from 'vitest';
import type { InsertOutcome } from '../../../extension/compose/compose-window.ts';
import { insertNoticeLines } from '../../../extension/ui/insert-notice-lines.ts';

const t = (key: string, subs?: string | string[]) => [key, ...(subs === undefined ? [] : Array.isArray(subs) ? subs : [subs])].join('|');
const outcome = (o: Partial<InsertOutcome>): InsertOutcome => ({ body: 'inserted', subject: 'set', recipient: 'set', to: 'ap@minghua.example', subjectText: 'Invoice overdue', signals: {}, ...o });

describe('the notice after Insert', () => {
  it.each([
    [outcome({}), ['done:noticeBodyInserted', 'done:noticeToSet|ap@minghua.example', 'done:noticeSubjectSet']],
    [outcome({ recipient: 'failed' }), ['done:noticeBodyInserted', 'todo:noticeToFailed|ap@minghua.example', 'done:noticeSubjectSet']],
    [outcome({ recipient: 'kept', subject: 'kept' }), ['done:noticeBodyInserted', 'done:noticeToKept', 'done:noticeSubjectKept']],
    [outcome({ subject: 'failed', recipient: 'none' }), ['done:noticeBodyInserted', 'todo:noticeSubjectFailed|Invoice overdue']],
    [outcome({ body: 'failed', subject: 'none', recipient: 'none' }), ['todo:noticeBodyFailed']],
  ])('says what was filled and what to do about the rest (%#)', (o, lines) => {
    expect(insertNoticeLines(o, t).map((l) => `${l.kind}:${l.text}`)).toEqual(lines);
  });
});
