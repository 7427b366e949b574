import { rulePresetLabel } from '../../shared/labels/index.ts';
import { uiLang } from './ui-lang.ts';

/**
 * A rule preset's name for people ("UK Late Payment Act: Bank Rate + 8 %"), in the UI
 * language, from the core's one set of labels; the preset id itself for a preset not named yet.
 */
export function presetLabel(preset: string): string {
  return rulePresetLabel(preset, uiLang());
}
