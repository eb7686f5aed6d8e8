// `node bench/clockify-rows.mjs`: how long the Clockify connector's script takes to list every row
// of a big workspace (5,000 projects, 20,000 time entries: test/transforms/big-workspace.ts), on
// each side: the TypeScript runtime and the compiled C#, replaying the cases that
// test/transforms/every-row.test.ts records into build/bench-cases (the default `csxc verify` leaves
// them out: they are tens of megabytes, and its 5-second limit per case would time the machine).
// Clockify's own time is not in these figures (a replay answers at once); the platform allows the
// script 5 seconds in all.
//
// Usage: node bench/clockify-rows.mjs [--record]   (--record runs the jest test first)

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
  ["listtimeentriespaged-the-platform-s-paging-at-most-10-pages-an-answer-with-a-nex.json", "10,000 time entries, one page (ListTimeEntriesPaged)"],
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
  console.log(`  ${label.padEnd(52)} node ${String(node).padStart(6)} ms   C# ${String(dotnet).padStart(6)} ms   ${rows} requests   ${result?.result ?? result?.kind}`);
}
if (verify.status !== 0) console.log(`  (csxc verify exited ${verify.status}: see above)`);
