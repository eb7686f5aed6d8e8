// `csxc build --watch`: rebuild when a transform or the connector definition changes.

import { watch } from "chokidar";
import * as path from "node:path";
import { runBuild } from "./build-command";
import { CliError, internalErrorLine } from "./cli-error";
import { projectPaths } from "./project";
import type { Io } from "./report";

export async function watchBuild(opts: { project: string; out: string; json?: boolean }, io: Io): Promise<number> {
  const paths = projectPaths(opts.project, opts.out);
  let running: Promise<void> = Promise.resolve();
  const rebuild = () => {
    running = running.then(async () => {
      const started = Date.now();
      // A bad --out or a vanished project is reported and watching goes on (it may be fixed).
      const code = await runBuild(opts, io).catch((error: unknown) => {
        io.err(error instanceof CliError ? `csxc build: ${error.message}` : internalErrorLine(error));
        return error instanceof CliError ? error.exitCode : 2;
      });
      io.err(code === 0 ? `[csxc] built in ${Date.now() - started} ms; watching for changes` : "[csxc] build failed; watching for changes");
    });
  };
  rebuild();
  const watcher = watch([path.join(paths.dir, "transforms"), paths.connectorDir], { ignoreInitial: true });
  let timer: NodeJS.Timeout | undefined;
  watcher.on("all", () => {
    clearTimeout(timer);
    timer = setTimeout(rebuild, 50);
  });
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
  });
  await watcher.close();
  return 0;
}
