import type { CoreContext } from '../context.js';
import type { ts } from '../typescript-api.js';
import type { ReferenceIndex } from './reference-index.js';

/** A value stored into a property: `x.f = v`, `{ f: v }`, `{ f }`, `f = v` in a class body. */
export interface FieldWrite {
  readonly value: ts.Expression;
  /** Where the store happens, for the flow. */
  readonly at: ts.Node;
}

/**
 * Every store into a property, found by the property's declarations: the analysis is
 * field-based (one set of values per declared property), which is what lets a value read from
 * `card.instance` be traced to the `instance` an object literal was built with.
 */
export class FieldWrites {
  readonly #cache = new Map<ts.Declaration, readonly FieldWrite[]>();
  readonly #contextual = new Map<ts.Node, ts.Type | null>();

  constructor(
    private readonly ctx: CoreContext,
    private readonly references: ReferenceIndex,
  ) {}

  /** The values stored into the property that `name` (in `x.name`) reads. */
  writesOf(name: ts.Identifier | ts.PrivateIdentifier): readonly FieldWrite[] {
    const symbol = this.ctx.checker.getSymbolAtLocation(name);
    return symbol ? this.writesOfSymbol(symbol, name.text) : [];
  }

  /** The values stored into a property, given its symbol. */
  writesOfSymbol(symbol: ts.Symbol, name: string): readonly FieldWrite[] {
    const writes: FieldWrite[] = [];
    for (const declaration of symbol.declarations ?? []) {
      writes.push(...this.#writesOfDeclaration(declaration, name));
    }

    return writes;
  }

  #writesOfDeclaration(declaration: ts.Declaration, name: string): readonly FieldWrite[] {
    const cached = this.#cache.get(declaration);
    if (cached) return cached;

    const writes: FieldWrite[] = [];
    const own = this.#ownValue(declaration);
    if (own) writes.push(own);

    for (const identifier of this.references.identifiersNamed(name)) {
      const write = this.#writeAt(identifier, declaration);
      if (write) writes.push(write);
    }

    this.#cache.set(declaration, writes);
    return writes;
  }

  /** A class field's initializer, or an object literal member that is the declaration itself. */
  #ownValue(declaration: ts.Declaration): FieldWrite | undefined {
    const { ts } = this.ctx;
    if ((ts.isPropertyDeclaration(declaration) || ts.isPropertyAssignment(declaration)) && declaration.initializer) {
      return { value: declaration.initializer, at: declaration };
    }

    if (ts.isShorthandPropertyAssignment(declaration)) {
      return { value: declaration.name, at: declaration };
    }

    return undefined;
  }

  #writeAt(identifier: ts.Identifier, declaration: ts.Declaration): FieldWrite | undefined {
    const { ts } = this.ctx;
    const parent = identifier.parent;

    // x.f = v
    if (ts.isPropertyAccessExpression(parent) && parent.name === identifier) {
      const assignment = parent.parent;
      if (
        ts.isBinaryExpression(assignment) &&
        assignment.left === parent &&
        assignment.operatorToken.kind === ts.SyntaxKind.EqualsToken &&
        this.#declares(identifier, declaration)
      ) {
        return { value: assignment.right, at: assignment };
      }

      return undefined;
    }

    // { f: v } and { f } built where a type with that property is expected; an object literal is
    // never an instance of a class, so only properties of interfaces and type literals count.
    if (
      (ts.isPropertyAssignment(parent) || ts.isShorthandPropertyAssignment(parent)) &&
      parent.name === identifier &&
      parent !== declaration &&
      ts.isPropertySignature(declaration) &&
      this.#contextualDeclares(parent, identifier.text, declaration)
    ) {
      const value = ts.isPropertyAssignment(parent) ? parent.initializer : parent.name;
      return { value, at: parent };
    }

    return undefined;
  }

  #declares(name: ts.Node, declaration: ts.Declaration): boolean {
    const symbol = this.ctx.checker.getSymbolAtLocation(name);
    return symbol?.declarations?.includes(declaration) ?? false;
  }

  #contextualDeclares(
    property: ts.PropertyAssignment | ts.ShorthandPropertyAssignment,
    name: string,
    declaration: ts.Declaration,
  ): boolean {
    const literal = property.parent;
    let contextual = this.#contextual.get(literal);
    if (contextual === undefined) {
      contextual = this.ctx.checker.getContextualType(literal) ?? null;
      this.#contextual.set(literal, contextual);
    }

    if (!contextual) return false;

    const types = contextual.isUnion() ? contextual.types : [contextual];
    return types.some((type) => type.getProperty(name)?.declarations?.includes(declaration) ?? false);
  }
}
