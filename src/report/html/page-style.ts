/** The report's only styles, inline, with system fonts: the page loads nothing from anywhere. */
export const PAGE_STYLE = `
:root { color-scheme: light; --ink: #1f2328; --muted: #59636e; --line: #d1d9e0;
  --error: #c62828; --warning: #a15c00; --accent: #0b57d0; --origin: #6f42c1; --paper: #ffffff;
  --panel: #f6f8fa; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  color: var(--ink); background: var(--paper); }
header, main { max-width: 1100px; margin: 0 auto; padding: 0 24px; }
header { padding-top: 24px; }
h1 { font-size: 26px; margin: 0 0 4px; }
h2 { font-size: 20px; margin: 32px 0 12px; border-bottom: 1px solid var(--line); }
h3 { font-size: 16px; margin: 24px 0 8px; }
h4 { font-size: 15px; margin: 0 0 6px; font-weight: 600; }
code, pre, .flow-svg text { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas,
  "Liberation Mono", monospace; }
code { font-size: 13px; background: var(--panel); padding: 1px 4px; border-radius: 4px; }
.overview { color: var(--muted); margin: 0; }
.totals { display: flex; gap: 12px; flex-wrap: wrap; padding: 0; list-style: none; }
.totals li { background: var(--panel); border: 1px solid var(--line); border-radius: 6px;
  padding: 6px 12px; }
.totals strong { font-size: 20px; margin-right: 6px; }
.charts { display: grid; grid-template-columns: repeat(auto-fit, minmax(500px, 1fr)); gap: 16px; }
figure { margin: 0; }
.chart { border: 1px solid var(--line); border-radius: 8px; padding: 12px; overflow-x: auto; }
.chart figcaption, .flow figcaption { font-weight: 600; margin-bottom: 6px; }
.chart-svg { display: block; max-width: 100%; height: auto; }
.bar-label, .bar-value, .chart-empty { font-size: 13px; fill: var(--ink); }
.bar.error { fill: var(--error); }
.bar.warning { fill: var(--warning); }
.bar.folder { fill: var(--accent); }
.bar.wrapper { fill: var(--origin); }
.finding { border: 1px solid var(--line); border-left: 4px solid var(--error); border-radius: 6px;
  padding: 12px 16px; margin: 12px 0; }
.finding.warning { border-left-color: var(--warning); }
.severity { text-transform: uppercase; font-size: 12px; color: #fff; background: var(--error);
  padding: 1px 6px; border-radius: 4px; margin-right: 6px; }
.warning .severity { background: var(--warning); }
.position { color: var(--muted); margin-right: 6px; }
.message { margin: 0 0 8px; }
pre.frame { background: var(--panel); border-radius: 6px; padding: 8px 12px; overflow-x: auto;
  font-size: 13px; margin: 0 0 10px; }
.flow { overflow-x: auto; }
.flow-svg { display: block; }
.flow-node { fill: var(--paper); stroke: var(--accent); stroke-width: 3; }
.origin .flow-node { stroke: var(--origin); fill: var(--origin); }
.end .flow-node { stroke: var(--error); fill: var(--error); }
.flow-edge { stroke: var(--muted); stroke-width: 2; }
.flow-arrow { fill: var(--muted); }
.flow-place { font-size: 12px; font-weight: 700; fill: var(--ink); }
.flow-message { font-size: 12px; fill: var(--muted); }
.flow-code { fill: var(--ink); font-weight: 600; }
.flow-text summary { cursor: pointer; color: var(--muted); font-size: 13px; margin-top: 6px; }
.flow-steps { margin: 8px 0 0; padding-left: 24px; font-size: 13px; }
.other-paths { color: var(--muted); font-size: 13px; }
footer { max-width: 1100px; margin: 32px auto; padding: 0 24px; color: var(--muted);
  font-size: 13px; }
`;
