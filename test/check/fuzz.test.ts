// Broken and hostile source never crashes the compiler: it either emits or reports diagnostics.
import fc from "fast-check";
import * as fs from "node:fs";
import * as path from "node:path";
import { emitFiles } from "../support/project";
import { renderScript } from "../../src/emit/script";

const seedSource = fs.readFileSync(path.join(__dirname, "../../transforms/time-entries.ts"), "utf8");
const entry = fs.readFileSync(path.join(__dirname, "../../transforms/index.ts"), "utf8");

const hostile = [
  "{", "}", "(", ")", ";", "=>", "class X {}", "yield", "as any", "<T>", "!", "?.", "...", "var", "this", "new ", "delete ",
  "typeof ", "`${", "@dec", "namespace N {}", "enum E { A }", "function* g() {}", "label:", "0n", "/re+/g", "\\u{1F600}",
  "async ", "await ", "import('x')", "eval('1')", "arguments", "get x() { return 1 }", "??", "||=", "===", "==", "'", '"',
];

function mutate(source: string, edits: Array<{ at: number; cut: number; insert: number }>): string {
  let out = source;
  for (const e of edits) {
    const at = e.at % (out.length + 1);
    out = out.slice(0, at) + hostile[e.insert % hostile.length] + out.slice(at + (e.cut % 12));
  }
  return out;
}

test("mutated sources produce an emit or diagnostics, never an exception", () => {
  let withDiagnostics = 0;
  fc.assert(
    fc.property(fc.array(fc.record({ at: fc.nat(), cut: fc.nat(), insert: fc.nat() }), { minLength: 1, maxLength: 4 }), (edits) => {
      const source = mutate(seedSource, edits);
      const { result } = emitFiles({ "transforms/index.ts": entry, "transforms/time-entries.ts": source });
      if (result.diagnostics.length) {
        withDiagnostics++;
        for (const d of result.diagnostics) {
          expect(d.code).toMatch(/^CSX\d{4}$/);
          expect(d.line).toBeGreaterThan(0);
        }
      } else {
        expect(() => renderScript(result)).not.toThrow();
      }
    }),
    { numRuns: 60, seed: 20261124 },
  );
  expect(withDiagnostics).toBeGreaterThan(30);
});
