/** Styles of the picker, injected into its shadow root (and the popup page). */
export const PICKER_CSS = `
.dd-picker { box-sizing: border-box; width: 100%; max-width: 460px; max-height: var(--dd-max-height, min(86vh, 580px));
  overflow: hidden; background: #fff; color: #1f1f1f;
  font: 13px/1.4 system-ui, "Segoe UI", "PingFang SC", "Microsoft YaHei", "WenQuanYi Micro Hei", sans-serif; border: 1px solid #c7c7c7;
  border-radius: 10px; box-shadow: 0 12px 32px rgba(0,0,0,.25); padding: 12px; display: flex; flex-direction: column; gap: 8px; }
.dd-layer { width: 460px; max-width: calc(100vw - 16px); }
.dd-layer > .dd-picker { max-height: var(--dd-max-height, 86vh); }
.dd-head, .dd-search, .dd-foot, .dd-picker > .dd-notice, .dd-picker > .dd-error { flex: none; }
.dd-scroll { flex: 1 1 auto; min-height: 0; overflow-y: auto; overflow-x: hidden; display: flex; flex-direction: column; gap: 8px;
  padding-right: 2px; overscroll-behavior: contain; }
.dd-scroll > * { flex: none; }
.dd-head { display: flex; align-items: center; gap: 8px; }
.dd-asof { color: #666; font-size: 12px; flex: 1; }
.dd-close { border: 0; background: none; font-size: 20px; cursor: pointer; line-height: 1; }
.dd-search { font: inherit; padding: 6px 8px; border: 1px solid #999; border-radius: 6px; }
.dd-customers { list-style: none; margin: 0; padding: 0; max-height: 132px; overflow: auto; border: 1px solid #e3e3e3; border-radius: 6px; }
.dd-customers li { display: grid; grid-template-columns: 1fr auto; padding: 4px 8px; cursor: pointer; }
.dd-customers li .dd-email { grid-column: 1; color: #555; font-size: 12px; }
.dd-customers li .dd-overdue { grid-column: 2; grid-row: 1 / span 2; align-self: center; color: #b3261e; font-size: 12px; }
.dd-customers li.dd-on { background: #d3e3fd; }
.dd-link { align-self: flex-start; border: 0; background: none; color: #0b57d0; cursor: pointer; padding: 0; font: inherit; }
.dd-manual { display: grid; grid-template-columns: 1fr 1fr; gap: 4px 8px; border: 1px solid #e3e3e3; border-radius: 6px; }
.dd-manual label { display: flex; flex-direction: column; font-size: 12px; }
.dd-invoices { border-collapse: collapse; font-size: 12px; width: 100%; table-layout: fixed; }
.dd-invoices th, .dd-invoices td { overflow-wrap: anywhere; }
.dd-invoices th, .dd-invoices td { text-align: left; padding: 2px 6px; border-bottom: 1px solid #eee; }
.dd-num { text-align: right !important; font-variant-numeric: tabular-nums; }
.dd-row { display: flex; flex-wrap: wrap; gap: 4px; align-items: center; }
.dd-chip { font: inherit; font-size: 12px; padding: 2px 8px; border: 1px solid #aaa; border-radius: 12px; background: #fff; cursor: pointer; }
.dd-chip.dd-on { background: #0b57d0; color: #fff; border-color: #0b57d0; }
.dd-chip:focus-visible, .dd-customers li:focus-visible { outline: 2px solid #0b57d0; outline-offset: 1px; }
.dd-chip.dd-suggested:not(.dd-on) { border-color: #0b57d0; border-style: dashed; }
.dd-chip.dd-suggested::after { content: "★"; margin-left: 3px; font-size: 10px; color: #b06000; }
.dd-chip.dd-suggested.dd-on::after { color: #ffe08a; }
.dd-stages { display: flex; flex-direction: column; gap: 4px; }
.dd-stage-group { display: flex; flex-wrap: wrap; gap: 4px; align-items: center; }
.dd-group-label { flex: 0 0 100%; font-size: 11px; color: #5f6368; text-transform: uppercase; letter-spacing: .02em; }
.dd-suggestion { margin: 0; font-size: 12px; color: #5f4b00; background: #fff8e1; border-radius: 6px; padding: 3px 8px; }
.dd-tone { margin-left: auto; font-size: 12px; }
.dd-preview { border: 1px solid #e3e3e3; border-radius: 6px; padding: 8px; background: #fafafa; max-height: 220px; overflow-y: auto; overflow-x: hidden; }
.dd-subject { font-weight: 600; margin-bottom: 4px; }
.dd-html p { margin: 0 0 6px; }
/* The message's invoice table in a compact layout that fits the picker's width: small type, the
   amounts and day counts (right-aligned by the core) kept whole, the text columns (invoice
   numbers, dates) wrapping where they must. */
.dd-html table { border-collapse: collapse; width: 100%; table-layout: auto; margin: 4px 0 8px !important; }
.dd-html th, .dd-html td { border: 1px solid #ddd; padding: 1px 3px !important; font-size: 10px; line-height: 1.25;
  overflow-wrap: anywhere; vertical-align: top; }
.dd-html td[style*="text-align:right"], .dd-html th[style*="text-align:right"] { white-space: nowrap; overflow-wrap: normal; }
.dd-html { overflow-x: hidden; overflow-wrap: anywhere; }
.dd-notice { background: #fff4ce; padding: 4px 8px; border-radius: 6px; margin: 0; }
.dd-error, .dd-warning { color: #b3261e; margin: 0; }
.dd-empty { color: #777; margin: 0; }
.dd-foot { display: flex; align-items: center; gap: 8px; border-top: 1px solid #eee; padding-top: 8px; }
.dd-hint { color: #777; font-size: 11px; flex: 1; }
.dd-primary { font: inherit; background: #0b57d0; color: #fff; border: 0; border-radius: 16px; padding: 6px 16px; cursor: pointer; }
.dd-primary:disabled { background: #9aa7bd; cursor: default; }
.dd-notice-toast { box-sizing: border-box; background: #fff; color: #1f1f1f; border: 1px solid #c7c7c7; border-left: 4px solid #188038;
  border-radius: 8px; box-shadow: 0 8px 24px rgba(0,0,0,.2); padding: 8px 10px;
  font: 13px/1.4 system-ui, "Segoe UI", "PingFang SC", "Microsoft YaHei", "WenQuanYi Micro Hei", sans-serif; }
.dd-notice-toast.dd-incomplete { border-left-color: #b3261e; }
.dd-notice-head { display: flex; align-items: center; gap: 8px; justify-content: space-between; }
.dd-notice-toast ul { margin: 4px 0 0; padding: 0 0 0 18px; }
.dd-notice-toast li.dd-todo { color: #b3261e; font-weight: 600; }
`;
