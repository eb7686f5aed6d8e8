// Only the emitter writes C#: operationIds, strings, file and folder names that hold every line
// terminator C# knows, quotes, backslashes, `*/` and code stay text in script.csx. Each payload
// carries `#error PWNED` (and a pair of static constructors) on lines of its own: had any of it
// become a line of C#, Roslyn would refuse the script. So "Roslyn compiles it clean" proves that no
// payload left its comment, string literal or `#line` file name.

import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { emitProgram } from "../../src/emit/program";
import { renderScript } from "../../src/emit/script";
import { commentText, hasLineBreak, lineDirectiveFile, stringLiteral } from "../../src/emit/inert";
import { compileManyOnDotnet } from "../../src/verify/dotnet";
import { describeDotnet } from "../support/dotnet-gate";

/** Every character that ends a line in C#, and CRLF. */
const BREAKS = ["\n", "\r", "\r\n", "\u0085", "\u2028", "\u2029"];

/** Text that is C# when it starts a line: a compile error and a duplicate member, so that either shows. */
const PAYLOAD = "#error PWNED";
const STATIC_CTOR = 'static Script() { System.IO.File.WriteAllText("pwned.txt", "x"); } static Script() { }';

/** Hostile strings: each break before and after each payload, and the quote/comment/directive breakers. */
const HOSTILE: string[] = [
  ...BREAKS.flatMap((br) => [`a${br}${PAYLOAD}${br}b`, `a${br}${STATIC_CTOR}${br}//`, `a${br}#line 1 "evil.cs"${br}${PAYLOAD}`]),
  `a"${BREAKS[0]}${PAYLOAD}`,
  `a\\${BREAKS[0]}${PAYLOAD}`,
  `a */ ${STATIC_CTOR} /* b`,
  `a\\"; ${STATIC_CTOR} //`,
  "a\u202e\u2066 reversed",
];

/** File and folder names: the same breaks (no `/` or NUL, which a name cannot hold). */
const HOSTILE_NAMES: string[] = [
  ...BREAKS.map((br) => `f${br}${PAYLOAD}${br}g`),
  `q"${BREAKS[0]}${PAYLOAD}`,
  // (No backslash: TypeScript reads one in an import as a folder separator on every platform.)
  `b'${BREAKS[4]}${PAYLOAD}`,
  "c */ x /* d",
  '"#line 9 "evil',
];

const CORPUS_SIZE = HOSTILE.length + HOSTILE_NAMES.length * 2;

function hostileProject(): { dir: string; files: Record<string, string> } {
  const files: Record<string, string> = {};
  const imports: string[] = [];
  HOSTILE_NAMES.forEach((name, i) => {
    // One module in a hostile file name, one in a hostile folder name.
    files[`transforms/${name}.ts`] = `export function file${i}(): string {\n  return "file ${i}";\n}\n`;
    files[`transforms/${name}/util.ts`] = `export function folder${i}(): string {\n  return "folder ${i}";\n}\n`;
    imports.push(`import { file${i} } from ${JSON.stringify(`./${name}`)};`, `import { folder${i} } from ${JSON.stringify(`./${name}/util`)};`);
  });
  const calls = HOSTILE_NAMES.map((_, i) => `file${i}(), folder${i}()`).join(", ");
  const entries = HOSTILE.map(
    (key, i) => `  ${JSON.stringify(key)}: {\n    async handle(req, ctx) {\n      return ctx.respond(200, { ${JSON.stringify(key)}: ${JSON.stringify(key)}, n: ${i}, from: [${calls}] });\n    },\n  },`,
  );
  files["transforms/index.ts"] = `import { defineTransforms } from "csxc";\n${imports.join("\n")}\n\nexport default defineTransforms({\n${entries.join("\n")}\n});\n`;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "csxc-hostile-"));
  for (const [rel, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), text);
  }
  return { dir, files };
}

describe("user text is inert where it lands", () => {
  test("a comment, a #line file name and a string literal hold no line break and no way out", () => {
    for (const text of [...HOSTILE, ...HOSTILE_NAMES]) {
      expect(hasLineBreak(commentText(text))).toBe(false);
      expect(commentText(text)).not.toContain("*/");
      const name = lineDirectiveFile(text);
      expect(hasLineBreak(name)).toBe(false);
      expect(name).not.toMatch(/["\\]/);
      const literal = stringLiteral(text);
      expect(literal.slice(1, -1)).not.toMatch(/(^|[^\\])"/);
      expect(hasLineBreak(literal)).toBe(false);
      // The literal means the text: JSON reads \uXXXX and \" alike.
      expect(JSON.parse(literal)).toBe(text);
    }
  });

  test("the hostile project emits; its script holds no hostile line and no absolute path", () => {
    const { dir } = hostileProject();
    const result = emitProgram({ projectDir: dir, entry: path.join(dir, "transforms", "index.ts") });
    expect(result.diagnostics).toEqual([]);
    expect(result.operations).toHaveLength(HOSTILE.length);
    const { text } = renderScript(result);
    const lines = text.split(/\r\n|[\r\n\u0085\u2028\u2029]/);
    expect(lines.filter((l) => l.trim().startsWith("#error"))).toEqual([]);
    expect(lines.filter((l) => l.trim().startsWith("static Script()"))).toEqual([]);
    expect(text).not.toContain(dir);
    expect(text).not.toContain(os.tmpdir());
    for (const l of lines.filter((l) => l.startsWith("#line ") && l !== "#line default")) expect(l).toMatch(/^#line \d+ "transforms\/[^"\\]*"$/);
    // One hook method per key, however alike the keys' ASCII parts are.
    expect(new Set(result.members.map((m) => m.name)).size).toBe(result.members.length);
  });
});

describeDotnet("hostile keys, file and folder names compile to exactly what the emitter wrote", () => {
  test(`Roslyn compiles the script of ${CORPUS_SIZE} hostile inputs clean`, async () => {
    const { dir } = hostileProject();
    const result = emitProgram({ projectDir: dir, entry: path.join(dir, "transforms", "index.ts") });
    expect(result.diagnostics).toEqual([]);
    const script = path.join(dir, "script.csx");
    fs.writeFileSync(script, renderScript(result).text);
    const [compiled] = await compileManyOnDotnet([script]);
    // A payload out of its comment, literal or file name is `#error PWNED` (CS1029) or a second
    // static constructor (CS0111) here.
    expect(compiled.diagnostics).toEqual([]);
    expect(compiled.ok).toBe(true);
  }, 300_000);
});
