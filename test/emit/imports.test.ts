// The module graph of src/: no import cycles anywhere in src/ (a cycle makes the order in which modules run decide
// whether a table is filled when it is read), and no import kept only for its side effects in
// src/emit (built-in tables and visitors are data that an index collects explicitly). Type-only
// imports are erased by the compiler and so take no part in either rule.

import * as fs from "fs";
import * as path from "path";
import ts from "typescript";

const SRC = path.join(__dirname, "..", "..", "src");
/** Where cycles are refused: all of src/. */
const CYCLE_ROOT = SRC;

interface Module {
  file: string;
  /** Relative imports that remain at run time, resolved to files under src/. */
  imports: string[];
  /** Imports without bindings: `import "./x"`. */
  bare: string[];
}

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(full);
    return e.name.endsWith(".ts") && !e.name.endsWith(".d.ts") ? [full] : [];
  });
}

function resolve(from: string, spec: string): string | undefined {
  const base = path.resolve(path.dirname(from), spec);
  return [`${base}.ts`, path.join(base, "index.ts")].find((f) => fs.existsSync(f));
}

/** Whether an import declaration leaves anything at run time (`import type`, or only `type` specifiers, do not). */
function isRuntimeImport(decl: ts.ImportDeclaration): boolean {
  const clause = decl.importClause;
  if (!clause) return true;
  if (clause.isTypeOnly) return false;
  if (clause.name) return true;
  const bindings = clause.namedBindings;
  if (!bindings || ts.isNamespaceImport(bindings)) return true;
  return bindings.elements.length === 0 || bindings.elements.some((e) => !e.isTypeOnly);
}

function readModule(file: string): Module {
  const source = ts.createSourceFile(file, fs.readFileSync(file, "utf8"), ts.ScriptTarget.Latest, false);
  const module: Module = { file, imports: [], bare: [] };
  for (const statement of source.statements) {
    const isImport = ts.isImportDeclaration(statement);
    const isReExport = ts.isExportDeclaration(statement) && !statement.isTypeOnly;
    if (!isImport && !isReExport) continue;
    const spec = statement.moduleSpecifier;
    if (!spec || !ts.isStringLiteral(spec) || !spec.text.startsWith(".")) continue;
    if (isImport && !isRuntimeImport(statement)) continue;
    const target = resolve(file, spec.text);
    if (!target) continue;
    module.imports.push(target);
    if (isImport && !statement.importClause) module.bare.push(spec.text);
  }
  return module;
}

/** The strongly connected components of more than one module (or a module importing itself): Tarjan's algorithm. */
export function importCycles(modules: Map<string, Module>): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const visit = (v: string): void => {
    index.set(v, counter);
    low.set(v, counter++);
    stack.push(v);
    onStack.add(v);
    // Edges that leave the graph (imports outside the root checked) close no cycle inside it.
    for (const w of modules.get(v)!.imports.filter((f) => modules.has(f))) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) !== index.get(v)) return;
    const component: string[] = [];
    let w: string;
    do {
      w = stack.pop()!;
      onStack.delete(w);
      component.push(w);
    } while (w !== v);
    if (component.length > 1 || modules.get(v)!.imports.includes(v)) cycles.push(component.map((f) => path.relative(SRC, f)).sort());
  };
  for (const file of modules.keys()) if (!index.has(file)) visit(file);
  return cycles;
}

const modules = new Map(sourceFiles(SRC).map((f) => [f, readModule(f)] as const));

describe("the module graph of src/", () => {
  it("reads the imports it checks (the walk sees the built-in index and its tables)", () => {
    const index = modules.get(path.join(SRC, "emit", "builtins", "index.ts"));
    expect(index?.imports).toContain(path.join(SRC, "emit", "builtins", "strings.ts"));
  });

  it("finds a cycle when there is one", () => {
    const a = "/x/a.ts";
    const b = "/x/b.ts";
    const graph = new Map([
      [a, { file: a, imports: [b], bare: [] }],
      [b, { file: b, imports: [a], bare: [] }],
    ]);
    expect(importCycles(graph)).toHaveLength(1);
  });

  it("has no import cycle in src/", () => {
    const inRoot = new Map([...modules].filter(([file]) => file.startsWith(CYCLE_ROOT)));
    expect(importCycles(inRoot)).toEqual([]);
  });

  it("has no side-effect-only import in src/emit", () => {
    const bare = [...modules.values()].filter((m) => m.file.startsWith(path.join(SRC, "emit")) && m.bare.length).map((m) => `${path.relative(SRC, m.file)}: ${m.bare.join(", ")}`);
    expect(bare).toEqual([]);
  });
});
