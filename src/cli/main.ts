// The csxc command line: check, build, verify, mock, deploy, init (design.md's contract).
// Exit codes: 0 ok, 1 errors in the user's input, 2 a problem with the invocation.

import { Command, CommanderError } from "commander";
import { packageVersion } from "../package-root";
import { CliError, internalErrorLine } from "./cli-error";
import { projectPaths, requireProjectDir } from "./project";
import { processIo, reportDiagnostics, type Io } from "./report";

export async function main(argv: string[], io: Io = processIo): Promise<number> {
  let exitCode = 0;
  const program = new Command()
    .name("csxc")
    .description("Compile TypeScript transforms into a Power Platform connector's script.csx")
    .version(packageVersion())
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.out(s.trimEnd()), writeErr: (s) => io.err(s.trimEnd()) });

  program
    .command("check")
    .description("type-check the transforms and apply the subset rules")
    .option("--project <dir>", "the connector project", ".")
    .option("--json", "print diagnostics as JSON")
    .option("--certification", "also apply the rules for certified and Independent Publisher connectors")
    .option("--no-cache", "check again even when nothing changed since the last clean check")
    .action(async (opts: { project: string; json?: boolean; certification?: boolean; cache?: boolean }) => {
      const paths = projectPaths(opts.project);
      requireProjectDir(paths);
      // The check pass (src/check/check.ts): the transforms and the connector's files; no script is
      // built. A project without connector/ (transforms only, as `verify --transforms` takes them)
      // is checked alone. A clean result on unchanged files is replayed without loading the
      // compiler (src/cli/build-cache.ts).
      const cache = await import("./build-cache");
      const key = cache.cacheKey(paths, "check", { certification: !!opts.certification });
      let diagnostics = opts.cache === false ? undefined : cache.readCached(paths, "check", key)?.diagnostics;
      if (!diagnostics) {
        const { checkProject } = await import("../check/check");
        diagnostics = (await checkProject(paths, { certification: opts.certification, connectorOptional: true })).diagnostics;
        cache.storeCached(paths, "check", key, { diagnostics });
      }
      reportDiagnostics(diagnostics, io, { json: opts.json, projectDir: paths.dir });
      exitCode = diagnostics.some((d) => d.severity === "error") ? 1 : 0;
    });

  program
    .command("build")
    .description("check, emit script.csx and write the connector bundle")
    .option("--project <dir>", "the connector project", ".")
    .option("--out <dir>", "output directory", "build")
    .option("--watch", "rebuild when a transform or the connector changes")
    .option("--json", "print diagnostics as JSON")
    .option("--certification", "also apply the rules for certified and Independent Publisher connectors")
    .option("--no-csharp-check", "skip compiling the script with Roslyn before writing it (done when dotnet is installed)")
    .option("--no-cache", "build again even when nothing changed since the last clean build")
    .action(async (opts: { project: string; out: string; watch?: boolean; json?: boolean; certification?: boolean; csharpCheck?: boolean; cache?: boolean }) => {
      if (opts.watch) {
        const { watchBuild } = await import("./watch");
        exitCode = await watchBuild(opts, io);
      } else {
        const { runBuild } = await import("./build-command");
        exitCode = await runBuild({ ...opts, cache: opts.cache !== false }, io);
      }
    });

  program
    .command("verify")
    .description("replay cases through the TypeScript runtime and the compiled C#")
    .option("--project <dir>", "the connector project", ".")
    .option("--transforms <file>", "a transforms entry anywhere on disk")
    .option("--cases <files...>", "case files to replay")
    .option("--json", "print the result as JSON, with what each side sent and answered for every case")
    .option("--timeout <ms>", "the limit on one case, on each side (default: the platform's 5000)")
    .option("--allow-no-dotnet", "without the .NET SDK, skip the C# side loudly and exit 0 (not when CSXC_REQUIRE_DOTNET=1)")
    .action(async (opts: { project: string; transforms?: string; cases?: string[]; json?: boolean; timeout?: string; allowNoDotnet?: boolean }) => {
      const { runVerify } = await import("./verify-command");
      exitCode = await runVerify(opts, io);
    });

  program
    .command("mock")
    .description("serve the Clockify mock on 127.0.0.1")
    .option("--port <n>", "port (0 picks a free one)", "4010")
    .option("--seed <file>", "seed data (JSON)")
    .action(async (opts: { port: string; seed?: string }) => {
      const port = Number(opts.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535) {
        io.err(`csxc mock: --port must be an integer from 0 to 65535, got '${opts.port}'`);
        exitCode = 2;
        return;
      }
      const { runMockCommand } = await import("./mock-command");
      exitCode = await runMockCommand({ port, seed: opts.seed }, { out: io.out, err: io.err });
    });

  program
    .command("deploy")
    .description("create or update the connector with paconn or pac")
    .option("--project <dir>", "the connector project", ".")
    .option("--tool <tool>", "paconn or pac", "paconn")
    .option("--create", "create a new connector")
    .option("--update", "update the existing connector")
    .option("--environment <id>", "the environment (kept in connector/settings.json for the next runs)")
    .option("--connector-id <id>", "the connector to update (kept in connector/settings.json)")
    .option("--certification", "also apply the rules for certified connectors before uploading")
    .option("--dry-run", "build and print the command without running it")
    .action(async (opts: import("./deploy-command").DeployOptions) => {
      const { runDeploy } = await import("./deploy-command");
      exitCode = await runDeploy(opts, io);
    });

  program
    .command("init")
    .description("create a new connector project, or adopt one downloaded with paconn or pac")
    .argument("<dir>", "where to create it")
    .option("--from <folder>", "a connector folder as `paconn download` or `pac connector download` leaves it")
    .action(async (dir: string, opts: { from?: string }) => {
      const { runInit } = await import("./init-command");
      exitCode = await runInit(dir, io, opts);
    });

  program
    .command("setup-dotnet")
    .description("build the C# verification harness into the per-user cache (done on first use otherwise)")
    .action(async () => {
      const { runSetupDotnet } = await import("./setup-dotnet-command");
      exitCode = runSetupDotnet(io);
    });

  try {
    await program.parseAsync(argv, { from: "user" });
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    // Every problem ends as one line and an exit code; a stack trace is never the answer.
    if (error instanceof CliError) {
      io.err(`csxc${argv[0] && !argv[0].startsWith("-") ? ` ${argv[0]}` : ""}: ${error.message}`);
      return error.exitCode;
    }
    io.err(internalErrorLine(error));
    return 2;
  }
  return exitCode;
}
