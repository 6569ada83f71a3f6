import type { CoreContext } from '../context.js';
import type { EntitySpecifier } from '../options.js';
import { matchesSpecifier } from '../specifiers.js';
import { calleeName, resolvedSymbol } from '../symbols.js';
import type { ts } from '../typescript-api.js';
import { DEFEATS } from './defeats.js';
import type { Wrapper } from './wrapper.js';
import { wrapperId } from './wrapper-id.js';

/**
 * A library function the program can only see in types, shaped `(x: T, …) => T` for a named
 * interface or class `T` and not generic (a generic `<T>(x: T) => T` is most often the identity
 * or a freeze, which hand back the same object), or a function the `wrapperFactories` option
 * names. Its body cannot be read, so the call site is where the wrapper is made.
 */
export function findOpaqueFactory(
  ctx: CoreContext,
  call: ts.CallExpression,
  configured: readonly EntitySpecifier[],
): Wrapper | undefined {
  const { ts, checker, program } = ctx;
  const symbol = resolvedSymbol(ctx, calleeName(ctx, call));
  const declarations = symbol?.declarations ?? [];
  if (!symbol || declarations.length === 0) return undefined;

  const listed = configured.some((specifier) => matchesSpecifier(ctx, symbol, specifier));
  const declaredOnly = declarations.every((declaration) => {
    const file = declaration.getSourceFile();
    return file.isDeclarationFile && !program.isSourceFileDefaultLibrary(file);
  });
  if (!listed && !declaredOnly) return undefined;

  const signature = checker.getResolvedSignature(call);
  const first = call.arguments[0];
  if (!signature || !first) return undefined;

  const returnType = signature.getReturnType();
  if (!listed) {
    const declaration = signature.getDeclaration() as ts.SignatureDeclaration | undefined;
    if (!declaration || declaration.typeParameters?.length) return undefined;

    const parameter = declaration.parameters[0];
    const parameterType = parameter ? checker.getTypeAtLocation(parameter) : undefined;
    const named = parameterType?.getSymbol();
    if (!named || !(named.flags & (ts.SymbolFlags.Interface | ts.SymbolFlags.Class))) return undefined;
    if (returnType.getSymbol() !== named) return undefined;
  }

  return {
    id: wrapperId('opaque-factory', call),
    kind: 'opaque-factory',
    name: symbol.name,
    declaration: declarations[0]!,
    nameNode: call.expression,
    producedType: returnType,
    innerType: checker.getTypeAtLocation(first),
    classSymbol: undefined,
    defeats: DEFEATS.decorator,
    ownMembers: new Set(),
  };
}
