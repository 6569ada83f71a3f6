import fs from 'node:fs';
import path from 'node:path';

import AjvModule from 'ajv-draft-04';
import type { ValidateFunction } from 'ajv-draft-04';
import formatsModule from 'ajv-formats';

import { REPO_ROOT } from './run-cli.js';

let validate: ValidateFunction | undefined;

/**
 * The errors of `log` against the official SARIF 2.1.0 schema shipped in `schemas/`, checked by
 * Ajv's draft-04 validator with formats (`uri`, `date-time`) enforced; empty when valid.
 */
export function sarifSchemaErrors(log: unknown): string[] {
  if (!validate) {
    const schemaFile = path.join(REPO_ROOT, 'schemas/sarif-schema-2.1.0.json');
    const schema = JSON.parse(fs.readFileSync(schemaFile, 'utf8')) as object;
    const ajv = new AjvModule.default({ allErrors: true, strict: false });
    formatsModule.default(ajv);
    validate = ajv.compile(schema);
  }

  if (validate(log)) return [];

  return (validate.errors ?? []).map((error) => `${error.instancePath} ${error.message ?? ''}`);
}
