// `npm run bench`: what csxc costs, as ratios measured in this one run on this machine.
//
//   check / tsc     `csxc check` against `tsc --noEmit` on the same transforms (the Clockify ones)
//   build / tsc     `csxc build` (check, emit, bundle) against the same tsc
//   verify          per case, node side and .NET side; the .NET side also has a fixed cost (one
//                   compile per run), so the per-case figure is the marginal cost between a small
//                   and a large run of the same cases
//   sizes           the emitted script.csx and the runtime helpers inside it
//
// Each timing is the median of several runs of a fresh process, as a user would run them.
// Usage: node bench/run.mjs [--runs N] [--cases N] [--project DIR]

import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const RUNS = Number(option("runs", 5));
const CASES = Number(option("cases", 400));
const project = path.resolve(option("project", root));
const work = fs.mkdtempSync(path.join(os.tmpdir(), "csxc-bench-"));
const csxc = path.join(root, "bin", "csxc.js");
const env = { ...process.env, TZ: "UTC", FORCE_COLOR: "0" };

function run(command, argv, { allowFail = false } = {}) {
  const started = process.hrtime.bigint();
  const result = spawnSync(command, argv, { cwd: project, env, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (result.status !== 0 && !allowFail) {
    throw new Error(`${path.basename(argv[0] ?? command)} ${argv.slice(1).join(" ")} failed (exit ${result.status}):\n${result.stdout}${result.stderr}`);
  }
  return { ms, stdout: result.stdout, stderr: result.stderr, status: result.status };
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function timed(command, argv, options) {
  const first = run(command, argv, options); // warm-up: file cache, and bin/csxc.js rebuilding a stale dist/
  const times = Array.from({ length: RUNS }, () => run(command, argv, options).ms);
  return { ms: median(times), first };
}

const fmt = (ms) => `${ms.toFixed(ms < 10 ? 2 : 0)} ms`;
const ratio = (a, b) => `${(a / b).toFixed(2)}×`;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;

/** A tsconfig that type-checks the transforms as csxc does (src/emit/program.ts createProject). */
function tscProject() {
  const config = {
    compilerOptions: {
      strict: true,
      target: "ES2022",
      module: "commonjs",
      moduleResolution: "node10",
      lib: ["ES2022"],
      types: [],
      noEmit: true,
      skipLibCheck: true,
      baseUrl: path.join(project, "transforms"),
      paths: { csxc: [path.join(root, "src", "index.ts")] },
    },
    files: [path.join(project, "transforms", "index.ts")],
  };
  const file = path.join(work, "tsconfig.json");
  fs.writeFileSync(file, JSON.stringify(config, null, 2));
  return file;
}

/** Synthetic GetTimeEntries calls: pages of time entries, some with a running timer. */
function timeEntryCases(count) {
  const cases = [];
  for (let n = 0; n < count; n++) {
    const entries = Array.from({ length: 1 + (n % 7) * 3 }, (_, i) => ({
      id: `e${n}-${i}`,
      description: `entry ${i} of page ${n} — é`,
      timeInterval: {
        start: `2024-05-0${1 + (i % 9)}T08:00:00Z`,
        end: i % 5 === 4 ? null : `2024-05-0${1 + (i % 9)}T09:30:00Z`,
        duration: i % 5 === 4 ? null : ["PT1H30M", "PT45M", "PT2H0M5S", "P1DT1H", "PT0S"][i % 5],
      },
    }));
    cases.push({
      name: `time entries page ${n}`,
      operationId: "GetTimeEntries",
      request: { method: "GET", url: `https://api.clockify.me/api/v1/workspaces/w1/user/u1/time-entries?page=${n + 1}`, headers: { "X-Api-Key": "<redacted>" }, body: null },
      upstream: [{ status: 200, headers: { "Content-Type": "application/json" }, body: entries }],
    });
  }
  return cases;
}

function verifyMillis(count) {
  const file = path.join(work, `cases-${count}.json`);
  fs.writeFileSync(file, JSON.stringify(timeEntryCases(count), null, 2));
  const result = run(process.execPath, [csxc, "verify", "--project", project, "--cases", file, "--json"], { allowFail: true });
  let parsed;
  try {
    parsed = JSON.parse(result.stdout);
  } catch {
    throw new Error(`csxc verify --json printed no JSON (exit ${result.status}):\n${result.stdout}${result.stderr}`);
  }
  if (parsed.status !== "done") throw new Error(`csxc verify did not run both sides (${parsed.status}):\n${result.stdout.slice(0, 2000)}${result.stderr}`);
  if (parsed.failures.length) throw new Error(`csxc verify found differences:\n${JSON.stringify(parsed.failures[0], null, 2).slice(0, 2000)}`);
  return { cases: parsed.cases, ...parsed.millis };
}

function runtimeBytes(script) {
  let bytes = 0;
  for (const m of script.matchAll(/#region csxc runtime:[^\n]*\n([\s\S]*?)#endregion/g)) bytes += Buffer.byteLength(m[1], "utf8");
  return bytes;
}

try {
  console.log(`csxc bench: ${path.relative(root, project) || "."}/transforms, median of ${RUNS} runs, node ${process.version}, ${os.cpus().length} CPUs\n`);
  // Like csxc, tsc reads csxc's own runtime sources without node's types; the errors it reports
  // there are the ones csxc leaves out (it reports only the transforms'), so they do not count.
  const tsc = timed(process.execPath, [path.join(root, "node_modules", "typescript", "bin", "tsc"), "-p", tscProject()], { allowFail: true });
  const foreign = tsc.first.stdout.split("\n").filter((l) => /error TS/.test(l) && !l.startsWith("src/runtime/") && !l.startsWith(path.join(root, "src", "runtime")));
  if (foreign.length) throw new Error(`tsc reports errors in the transforms themselves:\n${foreign.join("\n")}`);
  const check = timed(process.execPath, [csxc, "check", "--project", project]);
  const outDir = path.join(work, "out");
  const build = timed(process.execPath, [csxc, "build", "--project", project, "--out", outDir]);
  console.log(`  ${"tsc --noEmit".padEnd(14)} ${fmt(tsc.ms)}`);
  console.log(`  ${"csxc check".padEnd(14)} ${fmt(check.ms)}   check / tsc = ${ratio(check.ms, tsc.ms)}`);
  console.log(`  ${"csxc build".padEnd(14)} ${fmt(build.ms)}   build / tsc = ${ratio(build.ms, tsc.ms)}`);

  const scriptFile = [path.join(outDir, "script.csx"), path.join(outDir, "connector", "script.csx")].find((f) => fs.existsSync(f));
  if (scriptFile) {
    const script = fs.readFileSync(scriptFile, "utf8");
    const total = Buffer.byteLength(script, "utf8");
    const helpers = runtimeBytes(script);
    console.log(`\n  script.csx      ${kb(total)} (${total} bytes, ${((total / (1024 * 1024)) * 100).toFixed(1)}% of the 1 MB limit)`);
    console.log(`  runtime helpers ${kb(helpers)} (${((helpers / total) * 100).toFixed(0)}% of the script)`);
  } else {
    console.log("\n  script.csx: csxc build wrote no script.csx");
  }

  const dotnet = spawnSync("dotnet", ["--version"], { encoding: "utf8" }).status === 0;
  if (!dotnet) {
    console.log("\n  verify: SKIPPED, dotnet is not on PATH");
  } else {
    const small = verifyMillis(1);
    const large = verifyMillis(CASES);
    const perCaseDotnet = (large.dotnet - small.dotnet) / (large.cases - small.cases);
    const perCaseNode = large.node / large.cases;
    console.log(`\n  verify, ${large.cases} cases: node ${fmt(large.node)}, .NET ${fmt(large.dotnet)} (1 case: .NET ${fmt(small.dotnet)}, the compile and start)`);
    console.log(`  per case: node ${fmt(perCaseNode)}, .NET ${fmt(perCaseDotnet)} (marginal)   .NET / node = ${ratio(perCaseDotnet, perCaseNode)}`);
  }
} finally {
  fs.rmSync(work, { recursive: true, force: true });
}
