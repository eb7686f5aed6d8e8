// `csxc verify [--project DIR] [--transforms FILE --cases FILE...]`.

import * as path from "node:path";
import { findCaseFiles, renderFailure, verify } from "../verify/verify";
import { projectPaths } from "./project";
import { reportDiagnostics, type Io } from "./report";

export async function runVerify(opts: { project: string; transforms?: string; cases?: string[]; json?: boolean }, io: Io): Promise<number> {
  const paths = projectPaths(opts.project);
  const entry = opts.transforms ? path.resolve(opts.transforms) : paths.entry;
  const projectDir = opts.transforms ? path.dirname(entry) : paths.dir;
  const caseFiles = opts.cases?.length ? opts.cases.map((c) => path.resolve(c)) : findCaseFiles(paths.casesDirs);
  if (caseFiles.length === 0) {
    io.err(`csxc verify: no cases found (looked in ${paths.casesDirs.map((d) => path.relative(process.cwd(), d) || d).join(" and ")}); run the jest tests to record some, or pass --cases`);
    return 1;
  }
  const result = await verify({ projectDir, entry, caseFiles });
  if (opts.json) io.out(JSON.stringify(result, null, 2));
  if (result.status === "invalid") {
    if (!opts.json) {
      reportDiagnostics(result.diagnostics, io, { projectDir });
      result.messages.forEach((m) => io.err(m));
    }
    return 1;
  }
  if (!opts.json && result.failures.length) {
    io.err(renderFailure(result.failures[0], projectDir));
    if (result.failures.length > 1) io.err(`\n…and ${result.failures.length - 1} more case${result.failures.length === 2 ? "" : "s"} failing.`);
  }
  if (result.status === "no-dotnet") {
    io.err("csxc verify: dotnet was not found, so the C# side was NOT run; install the .NET SDK (or run `npm run setup:dotnet`) to verify");
    return 2;
  }
  if (result.failures.length) return 1;
  if (!opts.json) io.out(`verified ${result.cases} case${result.cases === 1 ? "" : "s"}: node and .NET agree (emit ${result.millis.emit} ms, node ${result.millis.node} ms, .NET ${result.millis.dotnet} ms)`);
  return 0;
}
