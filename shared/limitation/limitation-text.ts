import type { LogAction } from '../log/log-action.ts';
import type { ContactChannel } from '../contact-channel.ts';

/** Languages the limitation working is written in. */
export type LimitationLang = 'en' | 'zh-CN';

const ACTION_WORDS: Readonly<Record<LimitationLang, Readonly<Record<LogAction, string>>>> = {
  en: {
    reminder: 'reminder', call: 'call', promise: 'promise to pay', plan: 'instalment plan', dispute: 'dispute',
    resolved: 'dispute resolved', pause: 'pause', resume: 'resumption', acknowledged: 'written acknowledgement',
    payment: 'part payment', legal: 'legal step', note: 'note',
  },
  'zh-CN': {
    reminder: '催款', call: '电话', promise: '付款承诺', plan: '分期还款计划', dispute: '异议', resolved: '异议解决',
    pause: '暂停', resume: '恢复', acknowledged: '书面确认债务', payment: '部分付款', legal: '法律程序', note: '备注',
  },
};

const CHANNEL_WORDS: Readonly<Record<LimitationLang, Readonly<Record<ContactChannel, string>>>> = {
  en: { email: 'e-mail', phone: 'phone', letter: 'letter', sms: 'text message', wechat: 'WeChat', visit: 'visit' },
  'zh-CN': { email: '邮件', phone: '电话', letter: '书面函件', sms: '短信', wechat: '微信', visit: '上门' },
};

/** A log action in words (`part payment`, `付款承诺`). */
export function actionWord(action: LogAction, lang: LimitationLang): string {
  return ACTION_WORDS[lang][action];
}

/** A channel in words (`e-mail`, `书面函件`). */
export function channelWord(channel: ContactChannel, lang: LimitationLang): string {
  return CHANNEL_WORDS[lang][channel];
}
