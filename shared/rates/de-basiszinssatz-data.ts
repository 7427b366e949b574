// Copied verbatim from the hand-out folder's data/rates/de-basiszinssatz.json by scripts/copy-reference-data.ts (facts with
// sources; do not edit by hand: users add newer data through the rates / calendar options, a release
// updates this copy together with its knownUntil).
import type { RawRateChangeTable } from './raw-types.ts';

/** Deutsche Bundesbank Basiszinssatz (BGB §247), percent per year, adjusted on 1 January and 1 July */
export const DE_BASISZINSSATZ_DATA: RawRateChangeTable = {
  "name": "Deutsche Bundesbank Basiszinssatz (BGB §247), percent per year, adjusted on 1 January and 1 July",
  "appliesFrom": "1 January / 1 July",
  "knownUntil": "2026-12-31",
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
    },
    {
      "from": "2026-07-01",
      "rate": "1.52"
    }
  ],
  "statute": "BGB §288: default interest = Basiszinssatz + 9 points where no consumer is party (Entgeltforderungen), + 5 points otherwise; the current (jeweiliger) base rate applies per half-year; EUR 40 Pauschale (§288 Abs. 5)",
  "caveats": [
    "1.52% from 2026-07-01 follows from BGB §247 (the base rate moves by the change in the ECB main refinancing rate since the last adjustment: 2.15 -> 2.40, +0.25) and matches a public table; confirm against the Bundesbank notice. The rate from 2027-01-01 is not known yet."
  ],
  "sources": [
    "Bundesbank Basiszinssatz as republished in several public tables"
  ]
};
