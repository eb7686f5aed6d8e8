// The emitted C# against hand-written C# and node, on a GetTimeEntries response transform
// (bench/time-entries/transforms/summary.ts; by hand: bench/dotnet/HandWritten.cs).
//
// Builds the bench project with csxc, compiles its script.csx and the hand-written script into one
// Release program (bench/dotnet), feeds both the same synthetic Clockify time entries at each size,
// checks that both outputs equal node's (as JSON values), and reports the median wall time and bytes
// allocated per call, interleaved in one process, and node's median time for the TypeScript.
//
//   node bench/time-entries.mjs [--sizes 1000,10000,100000] [--runs N]
// Also used by bench/run.mjs (runTimeEntries).

import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { isDeepStrictEqual } from "node:util";
import { fileURLToPath, pathToFileURL } from "node:url";
import { createRequire } from "node:module";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const project = path.join(root, "bench", "time-entries");
const work = path.join(root, ".bench-dotnet");

/** A deterministic generator (mulberry32), so every run and both sides see the same entries. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const hex = (random, n) => Array.from({ length: n }, () => Math.floor(random() * 16).toString(16)).join("");

/** N Clockify time entries, shaped as GET /workspaces/{id}/user/{id}/time-entries returns them. */
export function timeEntries(count, seed = 12) {
  const random = prng(seed);
  const projects = Array.from({ length: 40 }, () => "5f" + hex(random, 22));
  const durations = ["PT1H30M", "PT45M", "PT2H0M5S", "P1DT1H", "PT0S", "PT8H", "PT15M30S", "PT3H20M"];
  return Array.from({ length: count }, (_, i) => {
    const running = random() < 0.05;
    const day = 1 + (i % 28);
    const duration = durations[Math.floor(random() * durations.length)];
    return {
      id: "65" + hex(random, 22),
      description: (random() < 0.2 ? "  " : "") + `Task ${i} — réunion ${Math.floor(random() * 1000)}` + (random() < 0.2 ? " " : ""),
      tagIds: Array.from({ length: Math.floor(random() * 4) }, () => "60" + hex(random, 22)),
      userId: "5e" + hex(random, 22),
      billable: random() < 0.7,
      taskId: random() < 0.5 ? null : "61" + hex(random, 22),
      projectId: random() < 0.1 ? null : projects[Math.floor(random() * projects.length)],
      workspaceId: "5d0000000000000000000001",
      timeInterval: {
        start: `2024-05-${String(day).padStart(2, "0")}T08:${String(i % 60).padStart(2, "0")}:00Z`,
        end: running ? null : `2024-05-${String(day).padStart(2, "0")}T17:00:00Z`,
        duration: running ? null : duration,
      },
      customFieldValues: [],
      type: "REGULAR",
      kioskId: null,
      hourlyRate: random() < 0.3 ? null : { amount: 2500 + Math.floor(random() * 100) * 50, currency: "USD" },
      costRate: null,
      isLocked: false,
    };
  });
}

function sh(command, argv, options = {}) {
  const started = process.hrtime.bigint();
  const result = spawnSync(command, argv, { cwd: root, encoding: "utf8", maxBuffer: 256 * 1024 * 1024, env: { ...process.env, TZ: "UTC", DOTNET_CLI_TELEMETRY_OPTOUT: "1", DOTNET_NOLOGO: "1" }, ...options });
  if (result.status !== 0) throw new Error(`${command} ${argv.join(" ")} failed (exit ${result.status}):\n${result.stdout}${result.stderr}`);
  return { ...result, ms: Number(process.hrtime.bigint() - started) / 1e6 };
}

/** csxc build of the bench project, the script wrapped for the bench program, and the program built. */
function buildBench() {
  fs.mkdirSync(work, { recursive: true });
  const out = path.join(work, "csxc-out");
  sh(process.execPath, [path.join(root, "bin", "csxc.js"), "build", "--project", project, "--out", out]);
  const script = fs.readFileSync(path.join(out, "script.csx"), "utf8");
  // using directives may open a namespace; the platform imports ScriptBase's namespace itself.
  // #line directives point at the TypeScript, which the C# compiler would try to open for the pdb.
  const wrapped = `namespace Emitted\n{\nusing Microsoft.PowerPlatform.Connectors.CustomCode.CSharp;\n${script.replace(/^#line .*$/gm, "")}\n}\n`;
  fs.writeFileSync(path.join(work, "Emitted.cs"), wrapped);
  sh("dotnet", ["build", path.join(root, "bench", "dotnet", "TimeEntriesBench.csproj"), "-c", "Release", "-nologo", "-v", "q", `-p:EmittedScript=${path.join(work, "Emitted.cs")}`, "-o", path.join(work, "app")]);
  return { dll: path.join(work, "app", "TimeEntriesBench.dll"), scriptBytes: Buffer.byteLength(script) };
}

/** The TypeScript transform under node: bundled with esbuild, run through csxc's node runtime. */
async function nodeRunner() {
  const esbuild = createRequire(import.meta.url)("esbuild");
  const entry = path.join(work, "node-entry.ts");
  fs.writeFileSync(entry, `export { default as transforms } from ${JSON.stringify(path.join(project, "transforms", "index.ts"))};\nexport { runOperation } from ${JSON.stringify(path.join(root, "src", "runtime", "run.ts"))};\n`);
  const outfile = path.join(work, "node-bench.cjs");
  esbuild.buildSync({ entryPoints: [entry], bundle: true, platform: "node", format: "cjs", outfile, alias: { csxc: path.join(root, "src", "index.ts") }, logLevel: "error" });
  const { transforms, runOperation } = createRequire(import.meta.url)(outfile);
  return async (body) => {
    const result = await runOperation(transforms, {
      operationId: "GetTimeEntries",
      request: { method: "GET", url: "https://api.clockify.me/api/v1/workspaces/w1/user/u1/time-entries?page-size=5000", headers: [["X-Api-Key", "bench"]], body: null },
      upstream: () => ({ status: 200, headers: [["Content-Type", "application/json; charset=utf-8"]], body }),
    });
    if (result.response.status !== 200) throw new Error(`node answered ${result.response.status}: ${Buffer.from(result.response.body).toString()}`);
    return Buffer.from(result.response.body).toString("utf8");
  };
}

const median = (values) => {
  const s = [...values].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** Runs the comparison; one row per size: { size, node, emitted: {ms, bytes}, hand: {ms, bytes} }. */
export async function runTimeEntries({ sizes = [1000, 10000, 100000], runs = 5 } = {}) {
  const { dll, scriptBytes } = buildBench();
  const files = sizes.map((n) => {
    const file = path.join(work, `entries-${n}.json`);
    fs.writeFileSync(file, JSON.stringify(timeEntries(n)));
    return file;
  });
  const runNode = await nodeRunner();
  const rows = [];
  const nodeOut = {};
  for (const [k, n] of sizes.entries()) {
    const body = new Uint8Array(fs.readFileSync(files[k]));
    nodeOut[n] = await runNode(body);
    const times = [];
    const cpus = [];
    for (let i = 0; i < runs; i++) {
      const started = process.hrtime.bigint();
      const cpu = process.cpuUsage();
      await runNode(body);
      const used = process.cpuUsage(cpu);
      cpus.push((used.user + used.system) / 1000);
      times.push(Number(process.hrtime.bigint() - started) / 1e6);
    }
    rows.push({ size: n, node: { ms: median(times), cpu: median(cpus) } });
  }
  // Runs at the largest size are long; fewer of them there.
  const result = sh("dotnet", [dll, work, String(runs), ...files]);
  const lines = result.stdout.trim().split("\n").map((l) => JSON.parse(l));
  for (const [k, n] of sizes.entries()) {
    const line = lines.find((l) => l.input === `entries-${n}`);
    const expected = JSON.parse(nodeOut[n]);
    for (const side of ["emitted", "hand"]) {
      const actual = JSON.parse(fs.readFileSync(path.join(work, `entries-${n}.${side}.json`), "utf8"));
      if (!isDeepStrictEqual(actual, expected)) throw new Error(`${side} C# output differs from node's at ${n} entries (see ${work})`);
    }
    const emittedText = fs.readFileSync(path.join(work, `entries-${n}.emitted.json`), "utf8");
    if (emittedText !== nodeOut[n]) throw new Error(`the emitted C# output is not byte-identical to node's at ${n} entries`);
    Object.assign(rows[k], { emitted: line.emitted, hand: line.hand });
  }
  return { rows, scriptBytes };
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const args = process.argv.slice(2);
  const option = (name, fallback) => {
    const i = args.indexOf(`--${name}`);
    return i >= 0 ? args[i + 1] : fallback;
  };
  const sizes = option("sizes", "1000,10000,100000").split(",").map(Number);
  const { rows } = await runTimeEntries({ sizes, runs: Number(option("runs", 5)) });
  const mb = (b) => `${(b / 1048576).toFixed(1)} MB`;
  const ms = (t) => t.toFixed(1).padStart(8);
  console.log("entries   node ms (cpu)      hand ms (cpu)     emitted ms (cpu)   emitted/hand wall, cpu   hand alloc  emitted alloc  ratio");
  for (const r of rows) {
    console.log(
      `${String(r.size).padStart(7)} ${ms(r.node.ms)} (${ms(r.node.cpu)}) ${ms(r.hand.ms)} (${ms(r.hand.cpu)}) ${ms(r.emitted.ms)} (${ms(r.emitted.cpu)})   ${(r.emitted.ms / r.hand.ms).toFixed(2)}×, ${(r.emitted.cpu / r.hand.cpu).toFixed(2)}×   ${mb(r.hand.bytes).padStart(10)} ${mb(r.emitted.bytes).padStart(13)}  ${(r.emitted.bytes / r.hand.bytes).toFixed(2)}×`,
    );
  }
}
