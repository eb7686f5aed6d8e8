// A fixed-seed slice of the mutation fuzzer (`npm run fuzz:hostile -- --count N` runs it at length):
// mutated transforms, swagger and case files through check and build, asserting exit 0/1/2, no
// stack trace, nothing outside build/ touched, and build/ either the previous output or a whole one.
import * as fs from "node:fs";
import * as path from "node:path";
import * as ts from "typescript";
import { csxc, FIXTURE } from "./io-project";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { fuzz, baseProject, mutateSource, mutateJsonTree, prng } = require("../../scripts/fuzz-hostile-core.cjs");

const files = Object.fromEntries(
  ["transforms/index.ts", "connector/apiDefinition.swagger.json", "connector/apiProperties.json", "connector/icon.png"].map((rel) => [rel, fs.readFileSync(path.join(FIXTURE, rel))]),
);
const base = baseProject(files, JSON.parse(fs.readFileSync(path.join(FIXTURE, "cases", "case.json"), "utf8")));

test("the mutations are reproducible from the seed and change their input", () => {
  const source = String(files["transforms/index.ts"]);
  const a = mutateSource(source, prng(7), ts);
  expect(mutateSource(source, prng(7), ts)).toBe(a);
  const changed = [1, 2, 3, 4, 5].map((seed) => mutateSource(source, prng(seed), ts)).filter((s) => s !== source);
  expect(changed.length).toBeGreaterThanOrEqual(4);
  const json = () => JSON.parse(String(files["connector/apiDefinition.swagger.json"]));
  expect(JSON.stringify(mutateJsonTree(json(), prng(3)))).toBe(JSON.stringify(mutateJsonTree(json(), prng(3))));
});

test("a fixed-seed slice: every mutated project ends in exit 0, 1 or 2 with build/ whole", async () => {
  const failures = await fuzz({ seed: 20261202, count: 6, run: (argv: string[]) => csxc(...argv), ts, base, commands: ["check", "build"], keepInputs: false });
  expect(failures).toEqual([]);
}, 120_000);

test("the oracle catches a stack trace, a stray exit code, a file touched outside build/ and a half build", async () => {
  const crashes = [
    async () => ({ code: 2, out: "", err: "TypeError: x is null\n    at loadSwagger (/work/dist/cli.js:10:5)" }),
    async () => ({ code: 134, out: "", err: "" }),
    async (argv: string[]) => {
      fs.writeFileSync(path.join(argv[argv.indexOf("--project") + 1], "connector", "stray.txt"), "x");
      return { code: 0, out: "", err: "" };
    },
    async (argv: string[]) => {
      const build = path.join(argv[argv.indexOf("--project") + 1], "build");
      fs.mkdirSync(path.join(build, "connector"), { recursive: true });
      fs.writeFileSync(path.join(build, "script.csx"), "new");
      return { code: 0, out: "", err: "" };
    },
  ];
  for (const run of crashes) {
    const failures = await fuzz({ seed: 5, count: 3, run, ts, base, commands: ["build"], keepInputs: false });
    expect(failures.length).toBeGreaterThan(0);
  }
});
