export { DEFAULT_STAGE_POLICY, type StagePolicy, type OverdueStageId } from './stage-policy.ts';
export { suggestStage, stageRank, minimumBalanceMinor, type StageInput } from './suggest-stage.ts';
export { parseStagePolicy } from './parse-stage-policy.ts';
