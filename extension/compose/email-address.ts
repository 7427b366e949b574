// Deliberately loose: webmail shows addresses in chips, titles and "Name <a@b>" forms; we only
// need to recognise them, not validate them.
const EMAIL = /[A-Za-z0-9._%+'-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g;

/** Every e-mail address in a text, lower-cased, in order of appearance. */
export function extractEmails(text: string): string[] {
  return (text.match(EMAIL) ?? []).map((e) => e.toLowerCase());
}
