// docs/language.md and the conformance suite stay in step:
//  - every construct heading (### under a section marked `<!-- constructs -->`) has at least one
//    conformance case that is not pending, and every case names a documented construct;
//  - every row of the rejected table (`<!-- rejected -->`) has a case refused with that code, and
//    every rejection case has its row;
//  - every built-in member a table lists (`s.slice(…)`, `Math.round(…)`) is called by a case;
//  - every message of src/runtime/errors.ts is listed;
//  - every C# block that follows a TypeScript example is what the emitter writes for it today.
//    After a change to the emitter, `UPDATE_DOCS=1 npx jest test/conformance/docs.test.ts`
//    rewrites those blocks (read the diff: it is the change users will see).

import * as fs from "node:fs";
import * as path from "node:path";
import { builtinMessages } from "../../src/runtime/errors";
import { emitProgram } from "../../src/emit/program";
import { Printer } from "../../src/emit/printer";
import { tempProject } from "../support/project";
import { PENDING, withPending } from "./cases/pending";
import { caseKey, type Snippet } from "./cases/snippet";
import { apiCases } from "./cases/api";
import { apiIoCases } from "./cases/api-io";
import { xmlCases } from "./cases/xml";
import { authorCases } from "./cases/authors";
import { foundCases } from "./cases/found";
import { collectionCases } from "./cases/collections";
import { numberCases } from "./cases/numbers";
import { rejectedCases } from "./cases/rejected";
import { statementCases } from "./cases/statements";
import { stringCases } from "./cases/strings";
import { valueCases } from "./cases/values";
import { hostileCases } from "./cases/hostile";
import { urlCases } from "./cases/urls";
import { mapCases } from "./cases/maps";
import { portedCases } from "./cases/ported";

const DOCS = path.join(__dirname, "..", "..", "docs", "language.md");
const allCases: Snippet[] = withPending([...valueCases, ...statementCases, ...stringCases, ...collectionCases, ...numberCases, ...apiCases, ...apiIoCases, ...xmlCases, ...urlCases, ...mapCases, ...authorCases, ...portedCases, ...foundCases, ...rejectedCases, ...hostileCases]);

interface Section {
  heading: string;
  marker?: string;
  subsections: Array<{ heading: string; body: string }>;
  body: string;
}

function sections(markdown: string): Section[] {
  const out: Section[] = [];
  let fence = false;
  for (const line of markdown.split("\n")) {
    if (line.startsWith("```")) fence = !fence;
    if (!fence && line.startsWith("## ")) {
      out.push({ heading: line.slice(3).trim(), subsections: [], body: "" });
      continue;
    }
    const current = out[out.length - 1];
    if (!current) continue;
    if (!fence && line.startsWith("### ")) {
      current.subsections.push({ heading: line.slice(4).trim(), body: "" });
      continue;
    }
    const marker = /^<!--\s*(constructs|rejected)\s*-->/.exec(line);
    if (!fence && marker && current.subsections.length === 0) current.marker = marker[1];
    const sub = current.subsections[current.subsections.length - 1];
    if (sub) sub.body += line + "\n";
    else current.body += line + "\n";
  }
  return out;
}

const markdown = fs.readFileSync(DOCS, "utf8");
const parsed = sections(markdown);
const constructs = parsed.filter((s) => s.marker === "constructs").flatMap((s) => s.subsections);
const rejectedRows = parsed
  .filter((s) => s.marker === "rejected")
  .flatMap((s) => s.body.split("\n"))
  .map((line) => /^\|\s*([^|]+?)\s*\|\s*(CSX\d{4})\s*\|/.exec(line))
  .filter((m): m is RegExpExecArray => m !== null)
  .map((m) => ({ construct: m[1].replace(/`/g, ""), code: m[2] }));

describe("docs/language.md and the conformance cases", () => {
  test("the reference lists constructs and rejected constructs", () => {
    expect(constructs.length).toBeGreaterThan(30);
    expect(rejectedRows.length).toBeGreaterThan(15);
  });

  test("the pending list names existing cases", () => {
    const keys = new Set(allCases.map(caseKey));
    expect(Object.keys(PENDING).filter((k) => !keys.has(k))).toEqual([]);
  });

  test("every documented construct has a conformance case that is not pending", () => {
    const covered = new Set(allCases.filter((c) => !c.pending && !c.rejects).map((c) => c.construct));
    expect(constructs.map((c) => c.heading).filter((h) => !covered.has(h))).toEqual([]);
  });

  test("every case covers a documented construct", () => {
    const headings = new Set(constructs.map((c) => c.heading));
    const rows = new Set(rejectedRows.map((r) => r.construct));
    const stray = allCases.filter((c) => !(c.rejects ? rows.has(c.construct) : headings.has(c.construct))).map((c) => `${c.construct}: ${c.name ?? c.code}`);
    expect([...new Set(stray)]).toEqual([]);
  });

  test("every rejected construct has a case refused with its code, and every such case its row", () => {
    const cases = rejectedCases.map((c) => `${c.construct} → ${c.rejects}`);
    const rows = rejectedRows.map((r) => `${r.construct} → ${r.code}`);
    expect(rows.filter((r) => !cases.includes(r))).toEqual([]);
    expect([...new Set(cases.filter((c) => !rows.includes(c)))]).toEqual([]);
  });

  test("every built-in member in a table is called by a case of its construct", () => {
    const missing: string[] = [];
    for (const construct of constructs) {
      const code = allCases.filter((c) => c.construct === construct.heading && !c.pending).map((c) => c.code).join("\n");
      for (const line of construct.body.split("\n")) {
        const cell = /^\|\s*`([^`]+)`/.exec(line)?.[1];
        if (!cell) continue;
        // `s.slice(start, end?)` → ".slice";  `Math.round(x)` → "Math.round(";  `parseInt(s)` → "parseInt(";
        // `new Date(ms)` → "new Date(";  `Number.EPSILON` → "Number.EPSILON"
        const member =
          /^(new \w+\()/.exec(cell)?.[1] ??
          /^[a-z]\w*(\.\w+)/.exec(cell)?.[1] ??
          /^([A-Z][\w.]*\w\(?)/.exec(cell)?.[1] ??
          /^(\w+\()/.exec(cell)?.[1];
        if (member && !code.includes(member)) missing.push(`${construct.heading}: ${cell}`);
      }
    }
    expect(missing).toEqual([]);
  });

  test("every message a built-in raises is listed", () => {
    expect(Object.values(builtinMessages).filter((m) => !markdown.includes(m))).toEqual([]);
  });

  test("the C# beside each example is what the emitter writes", () => {
    const examples = [...markdown.matchAll(/```ts\n([\s\S]*?)```\n+```cs\n([\s\S]*?)```/g)].map((m) => ({ ts: m[1], cs: m[2], at: m.index! }));
    expect(examples.length).toBeGreaterThan(20);
    const written = emitExamples(examples.map((e) => e.ts));
    const stale = examples.map((e, i) => ({ ts: e.ts, documented: e.cs, emitted: written[i] })).filter((e) => e.documented !== e.emitted);
    if (process.env.UPDATE_DOCS === "1" && stale.length) {
      let text = markdown;
      for (let i = examples.length - 1; i >= 0; i--) {
        const start = text.indexOf("```cs\n", examples[i].at + examples[i].ts.length);
        const end = text.indexOf("```", start + 6);
        text = text.slice(0, start + 6) + written[i] + text.slice(end);
      }
      fs.writeFileSync(DOCS, text);
    } else {
      expect(stale).toEqual([]);
    }
    // An example of a supported construct must itself be supported.
    expect(examples.map((e, i) => `${e.ts}${written[i]}`).filter((text) => /^\/\/ CSX/m.test(text))).toEqual([]);
  });
});

const EXAMPLE_HEADER = `import { defineTransforms, HttpError, isoDuration, base64, hmacSha256Hex, sha256Hex, searchParams, type Json, type Req, type Res, type Ctx, type Transform } from "csxc";\n`;

/** The C# of each example (its top-level declarations, printed without #line), in one emit. */
function emitExamples(sources: string[]): string[] {
  const files: Record<string, string> = {};
  sources.forEach((ts, i) => (files[`transforms/e${i}.ts`] = EXAMPLE_HEADER + ts));
  files["transforms/index.ts"] = `import { defineTransforms } from "csxc";\n${sources.map((_, i) => `import "./e${i}";\n`).join("")}export default defineTransforms({});\n`;
  const dir = tempProject(files);
  try {
    const result = emitProgram({ projectDir: dir, entry: path.join(dir, "transforms", "index.ts") });
    return sources.map((_, i) => {
      const file = `transforms/e${i}.ts`;
      const problems = result.diagnostics.filter((d) => d.file === file);
      if (problems.length) return problems.map((d) => `// ${d.code}: ${d.message}\n`).join("");
      const printer = new Printer(false);
      result.members.filter((m) => m.origin?.file === file).forEach((m, k) => {
        if (k > 0) printer.blankLine();
        printer.member(m, 0);
      });
      const text = printer.text();
      return text.endsWith("\n") ? text : text + "\n";
    });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
