// Copied verbatim from the hand-out folder's data/rates/ecb-mro.json by scripts/copy-reference-data.ts (facts with
// sources; do not edit by hand: users add newer data through the rates / calendar options, a release
// updates this copy together with its knownUntil).
import type { RawRateChangeTable } from './raw-types.ts';

/** ECB main refinancing operations rate (fixed rate), percent per year */
export const ECB_MRO_DATA: RawRateChangeTable = {
  "name": "ECB main refinancing operations rate (fixed rate), percent per year",
  "appliesFrom": "effective date of each change",
  "knownUntil": "2026-07-01",
  "changes": [
    {
      "from": "2016-03-16",
      "rate": "0.00"
    },
    {
      "from": "2022-07-27",
      "rate": "0.50"
    },
    {
      "from": "2022-09-14",
      "rate": "1.25"
    },
    {
      "from": "2022-11-02",
      "rate": "2.00"
    },
    {
      "from": "2022-12-21",
      "rate": "2.50"
    },
    {
      "from": "2023-02-08",
      "rate": "3.00"
    },
    {
      "from": "2023-03-22",
      "rate": "3.50"
    },
    {
      "from": "2023-05-10",
      "rate": "3.75"
    },
    {
      "from": "2023-06-21",
      "rate": "4.00"
    },
    {
      "from": "2023-08-02",
      "rate": "4.25"
    },
    {
      "from": "2023-09-20",
      "rate": "4.50"
    },
    {
      "from": "2024-06-12",
      "rate": "4.25"
    },
    {
      "from": "2024-09-18",
      "rate": "3.65"
    },
    {
      "from": "2024-10-23",
      "rate": "3.40"
    },
    {
      "from": "2024-12-18",
      "rate": "3.15"
    },
    {
      "from": "2025-02-05",
      "rate": "2.90"
    },
    {
      "from": "2025-03-12",
      "rate": "2.65"
    },
    {
      "from": "2025-04-23",
      "rate": "2.40"
    },
    {
      "from": "2025-06-11",
      "rate": "2.15"
    },
    {
      "from": "2026-06-17",
      "rate": "2.40"
    }
  ],
  "statute": "Directive 2011/7/EU: statutory interest = reference rate + at least 8 points; the rate in force on 1 January applies to the first half-year and on 1 July to the second; at least EUR 40 fixed compensation per late payment. Member states may set more (Germany: BGB §288 uses its own Basiszinssatz + 9 points B2B).",
  "caveats": [
    "the Governing Council raised the three key rates by 25 basis points on 11 June 2026 (deposit facility 2.00 -> 2.25, so MRO 2.15 -> 2.40); the new rates apply from the start of the next maintenance period, taken here as Wednesday 17 June 2026 - confirm the day against the ECB press release. Only the rate in force on 1 July 2026 matters for the directive (second half of 2026: 2.40 + 8 = 10.40%).",
    "no decision after early July 2026 was found in the sources used; verify the rate in force on 1 January 2027"
  ],
  "sources": [
    "ECB key interest rate decisions as republished in public tables",
    "press reports of the 11 June 2026 decision and of the ECB President defending it at Sintra on 29-30 June 2026"
  ]
};
