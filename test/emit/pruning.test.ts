// Member-level pruning of the runtime (src/emit/runtime-prune.ts), proven by compiling.
//
// A script's runtime is the closure, by name, of what its code mentions; closures of several roots
// are the union of each root's closure. So if the pruned runtime of EVERY single runtime member
// (and of every runtime type), each taken as the only root, compiles on its own, any script's pruned
// runtime compiles, whatever it calls. Batches such as the conformance suite cannot show this: in a
// union, one member's closure can hide what another's lacks. Each root here is its own script
// (deduplicated by text), all compiled in one .NET process.

import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { splitCs } from "../../src/emit/cs-members";
import { emitProgram } from "../../src/emit/program";
import { closeFeatures, loadFeatures } from "../../src/emit/runtime-features";
import { pruneFeatures } from "../../src/emit/runtime-prune";
import { renderScript, templatePath } from "../../src/emit/script";
import { compileManyOnDotnet } from "../../src/verify/dotnet";
import { packageRoot } from "../../src/package-root";
import { describeDotnet } from "../support/dotnet-gate";

/** The transforms of a script that does nothing: ExecuteAsync of the template needs these two. */
const STUB = `    private static readonly string[] KnownOperations = new string[] { };

    private static Task<CsxRes> RouteAsync(string operationId, CsxReq req, CsxCtx ctx)
    {
        throw new HttpError(404, operationId);
    }`;

/** What the template's ExecuteAsync uses, which every script carries. */
const TEMPLATE_FEATURES = ["Routing", "Req", "Res", "Ctx", "HttpError"];

function scriptFor(feature: string, root: string): string {
  const template = fs.readFileSync(templatePath(), "utf8").replace(/\r\n/g, "\n");
  const { selected } = closeFeatures([feature, ...TEMPLATE_FEATURES]);
  const fixed = template.replace("{{runtime}}", "").replace("{{transforms}}", STUB);
  // The root is given to the pruner only: a private member cannot be named from outside its class.
  const pruned = pruneFeatures(selected, `${fixed}\n${root}`);
  const runtime = pruned.map((f) => `    #region csxc runtime: ${f.name}\n    ${f.code}\n    #endregion`).join("\n\n");
  return template.replace(/\{\{(version|sources|transforms|runtime)\}\}/g, (_, name: string) => ({ version: "test", sources: root, transforms: STUB, runtime })[name]!);
}

/** Every runtime member and type, as `[feature, root]`: `Js.Slice`, `CsxMath.Sin`, `CsxReq`. */
function roots(): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const feature of loadFeatures().values()) {
    const split = splitCs(feature.code);
    if (!split.ok) continue; // cs-members.test.ts fails for it
    for (const item of split.items) {
      if (item.kind === "whole") item.unit.names.forEach((n) => out.push([feature.name, n]));
      else for (const m of item.members) m.names.forEach((n) => out.push([feature.name, `${item.name}.${n}`]));
    }
  }
  return out;
}

describeDotnet("runtime pruning", () => {
  test("the pruned runtime of every single member compiles on its own", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "csxc-pruning-"));
    try {
      const byText = new Map<string, string[]>();
      for (const [feature, root] of roots()) {
        const text = scriptFor(feature, root);
        byText.set(text, [...(byText.get(text) ?? []), `${feature}: ${root}`]);
      }
      const texts = [...byText.keys()];
      const files = texts.map((text, i) => {
        const file = path.join(dir, `s${i}.csx`);
        fs.writeFileSync(file, text);
        return file;
      });
      const results = await compileManyOnDotnet(files);
      const failures = results.flatMap((r, i) =>
        r.ok ? [] : [`${byText.get(texts[i])!.join(", ")}:\n${r.diagnostics.slice(0, 5).map((d) => `  ${d.code} ${d.message} (line ${d.line})`).join("\n")}`],
      );
      process.stdout.write(`\npruning: ${roots().length} roots, ${texts.length} distinct scripts compiled\n`);
      expect(failures).toEqual([]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 600_000);
});

describe("the Clockify script carries only what it reaches", () => {
  const emitted = emitProgram({ projectDir: packageRoot(), entry: path.join(packageRoot(), "transforms", "index.ts") });
  const pruned = renderScript(emitted);
  const whole = renderScript(emitted, { pruneRuntime: false });

  test("emits cleanly", () => {
    expect(emitted.diagnostics).toEqual([]);
  });

  test("unused members are absent, used ones present", () => {
    // Arrays is used for Js.Length; the sort, the maps and the folds are not.
    expect(whole.text).toMatch(/\bMergeSort\b/);
    for (const absent of [/static JToken Sort\(/, /\bMergeSort\b/, /\bReduceRight\b/, /class CsxMath\b/, /\bFlatMap\(/, /\bPadStart\b/]) expect(pruned.text).not.toMatch(absent);
    expect(pruned.text).toMatch(/public static double Length\(/);
    expect(pruned.text).toMatch(/public static JToken ParseJson\(/);
  });

  test("the runtime shrank", () => {
    // Measured when pruning came in: 102.9 KiB of whole features became 71.5 KiB (ratio 0.70); the rest
    // is mostly types kept whole (CsxReq, CsxMessage, CsxUrl, …) and JSON/number text, all reached.
    expect(pruned.runtimeBytes / whole.runtimeBytes).toBeLessThan(0.78);
  });

  test("is byte-identical from one render to the next", () => {
    expect(renderScript(emitted).text).toBe(pruned.text);
  });
});
