// The syntax of the subset, run on node and on .NET: every program's `main` must compute the same
// JSON on both sides (errors included, by message). One C# compile and one .NET run for all.
import { dotnetAvailable, runPrograms, type Outcome, type Program } from "./support/semantics";
import { programs } from "./semantics-programs";

const hasDotnet = dotnetAvailable();
if (!hasDotnet) console.warn("test/emit/semantics.test.ts: dotnet is not on PATH; the .NET half of these checks is skipped");

describe("syntax semantics: node and .NET agree", () => {
  let outcomes: Outcome[] = [];
  beforeAll(async () => {
    outcomes = hasDotnet ? await runPrograms(programs) : [];
  }, 600_000);

  test.each(programs.map((p: Program) => [p.name]))("%s", (name) => {
    if (!hasDotnet) return;
    const outcome = outcomes.find((o) => o.name === name)!;
    if (outcome.problem) throw new Error(`${name} did not run on .NET:\n${outcome.problem}\n\n${outcome.code ?? ""}`);
    expect({ name, value: outcome.dotnet }).toEqual({ name, value: outcome.node });
  });
});
