// The cache of clean builds (src/cli/build-cache.ts): a second build of unchanged files replays
// the first, and any change, down to one imported declaration, gives what a cold build gives.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { main } from "../../src/cli/main";

const ROOT = path.join(__dirname, "..", "..");
const TIMEOUT = 120_000;

async function csxc(cacheDir: string, ...argv: string[]) {
  const saved = process.env.CSXC_BUILD_CACHE_DIR;
  process.env.CSXC_BUILD_CACHE_DIR = cacheDir;
  const out: string[] = [];
  const err: string[] = [];
  try {
    const code = await main(argv, { out: (s) => void out.push(s), err: (s) => void err.push(s), isTTY: false });
    return { code, out: out.join("\n"), err: err.join("\n") };
  } finally {
    if (saved === undefined) delete process.env.CSXC_BUILD_CACHE_DIR;
    else process.env.CSXC_BUILD_CACHE_DIR = saved;
  }
}

const temp = (name: string) => fs.mkdtempSync(path.join(os.tmpdir(), `csxc-${name}-`));

function project(): string {
  const dir = temp("cache");
  fs.cpSync(path.join(ROOT, "transforms"), path.join(dir, "transforms"), { recursive: true });
  fs.mkdirSync(path.join(dir, "connector"));
  for (const f of ["apiDefinition.swagger.json", "apiProperties.json", "icon.png"]) fs.copyFileSync(path.join(ROOT, "connector", f), path.join(dir, "connector", f));
  return dir;
}

/** Every file of a build folder, byte for byte. */
const listing = (dir: string) =>
  Object.fromEntries(fs.readdirSync(dir, { recursive: true, encoding: "utf8" }).sort().map((f) => [f, fs.statSync(path.join(dir, f)).isFile() ? fs.readFileSync(path.join(dir, f)).toString("base64") : "dir"]));

/** The build as a cold one writes it: a fresh, empty cache. */
async function coldBuild(dir: string): Promise<Record<string, string>> {
  const out = path.join(temp("cold-out"), "build");
  const { code, err } = await csxc(temp("cold-cache"), "build", "--no-csharp-check", "--project", dir, "--out", out);
  expect({ code, err }).toEqual({ code: 0, err: "" });
  return listing(out);
}

test("a rebuild of unchanged files is replayed from the cache; a changed imported declaration is rebuilt as a cold build would", async () => {
  const dir = project();
  const cache = temp("cache-dir");
  const out = path.join(dir, "build");
  const paging = path.join(dir, "transforms", "paging.ts");
  const entries = path.join(dir, "transforms", "time-entries.ts");
  // One declaration in paging.ts, used from time-entries.ts: the script carries its value.
  fs.appendFileSync(paging, '\nexport function cacheProbe(): string {\n  return "probe-1";\n}\n');
  fs.writeFileSync(entries, fs.readFileSync(entries, "utf8").replace('import { everyRowOf, pagesWithNextLink } from "./paging";', 'import { cacheProbe, everyRowOf, pagesWithNextLink } from "./paging";') + "\nexport const probeUse = cacheProbe();\n");

  const first = await csxc(cache, "build", "--no-csharp-check", "--project", dir);
  expect({ code: first.code, err: first.err }).toEqual({ code: 0, err: "" });
  expect(fs.readFileSync(path.join(out, "script.csx"), "utf8")).toContain('"probe-1"');
  const stored = fs.readdirSync(cache);
  expect(stored).toHaveLength(1);

  // A mark put into the stored script shows the second build read the cache instead of compiling.
  const entryFile = path.join(cache, stored[0]);
  const entry = JSON.parse(fs.readFileSync(entryFile, "utf8"));
  entry.result.files["connector/script.csx"].text += "// replayed from the cache\n";
  fs.writeFileSync(entryFile, JSON.stringify(entry));
  const second = await csxc(cache, "build", "--no-csharp-check", "--project", dir);
  expect({ code: second.code, err: second.err, out: second.out }).toEqual({ code: 0, err: "", out: first.out });
  expect(fs.readFileSync(path.join(out, "connector", "script.csx"), "utf8")).toContain("// replayed from the cache");

  // One imported declaration changes: the cache is not used, and the output is a cold build's.
  fs.writeFileSync(paging, fs.readFileSync(paging, "utf8").replace('"probe-1"', '"probe-2"'));
  const third = await csxc(cache, "build", "--no-csharp-check", "--project", dir);
  expect({ code: third.code, err: third.err }).toEqual({ code: 0, err: "" });
  const script = fs.readFileSync(path.join(out, "connector", "script.csx"), "utf8");
  expect(script).toContain('"probe-2"');
  expect(script).not.toContain("replayed from the cache");
  expect(listing(out)).toEqual(await coldBuild(dir));

  // The connector's files are part of the key too.
  const properties = path.join(dir, "connector", "apiProperties.json");
  const json = JSON.parse(fs.readFileSync(properties, "utf8"));
  json.properties.iconBrandColor = "#123456";
  fs.writeFileSync(properties, JSON.stringify(json, null, 2));
  const fourth = await csxc(cache, "build", "--no-csharp-check", "--project", dir);
  expect(fourth.code).toBe(0);
  expect(fs.readFileSync(path.join(out, "connector", "apiProperties.json"), "utf8")).toContain("#123456");
  expect(listing(out)).toEqual(await coldBuild(dir));
}, TIMEOUT);

test("check replays a clean result and never keeps one with errors", async () => {
  const dir = project();
  const cache = temp("cache-dir");
  expect(await csxc(cache, "check", "--project", dir)).toEqual({ code: 0, out: "", err: "" });
  expect(fs.readdirSync(cache)).toHaveLength(1);
  const index = path.join(dir, "transforms", "index.ts");
  fs.appendFileSync(index, "\nconst broken: number = \"text\";\n");
  const failed = await csxc(cache, "check", "--project", dir);
  expect(failed.code).toBe(1);
  expect(failed.err).toMatch(/transforms\/index\.ts\(\d+,\d+\): error CSX1001: .*\(TS2322\)/);
  // The same broken files again: compiled again (an error result is not kept), same answer.
  expect(await csxc(cache, "check", "--project", dir)).toEqual(failed);
}, TIMEOUT);
