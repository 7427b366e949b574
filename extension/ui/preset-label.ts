import { getMessage } from '../platform/get-message.ts';

/**
 * A rule preset's name for people ("China: contract penalty of 0.05 % a day"), in the UI
 * language; the preset id itself for a preset the messages do not name yet.
 */
export function presetLabel(preset: string): string {
  // Message names allow only letters, digits, _ and @.
  return getMessage(`preset_${preset.replace(/[^A-Za-z0-9]/g, '_')}`) || preset;
}
