import { describe, expect, it } from 'vitest';
import { WEBMAIL_HOSTS, WEBMAIL_MATCHES, webmailForHost } from '../../../extension/compose/webmail-hosts.ts';

describe('the one list of webmail hosts', () => {
  it('gives a match pattern for every host, and nothing else', () => {
    expect(WEBMAIL_MATCHES).toEqual(Object.keys(WEBMAIL_HOSTS).map((h) => `https://${h}/*`));
    expect(WEBMAIL_MATCHES).toContain('https://mail.google.com/*');
    expect(WEBMAIL_MATCHES).toContain('https://outlook.cloud.microsoft/*');
  });

  it.each([
    ['mail.google.com', 'gmail'],
    ['outlook.live.com', 'outlook'],
    ['constructor', undefined],
    ['__proto__', undefined],
    ['toString', undefined],
  ])('%s → %s (own entries only)', (host, webmail) => {
    expect(webmailForHost(host)).toBe(webmail);
  });
});
