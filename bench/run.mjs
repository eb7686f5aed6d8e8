// `npm run bench`: what csxc costs, each figure a median of interleaved runs and a ratio to a
// baseline measured in the same run on the same machine (bench/README.md says what each row is).
//
//   build       `csxc check` and `csxc build` against `tsc --noEmit` on the same files, cold (a fresh
//               process each), for the Clockify transforms and for generated projects of 1,000,
//               5,000 and 20,000 lines over 20 files (bench/gen-project.mjs): CPU time (user + sys,
//               children included), wall time, and the memory peak; the growth column is the cost per
//               line relative to the smallest project (flat = linear growth)
//   csharp      the emitted C# against the same transform written by hand, both Release in one .NET
//               process, at 1,000 / 10,000 / 100,000 Clockify time entries, and node on the
//               TypeScript (bench/time-entries.mjs): time and bytes allocated per call
//   verify      `csxc verify` over 100 / 1,000 / 10,000 cases: per case, node and .NET
//   size        script.csx for Clockify and the runtime's share of it
//
//   watch       `csxc build --watch`: from a one-line edit written to the new script.csx on disk
//               (bench/watch.mjs), Clockify and the generated 5,000 lines
//
// Usage: node bench/run.mjs [--runs N] [--only build,watch,csharp,verify,size] [--lines 1000,5000,20000]
//        [--entries 1000,10000,100000] [--cases 100,1000,10000]

import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { generateProject } from "./gen-project.mjs";
import { runTimeEntries } from "./time-entries.mjs";
import { watchEdits } from "./watch.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const list = (name, fallback) => option(name, fallback).split(",").map((s) => s.trim()).filter(Boolean);
const RUNS = Number(option("runs", 3));
const ONLY = new Set(list("only", "build,watch,csharp,verify,size"));
const work = fs.mkdtempSync(path.join(os.tmpdir(), "csxc-bench-"));
const csxc = path.join(root, "bin", "csxc.js");
const tsc = path.join(root, "node_modules", "typescript", "bin", "tsc");
const env = { ...process.env, TZ: "UTC", FORCE_COLOR: "0", DOTNET_CLI_TELEMETRY_OPTOUT: "1", DOTNET_NOLOGO: "1" };
const TIME = fs.existsSync("/usr/bin/time") ? "/usr/bin/time" : null;

/** One fresh process: wall ms, CPU ms (user + sys, waited-for children included) and peak RSS in MB. */
function run(command, argv, { cwd = root, allowFail = false, cache } = {}) {
  // csxc keeps clean results (src/cli/build-cache.ts): a cold run gets an empty cache of its own,
  // a "cached" one the folder it shares with the runs before it.
  const runEnv = { ...env, CSXC_BUILD_CACHE_DIR: cache === "cold" || cache === undefined ? fs.mkdtempSync(path.join(work, "cache-")) : cache };
  const started = process.hrtime.bigint();
  const result = TIME
    ? spawnSync(TIME, ["-f", "CSXC-TIME %U %S %M", command, ...argv], { cwd, env: runEnv, encoding: "utf8", maxBuffer: 256 * 1024 * 1024 })
    : spawnSync(command, argv, { cwd, env: runEnv, encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
  const wall = Number(process.hrtime.bigint() - started) / 1e6;
  const m = /CSXC-TIME ([\d.]+) ([\d.]+) (\d+)\s*$/.exec(result.stderr ?? "");
  const stderr = m ? result.stderr.slice(0, m.index) : result.stderr;
  if (result.status !== 0 && !allowFail) {
    throw new Error(`${path.basename(argv[0] ?? command)} ${argv.slice(1).join(" ")} failed (exit ${result.status}):\n${result.stdout}${stderr}`);
  }
  return { wall, cpu: m ? (Number(m[1]) + Number(m[2])) * 1000 : NaN, rss: m ? Number(m[3]) / 1024 : NaN, stdout: result.stdout, stderr };
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Each command once per round, the order rotating, after one warm-up round (file cache, a stale dist/). */
function interleaved(commands) {
  for (const c of commands) c.first = run(c.command, c.argv, c);
  const samples = commands.map(() => []);
  for (let r = 0; r < RUNS; r++) {
    for (let k = 0; k < commands.length; k++) {
      const i = (k + r) % commands.length;
      samples[i].push(run(commands[i].command, commands[i].argv, commands[i]));
    }
  }
  return commands.map((c, i) => ({
    name: c.name,
    first: c.first,
    note: undefined,
    wall: median(samples[i].map((s) => s.wall)),
    cpu: median(samples[i].map((s) => s.cpu)),
    rss: Math.max(...samples[i].map((s) => s.rss)),
  }));
}

const ms = (t) => (Number.isNaN(t) ? "n/a" : t >= 10000 ? `${(t / 1000).toFixed(1)} s` : `${t.toFixed(t < 10 ? 1 : 0)} ms`);
const x = (a, b) => `${(a / b).toFixed(2)}×`;
const mb = (b) => `${(b / 1048576).toFixed(1)} MB`;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
const pad = (s, n) => String(s).padEnd(n);
const lpad = (s, n) => String(s).padStart(n);

/** A tsconfig that type-checks a project's transforms as csxc does (src/emit/program.ts createProject). */
function tscProject(project) {
  const config = {
    compilerOptions: {
      strict: true, target: "ES2022", module: "commonjs", moduleResolution: "node10", lib: ["ES2022"], types: [],
      noEmit: true, skipLibCheck: true, baseUrl: path.join(project, "transforms"), paths: { csxc: [path.join(root, "src", "index.ts")] },
    },
    files: [path.join(project, "transforms", "index.ts")],
  };
  const file = path.join(work, `tsconfig-${path.basename(project)}.json`);
  fs.writeFileSync(file, JSON.stringify(config, null, 2));
  return file;
}

/** tsc, check and build of one project; tsc's errors in csxc's own runtime sources (read without node's types) do not count. */
function buildRow(label, project) {
  const out = path.join(work, `out-${path.basename(project)}`);
  const kept = fs.mkdtempSync(path.join(work, "kept-cache-"));
  const [t, check, build, rebuild] = interleaved([
    { name: "tsc", command: process.execPath, argv: [tsc, "-p", tscProject(project)], allowFail: true },
    { name: "check", command: process.execPath, argv: [csxc, "check", "--project", project], allowFail: true },
    { name: "build", command: process.execPath, argv: [csxc, "build", "--project", project, "--out", out], allowFail: true },
    // The same build again, nothing changed: the warm-up round filled its cache.
    { name: "rebuild", command: process.execPath, argv: [csxc, "build", "--project", project, "--out", `${out}-again`], allowFail: true, cache: kept },
  ]);
  const foreign = t.first.stdout.split("\n").filter((l) => /error TS/.test(l) && !/src[\\/]runtime[\\/]/.test(l));
  if (foreign.length) throw new Error(`tsc reports errors in ${label} itself:\n${foreign.join("\n")}`);
  // A project past the platform's 1 MB script (20,000 lines) still runs every step up to that check.
  for (const c of [check, build]) {
    const errors = `${c.first.stdout}${c.first.stderr}`.split("\n").filter((l) => /error CSX/.test(l));
    if (errors.some((l) => !/CSX4006/.test(l))) throw new Error(`csxc ${c.name} failed on ${label}:\n${errors.join("\n")}`);
    if (errors.length) c.note = "script over 1 MB: stops before the guard and the bundle";
  }
  return { label, tsc: t, check, build, rebuild, out };
}

/**
 * The rows, and for the generated projects the marginal CPU per 1,000 lines between one size and the
 * next (the same figure at every step = linear growth), for tsc and check.
 */
function printBuildRows(rows, lines) {
  console.log(`  ${pad("project", 24)} ${lpad("tsc --noEmit cpu (wall)", 24)} ${lpad("csxc check cpu (wall), /tsc", 32)} ${lpad("csxc build cpu (wall), /tsc", 32)} ${lpad("build again, unchanged, /tsc", 32)} ${lpad("per 1k lines tsc/check", 24)}  peak RSS tsc/check/build`);
  let previous;
  for (const r of rows) {
    const cell = (m) => `${ms(m.cpu)} (${ms(m.wall)})`;
    let growth = "";
    if (lines.has(r)) {
      if (previous) {
        const k = (lines.get(r) - lines.get(previous)) / 1000;
        growth = `${ms((r.tsc.cpu - previous.tsc.cpu) / k)} / ${ms((r.check.cpu - previous.check.cpu) / k)}`;
      }
      previous = r;
    }
    console.log(
      `  ${pad(r.label, 24)} ${lpad(cell(r.tsc), 24)} ${lpad(`${cell(r.check)} ${x(r.check.cpu, r.tsc.cpu)}`, 32)} ${lpad(`${cell(r.build)} ${x(r.build.cpu, r.tsc.cpu)}`, 32)} ${lpad(`${cell(r.rebuild)} ${x(r.rebuild.cpu, r.tsc.cpu)}`, 32)} ${lpad(growth, 24)}  ${r.tsc.rss.toFixed(0)}/${r.check.rss.toFixed(0)}/${r.build.rss.toFixed(0)} MB${r.build.note ? ` (${r.build.note})` : ""}`,
    );
  }
}

/** Synthetic GetTimeEntries cases for the Clockify connector: pages of time entries, some running. */
function timeEntryCases(count) {
  return Array.from({ length: count }, (_, n) => ({
    name: `time entries page ${n}`,
    operationId: "GetTimeEntriesForUser_v1",
    request: { method: "GET", url: `https://api.clockify.me/api/v1/workspaces/w1/user/u1/time-entries?page=${n + 1}`, headers: { "X-Api-Key": "<redacted>" }, body: null },
    upstream: [{
      status: 200,
      headers: { "Content-Type": "application/json" },
      body: Array.from({ length: 1 + (n % 7) * 3 }, (_, i) => ({
        id: `e${n}-${i}`,
        description: `entry ${i} of page ${n} — é`,
        timeInterval: {
          start: `2024-05-0${1 + (i % 9)}T08:00:00Z`,
          end: i % 5 === 4 ? null : `2024-05-0${1 + (i % 9)}T09:30:00Z`,
          duration: i % 5 === 4 ? null : ["PT1H30M", "PT45M", "PT2H0M5S", "P1DT1H", "PT0S"][i % 5],
        },
      })),
    }],
  }));
}

function verifyRun(count) {
  const file = path.join(work, `cases-${count}.json`);
  fs.writeFileSync(file, JSON.stringify(timeEntryCases(count)));
  const result = run(process.execPath, [csxc, "verify", "--project", root, "--cases", file, "--json"], { allowFail: true });
  let parsed;
  try {
    parsed = JSON.parse(result.stdout);
  } catch {
    throw new Error(`csxc verify --json printed no JSON:\n${result.stdout}${result.stderr}`);
  }
  if (parsed.status !== "done") throw new Error(`csxc verify did not run both sides (${parsed.status}):\n${result.stdout.slice(0, 2000)}${result.stderr}`);
  if (parsed.failures.length) throw new Error(`csxc verify found differences:\n${JSON.stringify(parsed.failures[0], null, 2).slice(0, 2000)}`);
  return { cases: parsed.cases, wall: result.wall, rss: result.rss, ...parsed.millis };
}

function runtimeBytes(script) {
  let bytes = 0;
  for (const m of script.matchAll(/#region csxc runtime:[^\n]*\n([\s\S]*?)#endregion/g)) bytes += Buffer.byteLength(m[1], "utf8");
  return bytes;
}

try {
  const dotnetVersion = spawnSync("dotnet", ["--version"], { encoding: "utf8" });
  const dotnet = dotnetVersion.status === 0;
  console.log(`csxc bench, ${new Date().toISOString()}`);
  console.log(`machine: ${os.cpus()[0]?.model ?? "?"}, ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, load ${os.loadavg().map((l) => l.toFixed(1)).join(" ")}; node ${process.version}, dotnet ${dotnet ? dotnetVersion.stdout.trim() : "absent"}`);
  console.log(`each figure: median of ${RUNS} interleaved runs; ratios to the baseline of the same run${TIME ? "" : " (no /usr/bin/time: CPU time and memory not measured)"}\n`);

  let clockify;
  if (ONLY.has("build") || ONLY.has("size")) clockify = buildRow("Clockify (120 lines)", root);
  if (ONLY.has("build")) {
    console.log("build: a fresh process each, cold; ratio = CPU time against tsc --noEmit");
    const rows = [clockify];
    const lines = new Map();
    for (const n of list("lines", "1000,5000,20000").map(Number)) {
      const dir = path.join(work, `gen-${n}`);
      const written = generateProject(dir, { lines: n, files: 20 });
      const row = buildRow(`generated ${written} lines`, dir);
      lines.set(row, written);
      rows.push(row);
    }
    printBuildRows(rows, lines);
    console.log("");
  }

  if (ONLY.has("watch")) {
    console.log("watch: csxc build --watch, a one-line edit to a transform; time from the write to the new script.csx on disk (baseline: a cold csxc build of the same project)");
    const targets = [["Clockify", root, "transforms/time-entries.ts"]];
    const gen = path.join(work, "gen-watch");
    targets.push([`generated ${generateProject(gen, { lines: 5000, files: 20 })} lines`, gen, "transforms/part0.ts"]);
    for (const [label, project, file] of targets) {
      const times = await watchEdits(project, file, { edits: RUNS });
      const cold = run(process.execPath, [csxc, "build", "--project", project, "--out", path.join(work, "out-watch")]);
      console.log(`  ${pad(label, 24)} edit → script ${ms(median(times))} (each: ${times.map(ms).join(", ")}); cold build ${ms(cold.wall)} wall: ${x(median(times), cold.wall)}`);
    }
    console.log("");
  }

  if (ONLY.has("size")) {
    const script = fs.readFileSync(path.join(clockify.out, "script.csx"), "utf8");
    const total = Buffer.byteLength(script, "utf8");
    const helpers = runtimeBytes(script);
    console.log(`size: Clockify script.csx ${kb(total)} (${((total / (1024 * 1024)) * 100).toFixed(1)}% of the 1 MB limit), runtime ${kb(helpers)} (${((helpers / total) * 100).toFixed(0)}%)\n`);
  }

  if (ONLY.has("csharp")) {
    if (!dotnet) console.log("csharp: SKIPPED, dotnet is not on PATH\n");
    else {
      const { rows } = await runTimeEntries({ sizes: list("entries", "1000,10000,100000").map(Number), runs: RUNS });
      console.log("csharp: GetTimeEntries transform, one call; baseline = hand-written C# (JObject); outputs checked equal");
      console.log(`  ${lpad("entries", 8)} ${lpad("hand wall/cpu", 22)} ${lpad("emitted wall/cpu", 22)} ${lpad("emitted/hand", 18)} ${lpad("hand alloc", 11)} ${lpad("emitted alloc", 14)} ${lpad("ratio", 6)} ${lpad("node wall/cpu", 22)}`);
      for (const r of rows) {
        console.log(
          `  ${lpad(r.size, 8)} ${lpad(`${ms(r.hand.ms)} / ${ms(r.hand.cpu)}`, 22)} ${lpad(`${ms(r.emitted.ms)} / ${ms(r.emitted.cpu)}`, 22)} ${lpad(`${x(r.emitted.ms, r.hand.ms)} / ${x(r.emitted.cpu, r.hand.cpu)}`, 18)} ${lpad(mb(r.hand.bytes), 11)} ${lpad(mb(r.emitted.bytes), 14)} ${lpad(x(r.emitted.bytes, r.hand.bytes), 6)} ${lpad(`${ms(r.node.ms)} / ${ms(r.node.cpu)}`, 22)}`,
        );
      }
      console.log("");
    }
  }

  if (ONLY.has("verify")) {
    if (!dotnet) console.log("verify: SKIPPED, dotnet is not on PATH");
    else {
      console.log("verify: csxc verify of the Clockify connector over N GetTimeEntries cases; per case = (run − 1-case run) / (N − 1); growth against the smallest N");
      const one = verifyRun(1);
      let base;
      for (const n of list("cases", "100,1000,10000").map(Number)) {
        const r = verifyRun(n);
        const perNode = r.node / r.cases;
        const perDotnet = (r.dotnet - one.dotnet) / (r.cases - one.cases);
        base ??= { perNode, perDotnet };
        console.log(`  ${lpad(n, 6)} cases: node ${ms(r.node)} (${ms(perNode)}/case, ${x(perNode, base.perNode)}), .NET ${ms(r.dotnet)} (${ms(perDotnet)}/case, ${x(perDotnet, base.perDotnet)}), whole ${ms(r.wall)}, peak RSS ${r.rss.toFixed(0)} MB`);
      }
      console.log(`  (1 case: .NET ${ms(one.dotnet)}, the compile and start)`);
    }
  }
} finally {
  fs.rmSync(work, { recursive: true, force: true });
}
