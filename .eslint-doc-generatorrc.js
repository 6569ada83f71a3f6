// Generates the rules table in README.md and the header of each docs/rules/<rule>.md from the
// rules' metadata; `npm run docs:check` fails when they are out of date.

/** @type {import('eslint-doc-generator').GenerateOptions} */
const config = {
  configEmoji: [
    ['recommended', '✅'],
    ['strict', '🔒'],
    ['all', '🌐'],
  ],
  ignoreConfig: ['recommended-legacy', 'strict-legacy', 'all-legacy'],
  ruleDocTitleFormat: 'prefix-name',
  ruleListColumns: ['name', 'description', 'configsError', 'hasSuggestions', 'requiresTypeChecking'],
  ruleDocSectionInclude: ['Rule details', 'Options', 'Limitations', 'When not to use it'],
  // Every rule takes the same options, listed once in no-instanceof-wrapped's doc; the others
  // link there rather than repeat the table.
  ruleDocSectionOptions: false,
};

export default config;
