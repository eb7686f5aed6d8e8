// The fixed-seed slice of the author-program fuzzer (fuzz.ts, `npm run fuzz`): programs written the
// way connector authors write them, run through node and .NET in batches; not one may answer
// differently, fail to compile as C#, or be rejected. CSXC_AUTHOR_FUZZ_SEED and _RUNS explore further.
import { describeDotnet } from "../support/dotnet-gate";
import { describeFinding, openFinding, runFuzz } from "./fuzz";
import { generateProgram, toSnippet } from "./author-programs";

const SEED = Number(process.env.CSXC_AUTHOR_FUZZ_SEED ?? 7);
const RUNS = Number(process.env.CSXC_AUTHOR_FUZZ_RUNS ?? 100);

test("the generator is deterministic and covers the authoring API", () => {
  const a = toSnippet(generateProgram(12345));
  expect(toSnippet(generateProgram(12345))).toEqual(a);
  const all = Array.from({ length: 300 }, (_, k) => generateProgram(k));
  const features = new Set(all.flatMap((p) => p.features));
  for (const f of ["Promise.all over sends", "hook object in a const, shared", "request hook", "higher-order handle wrapper", "try/catch", "throw HttpError", "closure factory", "closure use", "const item?", "const str?", "for-of accumulate", "early return",
    // Issue 11 point 4, read from the programs' text.
    "interface for a JSON shape", "empty array constant", "optional chaining ?.", "nullish coalescing ??", "read past the end", "optional field", "string built-ins", "number built-ins", "date built-ins", "pinned clock", "regex match", "regex replace", "regex test", "HttpError", "arrays of objects"]) {
    expect(features).toContain(f);
  }
  // Both forms: a handle, and a hook object given to the map.
  expect(new Set(all.map((p) => p.form))).toEqual(new Set(["handle", "map"]));
});

describeDotnet("fuzz: author programs", () => {
  test(`${RUNS} author programs (seed ${SEED}) answer alike on node and .NET`, async () => {
    const report = await runFuzz({ count: RUNS, seed: SEED, batch: RUNS, shrink: false });
    process.stdout.write(`\nfuzz: author programs: ${report.ran} of ${report.generated} ran on node and .NET (seed ${SEED}) in ${report.millis} ms, ${report.findings.length} finding(s)\n`);
    const open = report.findings.filter(openFinding);
    if (open.length) process.stdout.write(`  known open findings (pending cases in cases/found.ts), not counted:\n${open.map((f) => `    program seed ${f.program.seed}: ${openFinding(f)!.why}`).join("\n")}\n`);
    expect(report.findings.filter((f) => !openFinding(f)).map((f) => describeFinding(f, SEED))).toEqual([]);
  }, 600_000);
});
