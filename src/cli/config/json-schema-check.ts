import AjvModule from 'ajv-draft-04';
import type { ErrorObject, ValidateFunction } from 'ajv-draft-04';

/** ESLint writes rule schemas in draft-04, so the config is checked with a draft-04 validator. */
const ajv = new AjvModule.default({ allErrors: false, strict: false });
const compiled = new WeakMap<object, ValidateFunction>();

/**
 * Checks `value` against `schema` and returns the one-line reason it fails, or undefined. The
 * reason names where (`ignoreClasses[0].from`) and what, from the most specific error found.
 */
export function schemaProblem(schema: object, value: unknown): string | undefined {
  let validate = compiled.get(schema);
  if (!validate) {
    validate = ajv.compile(schema);
    compiled.set(schema, validate);
  }

  if (validate(value)) return undefined;

  const errors = validate.errors ?? [];
  const deepest = errors.reduce<ErrorObject | undefined>(
    (best, error) =>
      !best || depth(error.instancePath) > depth(best.instancePath) ? error : best,
    undefined,
  );
  return deepest ? describe(deepest) : 'does not match the expected shape';
}

function describe(error: ErrorObject): string {
  const where = readablePath(error.instancePath);
  if (error.keyword === 'additionalProperties') {
    const key = String((error.params as { additionalProperty: string }).additionalProperty);
    return where ? `unknown key "${key}" in ${where}` : `unknown key "${key}"`;
  }

  if (error.keyword === 'enum') {
    const allowed = (error.params as { allowedValues: unknown[] }).allowedValues;
    return `${where || 'the value'} must be one of ${allowed.map((v) => JSON.stringify(v)).join(', ')}`;
  }

  return `${where || 'the config'} ${error.message ?? 'is invalid'}`;
}

/** `/ignoreClasses/0/from` as `ignoreClasses[0].from`. */
function readablePath(pointer: string): string {
  return pointer
    .split('/')
    .slice(1)
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce(
      (text, part) => (/^\d+$/.test(part) ? `${text}[${part}]` : text ? `${text}.${part}` : part),
      '',
    );
}

function depth(pointer: string): number {
  return pointer === '' ? 0 : pointer.split('/').length;
}
