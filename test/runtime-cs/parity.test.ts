// The C# runtime (src/runtime/cs) against the node runtime (src/runtime): every operation of the
// input table runs on both and the answers must be identical. All snippets compile into ONE program
// (support/dotnet-driver.ts) that runs every operation in ONE process, under the tr-TR culture
// (decimal comma, dotted capital I) to catch any dependence on the culture.

import { describeDotnet } from "../support/dotnet-gate";
import { answerOnBothSides, testEachGroup, type OpTable } from "./support/compare";
import * as inputs from "./support/inputs";
import { bitsOf } from "./support/node-ops";

function groups(): OpTable {
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
    "the URL sent (System.Uri)": inputs.sentUrlOps(),
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

describeDotnet("the C# runtime does what the node runtime does", () => {
  const table = groups();
  testEachGroup(table, answerOnBothSides(table));
});
