import path from 'node:path';
import { pathToFileURL } from 'node:url';

import type { Site } from '../core/index.js';

/** The `uriBaseId` every relative artifact URI is resolved against: the folder the scan ran in. */
export const SOURCE_ROOT = '%SRCROOT%';

/**
 * An artifact location relative to `base` with the `%SRCROOT%` base id, so code scanning resolves
 * it against the checkout wherever it lies; a file outside `base` keeps its absolute `file:` URI.
 */
export function artifactLocation(fileName: string, base: string) {
  const relative = path.relative(base, fileName).split(path.sep).join('/');
  if (relative.startsWith('../') || relative === '..' || path.isAbsolute(relative)) {
    return { uri: pathToFileURL(fileName).href };
  }

  return { uri: relative.split('/').map(encodeURIComponent).join('/'), uriBaseId: SOURCE_ROOT };
}

/** The base folder as SARIF's `originalUriBaseIds` names it: a `file:` URI ending in `/`. */
export function baseUri(base: string): string {
  const href = pathToFileURL(base).href;
  return href.endsWith('/') ? href : `${href}/`;
}

/** A physical location with its region; columns count UTF-16 code units, as TypeScript's do. */
export function physicalLocation(site: Site, base: string) {
  return {
    artifactLocation: artifactLocation(site.fileName, base),
    region: {
      startLine: site.line,
      startColumn: site.column,
      endLine: site.endLine,
      endColumn: site.endColumn,
    },
  };
}
