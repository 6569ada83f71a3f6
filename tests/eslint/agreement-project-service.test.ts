import { describe } from 'vitest';

import { itAgreesWithTheCli } from '../helpers/agreement.js';

describe('ESLint with projectService and the CLI agree', () => {
  itAgreesWithTheCli('projectService', {
    'fixtures/registry-push': 2,
    'fixtures/registry-push-fixed': 0,
  });
});
