// The held-out connectors, end to end: each project's scenarios run here (recording this file's
// own copy of the cases, so nothing depends on another test file having run first), then the
// real CLI checks each project (no diagnostics) and replays its cases through node and the
// compiled C# (`node bin/csxc.js verify`), which must agree on every case.

import { spawn } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { describeDotnet } from "../support/dotnet-gate";
import { acsEmailScenarios } from "./acs-email/scenarios";
import { calendlyScenarios } from "./calendly/scenarios";
import { nationalizeScenarios } from "./nationalize/scenarios";
import { recordDir, recordedBy } from "./support";
import { togglScenarios } from "./toggl/scenarios";
import { tulipScenarios } from "./tulip/scenarios";

const ROOT = path.resolve(__dirname, "..", "..");
const CLI = path.join(ROOT, "bin", "csxc.js");

const PROJECTS: Array<{ name: string; title: string; scenarios: (record: string) => void }> = [
  { name: "acs-email", title: "ACS Email-style HMAC signing", scenarios: acsEmailScenarios },
  { name: "tulip", title: "Tulip-style dynamic schema", scenarios: tulipScenarios },
  { name: "toggl", title: "Toggl Track-style null scrubber", scenarios: togglScenarios },
  { name: "nationalize", title: "Nationalize-style query rewriting", scenarios: nationalizeScenarios },
  { name: "calendly", title: "Calendly-style lookups and pagination", scenarios: calendlyScenarios },
];

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the CLI as a user would (bin/csxc.js rebuilds dist/ first when a source is newer). */
function csxc(args: string[]): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd: ROOT, env: { ...process.env, TZ: "UTC" } });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString("utf8")));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString("utf8")));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

for (const project of PROJECTS) {
  describe(`${project.title}: scenarios, recorded for verify`, () => project.scenarios(recordDir(project.name)));
}

describeDotnet("held-out connectors: csxc check is clean, and node and .NET agree on every recorded case", () => {
  for (const project of PROJECTS) {
    const projectDir = path.join("test", "heldout", project.name);

    test(`${project.name}: csxc check reports no diagnostics`, async () => {
      const run = await csxc(["check", "--project", projectDir, "--json"]);
      expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 0, stderr: "" });
      expect(JSON.parse(run.stdout)).toEqual({ diagnostics: [] });
    }, 120_000);

    test(`${project.name}: csxc verify replays its cases through node and .NET`, async () => {
      const dir = recordedBy(project.name, "verify");
      const cases = fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith(".json")).sort().map((f) => path.join(dir, f)) : [];
      if (cases.length === 0) throw new Error(`no cases were recorded in ${dir} (is CSXC_RECORD=0 set?)`);
      const run = await csxc(["verify", "--transforms", path.join(projectDir, "transforms", "index.ts"), "--cases", ...cases]);
      if (run.code !== 0) throw new Error(`csxc verify exited with ${run.code}:\n${run.stdout}${run.stderr}`);
      expect(run.stdout).toMatch(new RegExp(`^verified ${cases.length} cases: node and \\.NET agree`, "m"));
    }, 300_000);
  }
});
