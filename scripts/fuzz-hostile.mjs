// `npm run fuzz:hostile -- --count N [--seed S] [--commands check,build,verify] [--verbose]`:
// the mutation fuzzer (scripts/fuzz-hostile-core.cjs) over the built CLI (dist/cli.js, rebuilt
// first when stale), from the small valid project in test/hostile/fixture. Prints the seed, each
// failing input (kept in a temp folder) and a summary; exits 1 when any iteration failed.
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import * as fs from "node:fs";
import * as path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(import.meta.url);
const { fuzz, baseProject } = require("./fuzz-hostile-core.cjs");

function option(name, fallback) {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 && at + 1 < process.argv.length ? process.argv[at + 1] : fallback;
}
const count = Number(option("count", "100"));
const seed = Number(option("seed", String(Date.now() % 1_000_000_000)));
const commands = option("commands", "check,build,build,verify").split(",");
const verbose = process.argv.includes("--verbose");
if (!Number.isInteger(count) || count < 1 || !Number.isInteger(seed)) {
  console.error("usage: npm run fuzz:hostile -- --count N [--seed S] [--commands check,build,verify] [--verbose]");
  process.exit(2);
}

// bin/csxc.js rebuilds dist/ when a source is newer; ask it once, then run the CLI in-process.
spawnSync(process.execPath, [path.join(root, "bin", "csxc.js"), "--version"], { stdio: "ignore" });
const { main } = require(path.join(root, "dist", "cli.js"));
const ts = require("typescript");

const fixture = path.join(root, "test", "hostile", "fixture");
const files = {};
for (const rel of ["transforms/index.ts", "connector/apiDefinition.swagger.json", "connector/apiProperties.json", "connector/icon.png"]) {
  files[rel] = fs.readFileSync(path.join(fixture, rel));
}
const base = baseProject(files, JSON.parse(fs.readFileSync(path.join(fixture, "cases", "case.json"), "utf8")));

async function run(argv) {
  const out = [];
  const err = [];
  const code = await main(argv, { out: (s) => void out.push(s), err: (s) => void err.push(s), isTTY: false });
  return { code, out: out.join("\n"), err: err.join("\n") };
}

console.log(`fuzz:hostile seed ${seed}, ${count} iterations, commands ${commands.join(",")}`);
const started = Date.now();
const failures = await fuzz({ seed, count, run, ts, base, commands, log: (line) => (verbose ? !line.startsWith("start") || process.env.FUZZ_TRACE : line.startsWith("FAIL")) && console.log(line) });
const seconds = ((Date.now() - started) / 1000).toFixed(0);
console.log(`fuzz:hostile seed ${seed}: ${count} iterations in ${seconds} s, ${failures.length} failing`);
for (const f of failures) console.log(JSON.stringify(f, null, 2));
process.exit(failures.length ? 1 : 0);
