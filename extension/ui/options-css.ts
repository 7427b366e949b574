/** Styles of the options page. */
export const OPTIONS_CSS = `
body { font: 14px/1.5 system-ui, "Segoe UI", "PingFang SC", "Microsoft YaHei", sans-serif; margin: 0; background: #f6f8fc; color: #1f1f1f; }
main { max-width: 900px; margin: 0 auto; padding: 16px; }
.card { background: #fff; border: 1px solid #e3e3e3; border-radius: 10px; padding: 12px 16px; margin: 12px 0; }
.grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(240px, 1fr)); gap: 8px 16px; margin-bottom: 8px; }
label { display: flex; flex-direction: column; font-size: 13px; }
label.block { margin: 6px 0; }
input, select, textarea { font: inherit; padding: 4px 6px; border: 1px solid #aaa; border-radius: 6px; }
textarea { font-family: ui-monospace, Menlo, Consolas, monospace; font-size: 12px; }
.row { display: flex; gap: 12px; align-items: end; flex-wrap: wrap; margin: 6px 0; }
button { font: inherit; padding: 5px 14px; border-radius: 16px; border: 1px solid #0b57d0; background: #fff; color: #0b57d0; cursor: pointer; }
button:disabled { opacity: .5; cursor: default; }
button.danger { border-color: #b3261e; color: #b3261e; }
.hint { color: #666; font-size: 13px; }
.badge { background: #e8f0fe; border-radius: 8px; padding: 1px 8px; font-size: 12px; }
.errors, .warning { color: #b3261e; }
.notice { background: #fff4ce; border-radius: 8px; padding: 8px 12px; }
.report table { border-collapse: collapse; font-size: 12px; }
.report td, .report th { border-bottom: 1px solid #eee; padding: 2px 8px; text-align: left; }
.preview { background: #fafafa; border: 1px solid #eee; border-radius: 6px; padding: 8px; }
.preview pre { white-space: pre-wrap; font: inherit; }
.clause pre { white-space: pre-wrap; font: inherit; background: #fafafa; border: 1px solid #eee; border-radius: 6px; padding: 8px; }
.rates-status { border-collapse: collapse; width: 100%; font-size: 13px; margin: 4px 0 8px; }
.rates-status th, .rates-status td { border-bottom: 1px solid #eee; padding: 3px 8px; text-align: left; }
.rates-status tr.stale td { background: #fff4ce; }
.rates-stale { margin: 4px 0 8px; padding-left: 20px; }
.rates-entries { list-style: none; padding: 0; margin: 0; }
.rates-entries li { display: flex; justify-content: space-between; align-items: start; gap: 12px; border-bottom: 1px solid #eee; padding: 6px 0; }
`;
