// `npx eslint .`, the lint step of `npm test`: JavaScript's and typescript-eslint's
// recommended rules (syntax-level: the types are the compiler's to check).
import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import globals from 'globals'

export default tseslint.config(
  {
    ignores: ['dist/', 'node_modules/', 'test-results/', 'playwright-report/', '.diag/']
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      // A parameter named `_x` is there for its position or its arity (gtag's `arguments`).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }]
    }
  },
  {
    files: ['scripts/**', 'bench/**', 'build/**', 'demo/server.mjs', '*.config.*'],
    languageOptions: { globals: { ...globals.node } }
  },
  {
    // Browser tests reach into the page's globals (stand-in vendors' queues, `__gpp`,
    // `__tcfapi`) from `page.evaluate`, where `any` is the honest type.
    files: ['test/e2e/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' }
  }
)
