// The C# runtime (src/runtime/cs) against the node runtime (src/runtime): every operation of the
// input table runs on both and the answers must be identical. All snippets compile into ONE program
// (support/dotnet-driver.ts) that runs every operation in ONE process, under the tr-TR culture
// (decimal comma, dotted capital I) to catch any dependence on the culture.

import { describeDotnet } from "../support/dotnet-gate";
import { runDriver, type DriverResult } from "./support/dotnet-driver";
import * as inputs from "./support/inputs";
import { bitsOf, runNode, type Op } from "./support/node-ops";

function groups(): Record<string, Op[]> {
  const decimals = inputs.decimals();
  const nearest = decimals.filter((t, i) => !t.startsWith("-") && i % 3 === 0).flatMap((text) => [-3, -1, 1, 2].map((offset) => ({ op: "nearest", text, offset })));
  return {
    "String(number)": inputs.doubles().map((x) => ({ op: "num", bits: bitsOf(x) })),
    "Number(decimal literal)": decimals.map((text) => ({ op: "decimal", text })),
    "the nearest double from a wrong guess": nearest,
    "JSON.stringify": inputs.stringifyOps(),
    "JSON.parse": inputs.PARSE_TEXTS.map((text) => ({ op: "parse", text })),
    "JSON.stringify(JSON.parse(text))": inputs.PARSE_TEXTS.map((text) => ({ op: "stringify-parsed", text })),
    "JSON.parse of deep nesting": inputs.DEEP_TEXTS.map((text) => ({ op: "parse-depth", text })),
    "req.query": inputs.queryOps(),
    "req.path": inputs.pathOps(),
    "setForm and setMultipart bytes": inputs.bodyOps(),
    isoDuration: inputs.durationOps(),
    "base64 and UTF-8": inputs.base64Ops(),
    "hmac and sha256": inputs.cryptoOps(),
    headers: inputs.headerOps(),
    "operationId routing": inputs.routeOps(),
    "Req and Res over HttpRequestMessage and HttpResponseMessage": inputs.messageOps(),
    ctx: inputs.ctxOps(),
  };
}

function differences(ops: Op[], node: DriverResult[], dotnet: DriverResult[]): string[] {
  const found: string[] = [];
  ops.forEach((op, i) => {
    const [a, b] = [JSON.stringify(node[i]), JSON.stringify(dotnet[i])];
    if (a !== b) found.push(`${JSON.stringify(op).slice(0, 400)}\n    node: ${a.slice(0, 1500)}\n    C#:   ${b.slice(0, 1500)}`);
  });
  return found.length > 15 ? [...found.slice(0, 15), `… and ${found.length - 15} more`] : found;
}

describeDotnet("the C# runtime does what the node runtime does", () => {
  const table = groups();
  const all = Object.values(table).flat();
  let node: DriverResult[] = [];
  let dotnet: DriverResult[] = [];

  beforeAll(async () => {
    [dotnet, node] = await Promise.all([runDriver(all), Promise.all(all.map(runNode))]);
  }, 300_000);

  let start = 0;
  for (const [name, ops] of Object.entries(table)) {
    const from = start;
    start += ops.length;
    test(`${name} (${ops.length} inputs)`, () => {
      expect(dotnet).toHaveLength(all.length);
      expect(differences(ops, node.slice(from, from + ops.length), dotnet.slice(from, from + ops.length))).toEqual([]);
    });
  }
});
