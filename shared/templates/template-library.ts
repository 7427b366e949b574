import { STAGE_IDS, type StageId } from '../stage-id.ts';
import { EN_LIBRARY } from './library/en.ts';
import { EN_SHORT } from './library/en-short.ts';
import { ZH_CN_LIBRARY } from './library/zh-cn.ts';
import { ZH_CN_SHORT } from './library/zh-cn-short.ts';
import type { ShortStageTemplates, StageTemplates } from './library/stage-templates.ts';
import { STAGE_TONES, type Tone } from './stage-tones.ts';
import type { TemplateLang } from './template-locale.ts';

/** How a reminder is delivered. */
export type Channel = 'email' | 'phone' | 'letter' | 'sms' | 'wechat';

/** Channels with a full message: subject (email, letter), the invoice table, payment details, signature. */
export const CHANNELS: readonly Channel[] = ['email', 'phone', 'letter'];

/** Short-message channels: plain text of at most {@link SHORT_MESSAGE_LIMIT} characters, to copy into a phone or WeChat. */
export const SHORT_CHANNELS: readonly Channel[] = ['sms', 'wechat'];

/** Every channel a reminder is written for. */
export const REMINDER_CHANNELS: readonly Channel[] = [...CHANNELS, ...SHORT_CHANNELS];

/**
 * The most characters a short message may have, counted as SMS counts them (UTF-16 code units,
 * `text.length`, no trailing line break). 300 keeps a Chinese SMS to at most 5 billed parts (67
 * characters each when concatenated), an English one to 2 × 153 GSM characters, and a WeChat
 * message readable without scrolling.
 */
export const SHORT_MESSAGE_LIMIT = 300;

/** One built-in template: subject (email, letter) and body in the renderer's syntax. */
export interface LibraryTemplate {
  readonly stage: StageId;
  readonly channel: Channel;
  readonly lang: TemplateLang;
  /** Tones the body varies by (`{{#if tone.warm}}`), the first being the default. */
  readonly tones: readonly Tone[];
  readonly subject?: string;
  readonly body: string;
  /** Short messages: less detailed bodies, tried in order when `body` renders longer than the limit. */
  readonly shorter?: readonly string[];
}

const BY_LANG: Readonly<Record<TemplateLang, Readonly<Record<StageId, StageTemplates>>>> = { en: EN_LIBRARY, 'zh-CN': ZH_CN_LIBRARY };
const SHORT_BY_LANG: Readonly<Record<TemplateLang, Readonly<Record<StageId, ShortStageTemplates>>>> = { en: EN_SHORT, 'zh-CN': ZH_CN_SHORT };

function entry(stage: StageId, channel: Channel, lang: TemplateLang): LibraryTemplate {
  const base = { stage, channel, lang, tones: STAGE_TONES[stage] };
  if (channel === 'sms' || channel === 'wechat') {
    const [body = '', ...shorter] = SHORT_BY_LANG[lang][stage][channel];
    return { ...base, body, shorter };
  }
  const t = BY_LANG[lang][stage][channel];
  return { ...base, ...(t.subject === undefined ? {} : { subject: t.subject }), body: t.body };
}

/** Every stage × channel × language, written for Dunning Desk. */
export const TEMPLATE_LIBRARY: readonly LibraryTemplate[] = (['zh-CN', 'en'] as const).flatMap((lang) =>
  STAGE_IDS.flatMap((stage) => REMINDER_CHANNELS.map((channel) => entry(stage, channel, lang))),
);

/** The built-in template for a stage, channel and language. */
export function libraryTemplate(stage: StageId, channel: Channel, lang: TemplateLang): LibraryTemplate {
  const found = TEMPLATE_LIBRARY.find((t) => t.stage === stage && t.channel === channel && t.lang === lang);
  if (found === undefined) throw new Error(`library has no ${lang} ${channel} template for ${stage}`);
  return found;
}

/** Whether a string names a channel. */
export function isChannel(text: string): text is Channel {
  return (REMINDER_CHANNELS as readonly string[]).includes(text);
}

/** Whether a channel is a short message (SMS, WeChat). */
export function isShortChannel(channel: Channel): boolean {
  return channel === 'sms' || channel === 'wechat';
}
