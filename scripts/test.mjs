// `npm test`: the jest suites (compiler, runtime, conformance, mock, connector), then `csxc verify`
// over the cases the transform tests recorded. The C# side needs the .NET SDK: in CI
// (CSXC_REQUIRE_DOTNET=1) a missing dotnet fails the run; elsewhere it is skipped, loudly.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import * as path from "node:path";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const required = process.env.CSXC_REQUIRE_DOTNET === "1";
const env = { ...process.env, TZ: "UTC" };

function run(command, args) {
  const result = spawnSync(command, args, { cwd: root, stdio: "inherit", env });
  if (result.error) return 127;
  return result.status ?? 1;
}

const hasDotnet = spawnSync("dotnet", ["--version"], { stdio: "ignore" }).status === 0;
if (!hasDotnet) {
  if (required) {
    console.error("csxc test: CSXC_REQUIRE_DOTNET=1 but `dotnet` was not found; the C# verification cannot run.");
    process.exit(1);
  }
  console.warn("\n**********************************************************************");
  console.warn("* SKIPPED: C# verification. `dotnet` was not found, so nothing here  *");
  console.warn("* compiles or runs the emitted script.csx. Install the .NET SDK and   *");
  console.warn("* run `npm run setup:dotnet` to test what runs on the platform.      *");
  console.warn("**********************************************************************\n");
} else if (run(process.execPath, [path.join(root, "scripts", "setup-dotnet.mjs")]) !== 0) {
  process.exit(1);
}

const jestArgs = [path.join(root, "node_modules", "jest", "bin", "jest.js"), ...process.argv.slice(2)];
const jest = run(process.execPath, jestArgs);
if (jest !== 0) process.exit(jest);
if (process.argv.length > 2) process.exit(0); // a filtered run: skip the replay of every case

if (!hasDotnet) {
  console.warn("SKIPPED: csxc verify (no dotnet): the recorded cases were not replayed through C#.");
  process.exit(0);
}
process.exit(run(process.execPath, [path.join(root, "bin", "csxc.js"), "verify"]));
