// State shared by the visitors while one program is emitted: the checker, the diagnostics, the
// runtime features used, and the names in scope.

import { ts } from "ts-morph";
import * as path from "node:path";
import { diagnostics, type Diagnostic, type Span } from "../check/diagnostics";
import { cs, type CsExpr, type Origin } from "./cs-ast";
import { repOf, REP, type Rep } from "./reps";

const CS_KEYWORDS = new Set(
  ("abstract as base bool break byte case catch char checked class const continue decimal default delegate do double else " +
    "enum event explicit extern false finally fixed float for foreach goto if implicit in int interface internal is lock long " +
    "namespace new null object operator out override params private protected public readonly ref return sbyte sealed short " +
    "sizeof stackalloc static string struct switch this throw true try typeof uint ulong unchecked unsafe ushort using virtual " +
    "void volatile while").split(" "),
);

/** Names the generated class or its runtime already uses; user names that collide get a suffix. */
const RESERVED = new Set(["Script", "Js", "JsError", "Context", "CancellationToken", "ExecuteAsync", "CreateJsonContent", "RouteAsync", "KnownOperations", "HttpError", "Task", "JToken", "JObject", "JArray", "JValue"]);

interface FunctionFrame {
  isAsync: boolean;
  returns: Rep;
}

export class EmitContext {
  readonly diagnostics: Diagnostic[] = [];
  readonly features = new Set<string>();
  private scopes: Array<Map<string, string>> = [new Map()];
  /** Every name declared in the current C# method: C# forbids reusing one in a nested scope. */
  private methodNames: Set<string> = new Set();
  private frames: FunctionFrame[] = [];
  private tempCounter = 0;

  constructor(
    readonly checker: ts.TypeChecker,
    readonly projectDir: string,
  ) {}

  // --- diagnostics ---------------------------------------------------------------------------

  span(node: ts.Node): Span {
    const sf = node.getSourceFile();
    const start = node.getStart(sf);
    const { line, character } = sf.getLineAndCharacterOfPosition(start);
    return { file: this.relative(sf.fileName), line: line + 1, column: character + 1, length: node.getEnd() - start };
  }

  origin(node: ts.Node): Origin {
    const { file, line } = this.span(node);
    return { file, line };
  }

  relative(fileName: string): string {
    const rel = path.relative(this.projectDir, fileName);
    return (rel.startsWith("..") ? fileName : rel).split(path.sep).join("/");
  }

  report(diagnostic: Diagnostic): CsExpr {
    if (!this.diagnostics.some((d) => d.file === diagnostic.file && d.line === diagnostic.line && d.column === diagnostic.column && d.code === diagnostic.code)) {
      this.diagnostics.push(diagnostic);
    }
    // A placeholder keeps the walk going; nothing is written when diagnostics exist.
    return cs.lit("default");
  }

  unsupported(node: ts.Node, construct: string, instead: string): CsExpr {
    return this.report(diagnostics.unsupportedSyntax(this.span(node), construct, instead));
  }

  use(feature: string): void {
    this.features.add(feature);
  }

  // --- types ---------------------------------------------------------------------------------

  /** The representation of the value of `node` here, after narrowing. */
  repAt(node: ts.Node): Rep {
    return repOf(this.checker.getTypeAtLocation(node), this.checker);
  }

  repOfType(type: ts.Type): Rep {
    return repOf(type, this.checker);
  }

  /** The representation a declaration stores its value in (its declared type, not narrowed). */
  declaredRep(decl: ts.Declaration): Rep {
    // A catch variable holds the C# exception; `e instanceof HttpError` and `e.message` read it.
    if (ts.isVariableDeclaration(decl) && ts.isCatchClause(decl.parent)) return REP.exception;
    const symbol = (decl as ts.NamedDeclaration).name ? this.checker.getSymbolAtLocation((decl as ts.NamedDeclaration).name!) : undefined;
    const type = symbol ? this.checker.getTypeOfSymbolAtLocation(symbol, decl) : this.checker.getTypeAtLocation(decl);
    return repOf(type, this.checker);
  }

  /** Converts a C# expression from one representation to another, as the JS value is unchanged. */
  coerce(expr: CsExpr, from: Rep, to: Rep, node: ts.Node): CsExpr {
    if (from.cs === to.cs) return expr;
    if (to.kind === "json") return this.box(expr, from, node);
    if (from.kind === "json") {
      const unbox: Record<string, string> = { string: "Js.Str", number: "Js.Num", boolean: "Js.Bool" };
      if (to.kind in unbox) {
        this.use("Values");
        const fn = unbox[to.kind] + (to.nullish ? "OrNull" : "");
        return cs.call(fn, [expr]);
      }
    }
    if (from.kind === to.kind && (from.kind === "number" || from.kind === "boolean")) {
      // double? → double after narrowing; double → double? is implicit.
      return from.nullish && !to.nullish ? cs.member(expr, "Value") : expr;
    }
    if (from.kind === "exception" && to.kind === "exception") return cs.cast(to.cs, expr);
    if (from.kind === "func" && to.kind === "func") return expr;
    return this.report(diagnostics.unsupportedType(this.span(node), this.checker.typeToString(this.checker.getTypeAtLocation(node)), `it is used as ${to.cs} but held as ${from.cs}`));
  }

  private box(expr: CsExpr, from: Rep, node: ts.Node): CsExpr {
    this.use("Values");
    switch (from.kind) {
      case "string":
      case "number":
      case "boolean":
        if (!from.nullish) return cs.call("Js.Box", [expr]);
        return cs.call(from.nullish === "null" ? "Js.BoxOrNull" : "Js.BoxOrUndefined", [expr]);
      case "void":
        return cs.null();
      default:
        return this.report(diagnostics.unsupportedType(this.span(node), this.checker.typeToString(this.checker.getTypeAtLocation(node)), "it would have to become JSON"));
    }
  }

  // --- names ---------------------------------------------------------------------------------

  pushScope(): void {
    this.scopes.push(new Map());
  }

  popScope(): void {
    this.scopes.pop();
  }

  /** Starts a fresh C# method: names of the enclosing method are no longer in the way. */
  withMethod<T>(frame: FunctionFrame, body: () => T, nested = false): T {
    const savedNames = this.methodNames;
    if (!nested) this.methodNames = new Set();
    this.frames.push(frame);
    this.pushScope();
    try {
      return body();
    } finally {
      this.popScope();
      this.frames.pop();
      this.methodNames = savedNames;
    }
  }

  get frame(): FunctionFrame | undefined {
    return this.frames[this.frames.length - 1];
  }

  /** Declares a TS name in the current scope and returns the C# name chosen for it. */
  declare(tsName: string, symbolKey?: ts.Symbol): string {
    let base = tsName.replace(/\$/g, "_");
    if (CS_KEYWORDS.has(base)) base = "@" + base;
    if (RESERVED.has(base)) base = base + "_";
    let name = base;
    for (let i = 2; this.methodNames.has(name) || this.globalNames.has(name); i++) name = `${base}_${i}`;
    this.methodNames.add(name);
    this.scopes[this.scopes.length - 1].set(tsName, name);
    if (symbolKey) this.symbolNames.set(symbolKey, name);
    return name;
  }

  /** Top-level names (functions, module constants) of every file, by symbol. */
  readonly symbolNames = new Map<ts.Symbol, string>();
  readonly globalNames = new Set<string>();

  declareGlobal(symbol: ts.Symbol, preferred: string): string {
    let base = preferred.replace(/\$/g, "_");
    if (CS_KEYWORDS.has(base)) base = "@" + base;
    if (RESERVED.has(base)) base = base + "_";
    let name = base;
    for (let i = 2; this.globalNames.has(name); i++) name = `${base}_${i}`;
    this.globalNames.add(name);
    this.symbolNames.set(symbol, name);
    return name;
  }

  nameOf(symbol: ts.Symbol): string | undefined {
    return this.symbolNames.get(symbol);
  }

  temp(prefix: string): string {
    this.tempCounter++;
    return this.declare(`${prefix}${this.tempCounter}`);
  }
}

export { REP };
