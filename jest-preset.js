// The jest preset of csxc for connector projects: `module.exports = { preset: "csxc" }` in
// jest.config.js. TypeScript through ts-jest (installed in the project), the node environment, the
// tests under test/, and transforms in UTC as on the platform (csxc's design).
const path = require("node:path");

module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts"],
  transform: { "^.+\\.ts$": ["ts-jest", {}] },
  globalSetup: path.join(__dirname, "jest-global-setup.js"),
  testTimeout: 60000,
};
