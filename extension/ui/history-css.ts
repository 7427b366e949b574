/** Styles of the case history, the record buttons and their notices (added to the picker's shadow root and the popup). */
export const HISTORY_CSS = `
.dd-chip.dd-suggested-later:not(.dd-on) { border-color: #5f6368; border-style: dotted; }
.dd-chip.dd-suggested-later::after { content: "→"; margin-left: 3px; font-size: 10px; color: #5f6368; }
.dd-case { border: 1px solid #e3e3e3; border-radius: 6px; padding: 6px 8px; background: #fbfbfd; display: flex; flex-direction: column; gap: 4px; font-size: 12px; }
.dd-case-head { display: flex; align-items: center; gap: 8px; }
.dd-case-status { font-weight: 600; padding: 1px 8px; border-radius: 10px; background: #e8eaed; color: #1f1f1f; }
.dd-case-waiting, .dd-case-promised, .dd-case-plan { background: #e6f4ea; color: #0d652d; }
.dd-case-broken-promise, .dd-case-plan-missed { background: #fce8e6; color: #a50e0e; }
.dd-case-disputed, .dd-case-paused, .dd-case-with-counsel { background: #fef7e0; color: #7a4f00; }
.dd-case-paid { background: #e8f0fe; color: #174ea6; }
.dd-case-count { color: #5f6368; }
.dd-why { margin: 0; color: #1f1f1f; }
.dd-why::first-letter { text-transform: uppercase; }
.dd-facts { margin: 0; padding: 0 0 0 16px; }
.dd-facts li.dd-warn { color: #a50e0e; font-weight: 600; }
.dd-history { list-style: none; margin: 0; padding: 0; }
.dd-history li { display: grid; grid-template-columns: 76px 1fr auto; column-gap: 6px; padding: 1px 0; border-top: 1px solid #f0f0f0; }
.dd-history .dd-when { color: #5f6368; font-variant-numeric: tabular-nums; }
.dd-history .dd-what { overflow-wrap: anywhere; }
.dd-history .dd-by { color: #5f6368; grid-column: 3; grid-row: 1; }
.dd-history .dd-detail { grid-column: 2 / span 2; color: #444; overflow-wrap: anywhere; }
.dd-more { margin: 0; color: #5f6368; }
.dd-record { display: flex; flex-direction: column; gap: 4px; }
.dd-record-form { display: grid; grid-template-columns: 1fr 1fr; gap: 4px 8px; border: 1px solid #e3e3e3; border-radius: 6px; padding: 6px 8px; margin: 0; }
.dd-record-form label { display: flex; flex-direction: column; font-size: 12px; }
.dd-record-form input, .dd-record-form select { font: inherit; font-size: 12px; }
.dd-record-form .dd-wide, .dd-form-title { grid-column: 1 / -1; }
.dd-invoice-picks { border: 0; padding: 0; margin: 0; display: flex; flex-wrap: wrap; gap: 2px 10px; }
.dd-invoice-picks .dd-check { flex-direction: row; align-items: center; gap: 3px; }
.dd-small { padding: 3px 12px; font-size: 12px; }
.dd-recorded { margin: 0; font-size: 12px; background: #e6f4ea; border-radius: 6px; padding: 3px 8px; }
.dd-recorded .dd-link, .dd-notice-toast .dd-link { margin-left: 6px; font-size: 12px; }
`;
