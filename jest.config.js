const { workspaceSources } = require('./scripts/workspace-sources');

/** The packages' public entries, compiled from source (the exports maps: nothing deeper resolves). */
const moduleNameMapper = Object.fromEntries(
  Object.entries(workspaceSources(__dirname)).map(([specifier, file]) => [
    `^${specifier.replace(/[/.]/g, '\\$&')}$`,
    file,
  ]),
);

/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/packages', '<rootDir>/src', '<rootDir>/tests'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
  moduleNameMapper,
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json', diagnostics: false }],
  },
  testTimeout: 30000,
};
