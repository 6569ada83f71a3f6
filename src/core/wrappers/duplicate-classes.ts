import type { CoreContext } from '../context.js';
import type { TypeScriptApi, ts } from '../typescript-api.js';
import { memberNames } from './decorator-classes.js';
import { DEFEATS } from './defeats.js';
import type { Wrapper } from './wrapper.js';
import { wrapperId } from './wrapper-id.js';

/** Share of the smaller class's members the two declarations must have in common. */
const SAME_CLASS_OVERLAP = 2 / 3;

/**
 * Classes declared twice: two copies of one package installed side by side
 * (`node_modules/a/node_modules/sdk` and `node_modules/sdk`: the same package and path), or a
 * class vendored next to its published copy (the same name, most members in common, in two
 * files). An instance of one copy fails `instanceof` and the `#private` brand checks of the other.
 */
export function findDuplicateClasses(
  ctx: CoreContext,
  classes: readonly ts.ClassDeclaration[],
): Wrapper[] {
  const { ts, checker } = ctx;
  const byName = new Map<string, ts.ClassDeclaration[]>();
  for (const cls of classes) {
    if (!cls.name) continue;

    const group = byName.get(cls.name.text);
    if (group) group.push(cls);
    else byName.set(cls.name.text, [cls]);
  }

  const duplicates: Wrapper[] = [];
  for (const group of byName.values()) {
    if (group.length < 2) continue;

    for (const cls of group) {
      const classSymbol = checker.getSymbolAtLocation(cls.name!);
      if (!classSymbol) continue;

      for (const other of group) {
        if (other.getSourceFile() === cls.getSourceFile() || !areCopies(ts, cls, other)) continue;

        const twin = checker.getSymbolAtLocation(other.name!);
        if (!twin || twin === classSymbol) continue;

        duplicates.push({
          id: `${wrapperId('duplicate-class', cls)}>${other.getSourceFile().fileName}`,
          kind: 'duplicate-class',
          name: cls.name!.text,
          declaration: cls,
          nameNode: cls.name!,
          producedType: checker.getDeclaredTypeOfSymbol(classSymbol),
          innerType: checker.getDeclaredTypeOfSymbol(twin),
          classSymbol,
          defeats: DEFEATS.duplicate,
          ownMembers: new Set(),
          twin,
        });
      }
    }
  }

  return duplicates;
}

function areCopies(ts: TypeScriptApi, a: ts.ClassDeclaration, b: ts.ClassDeclaration): boolean {
  const aPackage = packagePath(a.getSourceFile().fileName);
  const bPackage = packagePath(b.getSourceFile().fileName);
  if (aPackage || bPackage) return aPackage !== undefined && aPackage === bPackage;

  const aMembers = new Set(memberNames(ts, a));
  const bMembers = new Set(memberNames(ts, b));
  const shared = [...aMembers].filter((member) => bMembers.has(member)).length;
  const smaller = Math.min(aMembers.size, bMembers.size);
  return shared >= 2 && shared >= smaller * SAME_CLASS_OVERLAP;
}

/** `sdk/dist/a.d.ts` for `/x/node_modules/sdk/dist/a.d.ts` (scoped names kept whole). */
function packagePath(fileName: string): string | undefined {
  const at = fileName.lastIndexOf('/node_modules/');
  if (at < 0) return undefined;

  return fileName.slice(at + '/node_modules/'.length);
}
