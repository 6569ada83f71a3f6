import { describe } from 'vitest';

import { itAgreesWithTheCli } from '../helpers/agreement.js';

describe('ESLint with parserOptions.project and the CLI agree', () => {
  itAgreesWithTheCli('project', {
    'fixtures/registry-push': 2,
    'fixtures/registry-push-fixed': 0,
  });
});
