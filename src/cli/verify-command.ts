// `csxc verify [--project DIR] [--transforms FILE --cases FILE...]`.

import * as path from "node:path";
import { displayPath } from "../display-path";
import { renderFailure, verify } from "../verify/verify";
import { projectPaths } from "./project";
import { verifyInputs } from "./verify-inputs";
import { reportDiagnostics, type Io } from "./report";


export async function runVerify(opts: { project: string; transforms?: string; cases?: string[]; json?: boolean; timeout?: string; allowNoDotnet?: boolean }, io: Io): Promise<number> {
  const timeoutMs = opts.timeout === undefined ? undefined : Number(opts.timeout);
  if (timeoutMs !== undefined && !(Number.isInteger(timeoutMs) && timeoutMs > 0 && timeoutMs <= 600_000)) {
    io.err(`csxc verify: --timeout must be a whole number of milliseconds from 1 to 600000, got '${opts.timeout}'`);
    return 2;
  }
  const paths = projectPaths(opts.project);
  const { entry, projectDir, caseFiles } = verifyInputs(paths, opts);
  if (caseFiles.length === 0) {
    io.err(`csxc verify: no cases found (looked in ${paths.casesDirs.map((d) => path.relative(process.cwd(), d) || d).join(" and ")}); run the jest tests to record some, or pass --cases`);
    return 1;
  }
  const result = await verify({ projectDir, entry, caseFiles, timeoutMs });
  if (opts.json) {
    const relative = <T extends { file: string }>(items: T[]) => items.map((item) => ({ ...item, file: displayPath(item.file) }));
    io.out(JSON.stringify("failures" in result ? { ...result, failures: relative(result.failures), results: relative(result.results) } : result, null, 2));
  }
  if (result.status === "invalid") {
    if (!opts.json) {
      reportDiagnostics(result.diagnostics, io, { projectDir });
      result.messages.forEach((m) => io.err(m));
    }
    return 1;
  }
  if (!opts.json && result.failures.length) {
    io.err(renderFailure(result.failures[0]));
    if (result.failures.length > 1) io.err(`\n…and ${result.failures.length - 1} more case${result.failures.length === 2 ? "" : "s"} failing.`);
  }
  if (result.status === "no-dotnet") {
    // --allow-no-dotnet (a new project's `npm test`): a loud skip, unless CI requires the C# side.
    if (opts.allowNoDotnet && process.env.CSXC_REQUIRE_DOTNET !== "1") {
      io.err(["", "*".repeat(72), "* SKIPPED: C# verification. `dotnet` was not found, so the emitted     *", "* script.csx was NOT compiled or run. Install the .NET SDK (8 or later) *", "* to prove that what passed in jest is what runs on the platform.      *", "*".repeat(72), ""].join("\n"));
      return 0;
    }
    io.err("csxc verify: dotnet was not found, so the C# side was NOT run; install the .NET SDK (or run `npm run setup:dotnet`) to verify");
    return 2;
  }
  if (result.failures.length) return 1;
  if (!opts.json) io.out(`verified ${result.cases} case${result.cases === 1 ? "" : "s"}: node and .NET agree (emit ${result.millis.emit} ms, node ${result.millis.node} ms, .NET ${result.millis.dotnet} ms)`);
  return 0;
}
