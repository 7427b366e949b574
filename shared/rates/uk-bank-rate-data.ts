// Copied verbatim from the hand-out folder's data/rates/uk-boe-bank-rate.json by scripts/copy-reference-data.ts (facts with
// sources; do not edit by hand: users add newer data through the rates / calendar options, a release
// updates this copy together with its knownUntil).
import type { RawRateChangeTable } from './raw-types.ts';

/** Bank of England Bank Rate (official dealing rate), percent per year */
export const UK_BANK_RATE_DATA: RawRateChangeTable = {
  "name": "Bank of England Bank Rate (official dealing rate), percent per year",
  "appliesFrom": "effective date of each change",
  "knownUntil": "2026-10-06",
  "changes": [
    {
      "from": "2018-08-02",
      "rate": "0.75"
    },
    {
      "from": "2020-03-11",
      "rate": "0.25"
    },
    {
      "from": "2020-03-19",
      "rate": "0.10"
    },
    {
      "from": "2021-12-16",
      "rate": "0.25"
    },
    {
      "from": "2022-02-03",
      "rate": "0.50"
    },
    {
      "from": "2022-03-17",
      "rate": "0.75"
    },
    {
      "from": "2022-05-05",
      "rate": "1.00"
    },
    {
      "from": "2022-06-16",
      "rate": "1.25"
    },
    {
      "from": "2022-08-04",
      "rate": "1.75"
    },
    {
      "from": "2022-09-22",
      "rate": "2.25"
    },
    {
      "from": "2022-11-03",
      "rate": "3.00"
    },
    {
      "from": "2022-12-15",
      "rate": "3.50"
    },
    {
      "from": "2023-02-02",
      "rate": "4.00"
    },
    {
      "from": "2023-03-23",
      "rate": "4.25"
    },
    {
      "from": "2023-05-11",
      "rate": "4.50"
    },
    {
      "from": "2023-06-22",
      "rate": "5.00"
    },
    {
      "from": "2023-08-03",
      "rate": "5.25"
    },
    {
      "from": "2024-08-01",
      "rate": "5.00"
    },
    {
      "from": "2024-11-07",
      "rate": "4.75"
    },
    {
      "from": "2025-02-06",
      "rate": "4.50"
    },
    {
      "from": "2025-05-08",
      "rate": "4.25"
    },
    {
      "from": "2025-08-07",
      "rate": "4.00"
    },
    {
      "from": "2025-12-18",
      "rate": "3.75"
    }
  ],
  "statute": "Late Payment of Commercial Debts (Interest) Act 1998; rate fixed by SI 2002/1675 art. 4: 8% over the rate in force on 30 June (for interest starting 1 July-31 December) or 31 December (for interest starting 1 January-30 June) immediately before interest starts to run; fixed for that debt",
  "fixedCompensation": [
    {
      "below": "1000.00",
      "amount": "40.00"
    },
    {
      "below": "10000.00",
      "amount": "70.00"
    },
    {
      "below": null,
      "amount": "100.00"
    }
  ],
  "sources": [
    "Bank of England Bank Rate history as republished in several independent public tables, latest checked against the Bank's IUDBEDR series (last data point 2026-10-06 = 3.75)"
  ]
};
