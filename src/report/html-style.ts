/** The report's only stylesheet, inlined so the HTML file is self-contained; print rules keep it readable on paper. */
export const reportCss = `
:root { --ink: #1d2330; --muted: #5b6475; --line: #d9dde5; --accent: #2f5fb3; --impact: #d64545; --respond: #e8a33d; --recover: #d9c54a; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); background: #fff; }
main { max-width: 1000px; margin: 0 auto; padding: 32px 24px 64px; }
header .meta { color: var(--muted); margin: 0; font-size: 13px; letter-spacing: .02em; }
h1 { font-size: 28px; line-height: 1.25; margin: 4px 0 8px; }
h2 { font-size: 19px; margin: 32px 0 10px; padding-bottom: 4px; border-bottom: 1px solid var(--line); }
.bluf { background: #f3f6fb; border-left: 4px solid var(--accent); padding: 12px 16px; margin-top: 20px; }
.bluf h2 { border: 0; margin: 0 0 4px; font-size: 15px; text-transform: uppercase; letter-spacing: .05em; color: var(--accent); }
.missing { color: #9a3b00; font-size: 13px; }
dl.numbers { display: grid; grid-template-columns: repeat(auto-fit, minmax(150px, 1fr)); gap: 8px; margin: 0; }
dl.numbers div { border: 1px solid var(--line); border-radius: 6px; padding: 8px 12px; }
dl.numbers dt { color: var(--muted); font-size: 12px; }
dl.numbers dd { margin: 0; font-size: 20px; font-weight: 600; }
table { width: 100%; border-collapse: collapse; font-size: 13.5px; }
th, td { text-align: left; vertical-align: top; padding: 5px 8px; border-bottom: 1px solid var(--line); }
th { color: var(--muted); font-weight: 600; }
td.time, table.timeline td:nth-child(-n+2) { white-space: nowrap; font-variant-numeric: tabular-nums; }
table.timeline td:nth-child(3), table.timeline.reader td:nth-child(2) { word-break: break-word; white-space: normal; }
tr.sev-error td:nth-child(2), tr.sev-critical td:nth-child(2) { color: var(--impact); font-weight: 600; }
code { font: 12.5px ui-monospace, SFMono-Regular, Menlo, monospace; }
.chart { width: 100%; height: auto; display: block; margin: 8px 0 16px; }
.chart text { font: 11px system-ui, sans-serif; fill: var(--muted); }
.legend { display: flex; gap: 16px; font-size: 12px; color: var(--muted); margin: 0; padding: 0; list-style: none; }
.legend span { display: inline-block; width: 12px; height: 12px; border-radius: 2px; margin-right: 4px; vertical-align: -2px; }
.factor h3 { font-size: 16px; margin: 16px 0 2px; }
.factor .category { color: var(--muted); font-size: 13px; margin: 0; }
footer { margin-top: 48px; color: var(--muted); font-size: 12px; }
@media print {
  @page { margin: 16mm 14mm; }
  body { font-size: 11pt; }
  main { max-width: none; padding: 0; }
  h2 { break-after: avoid; }
  tr, .factor, .bluf, svg { break-inside: avoid; }
  thead { display: table-header-group; }
  .bluf { background: none; }
  a { color: inherit; text-decoration: none; }
}
`;
