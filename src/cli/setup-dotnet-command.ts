// `csxc setup-dotnet`: builds the C# verification harness into the per-user cache now, rather than
// on the first `csxc verify` (scripts/setup-dotnet.mjs says where, and reuses it across projects).

import { spawnSync } from "node:child_process";
import * as path from "node:path";
import { packageRoot } from "../package-root";
import type { Io } from "./report";

export function runSetupDotnet(io: Io): number {
  const result = spawnSync(process.execPath, [path.join(packageRoot(), "scripts", "setup-dotnet.mjs")], { encoding: "utf8" });
  if (result.stdout) io.out(result.stdout.trimEnd());
  if (result.stderr) io.err(result.stderr.trimEnd());
  return result.status === 0 ? 0 : 1;
}
