import { STAGE_IDS, type StageId } from '../stage-id.ts';
import { EN_LIBRARY } from './library/en.ts';
import { ZH_CN_LIBRARY } from './library/zh-cn.ts';
import type { StageTemplates } from './library/stage-templates.ts';
import { STAGE_TONES, type Tone } from './stage-tones.ts';
import type { TemplateLang } from './template-locale.ts';

/** How a reminder is delivered. */
export type Channel = 'email' | 'phone' | 'letter';

export const CHANNELS: readonly Channel[] = ['email', 'phone', 'letter'];

/** One built-in template: subject (email, letter) and body in the renderer's syntax. */
export interface LibraryTemplate {
  readonly stage: StageId;
  readonly channel: Channel;
  readonly lang: TemplateLang;
  /** Tones the body varies by (`{{#if tone.warm}}`), the first being the default. */
  readonly tones: readonly Tone[];
  readonly subject?: string;
  readonly body: string;
}

const BY_LANG: Readonly<Record<TemplateLang, Readonly<Record<StageId, StageTemplates>>>> = { en: EN_LIBRARY, 'zh-CN': ZH_CN_LIBRARY };

/** Every stage × channel × language, written for Dunning Desk. */
export const TEMPLATE_LIBRARY: readonly LibraryTemplate[] = (['zh-CN', 'en'] as const).flatMap((lang) =>
  STAGE_IDS.flatMap((stage) =>
    CHANNELS.map((channel): LibraryTemplate => {
      const t = BY_LANG[lang][stage][channel];
      return { stage, channel, lang, tones: STAGE_TONES[stage], ...(t.subject === undefined ? {} : { subject: t.subject }), body: t.body };
    }),
  ),
);

/** The built-in template for a stage, channel and language. */
export function libraryTemplate(stage: StageId, channel: Channel, lang: TemplateLang): LibraryTemplate {
  const found = TEMPLATE_LIBRARY.find((t) => t.stage === stage && t.channel === channel && t.lang === lang);
  if (found === undefined) throw new Error(`library has no ${lang} ${channel} template for ${stage}`);
  return found;
}

/** Whether a string names a channel. */
export function isChannel(text: string): text is Channel {
  return text === 'email' || text === 'phone' || text === 'letter';
}
