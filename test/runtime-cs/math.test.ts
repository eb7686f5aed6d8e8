// Math on .NET is V8's, bit for bit. Every Math function of the csxc subset, and `**`, runs on many
// inputs in node and in C# and the answers are compared by their bits (any NaN equals any NaN; -0 is
// not 0). The C# side is the runtime helper called exactly as the emitter calls it (the last test
// holds the emitter to that), inside script.csx.template with the features it needs, compiled by
// the verify harness as the platform compiles a script, all functions in ONE .NET process.
// Inputs: hand-picked edges (±0, subnormals, huge and tiny, NaN, ±Infinity, near multiples of pi/2,
// near 1 for the logarithms, integers and halves for pow, negative bases with integer exponents,
// the thresholds of each algorithm) and a few thousand fast-check doubles per function, fixed seed.

import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import fc from "fast-check";
import { closeFeatures } from "../../src/emit/runtime-features";
import { templatePath } from "../../src/emit/script";
import type { Case } from "../../src/verify/case";
import { runOnDotnet, type DotnetRun } from "../../src/verify/dotnet";
import { describeDotnet } from "../support/dotnet-gate";
import { emitFiles, hookSource } from "../support/project";
import { bitsOf, fromBits } from "./support/bits";

const SEED = 20_240_611;
const RANDOM = 1500; // per generator; each function has two or three

type Args = number[];

interface MathFn {
  /** The key of the case, and how the test names it. */
  name: string;
  /** The JS expression of a, b, c. */
  js: string;
  /** The C# the emitter writes for it, of a, b, c. */
  cs: string;
  /** The feature the C# lives in. */
  feature: string;
  inputs: () => Args[];
  /** Implemented and tested, but refused by the emitter (src/emit/builtins/math.ts) for now. */
  rejected?: true;
}

// --- inputs ----------------------------------------------------------------------------------

/** x and its neighbours, k doubles either side, and their negations. */
function around(x: number, k = 2): number[] {
  const bits = BigInt(`0x${bitsOf(Math.abs(x))}`);
  const out: number[] = [];
  for (let i = -k; i <= k; i++) {
    const b = bits + BigInt(i);
    if (b < 0n || b > 0x7ff0000000000000n) continue;
    const y = fromBits(b.toString(16).padStart(16, "0"));
    out.push(y, -y);
  }
  return out;
}

const EDGES = [
  0, -0, NaN, Infinity, -Infinity, ...around(Number.MIN_VALUE), ...around(2.2250738585072014e-308), ...around(Number.MAX_VALUE),
  ...around(1), ...around(0.5), ...around(2), 3, -3, 10, -10, 0.1, -0.1, 0.7, 1e-300, 1e-8, 2 ** -27, 2 ** -28, 2 ** -29, 2 ** -54,
  2 ** -1022, 22, -22, 709.78, 710.48, -745.2, 1e22, 1e300, -1e300, 123.456, -7, 2.5, -2.5, 2 ** 31, 2 ** 53, 2 ** 53 + 2,
  Math.PI, -Math.PI, Math.E, Math.SQRT2, Math.SQRT1_2,
];

const sample = <T>(arb: fc.Arbitrary<T>, salt: number, n = RANDOM): T[] => fc.sample(arb, { seed: SEED + salt, numRuns: n });

/** Any double, NaN and the infinities included (fast-check favours the edges of the range). */
const anyDouble = fc.double();

/** Doubles of every magnitude from 2^lo to 2^hi, either sign, spread evenly over the exponents. */
const magnitudes = (lo: number, hi: number) =>
  fc.tuple(fc.integer({ min: lo, max: hi }), fc.double({ min: 1, max: 2, maxExcluded: true, noNaN: true }), fc.boolean()).map(([e, m, neg]) => (neg ? -1 : 1) * m * 2 ** e);

/** Edges, then any doubles, doubles within ±range, and doubles of every magnitude, for a function of one argument. */
function unary(salt: number, range: number, extra: number[] = []): () => Args[] {
  return () =>
    [...EDGES, ...extra, ...sample(anyDouble, salt), ...sample(fc.double({ min: -range, max: range, noNaN: true }), salt + 1), ...sample(magnitudes(-60, 60), salt + 2)].map((x) => [x]);
}

const HALF_PI_MULTIPLES = [1, 2, 3, 4, 5, 6, 7, 8, 31, 32, 33, 100, 1000, 1e5, 2 ** 19, 2 ** 20, 1e9, 1e15].flatMap((k) => around((k * Math.PI) / 2, 3));
const TRIG = [...HALF_PI_MULTIPLES, ...around(Math.PI / 4, 3), ...around(0.6744, 2), ...around(0.3, 2), ...around(0.78125, 2), ...around(2 ** 1023), ...around(1e22)];
const LOGS = [1, 2, 10, 100, 1000, 1e10, 1e-10, 1e22, 1e300, Math.SQRT2, Math.SQRT1_2, 1e-310, 2 ** -1070].flatMap((x) => around(x, 2)).filter((x) => x > 0)
  .concat(Array.from({ length: 23 }, (_, i) => 10 ** i), Array.from({ length: 23 }, (_, i) => 10 ** -i), Array.from({ length: 64 }, (_, i) => 2 ** (i * 17 - 540)));
const LOG1P = [-0.29289321881345254, 0.41421356237309503, -1, 1e-9, 2 ** -29, 2 ** 53, 2 ** 54, -0.5].flatMap((x) => around(x, 3));
const EXPS = [709.782712893384, 709.7822265625, 745.1332191019411, 708.4, 38.816242111356935, 0.34657359027997264, 1.0397207708399179, 1, 22, 710.4758600739439, 20 * Math.LN2, 56 * Math.LN2, 57 * Math.LN2, 0.5 * Math.LN2, 2 ** -55]
  .flatMap((x) => around(x, 3));
const ARCS = [1, 0.5, 0.975, 2 ** -27, 2 ** -57, 0.4375, 0.6875, 1.1875, 2.4375, 2 ** 66].flatMap((x) => around(x, 3));
const CUBES = [...Array.from({ length: 51 }, (_, i) => (i - 25) ** 3), ...[1e-310, 1e300, 2 ** 1023, 3.375].flatMap((x) => around(x, 2))];
const HYPERBOLIC = [1, 2, 2 ** 28, 0.5, 22, 2 ** -28].flatMap((x) => around(x, 3));

/** Pairs for pow: the edges crossed, any doubles, integers and halves, x near 1 with huge y, results near overflow and underflow, subnormal x. */
function powInputs(): Args[] {
  const edges = [0, -0, 1, -1, 2, -2, 0.5, -0.5, 3, -3, 10, -10, NaN, Infinity, -Infinity, 1 / 3, 2.5, -8, 1e-5, 1e300, 5e-324, 0.9999999999999999, 1.0000000000000002, 1e-320, 100, 1024, -1075, 1023.5, 2 ** 31, 2 ** 31 + 1, 2 ** 53, 2 ** 53 + 2, 2 ** 64, -(2 ** 65), 1.5, 0.25, -0.25, 7];
  const int = (min: number, max: number) => fc.integer({ min, max });
  return [
    ...edges.flatMap((a) => edges.map((b) => [a, b])),
    ...sample(fc.tuple(anyDouble, anyDouble), 10),
    ...sample(fc.tuple(fc.double({ min: 0, max: 20, noNaN: true }), fc.double({ min: -20, max: 20, noNaN: true })), 11),
    ...sample(fc.tuple(int(-100, 100), int(-60, 60)), 12), // negative bases with integer exponents
    ...sample(fc.tuple(fc.double({ min: -100, max: 100, noNaN: true }), int(-40, 40).map((n) => n / 2)), 13), // halves
    ...sample(fc.tuple(int(10, 50), fc.double({ min: -1, max: 1, noNaN: true }), int(0, 70), fc.double({ min: -1, max: 1, noNaN: true })).map(([e, d, s, y]) => [1 + d * 2 ** -e, y * 2 ** s]), 14),
    ...sample(fc.tuple(int(-30, 30), fc.double({ min: 1, max: 2, noNaN: true }), int(1, 30), fc.double({ min: -1, max: 1, noNaN: true })).map(([e, m, d, y]) => [m * 2 ** e, (y * 1100) / d]), 15),
    ...sample(fc.tuple(fc.double({ min: Number.MIN_VALUE, max: 2.2250738585072014e-308, noNaN: true }), fc.double({ min: -3, max: 3, noNaN: true })), 16, 500),
    ...sample(fc.double({ min: -8, max: 8, noNaN: true }).map((d) => [2, 1020 + d]), 17, 500),
  ];
}

function pairs(salt: number, range: number): () => Args[] {
  const edges = [0, -0, 1, -1, 0.5, -7, 123.456, NaN, Infinity, -Infinity, Number.MIN_VALUE, Number.MAX_VALUE, 1e300, -1e-300];
  return () => [...edges.flatMap((a) => edges.map((b) => [a, b])), ...sample(fc.tuple(anyDouble, anyDouble), salt), ...sample(fc.tuple(fc.double({ min: -range, max: range, noNaN: true }), fc.double({ min: -range, max: range, noNaN: true })), salt + 1)];
}

const triples = (salt: number) => () => [[0, 0, 0], [-0, -0, -0], [NaN, Infinity, 1], [1e300, 1e300, 1e300], [3, 4, 12], ...sample(fc.tuple(anyDouble, anyDouble, anyDouble), salt), ...sample(fc.tuple(magnitudes(-30, 30), magnitudes(-30, 30), magnitudes(-30, 30)), salt + 1)];

// --- the functions ---------------------------------------------------------------------------

const fdlibm = (name: string, cs: string, feature: string, inputs: () => Args[], rejected?: true): MathFn => ({ name, js: `Math.${name}(a)`, cs: `CsxMath.${cs}(a)`, feature, inputs, rejected });

const FUNCTIONS: MathFn[] = [
  fdlibm("sin", "Sin", "FdlibmTrig", unary(100, 1e6, TRIG)),
  fdlibm("cos", "Cos", "FdlibmTrig", unary(110, 1e6, TRIG)),
  fdlibm("tan", "Tan", "FdlibmTrig", unary(120, 1e6, TRIG)),
  fdlibm("asin", "Asin", "FdlibmArc", unary(130, 1, ARCS)),
  fdlibm("acos", "Acos", "FdlibmArc", unary(140, 1, ARCS)),
  fdlibm("atan", "Atan", "FdlibmArc", unary(150, 10, ARCS)),
  { name: "atan2", js: "Math.atan2(a, b)", cs: "CsxMath.Atan2(a, b)", feature: "FdlibmArc", inputs: pairs(160, 200) },
  fdlibm("exp", "Exp", "FdlibmExpLog", unary(170, 750, EXPS)),
  fdlibm("expm1", "Expm1", "FdlibmExpLog", unary(180, 50, EXPS)),
  fdlibm("log", "Log", "FdlibmExpLog", unary(190, 1e3, LOGS)),
  fdlibm("log1p", "Log1p", "FdlibmExpLog", unary(200, 2, [...LOG1P, ...LOGS])),
  fdlibm("log2", "Log2", "FdlibmExpLog", unary(210, 1e3, LOGS)),
  fdlibm("log10", "Log10", "FdlibmExpLog", unary(220, 1e3, LOGS)),
  fdlibm("sinh", "Sinh", "FdlibmHyperbolic", unary(230, 30, [...EXPS, ...HYPERBOLIC])),
  fdlibm("cosh", "Cosh", "FdlibmHyperbolic", unary(240, 30, [...EXPS, ...HYPERBOLIC])),
  fdlibm("tanh", "Tanh", "FdlibmHyperbolic", unary(250, 30, [...EXPS, ...HYPERBOLIC])),
  fdlibm("asinh", "Asinh", "FdlibmHyperbolic", unary(260, 100, [...HYPERBOLIC, ...LOGS])),
  fdlibm("acosh", "Acosh", "FdlibmHyperbolic", unary(270, 100, [...HYPERBOLIC, ...LOGS])),
  fdlibm("atanh", "Atanh", "FdlibmHyperbolic", unary(280, 1, [...HYPERBOLIC, ...ARCS])),
  fdlibm("cbrt", "Cbrt", "FdlibmPow", unary(290, 1e6, CUBES)),
  { name: "**", js: "a ** b", cs: "CsxMath.Pow(a, b)", feature: "FdlibmPow", inputs: powInputs },
  { name: "pow", js: "Math.pow(a, b)", cs: "CsxMath.Pow(a, b)", feature: "FdlibmPow", inputs: () => powInputs().filter((_, i) => i % 4 === 0) },
  { name: "hypot", js: "Math.hypot(a, b)", cs: "Js.Hypot(a, b)", feature: "MathJs", inputs: pairs(300, 1e3) },
  { name: "hypot3", js: "Math.hypot(a, b, c)", cs: "Js.Hypot(a, b, c)", feature: "MathJs", inputs: triples(310) },
  // Exact operations (or JS's own rules): checked here, they were right before fdlibm.
  { name: "sqrt", js: "Math.sqrt(a)", cs: "Math.Sqrt(a)", feature: "", inputs: unary(400, 1e6) },
  { name: "floor", js: "Math.floor(a)", cs: "Math.Floor(a)", feature: "", inputs: unary(410, 1e3) },
  { name: "abs", js: "Math.abs(a)", cs: "Math.Abs(a)", feature: "", inputs: unary(420, 1e3) },
  { name: "ceil", js: "Math.ceil(a)", cs: "Js.Ceil(a)", feature: "MathJs", inputs: unary(430, 1e3) },
  { name: "round", js: "Math.round(a)", cs: "Js.Round(a)", feature: "MathJs", inputs: unary(440, 1e3, [0.49999999999999994, 2.5, -2.5, -0.5, 4503599627370495.5]) },
  { name: "trunc", js: "Math.trunc(a)", cs: "Js.Trunc(a)", feature: "MathJs", inputs: unary(450, 1e3) },
  { name: "sign", js: "Math.sign(a)", cs: "Js.Sign(a)", feature: "MathJs", inputs: unary(460, 1e3) },
  { name: "fround", js: "Math.fround(a)", cs: "Js.Fround(a)", feature: "MathJs", inputs: unary(470, 1e3) },
  { name: "clz32", js: "Math.clz32(a)", cs: "Js.Clz32(a)", feature: "MathJs", inputs: unary(480, 2 ** 33) },
  { name: "min", js: "Math.min(a, b)", cs: "Js.Min(a, b)", feature: "MathJs", inputs: pairs(490, 10) },
  { name: "max", js: "Math.max(a, b)", cs: "Js.Max(a, b)", feature: "MathJs", inputs: pairs(500, 10) },
  { name: "imul", js: "Math.imul(a, b)", cs: "Js.Imul(a, b)", feature: "MathJs", inputs: pairs(510, 2 ** 33) },
];

/** The function of a, b, c that a JS expression of the table is. */
const jsFunction = (f: MathFn) => new Function("a", "b", "c", `return ${f.js};`) as (...args: number[]) => number;

/** NaN is one value for JS (its payload cannot be told apart portably); everything else by its bits. */
const key = (x: number) => (Number.isNaN(x) ? "NaN" : bitsOf(x));

// --- the C# side -----------------------------------------------------------------------------

/** The operation "Math": {fn, a: [bits], b: [bits], c: [bits]} → {r: [bits]}, each fn the C# of the table. */
function router(): string {
  const cases = FUNCTIONS.map((f) => `            case ${JSON.stringify(f.name)}: return ${f.cs};`).join("\n");
  return `    static readonly string[] KnownOperations = { "Math" };

    async Task<CsxRes> RouteAsync(string operationId, CsxReq req, CsxCtx ctx)
    {
        var job = (JObject)await req.Json().ConfigureAwait(false);
        var fn = (string)job["fn"];
        Func<string, double[]> column = name => job[name] == null ? null : job[name].Select(t => BitConverter.Int64BitsToDouble(Convert.ToInt64((string)t, 16))).ToArray();
        double[] a = column("a"), b = column("b"), c = column("c");
        var results = new JArray();
        for (var i = 0; i < a.Length; i++)
        {
            var r = Apply(fn, a[i], b == null ? 0 : b[i], c == null ? 0 : c[i]);
            results.Add(double.IsNaN(r) ? "NaN" : BitConverter.DoubleToInt64Bits(r).ToString("x16"));
        }
        return ctx.Respond(200, new JObject { ["r"] = results });
    }

    static double Apply(string fn, double a, double b, double c)
    {
        switch (fn)
        {
${cases}
            default: throw new JsError("no function " + fn);
        }
    }`;
}

/** The template with the router and the features the table names (with what they need, as a script gets them). */
function scriptText(): string {
  const used = [...new Set(FUNCTIONS.map((f) => f.feature).filter(Boolean)), "Routing", "Req", "Res", "Ctx", "HttpError"];
  const { selected, unknown } = closeFeatures(used);
  if (unknown.length) throw new Error(`unknown runtime features: ${unknown.join(", ")}`);
  const runtime = selected.map((f) => `    #region csxc runtime: ${f.name}\n    ${f.code}\n    #endregion`).join("\n\n");
  return fs
    .readFileSync(templatePath(), "utf8")
    .replace(/\r\n/g, "\n")
    .replace("{{version}}", "test")
    .replace("{{sources}}", "test/runtime-cs/math.test.ts")
    .replace("{{transforms}}", () => router())
    .replace("{{runtime}}", () => runtime);
}

function caseOf(f: MathFn, inputs: Args[]): Case {
  const body: Record<string, string | string[]> = { fn: f.name };
  for (let k = 0; k < inputs[0].length; k++) body["abc"[k]] = inputs.map((args) => bitsOf(args[k]));
  return {
    name: f.name,
    operationId: "Math",
    request: { method: "POST", url: "https://api.example.com/math", headers: { "Content-Type": "application/json" }, body },
    upstream: [],
  };
}

describeDotnet("Math: .NET answers V8's bits", () => {
  const inputs = FUNCTIONS.map((f) => f.inputs());
  let run: DotnetRun;
  let scratch: string;

  beforeAll(async () => {
    scratch = fs.mkdtempSync(path.join(os.tmpdir(), "csxc-math-"));
    const file = path.join(scratch, "script.csx");
    fs.writeFileSync(file, scriptText());
    run = await runOnDotnet(file, FUNCTIONS.map((f, i) => caseOf(f, inputs[i])));
    const total = inputs.reduce((n, list) => n + list.length, 0);
    process.stdout.write(`\nMath: ${total} inputs of ${FUNCTIONS.length} functions compared bit for bit with node (seed ${SEED})\n`);
  }, 300_000);

  afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

  test("the features compile as the platform compiles a script", () => {
    expect(run.compile.diagnostics.map((d) => `${d.pass} ${d.code} line ${d.line}: ${d.message}`)).toEqual([]);
    expect(run.compile.ok).toBe(true);
  });

  test.each(FUNCTIONS.map((f, i) => [f.js, i] as const))("%s", (_js, i) => {
    const f = FUNCTIONS[i];
    const outcome = run.outcomes[i];
    expect(outcome?.response.status).toBe(200);
    const dotnet = (JSON.parse(outcome.response.body ?? "null") as { r: string[] }).r;
    const js = jsFunction(f);
    expect(dotnet).toHaveLength(inputs[i].length);
    const mismatches = inputs[i].flatMap((args, k) => {
      const expected = key(js(...args));
      return expected === dotnet[k] ? [] : [`${f.js} of ${args.map(String).join(", ")}: node ${expected}, .NET ${dotnet[k]}`];
    });
    expect(mismatches.slice(0, 20)).toEqual([]);
  });
});

describe("Math: the emitter calls the helpers compared above", () => {
  const emitted = FUNCTIONS.filter((f) => !f.rejected);
  const literal = (text: string, values: string[]) => text.replace(/\b[abc]\b/g, (v) => values["abc".indexOf(v)]);
  let output: ReturnType<typeof emitFiles>;
  beforeAll(() => {
    const body = emitted.map((f, i) => `      const v${i} = ${literal(f.js, ["0.5", "2", "3"])};`).join("\n");
    output = emitFiles({ "transforms/index.ts": hookSource(`${body}\n      res.setJson([${emitted.map((_, i) => `v${i}`).join(", ")}]);`) });
  }, 60_000);

  test.each(emitted.map((f) => [f.js, f] as const))("%s", (_js, f) => {
    expect(output.result.diagnostics).toEqual([]);
    expect(output.code).toContain(literal(f.cs, ["0.5d", "2d", "3d"]));
    if (f.feature) expect([...output.result.features]).toContain(f.feature);
  });
});
