// The differential core of the runtime-cs suites: a table of named groups of operations runs on the
// node runtime and, in ONE .NET process, on the C# runtime (support/dotnet-driver.ts); each group is
// then one test that lists the operations whose answers differ.

import { runDriver, type DriverResult } from "./dotnet-driver";
import { runNode, type Op } from "./node-ops";

export type OpTable = Record<string, Op[]>;

/** The operations of a table in order, and the answers of each side (filled in by beforeAll). */
export interface Answers {
  readonly all: Op[];
  node: DriverResult[];
  dotnet: DriverResult[];
}

/**
 * Runs every operation of the table on both sides before the tests of the enclosing describe block:
 * one .NET process for all of them, as starting one per group would cost more than the runs.
 */
export function answerOnBothSides(table: OpTable): Answers {
  const answers: Answers = { all: Object.values(table).flat(), node: [], dotnet: [] };
  beforeAll(async () => {
    [answers.dotnet, answers.node] = await Promise.all([runDriver(answers.all), Promise.all(answers.all.map(runNode))]);
  }, 300_000);
  return answers;
}

/** How a disagreement on one operation reads in a failure, or undefined where the two sides agree. */
export type Disagreement = (op: Op, node: DriverResult, dotnet: DriverResult) => string | undefined;

/** Answers compared as JSON; the texts are cut short, as one operation or answer can be megabytes. */
export const jsonDisagreement: Disagreement = (op, node, dotnet) => {
  const [a, b] = [JSON.stringify(node), JSON.stringify(dotnet)];
  return a === b ? undefined : `${JSON.stringify(op).slice(0, 400)}\n    node: ${a.slice(0, 1500)}\n    C#:   ${b.slice(0, 1500)}`;
};

/**
 * One test per group of the table, failing with the group's disagreements; only the first `most`
 * are shown, as a broken feature disagrees on thousands.
 */
export function testEachGroup(table: OpTable, answers: Answers, { disagreement = jsonDisagreement, most = 15 } = {}): void {
  let start = 0;
  for (const [name, ops] of Object.entries(table)) {
    const from = start;
    start += ops.length;
    test(`${name} (${ops.length} inputs)`, () => {
      expect(answers.dotnet).toHaveLength(answers.all.length);
      const found = ops.flatMap((op, i) => disagreement(op, answers.node[from + i], answers.dotnet[from + i]) ?? []);
      expect(found.length > most ? [...found.slice(0, most), `… and ${found.length - most} more`] : found).toEqual([]);
    });
  }
}
