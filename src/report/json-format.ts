import { PLUGIN_NAMESPACE } from '../core/index.js';
import type { Finding } from '../core/index.js';
import type { ScanReport } from './scan-report.js';

/** Every finding is an error, as the `recommended` config sets the rules. */
const ERROR_SEVERITY = 2;

/**
 * The shape of ESLint's built-in `json` formatter, so existing consumers read it; each message
 * carries the extra `flow` array, from where the wrapper is made to the check.
 */
export function formatJson(report: ScanReport): string {
  const results = report.files.map((file) => {
    const messages = file.findings.map(toMessage);
    return {
      filePath: file.filePath,
      messages,
      suppressedMessages: [],
      errorCount: messages.length,
      fatalErrorCount: 0,
      warningCount: 0,
      fixableErrorCount: 0,
      fixableWarningCount: 0,
      ...(messages.length > 0 ? { source: file.source } : {}),
      usedDeprecatedRules: [],
    };
  });
  return JSON.stringify(results);
}

function toMessage(finding: Finding) {
  return {
    ruleId: `${PLUGIN_NAMESPACE}/${finding.ruleId}`,
    severity: ERROR_SEVERITY,
    message: finding.message,
    line: finding.site.line,
    column: finding.site.column,
    nodeType: null,
    messageId: finding.messageId,
    endLine: finding.site.endLine,
    endColumn: finding.site.endColumn,
    flow: finding.flow.map((step) => ({
      filePath: step.site.fileName,
      line: step.site.line,
      column: step.site.column,
      message: step.message,
    })),
  };
}
