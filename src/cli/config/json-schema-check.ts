import AjvModule from 'ajv-draft-04';
import type { ErrorObject, ValidateFunction } from 'ajv-draft-04';

/** ESLint writes rule schemas in draft-04, so the config is checked with a draft-04 validator. */
const ajv = new AjvModule.default({ allErrors: false, strict: false, verbose: true });
const compiled = new WeakMap<object, ValidateFunction>();

/**
 * Checks `value` against `schema` and returns the one-line reason it fails, or undefined. The
 * reason names where (`ignoreClasses[0].from`) and what: the most specific error found or, when
 * that lies inside a choice (`oneOf`), the forms the value may take there.
 */
export function schemaProblem(schema: object, value: unknown): string | undefined {
  let validate = compiled.get(schema);
  if (!validate) {
    validate = ajv.compile(schema);
    compiled.set(schema, validate);
  }

  if (validate(value)) return undefined;

  const errors = validate.errors ?? [];
  const deepest = deepestOf(errors);
  if (!deepest) return 'does not match the expected shape';

  const choice = deepestOf(
    errors.filter(
      (error) =>
        error.keyword === 'oneOf' &&
        (deepest.instancePath === error.instancePath ||
          deepest.instancePath.startsWith(`${error.instancePath}/`)),
    ),
  );
  if (choice && Array.isArray(choice.schema)) {
    return `${readablePath(choice.instancePath) || 'the config'} must be ${forms(choice.schema)}`;
  }

  return describe(deepest);
}

function describe(error: ErrorObject): string {
  const where = readablePath(error.instancePath);
  if (error.keyword === 'additionalProperties') {
    const key = String((error.params as { additionalProperty: string }).additionalProperty);
    return where ? `unknown key "${key}" in ${where}` : `unknown key "${key}"`;
  }

  if (error.keyword === 'enum') {
    const allowed = (error.params as { allowedValues: unknown[] }).allowedValues;
    const values = allowed.map((item) => JSON.stringify(item));
    return `${where || 'the value'} must be one of ${list(values)}`;
  }

  return `${where || 'the config'} ${error.message ?? 'is invalid'}`;
}

/** The forms a `oneOf` allows, in words: `a string or a list of strings`. */
function forms(branches: unknown[]): string {
  return list(branches.map((branch) => form(branch as Record<string, unknown>)));
}

function form(schema: Record<string, unknown>): string {
  if (Array.isArray(schema['enum']))
    return schema['enum'].map((item) => JSON.stringify(item)).join(', ');

  switch (schema['type']) {
    case 'string':
      return 'a string';
    case 'boolean':
      return 'true or false';
    case 'number':
    case 'integer':
      return 'a number';
    case 'array': {
      const items = schema['items'] as Record<string, unknown> | undefined;
      return items && !Array.isArray(items) && items['type'] === 'string'
        ? 'a list of strings'
        : 'a list';
    }
    case 'object':
      return objectForm(schema);
    default:
      return 'another value';
  }
}

/** `{ from: "file", name, path? }`: fixed values shown, optional keys marked. */
function objectForm(schema: Record<string, unknown>): string {
  const properties = (schema['properties'] ?? {}) as Record<string, Record<string, unknown>>;
  const required = new Set((schema['required'] ?? []) as string[]);
  const keys = Object.entries(properties).map(([key, property]) => {
    const fixed = Array.isArray(property['enum']) && property['enum'].length === 1;
    if (fixed) return `${key}: ${JSON.stringify((property['enum'] as unknown[])[0])}`;

    return required.has(key) ? key : `${key}?`;
  });
  return `{ ${keys.join(', ')} }`;
}

function list(items: string[]): string {
  return items.length <= 1
    ? (items[0] ?? '')
    : `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`;
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

function deepestOf(errors: readonly ErrorObject[]): ErrorObject | undefined {
  return errors.reduce<ErrorObject | undefined>(
    (best, error) => (!best || depth(error.instancePath) > depth(best.instancePath) ? error : best),
    undefined,
  );
}

function depth(pointer: string): number {
  return pointer === '' ? 0 : pointer.split('/').length;
}
