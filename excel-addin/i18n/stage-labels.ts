// The labels live in the core (shared/stages/stage-labels.ts): one set for the add-in, the CLI
// and the collection log's sentences.
export { STAGE_LABELS, stageLabel } from '../../shared/stages/stage-labels.ts';
