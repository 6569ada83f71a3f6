import type { ConcreteCheck } from '../checks/concrete-check.js';
import { supertypeSymbols } from '../checks/concrete-class.js';
import type { CoreContext } from '../context.js';
import type { Wrapper } from '../wrappers/wrapper.js';
import type { WrapperIndex } from '../wrappers/wrapper-index.js';
import { valueTypeOf } from './members.js';

/**
 * Wrappers that may stand where the checked value is read, judged by its declared type: used
 * where the program cannot show all the values that get there. A value typed `any` or `unknown`
 * may be any wrapper of the interfaces and base classes the checked class implements or extends.
 */
export function declaredCandidates(ctx: CoreContext, index: WrapperIndex, check: ConcreteCheck): Wrapper[] {
  const { ts, checker } = ctx;
  const declared = checker.getTypeAtLocation(check.subject);
  const concrete = check.concreteClass;

  if (declared.flags & (ts.TypeFlags.Any | ts.TypeFlags.Unknown)) {
    if (!concrete) return [];

    const supertypes = supertypeSymbols(ctx, concrete.symbol);
    return index.declaredWrappers.filter((wrapper) => {
      const produced = wrapper.producedType.getSymbol();
      return produced !== undefined && supertypes.has(produced);
    });
  }

  // A value already typed as the class is trusted to be one.
  if (concrete && check.kind !== 'private-brand' && checker.isTypeAssignableTo(declared, concrete.instanceType)) {
    return [];
  }

  const listed = new Set((declared.isUnion() ? declared.types : [declared]).map((type) => type.getSymbol()));
  return index.declaredWrappers.filter((wrapper) => {
    // A union that names the wrapper class tells it apart on purpose.
    if (wrapper.classSymbol && listed.has(wrapper.classSymbol)) return false;

    return checker.isTypeAssignableTo(valueTypeOf(ctx, wrapper), declared);
  });
}
