// `npm run fuzz -- --count N [--seed S] [--batch B] [--no-shrink] [--no-overlap]`: the author-program fuzzer
// (fuzz.ts). Prints the seed, every finding as a minimal program, a summary with the throughput,
// and exits 1 on any finding.
import { dotnetAvailable } from "../../src/verify/dotnet";
import { runFuzz } from "./fuzz";

function option(name: string, fallback: string): string {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 && at + 1 < process.argv.length ? process.argv[at + 1] : fallback;
}

async function main(): Promise<number> {
  const count = Number(option("count", "500"));
  const seed = Number(option("seed", String(Date.now() % 1_000_000)));
  const batch = Number(option("batch", "250"));
  if (!Number.isInteger(count) || count < 1 || !Number.isInteger(seed) || !Number.isInteger(batch) || batch < 1) {
    process.stderr.write("usage: npm run fuzz -- --count N [--seed S] [--batch B] [--no-shrink] [--no-overlap]\n");
    return 2;
  }
  if (!dotnetAvailable()) {
    process.stderr.write("fuzz: `dotnet` was not found; run `npm run setup:dotnet` (the fuzzer compares node with .NET)\n");
    return 2;
  }
  process.stdout.write(`fuzz: ${count} author programs, seed ${seed}, batches of ${batch}\n`);
  const report = await runFuzz({ count, seed, batch, shrink: !process.argv.includes("--no-shrink"), overlap: !process.argv.includes("--no-overlap"), log: (line) => process.stdout.write(line + "\n") });
  const perSecond = report.generated / (report.millis / 1000);
  const byKind = new Map<string, number>();
  for (const f of report.findings) byKind.set(f.kind, (byKind.get(f.kind) ?? 0) + 1);
  const features = [...report.features].sort((a, b) => b[1] - a[1]).map(([f, n]) => `${f} ${n}`).join(", ");
  process.stdout.write(
    `\nfuzz: seed ${seed}: ${report.generated} generated, ${report.ran} ran on node and .NET, ${report.findings.length} finding(s)` +
      (byKind.size ? ` (${[...byKind].map(([k, n]) => `${k} ${n}`).join(", ")})` : "") +
      ` in ${(report.millis / 1000).toFixed(1)} s (${perSecond.toFixed(1)} programs/s; emit ${(report.phases.emit / 1000).toFixed(1)} s, .NET ${(report.phases.dotnet / 1000).toFixed(1)} s, node ${(report.phases.node / 1000).toFixed(1)} s)\nfeatures: ${features}\n`,
  );
  return report.findings.length ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    process.stderr.write(`fuzz: ${(error as Error).stack ?? error}\n`);
    process.exit(2);
  },
);
