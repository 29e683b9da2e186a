// The linter's rules: typescript-eslint's recommended set with type information, so a promise left
// unawaited in a handler or an `any` leaking from a parser is caught before review. CI runs it with
// zero warnings allowed (npm run lint).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/', 'cdk.out/', 'web/dist/', '.local/', 'test/fixtures/', 'bench/results/', 'eslint.config.js'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      // Adapters implement asynchronous ports; a memory adapter that never waits is still one.
      '@typescript-eslint/require-await': 'off',
      // `_name` marks a value taken apart on purpose (e.g. to leave a field out of a copy).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true }],
    },
  },
  {
    // A page's event listener may be async: it reports its own failures on the page, and the browser
    // ignores what a listener returns. Server code keeps the rule, where a lost promise is a lost write.
    files: ['web/src/**/*.ts'],
    rules: { '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { arguments: false } }] },
  },
  {
    // Tests and benchmarks read responses as untyped JSON on purpose: the harness checks every response
    // against the OpenAPI document, and a test that asserts on a field fails by itself when it is wrong.
    files: ['test/**/*.ts', 'bench/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
);
