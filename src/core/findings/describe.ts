import type { CoreContext } from '../context.js';
import type { Pitfall } from '../pitfalls/pitfall.js';
import { describeSite, siteOf } from '../site.js';
import { shortText } from '../syntax.js';
import type { Wrapper } from '../wrappers/wrapper.js';

/** "a ProgressTarget", "an EncryptedStore". */
export function withArticle(name: string): string {
  return `${/^[aeiou]/i.test(name) ? 'an' : 'a'} ${name}`;
}

/** The wrapper as a noun phrase for messages: "a ProgressTarget", "the copy wrapAll() makes". */
export function wrapperPhrase(wrapper: Wrapper): string {
  const { name } = wrapper;
  switch (wrapper.kind) {
    case 'decorator-class':
      return withArticle(name);
    case 'wrapping-factory':
      return `the object ${name}() returns`;
    case 'prototype-copy':
      return wrapper.inline ? `a copy made by \`${shortText(wrapper.declaration, 40)}\`` : `the copy ${name}() makes`;
    case 'prototype-delegate':
      return wrapper.inline ? 'an object made by `Object.create`' : `the object ${name}() derives from it`;
    case 'proxy':
      return wrapper.inline ? 'a Proxy' : `a proxy made by ${name}()`;
    case 'stand-in':
      return wrapper.inline ? 'a stand-in Proxy over an empty object' : `the stand-in ${name}() returns`;
    case 'subclassing-decorator':
      return `the subclass ${name}() returns`;
    case 'duplicate-class':
      return `${withArticle(name)} of the other declaration of the class`;
    case 'opaque-factory':
      return `the wrapper ${name}() returns`;
    case 'error-cause':
      return withArticle(name);
  }
}

/** `made in src/push.ts:41` where the program shows the wrapper being made, else where declared. */
export function whereMade(ctx: CoreContext, pitfall: Pitfall): string {
  if (pitfall.origin) {
    return `made in ${describeSite(siteOf(pitfall.origin.creation.node), ctx.projectRoot)}`;
  }

  const verb = pitfall.wrapper.kind === 'error-cause' ? 'made' : 'declared';
  return `${verb} in ${describeSite(siteOf(pitfall.wrapper.nameNode), ctx.projectRoot)}`;
}
