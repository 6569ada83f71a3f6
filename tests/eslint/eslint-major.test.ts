import { ESLint } from 'eslint';
import { expect, it } from 'vitest';

import { ESLINT_9 } from '../rules/rule-tester.js';

it('runs on the ESLint major its test project names', () => {
  expect(ESLint.version.split('.')[0]).toBe(ESLINT_9 ? '9' : '10');
});
