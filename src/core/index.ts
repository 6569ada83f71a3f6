export { analysisFor, analysisStats, ProgramAnalysis } from './program-analysis.js';
export type { Finding, FlowReport, FlowStepReport } from './findings/finding.js';
export type { Suggestion } from './findings/suggestions.js';
export {
  formatMessage,
  messageTemplate,
  PLUGIN_NAMESPACE,
  RULE_CATALOG,
  RULE_NAMES,
} from './findings/rule-catalog.js';
export type { RuleName } from './findings/rule-catalog.js';
export { DEFAULT_OPTIONS, resolveOptions } from './options.js';
export type { AnalysisOptions, EntitySpecifier } from './options.js';
export { describeSite, displayPath } from './site.js';
export type { Site } from './site.js';
export type { TypeScriptApi } from './typescript-api.js';
