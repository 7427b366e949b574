import { describe, expect, it } from 'vitest';
import { adapterForOrigin } from '../../../extension/compose/adapter-for-origin.ts';

describe('adapterForOrigin', () => {
  it.each([
    ['https://mail.google.com', 'gmail'],
    ['https://outlook.office.com', 'outlook'],
    ['https://outlook.office365.com', 'outlook'],
    ['https://outlook.live.com', 'outlook'],
    ['https://outlook.cloud.microsoft', 'outlook'],
    ['https://mail.google.com.evil.example', undefined],
    ['https://calendar.google.com', undefined],
    ['null', undefined],
  ])('%s → %s', (origin, webmail) => {
    expect(adapterForOrigin(origin)?.webmail).toBe(webmail);
  });
});
