// `csxc build --watch`: rebuild when a transform or the connector definition changes.
//
// The compiler stays warm between builds: the TypeScript project is kept and only the files that
// changed are read again (TypeScript reuses the parsed and bound lib and runtime files), the
// connector's findings are kept while its files are unchanged, and the script is written before the
// C# guard runs (in the background; a clean script is remembered by its hash, so it compiles once).
// A build that finds errors prints them as `csxc check` does and leaves the last good output.

import { watch } from "chokidar";
import * as path from "node:path";
import { runBuild, type WarmBuild } from "./build-command";
import { CliError, internalErrorLine } from "./cli-error";
import { projectPaths } from "./project";
import { reportDiagnostics, type Io } from "./report";

/** What happened to the files since the last build: whether the kept state still holds. */
interface Changes {
  transforms: Set<string>;
  /** A file was added or removed under transforms/: module resolution may differ, start afresh. */
  structure: boolean;
  connector: boolean;
}

export async function watchBuild(opts: { project: string; out: string; json?: boolean; certification?: boolean; csharpCheck?: boolean }, io: Io): Promise<number> {
  const paths = projectPaths(opts.project, opts.out);
  const transformsDir = path.join(paths.dir, "transforms");
  // The guard compiles only the newest script: a burst of edits costs one .NET compile, not one each.
  let guardNext: string | undefined;
  let guarding = false;
  let stopped = false;
  const runGuard = async () => {
    guarding = true;
    while (guardNext !== undefined && !stopped) {
      const script = guardNext;
      guardNext = undefined;
      const { checkCSharp } = await import("../verify/csharp-guard");
      const guard = await checkCSharp(script, paths.dir).catch((error: unknown) => ({ diagnostics: [], failed: error }));
      if ("failed" in guard) io.err(internalErrorLine(guard.failed));
      else if (guard.diagnostics.length) {
        reportDiagnostics(guard.diagnostics, io, { json: opts.json, projectDir: paths.dir });
        io.err("[csxc] the script just written does not compile (a csxc bug, reported above)");
      }
    }
    guarding = false;
  };
  const warm: WarmBuild = {
    guard: (script) => {
      guardNext = script;
      if (!guarding) void runGuard();
    },
  };
  let changes: Changes = { transforms: new Set(), structure: false, connector: false };
  let running: Promise<void> = Promise.resolve();
  const rebuild = () => {
    running = running.then(async () => {
      const started = Date.now();
      const seen = changes;
      changes = { transforms: new Set(), structure: false, connector: false };
      refresh(warm, seen);
      // A bad --out or a vanished project is reported and watching goes on (it may be fixed).
      const code = await runBuild(opts, io, warm).catch((error: unknown) => {
        warm.project = undefined;
        io.err(error instanceof CliError ? `csxc build: ${error.message}` : internalErrorLine(error));
        return error instanceof CliError ? error.exitCode : 2;
      });
      io.err(code === 0 ? `[csxc] built in ${Date.now() - started} ms; watching for changes` : "[csxc] build failed; watching for changes");
    });
  };
  // Watching starts before the first build: an edit made while it runs is not missed (the build
  // blocks the event loop, so a scan still running after it would take the edit for the start state).
  const watcher = watch([transformsDir, paths.connectorDir], { ignoreInitial: true });
  await new Promise<void>((resolve) => watcher.once("ready", () => resolve()));
  rebuild();
  let timer: NodeJS.Timeout | undefined;
  watcher.on("all", (event, file) => {
    const inTransforms = !path.relative(transformsDir, file).startsWith("..");
    if (!inTransforms) changes.connector = true;
    else if (event === "change") changes.transforms.add(path.resolve(file));
    else changes.structure = true;
    // Editors write a file in several steps: one build for the burst.
    clearTimeout(timer);
    timer = setTimeout(rebuild, 10);
  });
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
  });
  stopped = true;
  clearTimeout(timer);
  await watcher.close();
  return 0;
}

/** Brings the kept state up to date with the changes, or drops what they may have invalidated. */
function refresh(warm: WarmBuild, changes: Changes): void {
  if (changes.connector) warm.connector = undefined;
  const project = warm.project;
  if (!project) return;
  if (changes.structure) {
    warm.project = undefined;
    return;
  }
  try {
    for (const file of changes.transforms) project.getSourceFile(file)?.refreshFromFileSystemSync();
    // An edit may import a file the project did not hold yet.
    project.resolveSourceFileDependencies();
  } catch {
    // Whatever the refresh could not take (a file too deep to parse, say) a fresh project reports.
    warm.project = undefined;
  }
}
