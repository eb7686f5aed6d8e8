// `csxc build --watch` (src/cli/watch.ts), as a user runs it: the warm rebuild after an edit writes
// what a cold build writes, errors print as `csxc check` prints them, and the last good output stays.
import { spawn } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { main } from "../../src/cli/main";

const ROOT = path.join(__dirname, "..", "..");
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function until(what: string, test: () => boolean, log: () => string, limit = 90_000): Promise<void> {
  const start = Date.now();
  while (!test()) {
    if (Date.now() - start > limit) throw new Error(`watch: ${what} did not happen within ${limit} ms\n${log()}`);
    await sleep(20);
  }
}

const read = (file: string) => (fs.existsSync(file) ? fs.readFileSync(file, "utf8") : "");

test("a watched edit is rebuilt as a cold build; an error leaves the last good script and prints as check does", async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "csxc-watch-"));
  for (const d of ["transforms", "connector"]) fs.cpSync(path.join(ROOT, d), path.join(dir, d), { recursive: true });
  const script = path.join(dir, "build", "script.csx");
  const child = spawn(process.execPath, [path.join(ROOT, "bin", "csxc.js"), "build", "--watch", "--no-csharp-check", "--project", dir], { stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, FORCE_COLOR: "0" } });
  let log = "";
  child.stdout.on("data", (d) => (log += d));
  child.stderr.on("data", (d) => (log += d));
  try {
    await until("the first build", () => log.includes("[csxc] built in"), () => log, 180_000);
    const target = path.join(dir, "transforms", "time-entries.ts");
    const builds = () => log.split("[csxc] built in").length - 1;

    // An edit that adds a declaration: the warm project reads the file again.
    fs.appendFileSync(target, '\nexport const watchedEdit = "edit one";\n');
    await until("the rebuild after an edit", () => read(script).includes('"edit one"') && builds() >= 2, () => log);
    const cold = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "csxc-watch-cold-")), "build");
    const io = { out: () => undefined, err: () => undefined, isTTY: false };
    expect(await main(["build", "--no-csharp-check", "--project", dir, "--out", cold], io)).toBe(0);
    expect(read(script)).toBe(read(path.join(cold, "script.csx")));

    // A type error: reported as check reports it, and the script on disk stays the last good one.
    const good = read(script);
    fs.appendFileSync(target, '\nexport const watchBroken: number = "text";\n');
    await until("the failed build", () => log.includes("[csxc] build failed"), () => log);
    expect(log).toMatch(/time-entries\.ts\(\d+,\d+\): error CSX1001: .*\(TS2322\)/);
    expect(read(script)).toBe(good);

    // Fixed: built again.
    fs.writeFileSync(target, read(target).replace('export const watchBroken: number = "text";', 'export const fixed = "edit two";'));
    await until("the rebuild after the fix", () => read(script).includes('"edit two"'), () => log);
    expect(read(script)).not.toContain("watchBroken");
  } finally {
    child.kill("SIGTERM");
    await new Promise((r) => child.once("exit", r));
  }
}, 300_000);
