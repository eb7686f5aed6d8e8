// The guard of `csxc build`: the script is compiled with Roslyn by the verify harness, as the
// platform would compile it, before anything is written to build/. Every C# error there is a csxc
// bug (the emitter must only write C# that compiles), so it is reported as one, at the TypeScript
// line that the `#line` directives map it to. Without dotnet the guard is skipped silently.

import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { createHash } from "node:crypto";
import { diagnostics as make, type Diagnostic } from "../check/diagnostics";
import { packageRoot } from "../package-root";
import { dotnetAvailable, runOnDotnet } from "./dotnet";

export interface GuardResult {
  /** False when dotnet is not installed, so nothing was compiled. */
  ran: boolean;
  diagnostics: Diagnostic[];
  millis: number;
}

/**
 * Compiles `script` (the text build is about to write) with all the harness's passes. `projectDir`
 * is where the `#line` file names are relative to; diagnostics name files relative to it, as the
 * other diagnostics of build do.
 */
export async function checkCSharp(script: string, projectDir: string): Promise<GuardResult> {
  if (!dotnetAvailable()) return { ran: false, diagnostics: [], millis: 0 };
  const started = Date.now();
  // A script that compiled cleanly once compiles again: a rebuild with nothing changed skips .NET.
  const passed = passedMark(script);
  if (passed && fs.existsSync(passed)) return { ran: true, diagnostics: [], millis: Date.now() - started };
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "csxc-guard-"));
  try {
    const scriptPath = path.join(dir, "script.csx");
    fs.writeFileSync(scriptPath, script);
    const run = await runOnDotnet(scriptPath, [], { compileOnly: true });
    const diagnostics = run.compile.diagnostics.map((d) => {
      const mapped = d.file !== scriptPath;
      const file = mapped ? path.relative(projectDir, path.resolve(projectDir, d.file)) || d.file : "script.csx";
      return make.emittedCSharpError({ file, line: d.line, column: d.column }, d.code, d.message, mapped);
    });
    if (passed && run.compile.ok && !diagnostics.length) markPassed(passed);
    return { ran: true, diagnostics, millis: Date.now() - started };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The file that says this script compiled cleanly with these harness sources (the key hashes the
 * script and the names, sizes and times of the files under src/verify/harness), in a per-user
 * folder of the temporary directory; undefined when the sources cannot be read.
 */
function passedMark(script: string): string | undefined {
  try {
    const hash = createHash("sha256").update(script);
    const walk = (dir: string): void => {
      for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(full);
        else {
          const stat = fs.statSync(full);
          hash.update(`\0${full}\0${stat.size}\0${stat.mtimeMs}`);
        }
      }
    };
    walk(path.join(packageRoot(), "src", "verify", "harness"));
    const user = typeof process.getuid === "function" ? process.getuid() : os.userInfo().username;
    return path.join(os.tmpdir(), `csxc-guard-${user}`, `${hash.digest("hex")}.ok`);
  } catch {
    return undefined;
  }
}

function markPassed(file: string): void {
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, "");
  } catch {
    // Only a cache: the next build compiles again.
  }
}
