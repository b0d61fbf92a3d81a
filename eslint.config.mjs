import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'

const restrict = (patterns, paths = []) => ['error', { patterns, paths }]

/** Layering rules of docs/architecture.md, enforced so a wrong import fails `npm run lint`. */
export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', '.ci-out/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }]
    }
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn'
    }
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict([
        {
          group: ['electron', 'dexie', 'dexie-react-hooks', 'react', 'react-dom', 'node:*'],
          message: 'src/core is pure: no Electron, Dexie, React or Node.'
        },
        {
          group: ['**/renderer/**', '**/main/**', '**/preload/**'],
          message: 'src/core must not depend on the app layers.'
        }
      ])
    }
  },
  {
    files: ['src/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict([
        {
          group: ['electron', 'dexie', 'react', 'node:*', 'zod'],
          message: 'src/shared holds types and constants the sandboxed preload can bundle.'
        }
      ])
    }
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    ignores: ['src/renderer/src/db/**'],
    rules: {
      'no-restricted-imports': restrict([
        {
          group: ['electron', 'node:*'],
          message: 'The renderer reaches the desktop only through getDesktopApi().'
        },
        {
          group: ['dexie', 'dexie-react-hooks'],
          message: 'Only src/renderer/src/db may use Dexie; use its hooks and repositories.'
        },
        { group: ['**/main/**'], message: 'The renderer must not import main-process code.' }
      ])
    }
  },
  {
    files: ['src/renderer/src/db/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': restrict([
        {
          group: ['electron', 'node:*'],
          message: 'The renderer reaches the desktop only through getDesktopApi().'
        },
        { group: ['**/main/**'], message: 'The renderer must not import main-process code.' }
      ])
    }
  },
  {
    files: ['src/main/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict(
        [
          {
            group: ['**/renderer/**', 'dexie', 'react'],
            message: 'Main owns files, not data or UI.'
          }
        ],
        [
          {
            name: 'electron',
            importNames: ['ipcRenderer'],
            message: 'Only the preload may use ipcRenderer.'
          }
        ]
      )
    }
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/preload/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[object.name='window'][property.name='api']",
          message: 'Use getDesktopApi() instead of window.api.'
        }
      ]
    }
  },
  {
    files: ['src/renderer/src/lib/desktop-api.ts'],
    rules: { 'no-restricted-syntax': 'off' }
  }
)
