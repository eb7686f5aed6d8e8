// Problems the command line reports as one line and an exit code, never as a stack trace:
// 1 for a problem in the user's project or files, 2 for a problem with the invocation itself.

export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: 1 | 2,
  ) {
    super(message);
  }
}

/** The invocation is wrong: an option names a file where a folder is needed, an unwritable --out… */
export const usageError = (message: string) => new CliError(message, 2);

/** The project's own files are wrong in a way no diagnostic location fits. */
export const inputError = (message: string) => new CliError(message, 1);

/** One line for an error csxc did not expect: what happened, never the stack (CSXC_DEBUG=1 shows it). */
export function internalErrorLine(error: unknown): string {
  const what = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  const firstLine = what.split(/\r\n|[\n\r\u2028\u2029]/)[0].slice(0, 300);
  const stack = process.env.CSXC_DEBUG && error instanceof Error && error.stack ? `\n${error.stack}` : "";
  return `csxc: internal error (a csxc bug; please report it, CSXC_DEBUG=1 shows where): ${firstLine}${stack}`;
}
