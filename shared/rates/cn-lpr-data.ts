// Copied verbatim from the hand-out folder's data/rates/cn-lpr.json by scripts/copy-reference-data.ts (facts with
// sources; do not edit by hand: users add newer data through the rates / calendar options, a release
// updates this copy together with its knownUntil).
import type { RawLprTable } from './raw-types.ts';

/** China Loan Prime Rate (贷款市场报价利率, LPR), 1-year and over-5-year, percent per year */
export const CN_LPR_DATA: RawLprTable = {
  "name": "China Loan Prime Rate (贷款市场报价利率, LPR), 1-year and over-5-year, percent per year",
  "publisher": "National Interbank Funding Center, authorised by the People's Bank of China; quoted monthly (the 20th, or the next working day)",
  "appliesFrom": "each quote applies from its publication date until the next quote",
  "before": {
    "until": "2019-08-19",
    "oneYear": "4.35",
    "fiveYear": "4.90",
    "note": "PBOC benchmark lending rate in force since 2015-10-24 (6 months to 1 year 4.35%, over 5 years 4.90%); used for breaches before 2019-08-20 (买卖合同解释 第18条)"
  },
  "knownUntil": "2026-09-19",
  "quotes": [
    {
      "from": "2019-08-20",
      "oneYear": "4.25",
      "fiveYear": "4.85"
    },
    {
      "from": "2019-09-20",
      "oneYear": "4.20",
      "fiveYear": "4.85"
    },
    {
      "from": "2019-10-21",
      "oneYear": "4.20",
      "fiveYear": "4.85"
    },
    {
      "from": "2019-11-20",
      "oneYear": "4.15",
      "fiveYear": "4.80"
    },
    {
      "from": "2019-12-20",
      "oneYear": "4.15",
      "fiveYear": "4.80"
    },
    {
      "from": "2020-01-20",
      "oneYear": "4.15",
      "fiveYear": "4.80"
    },
    {
      "from": "2020-02-20",
      "oneYear": "4.05",
      "fiveYear": "4.75"
    },
    {
      "from": "2020-03-20",
      "oneYear": "4.05",
      "fiveYear": "4.75"
    },
    {
      "from": "2020-04-20",
      "oneYear": "3.85",
      "fiveYear": "4.65"
    },
    {
      "from": "2020-05-20",
      "oneYear": "3.85",
      "fiveYear": "4.65"
    },
    {
      "from": "2020-06-22",
      "oneYear": "3.85",
      "fiveYear": "4.65"
    },
    {
      "from": "2020-07-20",
      "oneYear": "3.85",
      "fiveYear": "4.65"
    },
    {
      "from": "2020-08-20",
      "oneYear": "3.85",
      "fiveYear": "4.65"
    },
    {
      "from": "2020-09-21",
      "oneYear": "3.85",
      "fiveYear": "4.65"
    },
    {
      "from": "2020-10-20",
      "oneYear": "3.85",
      "fiveYear": "4.65"
    },
    {
      "from": "2020-11-20",
      "oneYear": "3.85",
      "fiveYear": "4.65"
    },
    {
      "from": "2020-12-21",
      "oneYear": "3.85",
      "fiveYear": "4.65"
    },
    {
      "from": "2021-01-20",
      "oneYear": "3.85",
      "fiveYear": "4.65"
    },
    {
      "from": "2021-02-20",
      "oneYear": "3.85",
      "fiveYear": "4.65"
    },
    {
      "from": "2021-03-22",
      "oneYear": "3.85",
      "fiveYear": "4.65"
    },
    {
      "from": "2021-04-20",
      "oneYear": "3.85",
      "fiveYear": "4.65"
    },
    {
      "from": "2021-05-20",
      "oneYear": "3.85",
      "fiveYear": "4.65"
    },
    {
      "from": "2021-06-21",
      "oneYear": "3.85",
      "fiveYear": "4.65"
    },
    {
      "from": "2021-07-20",
      "oneYear": "3.85",
      "fiveYear": "4.65"
    },
    {
      "from": "2021-08-20",
      "oneYear": "3.85",
      "fiveYear": "4.65"
    },
    {
      "from": "2021-09-22",
      "oneYear": "3.85",
      "fiveYear": "4.65"
    },
    {
      "from": "2021-10-20",
      "oneYear": "3.85",
      "fiveYear": "4.65"
    },
    {
      "from": "2021-11-22",
      "oneYear": "3.85",
      "fiveYear": "4.65"
    },
    {
      "from": "2021-12-20",
      "oneYear": "3.80",
      "fiveYear": "4.65"
    },
    {
      "from": "2022-01-20",
      "oneYear": "3.70",
      "fiveYear": "4.60"
    },
    {
      "from": "2022-02-21",
      "oneYear": "3.70",
      "fiveYear": "4.60"
    },
    {
      "from": "2022-03-21",
      "oneYear": "3.70",
      "fiveYear": "4.60"
    },
    {
      "from": "2022-04-20",
      "oneYear": "3.70",
      "fiveYear": "4.60"
    },
    {
      "from": "2022-05-20",
      "oneYear": "3.70",
      "fiveYear": "4.45"
    },
    {
      "from": "2022-06-20",
      "oneYear": "3.70",
      "fiveYear": "4.45"
    },
    {
      "from": "2022-07-20",
      "oneYear": "3.70",
      "fiveYear": "4.45"
    },
    {
      "from": "2022-08-22",
      "oneYear": "3.65",
      "fiveYear": "4.30"
    },
    {
      "from": "2022-09-20",
      "oneYear": "3.65",
      "fiveYear": "4.30"
    },
    {
      "from": "2022-10-20",
      "oneYear": "3.65",
      "fiveYear": "4.30"
    },
    {
      "from": "2022-11-21",
      "oneYear": "3.65",
      "fiveYear": "4.30"
    },
    {
      "from": "2022-12-20",
      "oneYear": "3.65",
      "fiveYear": "4.30"
    },
    {
      "from": "2023-01-20",
      "oneYear": "3.65",
      "fiveYear": "4.30"
    },
    {
      "from": "2023-02-20",
      "oneYear": "3.65",
      "fiveYear": "4.30"
    },
    {
      "from": "2023-03-20",
      "oneYear": "3.65",
      "fiveYear": "4.30"
    },
    {
      "from": "2023-04-20",
      "oneYear": "3.65",
      "fiveYear": "4.30"
    },
    {
      "from": "2023-05-22",
      "oneYear": "3.65",
      "fiveYear": "4.30"
    },
    {
      "from": "2023-06-20",
      "oneYear": "3.55",
      "fiveYear": "4.20"
    },
    {
      "from": "2023-07-20",
      "oneYear": "3.55",
      "fiveYear": "4.20"
    },
    {
      "from": "2023-08-21",
      "oneYear": "3.45",
      "fiveYear": "4.20"
    },
    {
      "from": "2023-09-20",
      "oneYear": "3.45",
      "fiveYear": "4.20"
    },
    {
      "from": "2023-10-20",
      "oneYear": "3.45",
      "fiveYear": "4.20"
    },
    {
      "from": "2023-11-20",
      "oneYear": "3.45",
      "fiveYear": "4.20"
    },
    {
      "from": "2023-12-20",
      "oneYear": "3.45",
      "fiveYear": "4.20"
    },
    {
      "from": "2024-01-22",
      "oneYear": "3.45",
      "fiveYear": "4.20"
    },
    {
      "from": "2024-02-20",
      "oneYear": "3.45",
      "fiveYear": "3.95"
    },
    {
      "from": "2024-03-20",
      "oneYear": "3.45",
      "fiveYear": "3.95"
    },
    {
      "from": "2024-04-22",
      "oneYear": "3.45",
      "fiveYear": "3.95"
    },
    {
      "from": "2024-05-20",
      "oneYear": "3.45",
      "fiveYear": "3.95"
    },
    {
      "from": "2024-06-20",
      "oneYear": "3.45",
      "fiveYear": "3.95"
    },
    {
      "from": "2024-07-22",
      "oneYear": "3.35",
      "fiveYear": "3.85"
    },
    {
      "from": "2024-08-20",
      "oneYear": "3.35",
      "fiveYear": "3.85"
    },
    {
      "from": "2024-09-20",
      "oneYear": "3.35",
      "fiveYear": "3.85"
    },
    {
      "from": "2024-10-21",
      "oneYear": "3.10",
      "fiveYear": "3.60"
    },
    {
      "from": "2024-11-20",
      "oneYear": "3.10",
      "fiveYear": "3.60"
    },
    {
      "from": "2024-12-20",
      "oneYear": "3.10",
      "fiveYear": "3.60"
    },
    {
      "from": "2025-01-20",
      "oneYear": "3.10",
      "fiveYear": "3.60"
    },
    {
      "from": "2025-02-20",
      "oneYear": "3.10",
      "fiveYear": "3.60"
    },
    {
      "from": "2025-03-20",
      "oneYear": "3.10",
      "fiveYear": "3.60"
    },
    {
      "from": "2025-04-21",
      "oneYear": "3.10",
      "fiveYear": "3.60"
    },
    {
      "from": "2025-05-20",
      "oneYear": "3.00",
      "fiveYear": "3.50"
    },
    {
      "from": "2025-06-20",
      "oneYear": "3.00",
      "fiveYear": "3.50"
    },
    {
      "from": "2025-07-21",
      "oneYear": "3.00",
      "fiveYear": "3.50"
    },
    {
      "from": "2025-08-20",
      "oneYear": "3.00",
      "fiveYear": "3.50"
    },
    {
      "from": "2025-09-22",
      "oneYear": "3.00",
      "fiveYear": "3.50"
    },
    {
      "from": "2025-10-20",
      "oneYear": "3.00",
      "fiveYear": "3.50"
    },
    {
      "from": "2025-11-20",
      "oneYear": "3.00",
      "fiveYear": "3.50"
    },
    {
      "from": "2025-12-22",
      "oneYear": "3.00",
      "fiveYear": "3.50"
    },
    {
      "from": "2026-01-20",
      "oneYear": "3.00",
      "fiveYear": "3.50"
    },
    {
      "from": "2026-02-24",
      "oneYear": "3.00",
      "fiveYear": "3.50"
    },
    {
      "from": "2026-03-20",
      "oneYear": "3.00",
      "fiveYear": "3.50"
    },
    {
      "from": "2026-04-20",
      "oneYear": "3.00",
      "fiveYear": "3.50"
    },
    {
      "from": "2026-05-20",
      "oneYear": "3.00",
      "fiveYear": "3.50"
    },
    {
      "from": "2026-06-22",
      "oneYear": "3.00",
      "fiveYear": "3.50"
    },
    {
      "from": "2026-07-20",
      "oneYear": "3.00",
      "fiveYear": "3.50"
    },
    {
      "from": "2026-08-20",
      "oneYear": "3.00",
      "fiveYear": "3.50"
    }
  ],
  "sources": [
    "monthly quotes as republished by several independent public tables that agree quote for quote; change points cross-checked against contemporary press reports",
    "a reproduced court judgment applies each quote from its publication day"
  ],
  "caveats": [
    "2021-02 quote dated 2021-02-20 (an official make-up working Saturday); some copies say 2021-02-22 - the rate is the same either way"
  ]
};
