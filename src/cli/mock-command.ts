// `csxc mock [--port N] [--seed FILE]`: the Clockify mock as a local HTTP server on 127.0.0.1.
// Prints the two base URLs and a ready API key, then serves until SIGINT or SIGTERM.
// Exit codes: 0 after a signal, 1 for a bad seed file (the user's input), 2 when the port is refused.

import { SeedError } from "../mock/seed";
import { startMockServer, type MockServer } from "../mock/server";

function untilSignal(): Promise<void> {
  return new Promise((resolve) => {
    const stop = () => {
      process.off("SIGINT", stop);
      process.off("SIGTERM", stop);
      resolve();
    };
    process.on("SIGINT", stop);
    process.on("SIGTERM", stop);
  });
}

export async function runMockCommand(options: { port?: number; seed?: string }, io: { out: (s: string) => void; err: (s: string) => void }): Promise<number> {
  let server: MockServer;
  try {
    server = await startMockServer({ port: options.port ?? 0, seed: options.seed, log: io.err });
  } catch (error) {
    if (error instanceof SeedError) {
      io.err(`csxc mock: ${error.message}`);
      return 1;
    }
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "EADDRINUSE" || code === "EACCES") {
      io.err(`csxc mock: cannot listen on port ${options.port}: ${(error as Error).message}`);
      return 2;
    }
    throw error;
  }
  io.out(`core: ${server.coreUrl}`);
  io.out(`reports: ${server.reportsUrl}`);
  io.out(`X-Api-Key: ${server.mock.apiKey}`);
  io.out("Serving the Clockify mock; Ctrl+C stops it.");
  await untilSignal();
  await server.close();
  return 0;
}
