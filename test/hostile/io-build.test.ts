// build/ is swapped in whole: the new output is written beside it and renamed into place, so it is
// the previous output or the whole new one, never a mix; build/cases/ (what jest recorded) and
// anything else kept there survive a build; nothing outside the output folder is left changed.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { writeAtomically } from "../../src/bundle/bundle";
import { CliError } from "../../src/cli/cli-error";
import { csxc, ioProject, listing } from "./io-project";

/** An output folder with a previous build, a recorded case and a file of the user's, in its own parent. */
function previousBuild() {
  const parent = fs.mkdtempSync(path.join(os.tmpdir(), "csxc-io-out-"));
  const out = path.join(parent, "build");
  const old = { "script.csx": "old", "connector/script.csx": "old", "connector/icon.png": "old icon", "certification/readme.md": "old", "cases/t/a.json": "{}", "notes.txt": "mine" };
  for (const [rel, content] of Object.entries(old)) {
    fs.mkdirSync(path.dirname(path.join(out, rel)), { recursive: true });
    fs.writeFileSync(path.join(out, rel), content);
  }
  return { parent, out };
}

const NEW = { "script.csx": "new", "connector/script.csx": "new", "connector/settings.json": "{}" };

test("a build replaces every output file at once and drops the ones it no longer writes", () => {
  const { parent, out } = previousBuild();
  writeAtomically(out, NEW);
  expect(listing(out)).toEqual({
    ...Object.fromEntries(Object.entries(NEW).map(([f, c]) => [f, Buffer.from(c).toString("base64")])),
    connector: "dir",
    cases: "dir",
    "cases/t": "dir",
    "cases/t/a.json": Buffer.from("{}").toString("base64"),
    "notes.txt": Buffer.from("mine").toString("base64"),
  });
  // The stale icon and certification/ of the previous build are gone; no staging folder is left beside build/.
  expect(fs.readdirSync(parent)).toEqual(["build"]);
});

test("a failure half way leaves the previous build exactly as it was, cases included", () => {
  const { parent, out } = previousBuild();
  const before = listing(out);
  // The second file cannot be written (its folder is a file): the write fails after the first.
  expect(() => writeAtomically(out, { "script.csx": "new", "script.csx/inner": "x" })).toThrow(CliError);
  expect(listing(out)).toEqual(before);
  expect(fs.readdirSync(parent)).toEqual(["build"]);
});

test("--out onto a file, inside a file, or where nothing can be written is exit 2 and writes nothing", () => {
  const { parent } = previousBuild();
  const file = path.join(parent, "file.txt");
  fs.writeFileSync(file, "x");
  const cases: Array<[string, RegExp]> = [
    [file, /is a file; name a folder/],
    [path.join(file, "out"), /cannot be written: a file is in the way/],
  ];
  if (process.platform === "linux") cases.push(["/proc/csxc-nowhere/out", /cannot be written: it cannot be created there/]);
  for (const [out, message] of cases) {
    const before = listing(parent);
    let error: unknown;
    try {
      writeAtomically(out, NEW);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(CliError);
    expect((error as CliError).exitCode).toBe(2);
    expect((error as CliError).message).toMatch(message);
    expect(listing(parent)).toEqual(before);
  }
});

test("csxc build: a rebuild without the icon drops it, keeps build/cases, and touches nothing else", async () => {
  const dir = ioProject();
  expect((await csxc("build", "--project", dir, "--no-csharp-check")).code).toBe(0);
  const built = path.join(dir, "build");
  expect(fs.existsSync(path.join(built, "connector", "icon.png"))).toBe(true);
  fs.mkdirSync(path.join(built, "cases", "t"), { recursive: true });
  fs.writeFileSync(path.join(built, "cases", "t", "recorded.json"), "{}");
  fs.rmSync(path.join(dir, "connector", "icon.png"));
  const outside = listing(path.dirname(dir));
  const { code, err } = await csxc("build", "--project", dir, "--no-csharp-check");
  expect({ code, err }).toEqual({ code: 0, err: "" });
  expect(fs.existsSync(path.join(built, "connector", "icon.png"))).toBe(false);
  expect(fs.readFileSync(path.join(built, "cases", "t", "recorded.json"), "utf8")).toBe("{}");
  expect(fs.readFileSync(path.join(built, "connector", "script.csx"), "utf8")).toBe(fs.readFileSync(path.join(built, "script.csx"), "utf8"));
  const after = listing(path.dirname(dir));
  const changed = Object.keys({ ...outside, ...after }).filter((f) => outside[f] !== after[f] && !f.startsWith(path.join("project", "build")));
  expect(changed).toEqual([]);
});
