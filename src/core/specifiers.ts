import path from 'node:path';

import type { CoreContext } from './context.js';
import type { EntitySpecifier } from './options.js';
import type { ts } from './typescript-api.js';

/** Whether a symbol is the entity a specifier names: the same name, declared where it says. */
export function matchesSpecifier(
  ctx: CoreContext,
  symbol: ts.Symbol,
  specifier: EntitySpecifier,
): boolean {
  const names: readonly string[] = typeof specifier.name === 'string' ? [specifier.name] : specifier.name;
  if (!names.includes(symbol.name)) return false;

  const files = (symbol.declarations ?? []).map((declaration) => declaration.getSourceFile());
  return files.some((file) => declaredIn(ctx, file, specifier));
}

function declaredIn(ctx: CoreContext, file: ts.SourceFile, specifier: EntitySpecifier): boolean {
  const { program } = ctx;
  switch (specifier.from) {
    case 'lib':
      return program.isSourceFileDefaultLibrary(file);
    case 'package':
      return file.fileName.includes(`/node_modules/${specifier.package}/`);
    case 'file': {
      if (program.isSourceFileFromExternalLibrary(file) || program.isSourceFileDefaultLibrary(file)) {
        return false;
      }

      if (!specifier.path) return true;

      const wanted = path.resolve(ctx.projectRoot, specifier.path).split(path.sep).join('/');
      return file.fileName === wanted;
    }
  }
}
