import type { TemplateLang } from '../../shared/templates/template-locale.ts';
import { getMessage } from '../platform/get-message.ts';

/** The language the browser shows the extension in (its _locales choice), as the core's labels are keyed. */
export function uiLang(): TemplateLang {
  return getMessage('htmlLang').toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}
