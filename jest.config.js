/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/packages', '<rootDir>/src', '<rootDir>/tests'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
  moduleNameMapper: {
    '^@ledger-review/scoring$': '<rootDir>/packages/scoring/src/index.ts',
    '^@ledger-review/workbook$': '<rootDir>/packages/workbook/src/index.ts',
    '^@ledger-review/workbook/(.*)$': '<rootDir>/packages/workbook/src/$1',
  },
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json', diagnostics: false }],
  },
  testTimeout: 30000,
};
