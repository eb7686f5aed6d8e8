// The csxc command line: check, build, verify, mock, deploy, init (design.md's contract).
// Exit codes: 0 ok, 1 errors in the user's input, 2 a problem with the invocation.

import { Command, CommanderError } from "commander";
import { checkProject } from "../check/check";
import { packageVersion } from "../package-root";
import { runBuild } from "./build-command";
import { projectPaths } from "./project";
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
    .action((opts: { project: string; json?: boolean }) => {
      const paths = projectPaths(opts.project);
      const result = checkProject(paths);
      reportDiagnostics(result.diagnostics, io, { json: opts.json, projectDir: paths.dir });
      exitCode = result.diagnostics.some((d) => d.severity === "error") ? 1 : 0;
    });

  program
    .command("build")
    .description("check, emit script.csx and write the connector bundle")
    .option("--project <dir>", "the connector project", ".")
    .option("--out <dir>", "output directory", "build")
    .option("--watch", "rebuild when a transform or the connector changes")
    .option("--json", "print diagnostics as JSON")
    .action(async (opts: { project: string; out: string; watch?: boolean; json?: boolean }) => {
      if (opts.watch) {
        const { watchBuild } = await import("./watch");
        exitCode = await watchBuild(opts, io);
      } else {
        exitCode = await runBuild(opts, io);
      }
    });

  program
    .command("verify")
    .description("replay cases through the TypeScript runtime and the compiled C#")
    .option("--project <dir>", "the connector project", ".")
    .option("--transforms <file>", "a transforms entry anywhere on disk")
    .option("--cases <files...>", "case files to replay")
    .option("--json", "print the result as JSON")
    .action(async (opts: { project: string; transforms?: string; cases?: string[]; json?: boolean }) => {
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
    .option("--dry-run", "print the command without running it")
    .action(async (opts: { project: string; tool: string; create?: boolean; update?: boolean; dryRun?: boolean }) => {
      const { runDeploy } = await import("./deploy-command");
      exitCode = await runDeploy(opts, io);
    });

  program
    .command("init")
    .description("create a new connector project")
    .argument("<dir>", "where to create it")
    .action(async (dir: string) => {
      const { runInit } = await import("./init-command");
      exitCode = await runInit(dir, io);
    });

  try {
    await program.parseAsync(argv, { from: "user" });
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    throw error;
  }
  return exitCode;
}
