import type { Money } from '../money.ts';
import { addDays, daysBetween, maxDate, type PlainDate } from '../plain-date.ts';
import { LADDER_STAGES, type LadderStageId, type StageId } from '../stage-id.ts';
import type { StagePolicy } from '../stages/stage-policy.ts';
import { minimumBalanceMinor, stageRank, suggestStage } from '../stages/suggest-stage.ts';

/** What the ladder says for one invoice. */
export interface LadderStep {
  readonly stage: StageId | null;
  readonly action: PlainDate | null;
  readonly dueSince?: PlainDate;
}

/** The stage after one on the ladder (`legal` stays `legal`). */
export function stageAfter(stage: LadderStageId): LadderStageId {
  const i = LADDER_STAGES.indexOf(stage);
  return LADDER_STAGES[Math.min(i + 1, LADDER_STAGES.length - 1)] as LadderStageId;
}

/**
 * The ladder stage for an invoice on `day` after `lastSent` (DESIGN.md): the stage after the
 * last one sent, never beyond what the days overdue suggest; when the days have not caught up,
 * the last stage again (a stage sent early by hand is not taken back). With nothing sent, what
 * the days suggest. `floor` (a broken promise, a missed instalment: `deadline`) raises it.
 */
export function ladderStageOn(
  day: PlainDate, dueDate: PlainDate, outstanding: Money, lastSent: LadderStageId | undefined, policy: StagePolicy, floor?: LadderStageId,
): StageId | null {
  const base = suggestStage({ daysOverdue: daysBetween(dueDate, day), outstanding }, policy);
  if (base === null) return null;
  let stage: StageId = base;
  if (lastSent !== undefined) {
    const after = stageAfter(lastSent);
    stage = stageRank(after) <= stageRank(base) ? after : stageRank(lastSent) >= stageRank(base) ? lastSent : base;
  }
  if (floor !== undefined && stageRank(floor) > stageRank(stage)) stage = floor;
  return stage;
}

/**
 * The next ladder step of an invoice: not before `earliest` (the last contact plus the policy's
 * gap, the end of a pause, …) nor before a reminder makes sense at all (the courtesy window);
 * taken on as-of when that day has come. Nothing below the policy's minimum balance.
 */
export function ladderStep(
  input: { dueDate: PlainDate; outstanding: Money; lastSent?: LadderStageId | undefined; earliest?: PlainDate | undefined; floor?: LadderStageId | undefined },
  asOf: PlainDate, policy: StagePolicy,
): LadderStep {
  if (input.outstanding.minor <= 0 || input.outstanding.minor < minimumBalanceMinor(policy, input.outstanding.currency)) {
    return { stage: null, action: null };
  }
  const firstDay = addDays(input.dueDate, -policy.courtesyDaysBefore);
  const candidate = input.earliest === undefined ? firstDay : maxDate(input.earliest, firstDay);
  const action = maxDate(candidate, asOf);
  const stage = ladderStageOn(action, input.dueDate, input.outstanding, input.lastSent, policy, input.floor);
  if (stage === null) return { stage, action: null };
  return candidate <= asOf ? { stage, action, dueSince: candidate } : { stage, action };
}
