// The command line as a user meets it: exit codes, what lands in build/, and what is printed.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { main } from "../../src/cli/main";
import { describeDotnet } from "../support/dotnet-gate";

const ROOT = path.join(__dirname, "..", "..");

async function csxc(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (s) => void out.push(s), err: (s) => void err.push(s), isTTY: false });
  return { code, out: out.join("\n"), err: err.join("\n") };
}

/** A copy of the Clockify connector project in a temp dir, to break at will. */
function project(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "csxc-cli-"));
  fs.cpSync(path.join(ROOT, "transforms"), path.join(dir, "transforms"), { recursive: true });
  fs.mkdirSync(path.join(dir, "connector"));
  for (const f of ["apiDefinition.swagger.json", "apiProperties.json", "icon.png"]) {
    fs.copyFileSync(path.join(ROOT, "connector", f), path.join(dir, "connector", f));
  }
  return dir;
}

const listing = (dir: string) => Object.fromEntries(fs.readdirSync(dir, { recursive: true, encoding: "utf8" }).sort().map((f) => [f, fs.statSync(path.join(dir, f)).isFile() ? fs.readFileSync(path.join(dir, f)).toString("base64") : "dir"]));

describe("check and build", () => {
  test("build prints only a short summary on success and writes the script and the bundle", async () => {
    const dir = project();
    const { code, out, err } = await csxc("build", "--project", dir);
    expect({ code, err }).toEqual({ code: 0, err: "" });
    // A short summary: the bundle's files and the exact commands that upload it (docs/deploy.md).
    expect(out).toMatch(/paconn: +cd \S+ && paconn create --settings settings.json --overwrite-settings/);
    expect(out).toMatch(/pac: +cd \S+ && pac connector create --api-definition-file apiDefinition.swagger.json/);
    // Both folders written are named, the certification package's too.
    expect(out).toMatch(/build\/connector\/ +apiDefinition\.swagger\.json [\d.]+ KB,/);
    expect(out).toMatch(/build\/certification\/ +apiDefinition\.swagger\.json [\d.]+ KB, apiProperties\.json \d+ B, readme\.md/);
    const files = fs.readdirSync(path.join(dir, "build", "connector")).sort();
    // apiProperties.paconn.json: the copy without stackOwner that paconn's settings.json names.
    expect(files).toEqual(["apiDefinition.swagger.json", "apiProperties.json", "apiProperties.paconn.json", "icon.png", "script.csx", "settings.json"]);
    const script = fs.readFileSync(path.join(dir, "build", "script.csx"), "utf8");
    expect(script).toContain("public class Script : ScriptBase");
    expect(fs.readFileSync(path.join(dir, "build", "connector", "script.csx"), "utf8")).toBe(script);
    const properties = JSON.parse(fs.readFileSync(path.join(dir, "build", "connector", "apiProperties.json"), "utf8"));
    // Only the operations that have a transform run the script; a "*" entry makes it run for all (empty list).
    const transforms = require(path.join(ROOT, "transforms")).default as Record<string, unknown>;
    const keys = Object.keys(transforms);
    expect([...properties.properties.scriptOperations].sort()).toEqual(keys.includes("*") ? [] : keys.sort());
  });

  test("without a \"*\" entry only the operations that have a transform run the script", async () => {
    const dir = project();
    const index = path.join(dir, "transforms", "index.ts");
    const source = fs.readFileSync(index, "utf8");
    expect(source).toContain('"*": { handle: otherwise },');
    fs.writeFileSync(index, source.replace('"*": { handle: otherwise },', "").replace("async function otherwise", "export async function otherwise"));
    expect((await csxc("build", "--project", dir)).code).toBe(0);
    const properties = JSON.parse(fs.readFileSync(path.join(dir, "build", "connector", "apiProperties.json"), "utf8"));
    const scriptOperations: string[] = properties.properties.scriptOperations;
    expect(scriptOperations).toContain("GetAllUsers_v1");
    expect(scriptOperations).toContain("ReportDetailed");
    expect(scriptOperations).not.toContain("*");
  });

  test("the same input builds byte-identical output", async () => {
    const dir = project();
    await csxc("build", "--project", dir);
    const first = listing(path.join(dir, "build"));
    await csxc("build", "--project", dir);
    expect(listing(path.join(dir, "build"))).toEqual(first);
  });

  test("a type error is reported at file(line,col) with a CSX code, and build/ is left as it was", async () => {
    const dir = project();
    expect((await csxc("build", "--project", dir)).code).toBe(0);
    const before = listing(path.join(dir, "build"));
    const file = path.join(dir, "transforms", "reports.ts");
    fs.writeFileSync(file, fs.readFileSync(file, "utf8").replace("req.url = REPORTS_HOST + ", "req.url = 42 * "));
    const { code, err } = await csxc("build", "--project", dir);
    expect(code).toBe(1);
    expect(err).toMatch(/transforms[\\/]reports\.ts\(\d+,\d+\): error CSX1\d{3}: /);
    expect(listing(path.join(dir, "build"))).toEqual(before);
  });

  test("an unsupported construct gets its code, the construct named, and what to write instead", async () => {
    const dir = project();
    fs.appendFileSync(path.join(dir, "transforms", "reports.ts"), "\nexport class Helper {}\n");
    const { code, err } = await csxc("check", "--project", dir);
    expect(code).toBe(1);
    expect(err).toMatch(/reports\.ts\(\d+,\d+\): error CSX2\d{3}: .*class/i);
  });

  test("a transform keyed by an operationId the swagger lacks is named, with the closest one", async () => {
    const dir = project();
    const index = path.join(dir, "transforms", "index.ts");
    fs.writeFileSync(index, fs.readFileSync(index, "utf8").replace("GetTimeEntriesForUser_v1:", "GetTimeEntrysForUser_v1:"));
    const { code, err } = await csxc("build", "--project", dir);
    expect(code).toBe(1);
    expect(err).toMatch(/index\.ts\(\d+,3\): error CSX\d{4}: 'GetTimeEntrysForUser_v1' is not an operationId .*did you mean GetTimeEntr/);
    expect(fs.existsSync(path.join(dir, "build"))).toBe(false);
  });

  test("a malformed swagger is named with the field at fault, and nothing is written", async () => {
    const dir = project();
    const swagger = path.join(dir, "connector", "apiDefinition.swagger.json");
    const doc = JSON.parse(fs.readFileSync(swagger, "utf8"));
    doc.paths["/workspaces"].get.responses = "yes";
    fs.writeFileSync(swagger, JSON.stringify(doc));
    const { code, err } = await csxc("build", "--project", dir);
    expect(code).toBe(1);
    expect(err).toContain("apiDefinition.swagger.json");
    expect(err).toContain("paths./workspaces.get.responses: must be object");
    expect(fs.existsSync(path.join(dir, "build"))).toBe(false);
  });

  test("swagger that is not JSON at all is an error, not a crash", async () => {
    const dir = project();
    fs.writeFileSync(path.join(dir, "connector", "apiDefinition.swagger.json"), "{ not json");
    const { code, err } = await csxc("build", "--project", dir);
    expect(code).toBe(1);
    expect(err).toContain("apiDefinition.swagger.json");
  });

  test("a bad invocation exits 2", async () => {
    expect((await csxc("frobnicate")).code).toBe(2);
    expect((await csxc("mock", "--port", "99999")).code).toBe(2);
  });
});

describeDotnet("verify", () => {
  const VERIFY_TIMEOUT = 120_000;

  function caseFile(dir: string, overrides: Record<string, unknown> = {}) {
    const file = path.join(dir, "case.json");
    fs.writeFileSync(file, JSON.stringify({
      name: "reports host",
      operationId: "ReportSummary",
      request: { method: "POST", url: "https://api.clockify.me/api/v1/reports/workspaces/w1/reports/summary", headers: { "X-Api-Key": "<redacted>", "Content-Type": "application/json" }, body: { dateRangeStart: "2026-01-01T00:00:00Z" } },
      upstream: [{ status: 200, headers: { "Content-Type": "application/json" }, body: { totals: [] } }],
      ...overrides,
    }));
    return file;
  }

  test("--transforms and --cases work for a project anywhere on disk", async () => {
    const dir = project();
    const { code, out } = await csxc("verify", "--transforms", path.join(dir, "transforms", "index.ts"), "--cases", caseFile(dir));
    expect(out).toMatch(/^verified 1 case: node and \.NET agree/);
    expect(code).toBe(0);
  }, VERIFY_TIMEOUT);

  test("a case file with a bad field is named with the file and the field", async () => {
    const dir = project();
    const { code, err } = await csxc("verify", "--transforms", path.join(dir, "transforms", "index.ts"), "--cases", caseFile(dir, { upstream: [{ status: "ok" }] }));
    expect(code).toBe(1);
    expect(err).toContain("case.json");
    expect(err).toMatch(/upstream\[0\]\.status/);
  }, VERIFY_TIMEOUT);
});
