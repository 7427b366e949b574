export * from './compose-window.ts';
export * from './gmail.ts';
export * from './outlook.ts';
export * from './adapter-for-origin.ts';
export * from './caret.ts';
export * from './insert-content.ts';
export * from './email-address.ts';
