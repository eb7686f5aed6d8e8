/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts"],
  transform: { "^.+\\.ts$": ["ts-jest", { tsconfig: "tsconfig.json" }] },
  moduleNameMapper: { "^csxc$": "<rootDir>/src/index.ts", "^csxc/testing$": "<rootDir>/src/testing/index.ts" },
  globalSetup: "<rootDir>/test/setup/global-setup.js",
  testTimeout: 60000,
};
