import type { CoreContext } from '../context.js';
import { compareSites, siteOf } from '../site.js';
import { isFunctionWithBody } from '../syntax.js';
import { calledFunctions, calleeName, resolvedSymbol } from '../symbols.js';
import type { ts } from '../typescript-api.js';
import { findDecoratorClass } from './decorator-classes.js';
import { findProxyWrapper } from './proxies.js';
import type { Wrapper, WrapperCreation } from './wrapper.js';
import { findWrappingFactory } from './wrapping-factories.js';

/**
 * Every wrapper the program declares, found in one walk of its own source files. Facts come from
 * declarations and construction sites, never from types alone: the checker types `new Proxy(t, h)`
 * as `t`'s type and narrows the else branch of `instanceof` as if the test could not be fooled.
 */
export class WrapperIndex {
  readonly wrappers: readonly Wrapper[];
  readonly #byClass = new Map<ts.Symbol, Wrapper>();
  readonly #byFunction = new Map<ts.Node, Wrapper>();
  readonly #byProxy = new Map<ts.Node, Wrapper>();

  constructor(private readonly ctx: CoreContext) {
    const found: Wrapper[] = [];
    for (const sourceFile of analysedSourceFiles(ctx)) {
      this.#collect(sourceFile, found);
    }

    this.wrappers = found.sort((a, b) => compareSites(siteOf(a.nameNode), siteOf(b.nameNode)));
  }

  /** Wrappers whose values may stand wherever their produced type is expected. */
  get declaredWrappers(): readonly Wrapper[] {
    return this.wrappers.filter((wrapper) => wrapper.kind === 'decorator-class' || wrapper.kind === 'wrapping-factory');
  }

  isWrapperClass(symbol: ts.Symbol): boolean {
    return this.#byClass.has(symbol);
  }

  /** The wrapper an expression makes, if it is `new W(...)`, `wrap(x)` or `new Proxy(...)`. */
  creationAt(expression: ts.Expression): WrapperCreation | undefined {
    const { ts } = this.ctx;
    const proxy = this.#byProxy.get(expression);
    if (proxy) return { wrapper: proxy, node: expression };

    if (ts.isNewExpression(expression)) {
      const symbol = resolvedSymbol(this.ctx, calleeName(this.ctx, expression));
      const wrapper = symbol && this.#byClass.get(symbol);
      return wrapper ? { wrapper, node: expression } : undefined;
    }

    if (ts.isCallExpression(expression)) {
      for (const fn of calledFunctions(this.ctx, expression)) {
        const wrapper = this.#byFunction.get(fn);
        if (wrapper) return { wrapper, node: expression };
      }
    }

    return undefined;
  }

  #collect(sourceFile: ts.SourceFile, found: Wrapper[]): void {
    const { ts } = this.ctx;
    const visit = (node: ts.Node): void => {
      if (ts.isClassLike(node)) {
        const wrapper = findDecoratorClass(this.ctx, node);
        if (wrapper?.classSymbol) {
          this.#byClass.set(wrapper.classSymbol, wrapper);
          found.push(wrapper);
        }
      } else if (isFunctionWithBody(ts, node) && node.parameters.length > 0) {
        const wrapper = findWrappingFactory(this.ctx, node);
        if (wrapper) {
          this.#byFunction.set(node, wrapper);
          found.push(wrapper);
        }
      } else if (ts.isNewExpression(node)) {
        const wrapper = findProxyWrapper(this.ctx, node);
        if (wrapper) {
          this.#byProxy.set(node, wrapper);
          found.push(wrapper);
        }
      }

      ts.forEachChild(node, visit);
    };
    visit(sourceFile);
  }
}

/** The program's own sources: no declaration files, nothing from `node_modules`. */
export function analysedSourceFiles(ctx: CoreContext): ts.SourceFile[] {
  const { program } = ctx;
  return program
    .getSourceFiles()
    .filter((file) => !file.isDeclarationFile && !program.isSourceFileFromExternalLibrary(file));
}
