import type { ConcreteCheck } from '../checks/concrete-check.js';
import { findConcreteChecks } from '../checks/find-checks.js';
import { concreteGuardOf } from '../checks/type-guard-checks.js';
import type { CoreContext } from '../context.js';
import type { FlowStep } from '../flows/flow-step.js';
import type { WrapperOrigin } from '../flows/origin.js';
import type { OriginTracer } from '../flows/origins.js';
import { findSilentGate } from '../gates/silent-gate.js';
import type { SilentGate } from '../gates/silent-gate.js';
import { evaluateCheck } from '../pitfalls/evaluate-check.js';
import type { Pitfall } from '../pitfalls/pitfall.js';
import { compareSites, displayPath, siteOf } from '../site.js';
import type { Site } from '../site.js';
import { enclosingFunction, functionName, shortText, skipOuterExpressions } from '../syntax.js';
import type { ts } from '../typescript-api.js';
import type { WrapperIndex } from '../wrappers/wrapper-index.js';
import { whereMade, wrapperPhrase } from './describe.js';
import type { Finding, FlowReport } from './finding.js';
import { formatMessage, messageTemplate } from './rule-catalog.js';
import type { RuleName } from './rule-catalog.js';
import { ruleOf } from './rule-of-check.js';
import { causeWalkSuggestion, unwrapSuggestion } from './suggestions.js';

/** What one file needs from the whole program; built lazily, so files without checks pay nothing. */
export interface ProgramFacts {
  readonly ctx: CoreContext;
  readonly index: () => WrapperIndex;
  readonly tracer: () => OriginTracer;
}

/** Every finding in one source file, ordered by position and rule. */
export function analyzeSourceFile(facts: ProgramFacts, sourceFile: ts.SourceFile): Finding[] {
  const { ctx } = facts;
  const index = facts.index();
  const kinds = new Set(index.defeatableKinds);
  if (index.errorCauses.length > 0) kinds.add('instanceof');

  const checks = findConcreteChecks(ctx, sourceFile, kinds, () => index.hasLiveCopies);
  if (checks.length === 0) return [];

  const findings: Finding[] = [];
  const reportedGuards = new Set<ts.Node>();
  for (const check of checks) {
    const pitfall = evaluateCheck(ctx, facts.index(), facts.tracer(), check);
    if (!pitfall) continue;

    findings.push(checkFinding(ctx, facts.index(), pitfall));

    const guard = enclosingGuard(ctx, check);
    if (guard && !reportedGuards.has(guard)) {
      reportedGuards.add(guard);
      findings.push(guardFinding(ctx, pitfall, guard));
    }

    const gate = findSilentGate(ctx, check);
    if (gate) findings.push(gateFinding(ctx, pitfall, gate));
  }

  return dedupe(findings).sort(
    (a, b) => compareSites(a.site, b.site) || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0),
  );
}

function baseData(ctx: CoreContext, pitfall: Pitfall) {
  const { check } = pitfall;
  return {
    check: shortText(check.node),
    subject: shortText(check.subject),
    value: pitfall.wrappedValue ?? `\`${shortText(check.subject)}\``,
    wrapper: pitfall.assumed ? `a wrapper of ${pitfall.assumed} that a caller makes` : wrapperPhrase(pitfall.wrapper),
    where: whereMade(ctx, pitfall),
    member: check.member ?? '',
    concrete: check.concreteClass?.name ?? 'value',
    guard: check.guard?.name ?? '',
    abstraction: pitfall.assumed ?? '',
  };
}

function checkFinding(ctx: CoreContext, index: WrapperIndex, pitfall: Pitfall): Finding {
  const choice = ruleOf(pitfall);
  const data = baseData(ctx, pitfall);
  const last = { node: pitfall.check.node, message: `\`${data.check}\` ${choice.consequence}` };
  const suggestion = pitfall.errorCause ? causeWalkSuggestion(ctx, pitfall) : unwrapSuggestion(ctx, index, pitfall);
  const found = finding(ctx, choice.rule, choice.messageId, data, pitfall, siteOf(pitfall.check.node), [last]);
  return suggestion ? { ...found, suggestions: [suggestion] } : found;
}

/** The type guard whose predicate parameter a check tests, if the check sits in one. */
function enclosingGuard(ctx: CoreContext, check: ConcreteCheck): ts.SignatureDeclaration | undefined {
  const { ts } = ctx;
  if (check.kind !== 'instanceof' && check.kind !== 'constructor') return undefined;

  // An inline predicate (`list.find((x): x is C => x instanceof C)`) has no definition to
  // report apart from its check.
  const fn = enclosingFunction(ts, check.node);
  const guard = fn && concreteGuardOf(ctx, fn);
  if (!fn || !guard || !fn.type || guard.name === 'the guard') return undefined;

  const subject = skipOuterExpressions(ts, check.subject);
  const parameter = fn.parameters[guard.parameterIndex];
  const named = ts.isIdentifier(subject) && parameter && ts.isIdentifier(parameter.name) && parameter.name.text === subject.text;
  return named ? fn : undefined;
}

function guardFinding(ctx: CoreContext, pitfall: Pitfall, guard: ts.SignatureDeclaration): Finding {
  const { ts } = ctx;
  const name = functionName(ts, guard) ?? 'the guard';
  const data = { ...baseData(ctx, pitfall), guard: name };
  const predicate = guard.type!;
  const asserts = ts.isTypePredicateNode(predicate) && predicate.assertsModifier !== undefined;
  const outcome = asserts ? `so ${name}() throws` : `so ${name}() answers false`;
  const last = { node: pitfall.check.node, message: `\`${data.check}\` is false for it, ${outcome}` };
  const messageId = asserts ? 'assertDefinition' : 'guardDefinition';
  return finding(ctx, 'no-type-guard-wrapped', messageId, data, pitfall, siteOf(predicate), [last]);
}

const GATE_MESSAGES = {
  skips: 'silentSkip',
  'returns-early': 'silentReturn',
  continues: 'silentContinue',
  'falls-through': 'silentFallback',
} as const;

function gateFinding(ctx: CoreContext, pitfall: Pitfall, gate: SilentGate): Finding {
  const data = {
    ...baseData(ctx, pitfall),
    function: gate.functionName,
    effect: shortText(gate.effect).replace(/;$/, ''),
  };
  const verb = gate.shape === 'falls-through' ? 'falls through to' : 'skips';
  const consequence = ruleOf(pitfall).consequence;
  const steps: FlowStep[] = [
    { node: pitfall.check.node, message: `\`${data.check}\` ${consequence}` },
    { node: gate.effect, message: `so ${gate.functionName} ${verb} \`${data.effect}\`` },
  ];
  const site = siteOf(gate.anchor, gate.anchor.getStart(), gate.anchorEnd);
  return finding(ctx, 'no-silent-type-gate', GATE_MESSAGES[gate.shape], data, pitfall, site, steps);
}

function finding(
  ctx: CoreContext,
  ruleId: RuleName,
  messageId: string,
  data: Record<string, string>,
  pitfall: Pitfall,
  site: Site,
  closingSteps: readonly FlowStep[],
): Finding {
  const flows = flowReports(ctx, pitfall, closingSteps);
  return {
    ruleId,
    messageId,
    data,
    message: formatMessage(messageTemplate(ruleId, messageId), data),
    site,
    wrapper: {
      name: pitfall.wrapper.name,
      kind: pitfall.wrapper.kind,
      declaredAt: siteOf(pitfall.wrapper.nameNode),
    },
    flow: flows[0]?.steps ?? [],
    otherPaths: flows[0]?.otherPaths ?? 0,
    flows,
    suggestions: [],
  };
}

/**
 * One flow per place a wrapper is made: the shortest path from there, and how many longer ones
 * were left out. Paths are ordered shortest first, then by where they start.
 */
function flowReports(ctx: CoreContext, pitfall: Pitfall, closingSteps: readonly FlowStep[]): FlowReport[] {
  const reaching = pitfall.reaching ?? (pitfall.origin ? [pitfall.origin] : []);
  const bySite = new Map<string, WrapperOrigin[]>();
  for (const origin of reaching) {
    const start = origin.steps.first().node;
    const key = `${origin.creation.wrapper.id}@${start.getSourceFile().fileName}:${start.getStart()}`;
    const group = bySite.get(key);
    if (group) group.push(origin);
    else bySite.set(key, [origin]);
  }

  return [...bySite.values()].map((group) => {
    const shortest = group[0]!;
    const steps = [...shortest.steps.toArray(), ...closingSteps].map((step) => ({
      site: siteOf(step.node),
      message: step.message,
    }));
    return { steps, otherPaths: group.length - 1, testOnly: steps.some((step) => isTestCode(ctx, step.site.fileName)) };
  });
}

/** Test files and folders by the usual names, relative to the project root. */
function isTestCode(ctx: CoreContext, fileName: string): boolean {
  const relative = displayPath(fileName, ctx.projectRoot);
  return (
    /(^|\/)(__tests__|__mocks__|__fixtures__|tests?|specs?|mocks?|fakes?)\//.test(relative) ||
    /\.(test|spec|mock|fake|stories)\.[cm]?[jt]sx?$/.test(relative)
  );
}

/** One finding per rule and place: two checks on one span (a switch's cases) say it once. */
function dedupe(findings: readonly Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((finding) => {
    const key = `${finding.ruleId}@${finding.site.start}:${finding.site.end}`;
    if (seen.has(key)) return false;

    seen.add(key);
    return true;
  });
}
