import { stageLabel as coreStageLabel } from '../../shared/labels/index.ts';
import type { StageId } from '../../shared/stage-id.ts';
import { uiLang } from './ui-lang.ts';

/** A stage's name in the UI language, from the core's one set of labels (the add-in shows the same). */
export function stageLabel(stage: StageId): string {
  return coreStageLabel(stage, uiLang());
}
