// Copied verbatim from the hand-out folder's data/rates/de-basiszinssatz.json (facts with sources; do not edit by hand:
// add newer rates through the `rates` option or update this copy together with its knownUntil).
import type { RawRateChangeTable } from './raw-types.ts';

/** Deutsche Bundesbank Basiszinssatz (BGB §247), percent per year, adjusted on 1 January and 1 July */
export const DE_BASISZINSSATZ_DATA: RawRateChangeTable = {
  "name": "Deutsche Bundesbank Basiszinssatz (BGB §247), percent per year, adjusted on 1 January and 1 July",
  "appliesFrom": "1 January / 1 July",
  "knownUntil": "2026-06-30",
  "changes": [
    {
      "from": "2016-07-01",
      "rate": "-0.88"
    },
    {
      "from": "2023-01-01",
      "rate": "1.62"
    },
    {
      "from": "2023-07-01",
      "rate": "3.12"
    },
    {
      "from": "2024-01-01",
      "rate": "3.62"
    },
    {
      "from": "2024-07-01",
      "rate": "3.37"
    },
    {
      "from": "2025-01-01",
      "rate": "2.27"
    },
    {
      "from": "2025-07-01",
      "rate": "1.27"
    },
    {
      "from": "2026-01-01",
      "rate": "1.27"
    }
  ],
  "statute": "BGB §288: default interest = Basiszinssatz + 9 points where no consumer is party (Entgeltforderungen), + 5 points otherwise; the current (jeweiliger) base rate applies per half-year; EUR 40 Pauschale (§288 Abs. 5)",
  "caveats": [
    "one public table reports 1.52% from 2026-07-01; not cross-checked, so not included - add it once verified"
  ],
  "sources": [
    "Bundesbank Basiszinssatz as republished in several public tables"
  ]
};
