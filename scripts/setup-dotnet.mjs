// `npm run setup:dotnet` / `csxc setup-dotnet`: builds the C# verification harness
// (src/verify/harness) once per version of its sources, into a per-user cache shared by every
// project on the machine, never into the installed package: $CSXC_CACHE_DIR, else
// $XDG_CACHE_HOME/csxc (~/.cache/csxc; %LOCALAPPDATA%\csxc on Windows, ~/Library/Caches/csxc on
// macOS), folder harness-<hash of the sources>. A hash stamp beside the output says the build is
// complete; while the sources are unchanged the build is skipped. Needs only the .NET SDK and a
// NuGet feed. Prints one line (and, with --print-dll, the harness's path on a line of its own),
// or says what went wrong and exits 1.
//
// The harness is published ReadyToRun for this machine when the SDK can (it halves the start-up of
// every verify run: Roslyn's own JIT is most of it); otherwise it is built plainly.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const sources = path.join(root, "src", "verify", "harness");
const project = path.join(sources, "Harness", "Harness.csproj");

/** The per-user cache folder of csxc. */
function cacheRoot() {
  if (process.env.CSXC_CACHE_DIR) return path.resolve(process.env.CSXC_CACHE_DIR);
  if (process.platform === "win32" && process.env.LOCALAPPDATA) return path.join(process.env.LOCALAPPDATA, "csxc");
  if (process.platform === "darwin") return path.join(os.homedir(), "Library", "Caches", "csxc");
  return path.join(process.env.XDG_CACHE_HOME || path.join(os.homedir(), ".cache"), "csxc");
}

class SetupError extends Error {}

/** Thrown, not exit(): the build lock must be released on the way out. */
function fail(message, detail = "") {
  throw new SetupError(`csxc setup:dotnet: ${message}${detail ? `\n${detail.trim()}` : ""}`);
}

/** The hash of everything the build reads from the repository, this script included. */
function sourceHash() {
  const files = [];
  const walk = (dir) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== "bin" && entry.name !== "obj") walk(full);
      } else if (/\.(cs|csproj|props|targets)$/.test(entry.name)) files.push(full);
    }
  };
  walk(sources);
  const hash = createHash("sha256");
  for (const file of [...files.sort(), fileURLToPath(import.meta.url)]) {
    hash.update(path.relative(root, file).split(path.sep).join("/"));
    hash.update("\0");
    hash.update(fs.readFileSync(file));
    hash.update("\0");
  }
  return hash.digest("hex");
}

/** Where the harness of these sources lives; the lock is inside, so a killed build's lock is not seen as a change. */
function locate(hash) {
  const out = path.join(cacheRoot(), `harness-${hash.slice(0, 16)}`);
  return { out, dll: path.join(out, "Harness.dll"), stamp: path.join(out, "sources.sha256"), lock: path.join(out, "build.lock") };
}

let out, dll, stamp, lock;

const upToDate = (hash) => fs.existsSync(dll) && fs.existsSync(stamp) && fs.readFileSync(stamp, "utf8").trim() === hash;

/** The pid of the process holding the lock, if that process is still alive. */
function holder() {
  const pid = Number(fs.readFileSync(path.join(lock, "pid"), "utf8"));
  try {
    process.kill(pid, 0);
    return pid;
  } catch {
    return undefined;
  }
}

/** Several test workers (or people) may ask at once: one builds, the others wait for it. */
function withLock(work) {
  const deadline = Date.now() + 15 * 60_000;
  fs.mkdirSync(out, { recursive: true });
  for (;;) {
    try {
      fs.mkdirSync(lock);
      fs.writeFileSync(path.join(lock, "pid"), String(process.pid));
      break;
    } catch (error) {
      if (error.code !== "EEXIST") throw error;
      let alive = true;
      try {
        alive = holder() !== undefined;
      } catch {
        // the holder has not written its pid yet
      }
      if (!alive) fs.rmSync(lock, { recursive: true, force: true }); // left by a killed build
      else if (Date.now() > deadline) fail(`another build of the harness holds ${lock}; remove it if no build is running`);
      else Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 250);
    }
  }
  try {
    return work();
  } finally {
    fs.rmSync(lock, { recursive: true, force: true });
  }
}

function dotnet(args) {
  return spawnSync("dotnet", args, {
    cwd: out,
    encoding: "utf8",
    env: { ...process.env, DOTNET_CLI_TELEMETRY_OPTOUT: "1", DOTNET_NOLOGO: "1", DOTNET_SKIP_FIRST_TIME_EXPERIENCE: "1" },
    maxBuffer: 64 * 1024 * 1024,
  });
}

function build() {
  const common = [project, "-c", "Release", "-o", out, "--nologo", "-v", "q", "-clp:NoSummary", `-p:CsxcHarnessOut=${out}${path.sep}`];
  const fast = dotnet(["publish", ...common, "--use-current-runtime", "--self-contained", "false", "-p:PublishReadyToRun=true"]);
  if (fast.status === 0) return "ReadyToRun";
  const plain = dotnet(["build", ...common]);
  if (plain.error) fail("could not run `dotnet`; install the .NET SDK (8 or later) and make sure it is on PATH", String(plain.error));
  if (plain.status !== 0) fail("building the harness failed (dotnet build):", `${plain.stdout}\n${plain.stderr}`.slice(-6000));
  return "JIT";
}

function main() {
  const started = Date.now();
  const hash = sourceHash();
  ({ out, dll, stamp, lock } = locate(hash));
  if (upToDate(hash)) return `harness up to date (${dll})`;
  const kind = withLock(() => {
    if (upToDate(hash)) return "built by another process";
    fs.rmSync(stamp, { force: true });
    const how = build();
    if (!fs.existsSync(dll)) fail(`the build finished but ${dll} is missing`);
    fs.writeFileSync(stamp, `${hash}\n`);
    return how;
  });
  return `harness built in ${((Date.now() - started) / 1000).toFixed(1)} s (${kind}) at ${dll}`;
}

try {
  console.log(`csxc setup:dotnet: ${main()}`);
  if (process.argv.includes("--print-dll")) console.log(dll);
} catch (error) {
  console.error(error instanceof SetupError ? error.message : `csxc setup:dotnet: ${error.stack ?? error}`);
  process.exit(1);
}
