// `csxc deploy` against stand-in `paconn` and `pac` executables put first on PATH: small node
// scripts that behave as the real tools do where it matters (paconn resolves settings.json's paths
// from the folder it runs in and ignores other flags once given a settings file; create writes the
// new id into settings.json there; update fails on stackOwner; pac wants a GUID --connector-id),
// check the files they are given, and record their arguments.
import { execFileSync, spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { main } from "../../src/cli/main";
import { runInit } from "../../src/cli/init-command";

// Each deploy and build compiles the script with Roslyn: slow on a loaded machine.
jest.setTimeout(240_000);

const ENV = "0f1e2d3c-4b5a-6978-8695-a4b3c2d1e0f9";
const PAC_ID = "8a7b6c5d-4e3f-4a1b-9c8d-7e6f5a4b3c2d";

const STANDIN = String.raw`#!/usr/bin/env node
// A stand-in for paconn or pac: checks what the real tool would read, records the call.
const fs = require("fs");
const path = require("path");
const tool = path.basename(process.argv[1]);
const args = process.argv.slice(2);
const log = process.env.STANDIN_LOG;
const calls = fs.existsSync(log) ? JSON.parse(fs.readFileSync(log, "utf8")) : [];
calls.push({ tool, args, cwd: process.cwd() });
fs.writeFileSync(log, JSON.stringify(calls));
const fail = (m) => { process.stderr.write(tool + ": " + m + "\n"); process.exit(3); };
const flag = (name) => { const i = args.indexOf(name); return i < 0 ? undefined : args[i + 1]; };
const needFile = (f, what) => { if (!f || !fs.existsSync(f)) fail(what + " not found: " + f + " (from " + process.cwd() + ")"); return f; };
const json = (f, what) => { try { return JSON.parse(fs.readFileSync(needFile(f, what), "utf8")); } catch (e) { fail(what + " is not JSON: " + e.message); } };
if (tool === "paconn") {
  const mode = args[0];
  const settings = json(flag("--settings"), "settings");
  json(settings.apiDefinition, "apiDefinition");
  const props = json(settings.apiProperties, "apiProperties");
  if (settings.icon) needFile(settings.icon, "icon");
  needFile(settings.script, "script");
  if (!settings.environment) fail("would prompt for an environment");
  if (mode === "update") {
    if (!settings.connectorId) fail("would prompt for a connector");
    if (props.properties.stackOwner) fail("update failed: stackOwner");
  } else if (mode === "create") {
    if (fs.existsSync("settings.json") && !args.includes("--overwrite-settings")) fail("would prompt before overwriting settings.json");
    fs.writeFileSync("settings.json", JSON.stringify({ ...settings, connectorId: "shared_my-20service-5f0123456789abcdef" }));
  } else fail("unknown command " + mode);
} else {
  if (args[0] !== "connector") fail("unknown command");
  json(flag("--api-definition-file"), "api definition");
  json(flag("--api-properties-file"), "api properties");
  needFile(flag("--script-file"), "script");
  if (flag("--icon-file")) needFile(flag("--icon-file"), "icon");
  if (args[1] === "update" && !/^[0-9a-f-]{36}$/.test(flag("--connector-id") || "")) fail("--connector-id must be a valid Guid");
  if (args[1] === "create") console.log("Connector created with ID ${PAC_ID}");
}
`;

const quiet = { out: () => undefined, err: () => undefined, isTTY: false };
let template: string;
let bin: string;
const savedPath = process.env.PATH;

beforeAll(async () => {
  template = fs.mkdtempSync(path.join(os.tmpdir(), "csxc-deploy-"));
  expect(await runInit(path.join(template, "p"), quiet)).toBe(0);
  bin = path.join(template, "bin");
  fs.mkdirSync(bin);
  for (const tool of ["paconn", "pac"]) {
    fs.writeFileSync(path.join(bin, tool), STANDIN.replace("${PAC_ID}", PAC_ID));
    fs.chmodSync(path.join(bin, tool), 0o755);
  }
});

afterEach(() => {
  process.env.PATH = savedPath;
});

afterAll(() => fs.rmSync(template, { recursive: true, force: true }));

function project(): { dir: string; log: string } {
  const dir = fs.mkdtempSync(path.join(template, "project-"));
  fs.cpSync(path.join(template, "p"), dir, { recursive: true });
  const log = path.join(dir, "calls.json");
  process.env.STANDIN_LOG = log;
  process.env.PATH = `${bin}${path.delimiter}${savedPath}`;
  return { dir, log };
}

const calls = (log: string): Array<{ tool: string; args: string[]; cwd: string }> => (fs.existsSync(log) ? JSON.parse(fs.readFileSync(log, "utf8")) : []);

/** Runs csxc with the working directory at the project root, as an author does. */
async function csxcIn(dir: string, ...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const cwd = process.cwd();
  process.chdir(dir);
  try {
    const code = await main(argv, { out: (s) => void out.push(s), err: (s) => void err.push(s), isTTY: false });
    return { code, out: out.join("\n"), err: err.join("\n") };
  } finally {
    process.chdir(cwd);
  }
}

test("--dry-run from the project root prints commands that the tools accept when run from there", async () => {
  const { dir, log } = project();
  const paconn = await csxcIn(dir, "deploy", "--tool", "paconn", "--environment", ENV, "--create", "--dry-run");
  expect(paconn).toMatchObject({ code: 0, out: "cd build/connector && paconn create --settings settings.json --overwrite-settings" });
  const pac = await csxcIn(dir, "deploy", "--tool", "pac", "--connector-id", PAC_ID, "--environment", ENV, "--update", "--dry-run");
  expect(pac.code).toBe(0);
  expect(pac.out).toBe(`cd build/connector && pac connector update --connector-id ${PAC_ID} --environment ${ENV} --api-definition-file apiDefinition.swagger.json --api-properties-file apiProperties.json --script-file script.csx`);
  // A dry run writes nothing of the ids, but the bundle it built carries the ones given.
  expect(fs.existsSync(path.join(dir, "connector", "settings.json"))).toBe(false);
  for (const line of [paconn.out, pac.out]) {
    const run = spawnSync("sh", ["-c", line], { cwd: dir, encoding: "utf8", env: process.env });
    expect([line, run.status, run.stderr]).toEqual([line, 0, ""]);
  }
  expect(calls(log).map((c) => [c.tool, path.relative(dir, c.cwd)])).toEqual([["paconn", path.join("build", "connector")], ["pac", path.join("build", "connector")]]);
});

test("create keeps the new connector's id, and the next deploy updates it unattended", async () => {
  const { dir, log } = project();
  const created = await csxcIn(dir, "deploy", "--tool", "paconn", "--environment", ENV);
  expect([created.code, created.err]).toEqual([0, ""]);
  expect(created.out).toContain("created connector shared_my-20service-5f0123456789abcdef");
  expect(JSON.parse(fs.readFileSync(path.join(dir, "connector", "settings.json"), "utf8"))).toEqual({ environment: ENV, connectorId: "shared_my-20service-5f0123456789abcdef" });
  const updated = await csxcIn(dir, "deploy", "--tool", "paconn");
  expect(updated.code).toBe(0);
  expect(calls(log).map((c) => c.args.slice(0, 1)[0])).toEqual(["create", "update"]);
  const settings = JSON.parse(fs.readFileSync(path.join(dir, "build", "connector", "settings.json"), "utf8"));
  expect(settings).toMatchObject({ environment: ENV, connectorId: "shared_my-20service-5f0123456789abcdef", apiDefinition: "apiDefinition.swagger.json" });
  // A later build keeps the ids in the bundle too: nothing wipes them.
  expect((await csxcIn(dir, "build")).code).toBe(0);
  expect(JSON.parse(fs.readFileSync(path.join(dir, "build", "connector", "settings.json"), "utf8")).connectorId).toBe("shared_my-20service-5f0123456789abcdef");
});

test("paconn gets apiProperties without stackOwner, which breaks its update", async () => {
  const { dir, log } = project();
  const file = path.join(dir, "connector", "apiProperties.json");
  const props = JSON.parse(fs.readFileSync(file, "utf8"));
  props.properties.stackOwner = "My Company";
  fs.writeFileSync(file, JSON.stringify(props, null, 2));
  const result = await csxcIn(dir, "deploy", "--tool", "paconn", "--update", "--environment", ENV, "--connector-id", "shared_x");
  expect(result.code).toBe(0);
  expect(calls(log)).toHaveLength(1);
  expect(JSON.parse(fs.readFileSync(path.join(dir, "build", "connector", "apiProperties.json"), "utf8")).properties.stackOwner).toBe("My Company");
});

test("pac update gets --connector-id; a paconn id kept from before is refused with what to do", async () => {
  const { dir, log } = project();
  fs.writeFileSync(path.join(dir, "connector", "settings.json"), JSON.stringify({ environment: ENV, connectorId: "shared_old" }));
  const refused = await csxcIn(dir, "deploy", "--tool", "pac", "--update");
  expect(refused.code).toBe(2);
  expect(refused.err).toContain("pac needs the connector's GUID");
  const ok = await csxcIn(dir, "deploy", "--tool", "pac", "--update", "--connector-id", PAC_ID);
  expect(ok.code).toBe(0);
  const [call] = calls(log);
  expect(call.args.slice(0, 4)).toEqual(["connector", "update", "--connector-id", PAC_ID]);
  expect(JSON.parse(fs.readFileSync(path.join(dir, "connector", "settings.json"), "utf8")).connectorId).toBe(PAC_ID);
});

test("an invalid bundle is never uploaded", async () => {
  const { dir, log } = project();
  const file = path.join(dir, "connector", "apiDefinition.swagger.json");
  fs.writeFileSync(file, fs.readFileSync(file, "utf8").replace('"summary": "List items"', '"summary": "List items?"'));
  const result = await csxcIn(dir, "deploy", "--tool", "paconn", "--environment", ENV);
  expect(result.code).toBe(1);
  expect(result.err).toContain("[RestrictedCharactersInSummary]");
  expect(result.err).toContain("nothing was uploaded");
  expect(calls(log)).toEqual([]);
});

test("a missing tool is named with how to install it", async () => {
  const { dir } = project();
  process.env.PATH = path.dirname(execFileSync(process.execPath, ["-e", "process.stdout.write(process.execPath)"], { encoding: "utf8" }));
  const paconn = await csxcIn(dir, "deploy", "--tool", "paconn", "--environment", ENV);
  expect(paconn.code).toBe(1);
  expect(paconn.err).toContain("paconn was not found on PATH; install it with `pip install paconn`");
  const pac = await csxcIn(dir, "deploy", "--tool", "pac", "--create");
  expect(pac.code).toBe(1);
  expect(pac.err).toContain("pac was not found on PATH; install the Power Platform CLI");
});

test("an update with no known connector id says what to pass instead of prompting", async () => {
  const { dir, log } = project();
  const result = await csxcIn(dir, "deploy", "--tool", "paconn", "--update", "--environment", ENV);
  expect(result.code).toBe(2);
  expect(result.err).toContain("pass --connector-id ID");
  expect(calls(log)).toEqual([]);
});
