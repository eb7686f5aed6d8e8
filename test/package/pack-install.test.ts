// csxc as every author gets it: `npm pack` this repository, install the tarball into an empty
// folder (from the npm cache when it can), `npx csxc init .`, `npm install && npm test` (jest, then
// `csxc verify`: the C# side where dotnet is, required then, a loud skip where not). Then adopt a
// connector as `paconn download` leaves it and run its test too. Prints how long each step took.
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { dotnetAvailable } from "../../src/verify/dotnet";

const ROOT = path.join(__dirname, "..", "..");
const NPM = process.platform === "win32" ? "npm.cmd" : "npm";
const NPX = process.platform === "win32" ? "npx.cmd" : "npx";
const hasDotnet = dotnetAvailable();
const times: Record<string, number> = {};

function sh(label: string, command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}) {
  const started = Date.now();
  const result = spawnSync(command, args, {
    cwd,
    encoding: "utf8",
    env: { ...process.env, ...env, npm_config_audit: "false", npm_config_fund: "false", npm_config_update_notifier: "false" },
    maxBuffer: 64 * 1024 * 1024,
    timeout: 8 * 60_000,
  });
  times[label] = Date.now() - started;
  const output = `${result.stdout ?? ""}${result.stderr ?? ""}`;
  if (result.status !== 0) throw new Error(`${label}: \`${command} ${args.join(" ")}\` exited ${result.status ?? result.signal} in ${cwd}\n${output.slice(-6000)}`);
  return output;
}

let work: string;
let tarball: string;
let proj: string;

beforeAll(() => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), "csxc-pack-"));
  // prepack builds dist/ and the .d.ts files the package ships.
  const packed = sh("npm pack", NPM, ["pack", "--pack-destination", work, "--silent"], ROOT).trim().split("\n").pop()!;
  tarball = path.join(work, packed);
  proj = path.join(work, "my-connector");
  fs.mkdirSync(proj);
}, 10 * 60_000);

afterAll(() => {
  const line = Object.entries(times).map(([k, v]) => `${k} ${(v / 1000).toFixed(1)} s`).join(", ");
  console.log(`pack-install timings: ${line}`);
  fs.rmSync(work, { recursive: true, force: true });
});

test("the tarball holds the CLI, the runtime, its types, the preset and the harness sources, and no build output", () => {
  const listing = sh("tar", "tar", ["tzf", tarball], work).split("\n");
  for (const f of ["bin/csxc.js", "dist/cli.js", "dist/index.js", "dist/testing.js", "dist/types/index.d.ts", "dist/types/testing/index.d.ts", "jest-preset.js", "scripts/setup-dotnet.mjs", "src/verify/harness/Harness/Harness.csproj", "src/validate/schemas/SOURCES.md", "src/cli/init-template/gitignore", "script.csx.template"]) {
    expect([f, listing.includes(`package/${f}`)]).toEqual([f, true]);
  }
  expect(listing.filter((f) => /\/(obj|bin\/(Debug|Release))\/|\.dotnet-harness|\/build\//.test(f))).toEqual([]);
});

test("npm install of the tarball, csxc init, npm install && npm test: green, C# included where dotnet is", () => {
  sh("npm install tarball", NPM, ["install", "-D", "--prefer-offline", tarball], proj);
  expect(sh("npx csxc --version", NPX, ["csxc", "--version"], proj).trim()).toBe(JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")).version);
  const started = Date.now();
  sh("csxc init", NPX, ["csxc", "init", "."], proj);
  const pkg = JSON.parse(fs.readFileSync(path.join(proj, "package.json"), "utf8"));
  expect(pkg.devDependencies.csxc).toBe(`file:../${path.basename(tarball)}`);
  expect(fs.readFileSync(path.join(proj, "jest.config.js"), "utf8")).toContain('preset: "csxc"');
  sh("npm install", NPM, ["install", "--prefer-offline"], proj);
  // Where dotnet is, the C# side must run: a skip would fail here.
  const out = sh("npm test", NPM, ["test"], proj, hasDotnet ? { CSXC_REQUIRE_DOTNET: "1" } : {});
  times["init to green"] = Date.now() - started;
  expect(out).toMatch(/Tests:\s+3 passed, 3 total/);
  if (hasDotnet) expect(out).toMatch(/verified 3 cases: node and \.NET agree/);
  else expect(out).toContain("SKIPPED: C# verification");
  // The harness is built in the per-user cache, never inside the installed package.
  expect(fs.readdirSync(path.join(proj, "node_modules", "csxc")).filter((n) => /harness|^obj$/.test(n))).toEqual([]);
  // build prints the commands for the bundle it wrote.
  const built = sh("npm run build", NPM, ["run", "build", "--silent"], proj);
  expect(built).toContain("paconn:  cd build/connector && paconn create --settings settings.json --overwrite-settings");
  expect(built).toContain("pac:     cd build/connector && pac connector create");
}, 20 * 60_000);

test("csxc init --from adopts a paconn download: files, ids, the old script kept aside, and a test that passes", () => {
  const download = path.join(work, "download");
  fs.mkdirSync(download);
  const swagger = {
    swagger: "2.0",
    info: { title: "Old Service", description: "The old service's connector, as downloaded.", version: "1.0" },
    host: "api.old.example.com",
    basePath: "/api",
    schemes: ["https"],
    paths: {
      "/things/{thingId}": {
        get: {
          operationId: "GetThing",
          summary: "Get a thing",
          description: "Gets one thing.",
          parameters: [{ name: "thingId", in: "path", required: true, type: "string", "x-ms-url-encoding": "single", "x-ms-summary": "Thing ID", description: "The thing." }],
          responses: { "200": { description: "The thing.", schema: { type: "object", properties: { ok: { type: "boolean" } } } } },
        },
      },
    },
  };
  fs.writeFileSync(path.join(download, "apiDefinition.swagger.json"), JSON.stringify(swagger, null, 2));
  fs.writeFileSync(path.join(download, "apiProperties.json"), JSON.stringify({ properties: { connectionParameters: {}, iconBrandColor: "#123456", capabilities: ["actions"] } }, null, 2));
  fs.copyFileSync(path.join(ROOT, "connector", "icon.png"), path.join(download, "icon.png"));
  fs.writeFileSync(path.join(download, "script.csx"), "public class Script : ScriptBase { public override async Task<HttpResponseMessage> ExecuteAsync() { return await Context.SendAsync(Context.Request, CancellationToken); } }\n");
  fs.writeFileSync(path.join(download, "settings.json"), JSON.stringify({ connectorId: "shared_old-5fservice", environment: "0f1e2d3c-4b5a-6978-8695-a4b3c2d1e0f9", apiDefinition: "apiDefinition.swagger.json", apiProperties: "apiProperties.json" }));
  // Inside the installed project, so that it shares its node_modules.
  const adopted = path.join(proj, "adopted");
  sh("csxc init --from", NPX, ["csxc", "init", "adopted", "--from", download], proj);
  for (const f of ["connector/apiDefinition.swagger.json", "connector/apiProperties.json", "connector/icon.png", "legacy/script.csx", "transforms/index.ts", "test/GetThing.test.ts", "package.json", "jest.config.js", "tsconfig.json"]) {
    expect([f, fs.existsSync(path.join(adopted, f))]).toEqual([f, true]);
  }
  expect(JSON.parse(fs.readFileSync(path.join(adopted, "connector", "settings.json"), "utf8"))).toEqual({ connectorId: "shared_old-5fservice", environment: "0f1e2d3c-4b5a-6978-8695-a4b3c2d1e0f9" });
  expect(fs.readFileSync(path.join(adopted, "README.md"), "utf8")).toContain("`legacy/script.csx`");
  const out = sh("adopted npm test", NPM, ["test"], adopted, hasDotnet ? { CSXC_REQUIRE_DOTNET: "1" } : {});
  expect(out).toMatch(/Tests:\s+1 passed, 1 total/);
}, 10 * 60_000);
