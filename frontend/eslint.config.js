import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const root = import.meta.dirname;
const features = readdirSync(`${root}/src/features`, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

/**
 * Imports flow one way: lib → components → features → app; features do not import each other;
 * only tests use src/testing. Code in another folder is imported through the `@/` alias (a
 * relative import climbs one folder at most), so the patterns below see every such import.
 */
const climbing = {
  group: ['../../*'],
  message: 'Import from another folder through the @/ alias.',
};

/** `forbidden`: a regular expression over the import path. */
function layer(files, forbidden, message) {
  return {
    files,
    ignores: ['src/**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [climbing, { regex: forbidden, message }] }],
    },
  };
}

function featureLayer(feature) {
  const others = features.filter((other) => other !== feature).join('|');
  const forbidden = [
    '@/(app|testing|lib/api/generated)(/|$)',
    `@/features/(?!${feature}/)`,
    ...(others ? [`\\.\\./(${others})(/|$)`] : []),
  ];
  return layer(
    [`src/features/${feature}/**/*.{ts,tsx}`],
    `^(${forbidden.join('|')})`,
    'A feature imports neither the app, nor another feature, nor test helpers: share code through lib or components/ui.',
  );
}

const boundaries = [
  // The generated schemas are tightened in one place, src/lib/api/schemas.ts: use those.
  layer(
    ['src/lib/**/*.{ts,tsx}'],
    '^((@/|\\.\\./)(components|features|app|testing)(/|$)|@/lib/api/generated(/|$))',
    'lib is the bottom layer (it imports no UI, feature, app or test code); the generated API code is read through @/lib/api/schemas.',
  ),
  layer(
    ['src/components/**/*.{ts,tsx}'],
    '^(@/|\\.\\./)(features|app|testing|lib/api/generated)(/|$)',
    'Shared components know no feature, no app wiring and no test helpers.',
  ),
  ...features.map(featureLayer),
  layer(
    ['src/app/**/*.{ts,tsx}', 'src/main.tsx'],
    '^((@/|\\.\\./)testing(/|$)|@/lib/api/generated(/|$))',
    'Only tests use src/testing; the generated API code is read through @/lib/api/schemas.',
  ),
];

export default tseslint.config(
  {
    ignores: [
      'dist',
      'coverage',
      'test-results',
      'e2e/screenshots',
      'target',
      'src/lib/api/generated',
    ],
  },
  js.configs.recommended,
  tseslint.configs.strictTypeChecked,
  tseslint.configs.stylisticTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ['vite.config.ts', 'openapi-ts.config.ts'] },
        tsconfigRootDir: root,
      },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      'no-duplicate-imports': ['error', { allowSeparateTypeImports: true }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    extends: [reactHooks.configs.flat.recommended],
  },
  ...boundaries,
  {
    files: ['e2e/**/*.ts', 'vite.config.ts', 'openapi-ts.config.ts'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['**/*.js'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: globals.node },
  },
  prettier,
);
