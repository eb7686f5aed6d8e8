// The value helpers of the C# runtime (src/runtime/cs) against the node runtime, through the product
// harness (test/support/parity.ts: one compile, one .NET run under tr-TR for the whole file): number
// to text and back, JSON.stringify, isoDuration, base64 and UTF-8, hmac and sha256, and req.query /
// req.path of requests made with ctx.newRequest. The inputs are the table of support/inputs.ts.
//
// Each input reaches the helper the way an author's code does; numbers travel as the text `show`
// writes (String, with -0 kept apart), which is exact because String writes the shortest text that
// reads back as the same double.

import { chunks, parity, type Group, type InputGroup } from "../support/parity";
import * as inputs from "./support/inputs";
import { literal, show, SHOW, valueOf } from "./support/literal";
import { fromBits } from "./support/bits";


function stringifyGroup(): Group {
  const exprs = inputs.stringifyOps().map((op) => {
    const value = `(${literal(op.value)} as unknown as Json)`;
    return op.indent === undefined ? `JSON.stringify(${value})` : `JSON.stringify(${value}, null, ${literal(op.indent)})`;
  });
  return { name: "JSON.stringify", exprs };
}

/** The steps of support/inputs.ts (queryOps, pathOps) on a request made by ctx.newRequest. */
const REQ_STEPS = `${SHOW}
function reqStep(r: Req, s: string[]): Json {
  const kind = s[0];
  if (kind === "path") return r.path;
  if (kind === "setPath") { r.path = s[1]; return r.url; }
  if (kind === "get") return r.query.get(s[1]);
  if (kind === "getAll") return r.query.getAll(s[1]);
  if (kind === "has") return r.query.has(s[1]);
  if (kind === "set") { r.query.set(s[1], s[2]); return r.url; }
  if (kind === "append") { r.query.append(s[1], s[2]); return r.url; }
  if (kind === "delete") { r.query.delete(s[1]); return r.url; }
  throw new Error("unknown step " + kind);
}
function reqSteps(ctx: Ctx, input: string): Json {
  const op = JSON.parse(input) as { url: string; steps: string[][] };
  const r = ctx.newRequest("GET", op.url);
  const out: Json[] = [];
  for (const s of op.steps) {
    try {
      out.push(reqStep(r, s));
    } catch (e) {
      out.push(e instanceof Error ? "!" + e.message : "!?");
    }
  }
  out.push(r.url);
  return out;
}
`;

function groups(): Array<Group | InputGroup> {
  const finite = inputs.doubles().filter((x) => Number.isFinite(x));
  const durations = inputs.durationOps();
  const base64 = inputs.base64Ops();
  const crypto = inputs.cryptoOps();
  const of = (ops: ReturnType<typeof inputs.base64Ops>, op: string, key: string) => ops.filter((o) => o.op === op).map((o) => o[key] as string);
  return [
    // String(number): every finite double of the table through Number(String(x)) (exact, see above).
    ...chunks(finite.map(show), 2500).map((part, i) => ({ name: `String(number), part ${i + 1}`, inputs: part, expr: "show(Number(x))", declarations: SHOW })),
    { name: "String(number) of the non-finite", exprs: ["String(NaN)", "String(Infinity)", "String(-Infinity)", "String(-0)", "show(-0)"], declarations: SHOW },
    { name: "Number(decimal literal)", inputs: inputs.decimals(), expr: "show(Number(x))", declarations: SHOW },
    stringifyGroup(),
    { name: "JSON.stringify(JSON.parse(text))", inputs: inputs.PARSE_TEXTS, expr: "JSON.stringify(JSON.parse(x) as Json)" },
    { name: "isoDuration.toSeconds", inputs: of(durations, "toSeconds", "text"), expr: "show(isoDuration.toSeconds(x))", declarations: SHOW },
    { name: "isoDuration.fromSeconds", inputs: durations.filter((o) => o.op === "fromSeconds").map((o) => show(fromBits(o.bits as string))), expr: "isoDuration.fromSeconds(Number(x))" },
    { name: "base64.encode", inputs: [...of(base64, "b64enc", "text"), ...of(base64, "utf8enc", "text")], expr: "base64.encode(x)" },
    { name: "base64.decode", inputs: [...of(base64, "b64dec", "text"), ...of(base64, "utf8dec", "base64")], expr: "base64.decode(x)" },
    // UTF-8 decoding of any bytes (bad sequences as U+FFFD): the text of a backend's answer.
    ...chunks(of(base64, "utf8dec", "base64"), 200).map((part, i) => ({
      name: `UTF-8 of a backend's bytes, part ${i + 1}`,
      async: true,
      exprs: part.map(() => 'await (await ctx.send(ctx.newRequest("GET", "https://backend.test/"))).text()'),
      upstream: part.map((bodyBase64) => ({ status: 200, headers: { "Content-Type": "text/plain" }, body: null, bodyBase64 })),
    })),
    {
      name: "hmac and sha256",
      inputs: crypto.map((o) => JSON.stringify([o.op, o.key ?? "", o.message, o.enc ?? "utf8"])),
      expr: "crypto(x)",
      declarations: `function crypto(input: string): string {
  const a = JSON.parse(input) as string[];
  const enc = a[3] as "utf8" | "base64";
  if (a[0] === "hmacHex") return hmacSha256Hex(a[1], a[2], enc);
  if (a[0] === "hmacB64") return hmacSha256Base64(a[1], a[2], enc);
  if (a[0] === "shaHex") return sha256Hex(a[2]);
  return sha256Base64(a[2]);
}
`,
    },
    {
      name: "req.query and req.path",
      inputs: [...inputs.queryOps(), ...inputs.pathOps()].map((o) => JSON.stringify({ url: o.url, steps: o.steps })),
      expr: "reqSteps(ctx, x)",
      declarations: REQ_STEPS,
    },
  ];
}

// The table's values written as TypeScript must be the values the table means, or the runs above
// would compare other inputs than the table's without anyone noticing.
test("literal() writes the values of the JSON.stringify table as node reads them", () => {
  for (const op of inputs.stringifyOps()) {
    // eslint-disable-next-line no-new-func
    const read = new Function("Json", `return (${literal(op.value).replace(/ as unknown as Json| as Json/g, "")});`)(undefined);
    expect(JSON.stringify(read)).toBe(JSON.stringify(valueOf(op.value)));
  }
});

parity("the C# runtime's value helpers", groups());
