// `node bench/clockify-rows.mjs`: how long the Clockify connector's script takes to list every row
// of a big workspace (5,000 projects, 20,000 time entries: test/transforms/big-workspace.ts), on
// each side: the TypeScript runtime and the compiled C#, replaying the cases that
// test/transforms/every-row.test.ts records into build/bench-cases (the default `csxc verify` leaves
// them out: they are tens of megabytes, and its 5-second limit per case would time the machine).
// Clockify's own time is not in these figures (a replay answers at once); the platform allows the
// script 5 seconds in all.
//
// Then the same cases in one Release .NET process (bench/clockify-rows/: the emitted script and a
// replaying context, without csxc verify's harness): the CPU time of each call, cold (the first,
// with the JIT) and warm (the median of the others), which a loaded machine disturbs much less
// than the wall time above, and the bytes allocated.
//
// Usage: node bench/clockify-rows.mjs [--record] [--runs N]   (--record runs the jest test first; N
// calls of each case in .NET, default 5)

import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const casesDir = path.join(root, "build", "bench-cases", "every-row");
const env = { ...process.env, TZ: "UTC", FORCE_COLOR: "0" };
const BIG = [
  ["getprojects-v1-lists-all-5-000-projects-from-one-action.json", "5,000 projects (GetProjects_v1)"],
  ["gettimeentriesforuser-v1-lists-all-20-000-entries-from-one-action-with-durations.json", "20,000 time entries (GetTimeEntriesForUser_v1)"],
  // The platform's paging: the whole 20,000 fetched through the nextLinks, one script call an answer.
  ["listtimeentriespaged-the-platform-s-paging-at-most-10-pages-an-answer-with-a-nex.json", "ListTimeEntriesPaged answer 1 (entries 1-10,000)"],
  ["listtimeentriespaged-the-platform-s-paging-at-most-10-pages-an-answer-with-a-nex-2.json", "ListTimeEntriesPaged answer 2, its nextLink (10,001-20,000)"],
];

if (process.argv.includes("--record") || !BIG.every(([file]) => fs.existsSync(path.join(casesDir, file)))) {
  const jest = spawnSync(process.execPath, [path.join(root, "node_modules", "jest", "bin", "jest.js"), "test/transforms/every-row.test.ts"], { cwd: root, env, encoding: "utf8" });
  if (jest.status !== 0) throw new Error(`recording the cases failed:\n${jest.stdout}${jest.stderr}`);
}

const files = BIG.map(([file]) => path.join(casesDir, file));
const verify = spawnSync(process.execPath, [path.join(root, "bin", "csxc.js"), "verify", "--json", "--timeout", "60000", "--cases", ...files], {
  cwd: root,
  env,
  encoding: "utf8",
  maxBuffer: 512 * 1024 * 1024,
});
const report = JSON.parse(verify.stdout);
console.log("Clockify connector: every row of a big workspace, the script's own time (one run)");
for (const [file, label] of BIG) {
  const result = report.results.find((r) => r.file.endsWith(file)) ?? report.failures.find((r) => r.file.endsWith(file));
  const rows = JSON.parse(fs.readFileSync(path.join(casesDir, file), "utf8")).upstream.length;
  const node = result?.node?.millis ?? "?";
  const dotnet = result?.dotnet?.millis ?? "?";
  console.log(`  ${label.padEnd(60)} node ${String(node).padStart(6)} ms   C# ${String(dotnet).padStart(6)} ms   ${rows} requests   ${result?.result ?? result?.kind}`);
}
if (verify.status !== 0) console.log(`  (csxc verify exited ${verify.status}: see above)`);

// ------------------------------------------------------------------------------------------
// CPU time per call, in one Release .NET process.

const runsAt = process.argv.indexOf("--runs");
const runs = runsAt > 0 ? Math.max(2, Number(process.argv[runsAt + 1])) : 5;
const work = path.join(root, ".bench-dotnet", "rows");
fs.mkdirSync(work, { recursive: true });
const sh = (command, args) => {
  const run = spawnSync(command, args, { cwd: root, env, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  if (run.status !== 0) throw new Error(`${command} ${args.join(" ")} failed:\n${run.stdout}${run.stderr}`);
  return run.stdout;
};
const out = path.join(work, "csxc-out");
sh(process.execPath, [path.join(root, "bin", "csxc.js"), "build", "--out", out, "--no-csharp-check"]);
// #line directives point at the TypeScript; the platform imports ScriptBase's namespace itself.
const script = fs.readFileSync(path.join(out, "script.csx"), "utf8");
fs.writeFileSync(path.join(work, "Emitted.cs"), `namespace Emitted\n{\nusing Microsoft.PowerPlatform.Connectors.CustomCode.CSharp;\n${script.replace(/^#line .*$/gm, "")}\n}\n`);
sh("dotnet", ["build", path.join(root, "bench", "clockify-rows", "ClockifyRows.csproj"), "-c", "Release", "-nologo", "-v", "q", `-p:EmittedScript=${path.join(work, "Emitted.cs")}`, "-o", path.join(work, "app")]);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(`\nThe same calls in one Release .NET process (${runs} calls each; cold = the first, warm = the median of the rest)`);
for (const [file, label] of BIG) {
  const lines = sh("dotnet", [path.join(work, "app", "ClockifyRows.dll"), path.join(casesDir, file), String(runs)]).trim().split("\n").map((l) => JSON.parse(l));
  const [cold, ...warm] = lines;
  console.log(`  ${label.padEnd(60)} CPU cold ${String(cold.cpuMs).padStart(5)} ms, warm ${String(median(warm.map((l) => l.cpuMs))).padStart(5)} ms   wall warm ${String(median(warm.map((l) => l.wallMs))).padStart(5)} ms   ${median(warm.map((l) => l.allocatedMB))} MB allocated   status ${cold.status}`);
}
