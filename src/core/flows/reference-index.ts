import { cachedIn } from '../cache.js';
import type { CoreContext } from '../context.js';
import { resolvedSymbol } from '../symbols.js';
import { forEachDescendant } from '../syntax.js';
import type { ts } from '../typescript-api.js';
import { analysedSourceFiles } from '../wrappers/wrapper-index.js';

/** How the program uses a function: the calls that run it, and the places it leaks as a value. */
export interface FunctionUses {
  readonly calls: readonly (ts.CallExpression | ts.NewExpression)[];
  readonly escapes: readonly ts.Identifier[];
}

/**
 * Every identifier of the program's own sources by its text, gathered in one walk so that the
 * references to a symbol are found by asking the checker about a handful of same-named nodes
 * rather than about every node of the program.
 */
export class ReferenceIndex {
  readonly #byName = new Map<string, ts.Identifier[]>();
  readonly #byKey = new Map<string, ts.ElementAccessExpression[]>();
  #defaultNames: string[] | undefined;
  readonly #aliases = new Map<string, string[]>();
  readonly #uses = new Map<ts.Symbol, FunctionUses>();
  readonly #resolved = new Map<string, Map<ts.Symbol, ts.Identifier[]>>();

  constructor(private readonly ctx: CoreContext) {
    const { ts } = ctx;
    for (const sourceFile of analysedSourceFiles(ctx)) {
      forEachDescendant(ts, sourceFile, (node) => {
        if (ts.isIdentifier(node)) {
          this.#add(node.text, node);
          return false;
        }

        if (ts.isElementAccessExpression(node) && ts.isStringLiteralLike(node.argumentExpression)) {
          const key = node.argumentExpression.text;
          const reads = this.#byKey.get(key);
          if (reads) reads.push(node);
          else this.#byKey.set(key, [node]);
        }

        return !(ts.isTypeNode(node) && !ts.isExpressionWithTypeArguments(node));
      });
    }
  }

  /** Every identifier of the program's sources spelled `name`, in no particular meaning. */
  identifiersNamed(name: string): readonly ts.Identifier[] {
    return this.#byName.get(name) ?? [];
  }

  /** Every `o['name']` of the program's sources with this key, whatever `o` is. */
  keyedReads(name: string): readonly ts.ElementAccessExpression[] {
    return this.#byKey.get(name) ?? [];
  }

  /** Identifiers that name `symbol` (through imports under other names too), declarations aside. */
  referencesTo(symbol: ts.Symbol): ts.Identifier[] {
    const scope = this.#localScope(symbol);
    if (!scope) {
      const names = [...new Set([symbol.name, ...this.#aliasNames(symbol.name)])];
      return names.flatMap((name) => this.#bySymbol(name).get(symbol) ?? []);
    }

    const scopeFile = this.ctx.ts.isSourceFile(scope) ? scope : scope.getSourceFile();
    const found: ts.Identifier[] = [];
    for (const identifier of this.#byName.get(symbol.name) ?? []) {
      if (!this.#isWithin(identifier, scope, scopeFile)) continue;
      if (this.#isDeclarationName(identifier)) continue;
      if (this.#names(resolvedSymbol(this.ctx, identifier), symbol)) found.push(identifier);
    }

    return found;
  }

  /**
   * The identifiers spelled `name`, grouped by the symbol each names (and, for a member of an
   * instantiated generic, by the symbols it was made from). Resolved once per name: members and
   * exports share names across a program (every package has its `push`), and asking the checker
   * about all of them once per symbol would grow with the square of the program.
   */
  #bySymbol(name: string): ReadonlyMap<ts.Symbol, ts.Identifier[]> {
    const known = this.#resolved.get(name);
    if (known) return known;

    const groups = new Map<ts.Symbol, ts.Identifier[]>();
    const add = (symbol: ts.Symbol, identifier: ts.Identifier) => {
      const group = groups.get(symbol);
      if (group) group.push(identifier);
      else groups.set(symbol, [identifier]);
    };
    for (const identifier of this.#byName.get(name) ?? []) {
      if (this.#isDeclarationName(identifier)) continue;

      const resolved = resolvedSymbol(this.ctx, identifier);
      if (!resolved) continue;

      add(resolved, identifier);
      if (resolved.flags & this.ctx.ts.SymbolFlags.Transient) {
        for (const root of this.ctx.checker.getRootSymbols(resolved)) {
          if (root !== resolved) add(root, identifier);
        }
      }
    }

    this.#resolved.set(name, groups);
    return groups;
  }

  /**
   * Whether a resolved symbol is `symbol`: itself, or an instantiation of it (a member read on
   * `Cache<string>` resolves to a symbol made for that instance of the generic class).
   */
  #names(resolved: ts.Symbol | undefined, symbol: ts.Symbol): boolean {
    if (!resolved) return false;
    if (resolved === symbol) return true;
    if (!(resolved.flags & this.ctx.ts.SymbolFlags.Transient)) return false;

    return this.ctx.checker.getRootSymbols(resolved).includes(symbol);
  }

  #isWithin(identifier: ts.Identifier, scope: ts.Node, scopeFile: ts.SourceFile | undefined): boolean {
    return (
      identifier.getSourceFile() === scopeFile && identifier.pos >= scope.pos && identifier.end <= scope.end
    );
  }

  /**
   * Where a local can be named: the function holding a parameter or a nested declaration, or the
   * file of a module-level declaration that the module does not export. Undefined for anything
   * other modules or objects may reach (exports, globals, members).
   */
  #localScope(symbol: ts.Symbol): ts.Node | undefined {
    const { ts } = this.ctx;
    const declaration = symbol.valueDeclaration ?? symbol.declarations?.[0];
    if (!declaration || symbol.flags & (ts.SymbolFlags.Property | ts.SymbolFlags.Method | ts.SymbolFlags.Accessor)) {
      return undefined;
    }

    if (ts.isParameter(declaration)) return declaration.parent;

    if (
      !ts.isVariableDeclaration(declaration) &&
      !ts.isFunctionDeclaration(declaration) &&
      !ts.isClassDeclaration(declaration) &&
      !ts.isBindingElement(declaration)
    ) {
      return undefined;
    }

    let container: ts.Node = declaration.parent;
    while (!ts.isSourceFile(container) && !ts.isFunctionLike(container)) container = container.parent;
    if (!ts.isSourceFile(container)) return container;

    if (!ts.isExternalModule(container) || this.#isExportedFromFile(symbol, container)) return undefined;

    return container;
  }

  #isExportedFromFile(symbol: ts.Symbol, file: ts.SourceFile): boolean {
    const { ts } = this.ctx;
    for (const declaration of symbol.declarations ?? []) {
      let holder: ts.Node = declaration;
      // `export const { a } = deps` exports `a` from the statement around its pattern.
      while (ts.isBindingElement(holder) || ts.isObjectBindingPattern(holder) || ts.isArrayBindingPattern(holder))
        holder = holder.parent;
      if (ts.isVariableDeclaration(holder)) holder = holder.parent.parent;
      if (ts.canHaveModifiers(holder) && (ts.getModifiers(holder) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword)) {
        return true;
      }
    }

    return (this.#byName.get(symbol.name) ?? []).some((identifier) => {
      const parent = identifier.parent;
      return identifier.getSourceFile() === file && (ts.isExportSpecifier(parent) || ts.isExportAssignment(parent));
    });
  }

  /** The calls of a function and the other places its value goes (callbacks, stores). */
  usesOf(symbol: ts.Symbol): FunctionUses {
    const cached = this.#uses.get(symbol);
    if (cached) return cached;

    const { ts } = this.ctx;
    const calls: (ts.CallExpression | ts.NewExpression)[] = [];
    const escapes: ts.Identifier[] = [];
    for (const reference of this.referencesTo(symbol)) {
      const parent = reference.parent;
      if (isModulePlumbing(this.ctx, parent)) continue;

      const callee =
        ts.isPropertyAccessExpression(parent) && parent.name === reference ? parent : reference;
      const call = callee.parent;
      if ((ts.isCallExpression(call) || ts.isNewExpression(call)) && call.expression === callee) {
        calls.push(call);
      } else {
        escapes.push(reference);
      }
    }

    const uses = { calls, escapes };
    this.#uses.set(symbol, uses);
    return uses;
  }

  #add(name: string, identifier: ts.Identifier): void {
    const list = this.#byName.get(name);
    if (list) list.push(identifier);
    else this.#byName.set(name, [identifier]);
  }

  /**
   * Local names that `import { name as local }` and `export { name as other }` give a symbol,
   * through any number of renames; and where one of them is exported as the default, every
   * default import's name (each is then checked for what it really names).
   */
  #aliasNames(name: string): string[] {
    return cachedIn(this.#aliases, name, () => this.#findAliasNames(name));
  }

  #findAliasNames(name: string): string[] {
    const { ts } = this.ctx;
    const names = new Set([name]);
    let defaulted = false;
    const pending = [name];
    while (pending.length > 0) {
      for (const identifier of this.#byName.get(pending.pop()!) ?? []) {
        const parent = identifier.parent;
        if (ts.isExportAssignment(parent) && parent.expression === identifier) defaulted = true;
        if (
          !(ts.isImportSpecifier(parent) || ts.isExportSpecifier(parent)) ||
          (parent.propertyName ?? parent.name) !== identifier
        ) {
          continue;
        }

        const local = parent.name.text;
        if (local === 'default') defaulted = true;
        else if (!names.has(local)) {
          names.add(local);
          pending.push(local);
        }
      }
    }

    if (defaulted) for (const local of this.#defaultImports()) names.add(local);
    names.delete(name);
    return [...names];
  }

  /** The names default imports give across the program. */
  #defaultImports(): string[] {
    this.#defaultNames ??= [...this.#byName.values()].flatMap((identifiers) =>
      identifiers
        .filter((identifier) => this.ctx.ts.isImportClause(identifier.parent))
        .map((identifier) => identifier.text),
    );
    return this.#defaultNames;
  }

  /** The name a declaration gives (`f` in `function f`), which refers to nothing. */
  #isDeclarationName(identifier: ts.Identifier): boolean {
    const { ts } = this.ctx;
    const parent = identifier.parent as ts.Node & { name?: ts.Node };
    return (
      parent.name === identifier &&
      !ts.isPropertyAccessExpression(parent) &&
      !ts.isQualifiedName(parent) &&
      !ts.isExportSpecifier(parent)
    );
  }
}

/** Import and export clauses move a binding between modules; they neither call nor store it. */
function isModulePlumbing(ctx: CoreContext, node: ts.Node): boolean {
  const { ts } = ctx;
  return (
    ts.isImportSpecifier(node) ||
    ts.isExportSpecifier(node) ||
    ts.isImportClause(node) ||
    ts.isExportAssignment(node) ||
    ts.isNamespaceImport(node) ||
    ts.isTypeQueryNode(node)
  );
}
