import type { CoreContext } from '../context.js';
import type { ts } from '../typescript-api.js';
import { inProbe, lostMemberCall, memberProbe } from './capability-checks.js';
import type { ConcreteCheck } from './concrete-check.js';
import { constructorComparison, constructorSwitch, isPrototypeOfCall } from './constructor-checks.js';
import { discriminantComparison, discriminantSwitch } from './discriminant-checks.js';
import { collectionLookup, strictEquality } from './identity-checks.js';
import { instanceofCheck } from './instanceof-checks.js';
import { privateAccess, privateInCheck } from './private-brand-checks.js';
import { typeGuardCall } from './type-guard-checks.js';

/**
 * Every concrete check in a file, in one walk. Each node is first matched by its syntax alone;
 * only candidates ask the checker anything.
 */
export function findConcreteChecks(
  ctx: CoreContext,
  sourceFile: ts.SourceFile,
  programCopies: () => boolean,
): ConcreteCheck[] {
  const { ts } = ctx;
  const checks: ConcreteCheck[] = [];
  const privateReceivers = new Set<string>();
  const add = (check: ConcreteCheck | undefined) => {
    if (check) checks.push(check);
  };

  const visit = (node: ts.Node): void => {
    if (ts.isBinaryExpression(node)) {
      add(
        instanceofCheck(ctx, node) ??
          privateInCheck(ctx, node) ??
          inProbe(ctx, node) ??
          constructorComparison(ctx, node) ??
          memberProbe(ctx, node) ??
          discriminantComparison(ctx, node) ??
          strictEquality(ctx, node),
      );
    } else if (ts.isCallExpression(node)) {
      add(
        isPrototypeOfCall(ctx, node) ??
          typeGuardCall(ctx, node) ??
          collectionLookup(ctx, node) ??
          lostMemberCall(ctx, node, programCopies),
      );
    } else if (ts.isSwitchStatement(node)) {
      checks.push(...constructorSwitch(ctx, node));
      add(discriminantSwitch(ctx, node));
    } else if (ts.isPropertyAccessExpression(node)) {
      add(privateAccess(ctx, node, privateReceivers));
    }

    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return checks;
}
