import path from 'node:path';

import { displayPath, PLUGIN_NAMESPACE } from '../core/index.js';
import { auditSummary } from './audit-summary.js';
import type { AuditSummary } from './audit-summary.js';
import { codeFrame } from './code-frame.js';
import { barChart } from './html/bar-chart.js';
import { escapeHtml, htmlMessage } from './html/escape-html.js';
import { flowPicture } from './html/flow-picture.js';
import { PAGE_STYLE } from './html/page-style.js';
import { ruleDocsUrl } from './rule-docs.js';
import type { FileReport, ReportedFinding, ScanReport } from './scan-report.js';

/** Nothing may be fetched: styles are inline, pictures are inline SVG, and there is no script. */
const CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'";

/**
 * An audit report as one self-contained HTML page, readable without JavaScript: totals, charts by
 * rule, by folder and by wrapper as inline SVG, then each finding with its code and a picture of
 * its flow. Every piece of source text and every message is escaped.
 */
export function formatHtml(report: ScanReport): string {
  const summary = auditSummary(report);
  const project = path.relative(report.cwd, report.tsconfig).split(path.sep).join('/');
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>wrapper-pitfalls audit: ${escapeHtml(project || report.tsconfig)}</title>`,
    `<style>${PAGE_STYLE}</style>`,
    '</head>',
    '<body>',
    '<header>',
    '<h1>wrapper-pitfalls audit</h1>',
    `<p class="overview">Project <code>${escapeHtml(project || report.tsconfig)}</code>, ` +
      `${summary.filesChecked} ${plural('file', summary.filesChecked)} checked.</p>`,
    '</header>',
    '<main>',
    summarySection(summary, report.notes ?? []),
    findingsSection(report),
    '</main>',
    `<footer>Made by ${escapeHtml(report.tool.name)} ${escapeHtml(report.tool.version)}.</footer>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

function summarySection(summary: AuditSummary, reportNotes: readonly string[]): string {
  const totals =
    '<ul class="totals">' +
    `<li class="total-errors"><strong>${summary.errors}</strong>` +
    `${plural('error', summary.errors)}</li>` +
    `<li class="total-warnings"><strong>${summary.warnings}</strong>` +
    `${plural('warning', summary.warnings)}</li>` +
    `<li class="total-suppressed"><strong>${summary.suppressed}</strong>suppressed</li>` +
    '</ul>';
  const byRule = barChart(
    'chart-rules-svg',
    'Findings by rule',
    // The chart shows the rules that found something; the tables list every rule.
    summary.byRule.filter(({ errors, warnings }) => errors + warnings > 0).map(({ rule, errors, warnings }) => ({
      label: rule,
      parts: [
        { value: errors, tone: 'error' },
        { value: warnings, tone: 'warning' },
      ],
    })),
  );
  const byFolder = barChart(
    'chart-folders-svg',
    'Findings by folder',
    summary.byFolder.map(({ folder, findings }) => ({
      label: folder,
      parts: [{ value: findings, tone: 'folder' }],
    })),
  );
  const byWrapper = barChart(
    'chart-wrappers-svg',
    'Wrappers by the checks they defeat',
    summary.byWrapper.map(({ name, declaredAt, checks }) => ({
      label: `${name} (${declaredAt})`,
      parts: [{ value: checks, tone: 'wrapper' }],
    })),
  );
  const notes = reportNotes.map((note) => `<p class="note">Note: ${escapeHtml(note)}</p>`);
  return [
    '<section id="summary">',
    '<h2>Summary</h2>',
    totals,
    ...notes,
    '<div class="charts">',
    chartFigure('chart-rules', 'Findings by rule', byRule),
    chartFigure('chart-folders', 'Findings by folder', byFolder),
    chartFigure('chart-wrappers', 'Wrappers by the checks they defeat', byWrapper),
    '</div>',
    '</section>',
  ].join('\n');
}

function chartFigure(id: string, caption: string, svg: string): string {
  const figcaption = `<figcaption>${escapeHtml(caption)}</figcaption>`;
  return `<figure class="chart" id="${id}">${figcaption}${svg}</figure>`;
}

function findingsSection(report: ScanReport): string {
  const files = report.files.filter((file) => file.findings.length > 0);
  const body =
    files.length === 0
      ? ['<p class="no-findings">No wrapper defeats a concrete-type check in this project.</p>']
      : files.map((file) => fileSection(file, report.root));
  return ['<section id="findings">', '<h2>Findings</h2>', ...body, '</section>'].join('\n');
}

function fileSection(file: FileReport, root: string): string {
  return [
    '<section class="file">',
    `<h3><code>${escapeHtml(displayPath(file.filePath, root))}</code></h3>`,
    ...file.findings.map((finding) => findingArticle(finding, file.source, root)),
    '</section>',
  ].join('\n');
}

function findingArticle(finding: ReportedFinding, source: string, root: string): string {
  const rule = `${PLUGIN_NAMESPACE}/${finding.ruleId}`;
  const position = `${finding.site.line}:${finding.site.column}`;
  return [
    `<article class="finding ${finding.severity}">`,
    `<h4><span class="severity">${finding.severity}</span>` +
      `<span class="position">${position}</span>` +
      `<a href="${escapeHtml(ruleDocsUrl(finding.ruleId))}">${escapeHtml(rule)}</a></h4>`,
    `<p class="message">${htmlMessage(finding.message)}</p>`,
    `<pre class="frame"><code>${escapeHtml(codeFrame(source, finding.site))}</code></pre>`,
    flowFigure(finding, root),
    '</article>',
  ].join('\n');
}

function flowFigure(finding: ReportedFinding, root: string): string {
  return finding.flows
    .map((flow, index) => {
      const which = finding.flows.length === 1 ? 'Flow' : `Flow ${index + 1} of ${finding.flows.length}`;
      const testOnly = flow.testOnly ? ' (through test code only)' : '';
      const caption = `${which} from where the ${finding.wrapper.name} is made to the check${testOnly}`;
      const steps = flow.steps.map((step) => {
        const place = `${displayPath(step.site.fileName, root)}:${step.site.line}:${step.site.column}`;
        return `<li><code>${escapeHtml(place)}</code> ${htmlMessage(step.message)}</li>`;
      });
      const others =
        flow.otherPaths > 0
          ? `<p class="other-paths">And ${flow.otherPaths} other ` +
            `${plural('path', flow.otherPaths)} from there to this check.</p>`
          : '';
      return [
        '<figure class="flow">',
        `<figcaption>${escapeHtml(caption)}</figcaption>`,
        flowPicture(flow.steps, root, caption),
        '<details class="flow-text"><summary>The flow as text</summary>',
        `<ol class="flow-steps">${steps.join('')}</ol>`,
        '</details>',
        others,
        '</figure>',
      ].join('\n');
    })
    .join('\n');
}

function plural(word: string, count: number): string {
  return count === 1 ? word : `${word}s`;
}
