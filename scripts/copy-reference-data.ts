/**
 * Copies the hand-out folder's reference data (../shared/data: rate tables and China's holiday
 * calendar, facts with sources) into the core as TypeScript modules, verbatim. Run it when the
 * hand-out data changes: `npx tsx scripts/copy-reference-data.ts`. A test compares the copies
 * with the hand-out files whenever they are beside the repository.
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** The hand-out folder `shared/data` beside the repository (or beside a worktree's parent folder). */
function handOutData(): string {
  for (let dir = resolve(repo, '..'); ; dir = dirname(dir)) {
    const candidate = join(dir, 'shared', 'data');
    if (existsSync(join(candidate, 'rates'))) return candidate;
    if (dirname(dir) === dir) throw new Error(`no hand-out folder shared/data found above ${repo}`);
  }
}
const data = handOutData();

interface Copy { readonly from: string; readonly to: string; readonly constant: string; readonly type: string; readonly typeFile: string }

const COPIES: readonly Copy[] = [
  { from: 'rates/cn-lpr.json', to: 'shared/rates/cn-lpr-data.ts', constant: 'CN_LPR_DATA', type: 'RawLprTable', typeFile: './raw-types.ts' },
  { from: 'rates/uk-boe-bank-rate.json', to: 'shared/rates/uk-bank-rate-data.ts', constant: 'UK_BANK_RATE_DATA', type: 'RawRateChangeTable', typeFile: './raw-types.ts' },
  { from: 'rates/ecb-mro.json', to: 'shared/rates/ecb-mro-data.ts', constant: 'ECB_MRO_DATA', type: 'RawRateChangeTable', typeFile: './raw-types.ts' },
  { from: 'rates/de-basiszinssatz.json', to: 'shared/rates/de-basiszinssatz-data.ts', constant: 'DE_BASISZINSSATZ_DATA', type: 'RawRateChangeTable', typeFile: './raw-types.ts' },
  { from: 'calendars/cn-holidays.json', to: 'shared/calendar/cn-holidays-data.ts', constant: 'CN_HOLIDAYS_DATA', type: 'RawCnHolidayCalendar', typeFile: './raw-cn-holidays.ts' },
];

for (const c of COPIES) {
  const json = JSON.parse(readFileSync(join(data, c.from), 'utf8')) as { name: string };
  const text = [
    `// Copied verbatim from the hand-out folder's data/${c.from} by scripts/copy-reference-data.ts (facts with`,
    '// sources; do not edit by hand: users add newer data through the rates / calendar options, a release',
    '// updates this copy together with its knownUntil).',
    `import type { ${c.type} } from '${c.typeFile}';`,
    '',
    `/** ${json.name} */`,
    `export const ${c.constant}: ${c.type} = ${JSON.stringify(json, null, 2)};`,
    '',
  ].join('\n');
  const target = join(repo, c.to);
  // Written beside the target and renamed: a half-written module never replaces a good one.
  writeFileSync(`${target}.tmp`, text);
  renameSync(`${target}.tmp`, target);
  console.log(`${c.from} → ${c.to}`);
}
