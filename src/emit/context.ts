// State shared by the visitors while one program is emitted: the checker, the diagnostics, the
// runtime features used, and the names in scope.

import { ts } from "ts-morph";
import * as path from "node:path";
import { diagnostics, type Diagnostic, type Span } from "../check/diagnostics";
import { cs, type CsExpr, type Origin } from "./cs-ast";
import { assertedNullish, coalescedRep, isAssertion, declarationMaybeUndefined, maybeUndefined, namedFunction, constFunction, plusMayGiveNumber, returnsMaybeUndefined, widen } from "./maybe-undefined";
import { csIdentifier, isReservedName } from "./naming";
import { funcRep, repOf, REP, type Rep } from "./reps";
import { CHAIN_OPERATORS } from "./nesting";
import { walkTree } from "./ts-walk";
import { isJToken } from "./json-typing";

interface FunctionFrame {
  isAsync: boolean;
  returns: Rep;
}

/** What `break` and `continue` may reach inside the current function, innermost last. */
export type JumpTarget =
  /** `labels`: the JS labels on the loop, which `continue label` names. */
  | { kind: "loop"; continueLabel?: { name: string; used: boolean }; labels?: string[] }
  | { kind: "switch" }
  /** A labelled statement: `break label` is a goto to the C# label after it. */
  | { kind: "labelled"; label: string; breakLabel: { name: string; used: boolean } }
  | { kind: "finally" };

/** A stand-in for an expression already evaluated into a C# temp (the base of an optional chain). */
interface Substitution {
  expr: CsExpr;
  rep: Rep;
}

export class EmitContext {
  readonly diagnostics: Diagnostic[] = [];
  readonly features = new Set<string>();
  private scopes: Array<Map<string, string>> = [new Map()];
  /** Every name declared in the current C# method: C# forbids reusing one in a nested scope. */
  private methodNames: Set<string> = new Set();
  private frames: Array<FunctionFrame & { jumps: JumpTarget[] }> = [];
  private tempCounter = 0;
  private readonly substitutions = new Map<ts.Node, Substitution>();
  private readonly scannedFiles = new Set<ts.SourceFile>();

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

  /** A file's path relative to the project, `/`-separated; a file outside it is `../`-relative, never absolute. */
  relative(fileName: string): string {
    const rel = path.relative(this.projectDir, fileName);
    return (path.isAbsolute(rel) ? fileName : rel).split(path.sep).join("/");
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

  /** The representation of the value of `node` here, after narrowing; see maybe-undefined.ts for `unchecked`. */
  repAt(node: ts.Node): Rep {
    const substituted = this.substitutions.get(node);
    if (substituted) return substituted.rep;
    // Asked several times per node (the visitor, its consumer, coerce): each asking walks the
    // node's ancestors in the checker, so a node of a long chain is asked once.
    let rep = this.reps.get(node);
    if (!rep) this.reps.set(node, (rep = this.computeRepAt(node)));
    return rep;
  }

  private readonly reps = new Map<ts.Node, Rep>();

  private computeRepAt(node: ts.Node): Rep {
    const arithmetic = this.arithmeticRep(node);
    if (arithmetic) return arithmetic;
    let type = this.checker.getTypeAtLocation(node);
    // `(p ?? p!)` after `if (!p) throw`: an assertion or parentheses of such a never hold what it holds.
    if (type.flags & ts.TypeFlags.Never && (ts.isParenthesizedExpression(node) || isAssertion(node))) return this.repAt(node.expression);
    // A variable narrowed to `never` (`const ok: boolean = res.ok` after `if (!res.ok) return`, then
    // `if (ok) return`) is read only by code that never runs: it keeps its declared representation.
    // So is a property narrowed so (`res.ok`, `page.next`): both keep the type they were declared with.
    const named = ts.isIdentifier(node) ? node : ts.isPropertyAccessExpression(node) ? node.name : undefined;
    const symbol = type.flags & ts.TypeFlags.Never && named ? this.symbolAt(named) : undefined;
    if (symbol) type = this.checker.getTypeOfSymbol(symbol);
    // So is an element (`if (tags[0] !== undefined) throw …; const first: Tag | undefined = tags[0]`).
    else if (type.flags & ts.TypeFlags.Never && ts.isElementAccessExpression(node)) type = this.elementType(node) ?? type;
    // `v ?? null` of such a `v` is never to TypeScript too, but runs (`v` is undefined): JSON holds either side.
    else if (type.flags & ts.TypeFlags.Never && ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.QuestionQuestionToken) return REP.json;
    // `res.ok && x` after `if (res.ok) throw`: never to TypeScript, code that does not run; it is
    // held as its left side is (the property keeps its declared type), so that it compiles.
    else if (type.flags & ts.TypeFlags.Never && ts.isBinaryExpression(node) && (node.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken || node.operatorToken.kind === ts.SyntaxKind.BarBarToken)) return this.repAt(node.left);
    const rep = repOf(type, this.checker);
    // A const holding `parts[2] + 1`, which may be NaN, is JSON (holdsSum); a const arrow that may
    // take or return undefined is a delegate of the optional representations (declaredRep).
    if (rep.kind === "string" && ts.isIdentifier(node) && this.holdsSum(this.symbolAt(node)?.valueDeclaration)) return REP.json;
    const constFn = rep.kind === "func" && ts.isIdentifier(node) ? this.symbolAt(node)?.valueDeclaration : undefined;
    if (constFn && constFunction(constFn)) return this.declaredRep(constFn);
    // A caught error is `unknown` to TypeScript but always an exception here (only Errors are thrown).
    if (rep.kind !== "exception" && ts.isIdentifier(node) && this.isCatchVariable(node)) return REP.exception;
    if (!isPlainPrimitive(rep)) return rep;
    if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.QuestionQuestionToken) return coalescedRep(node, rep, this);
    const asserted = assertedNullish(node, this);
    if (asserted) return asserted;
    return maybeUndefined(node, this) ? widen(rep) : rep;
  }

  /** The type an element of `node`'s array (or tuple) was declared with. */
  private elementType(node: ts.ElementAccessExpression): ts.Type | undefined {
    const container = this.checker.getApparentType(this.checker.getTypeAtLocation(node.expression));
    return this.checker.getIndexTypeOfType(container, ts.IndexKind.Number);
  }

  private readonly arithmeticReps = new Map<ts.Node, Rep | null>();

  /**
   * The type of `a + b`, `a * b`, … from the types of its operands, as TypeScript derives it. The
   * checker does not cache the type of an expression: asking it at every link of a chain of n terms
   * checks the chain again each time (quadratic, minutes at a few thousand terms); this asks once
   * per operand, from the innermost link out.
   */
  private arithmeticRep(node: ts.Node): Rep | undefined {
    // `(parts[2] + 1)` is held as what it encloses (JSON when the sum may be a number or a string).
    if (ts.isParenthesizedExpression(node)) return this.arithmeticRep(node.expression) && this.repAt(node.expression);
    if (!ts.isBinaryExpression(node)) return undefined;
    const op = node.operatorToken.kind;
    // Every chain operator but `+` gives a number from two numbers (bigint is not supported).
    const plus = op === ts.SyntaxKind.PlusToken;
    if (!CHAIN_OPERATORS.has(op)) return undefined;
    let known = this.arithmeticReps.get(node);
    if (known === undefined) {
      // Links of a left-deep chain, innermost first: asked from the outside (a declaration's type),
      // a chain of 4,000 terms would otherwise be 4,000 nested calls and overflow the stack.
      const spine: ts.Node[] = [];
      for (let n = node.left; ts.isBinaryExpression(n) && CHAIN_OPERATORS.has(n.operatorToken.kind) && !this.reps.has(n); n = n.left) spine.push(n);
      for (let i = spine.length - 1; i >= 0; i--) this.repAt(spine[i]);
      const left = this.repAt(node.left).kind;
      const right = this.repAt(node.right).kind;
      // `parts[2] + 1` is NaN when the part is undefined: JSON holds a string or a number.
      const text = plusMayGiveNumber(this.repAt(node.left), this.repAt(node.right)) ? REP.json : REP.string;
      known = plus && (left === "string" || right === "string") ? text : left === "number" && right === "number" ? REP.number : null;
      this.arithmeticReps.set(node, known);
    }
    return known ?? undefined;
  }

  /** The symbol a name refers to: through imports, and to the variable of a shorthand `{ id }`. */
  symbolAt(node: ts.Node): ts.Symbol | undefined {
    // The name of a shorthand property is the property's symbol; its value is the variable's.
    let symbol =
      ts.isShorthandPropertyAssignment(node.parent) && node.parent.name === node
        ? this.checker.getShorthandAssignmentValueSymbol(node.parent)
        : this.checker.getSymbolAtLocation(node);
    if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = this.checker.getAliasedSymbol(symbol);
    return symbol;
  }

  isCatchVariable(node: ts.Identifier): boolean {
    const decl = this.checker.getSymbolAtLocation(node)?.valueDeclaration;
    return !!decl && ts.isVariableDeclaration(decl) && ts.isCatchClause(decl.parent);
  }

  /** While `body` runs, `node` stands for `expr` (already evaluated) in the representation `rep`. */
  substitute<T>(node: ts.Node, expr: CsExpr, rep: Rep, body: () => T): T {
    this.substitutions.set(node, { expr, rep });
    try {
      return body();
    } finally {
      this.substitutions.delete(node);
    }
  }

  substitution(node: ts.Node): CsExpr | undefined {
    return this.substitutions.get(node)?.expr;
  }

  /** Reports the constructs that are rejected wherever they appear in a file (explicit `any`). */
  scanFile(file: ts.SourceFile): void {
    if (this.scannedFiles.has(file)) return;
    this.scannedFiles.add(file);
    walkTree(file, (n) => {
      if (n.kind === ts.SyntaxKind.AnyKeyword) {
        const where = n.parent && ts.isAsExpression(n.parent) ? "'as any'" : "an 'any' annotation";
        this.report(diagnostics.anyNotSupported(this.span(n), where));
      }
      return true;
    });
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
    const rep = repOf(type, this.checker);
    // A named function used as a value: its method or delegate may take and give undefined where
    // its type says a primitive (maybe-undefined.ts): parameters given a read past the end, results.
    const fn = namedFunction(decl);
    if (rep.kind === "func" && fn && rep.inner) {
      const params = (rep.params ?? []).map((p, i) => (fn.parameters[i] && isPlainPrimitive(p) && declarationMaybeUndefined(fn.parameters[i], this) ? widen(p) : p));
      const inner = isPlainPrimitive(rep.inner) && returnsMaybeUndefined(fn, this) ? widen(rep.inner) : rep.inner;
      const widened = funcRep(params, inner);
      return widened.cs === rep.cs ? rep : widened;
    }
    if (rep.kind === "string" && this.holdsSum(decl)) return REP.json;
    return isPlainPrimitive(rep) && declarationMaybeUndefined(decl, this) ? widen(rep) : rep;
  }

  /** A sum that may be a number although TypeScript says string (`(parts[2] + 1)`, or a `const` holding one): held as JSON. */
  sumMayBeNumber(node: ts.Expression): boolean {
    while (ts.isParenthesizedExpression(node)) node = node.expression;
    if (ts.isIdentifier(node)) return this.holdsSum(this.symbolAt(node)?.valueDeclaration);
    return ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken && plusMayGiveNumber(this.repAt(node.left), this.repAt(node.right));
  }

  /** A `const` initialized with a sum that may be a number although TypeScript says string (`const v = parts[2] + 1`): held as JSON. */
  holdsSum(decl: ts.Declaration | undefined): boolean {
    if (!decl || !ts.isVariableDeclaration(decl) || !decl.initializer || (ts.getCombinedNodeFlags(decl) & ts.NodeFlags.Const) === 0) return false;
    let init = decl.initializer;
    while (ts.isParenthesizedExpression(init)) init = init.expression;
    return ts.isBinaryExpression(init) && this.repAt(init).kind === "json" && !!this.arithmeticRep(init);
  }

  /** Converts a C# expression from one representation to another, as the JS value is unchanged. */
  coerce(expr: CsExpr, from: Rep, to: Rep, node: ts.Node): CsExpr {
    if (from.cs === to.cs) return expr;
    if (to.kind === "json") return this.box(expr, from, node);
    if (from.kind === "json" && to.kind === "api" && HOSTED.has(to.cs)) {
      // A Res or Req read back from an array or object that holds it (runtime Hosts.cs).
      this.use("Hosts");
      return cs.call("Js.Unhost", [expr], [to.cs]);
    }
    if (from.kind === "json") {
      const unbox: Record<string, string> = { string: "Js.Str", number: "Js.Num", boolean: "Js.Bool" };
      if (to.kind in unbox) {
        this.use("Values");
        const fn = unbox[to.kind] + (to.nullish ? "OrNull" : "");
        return cs.call(fn, [expr]);
      }
    }
    if (from.kind === to.kind && (from.kind === "number" || from.kind === "boolean")) {
      if (!from.nullish || to.nullish) return expr; // double → double? is implicit
      // A value read past the end is undefined where TypeScript says number: ToNumber gives NaN.
      // (ToNumber(null) is 0, for a null asserted away with `!`.)
      if (from.unchecked) return cs.bin("??", expr, from.kind === "number" ? cs.lit(from.nullish === "null" ? "0d" : "double.NaN") : cs.bool(false));
      return cs.member(expr, "Value"); // double? → double after narrowing
    }
    if (from.kind === "exception" && to.kind === "exception") return to.cs === "Exception" ? expr : cs.cast(to.cs, expr);
    if (from.kind === "exception") return this.report(diagnostics.caughtErrorAsValue(this.span(node)));
    if (from.kind === "func" && to.kind === "func") return this.adaptFunction(expr, from, to, node);
    if (to.kind === "void") return expr;
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
        return this.unsupported(node, "using the result of a function that returns nothing", "call it as a statement and use undefined");
      case "api":
        if (!HOSTED.has(from.cs)) break;
        this.use("Hosts");
        return cs.call("Js.Host", [expr]);
      case "task":
        this.use("Hosts");
        return cs.call("Js.HostTask", [expr]);
      case "func":
        return this.report(diagnostics.functionAsData(this.span(node)));
      case "exception":
        return this.report(diagnostics.caughtErrorAsValue(this.span(node)));
    }
    return this.report(diagnostics.unsupportedType(this.span(node), this.checker.typeToString(this.checker.getTypeAtLocation(node)), "it would have to become JSON"));
  }

  /**
   * A function value seen through another delegate type (other parameter or result representations,
   * fewer parameters): a lambda of the target type that converts on the way in and out.
   */
  private adaptFunction(expr: CsExpr, from: Rep, to: Rep, node: ts.Node): CsExpr {
    if (from.cs === to.cs) return expr;
    if (expr.kind !== "name" && expr.kind !== "member") {
      // A function made by a call (`items.filter(where(x))`): made once, as JS does, then adapted.
      const { bind, value } = this.bindOnce(cs.cast(from.cs, expr), from, "f");
      const adapted = this.adaptFunction(value, from, to, node);
      return bind ? { kind: "conditional", test: bind, whenTrue: adapted, whenFalse: cs.cast(to.cs, cs.null()) } : adapted;
    }
    const fromParams = from.params ?? [];
    const toParams = to.params ?? [];
    const names = toParams.map(() => this.temp("a"));
    const args = fromParams.map((rep, i) => (i < toParams.length ? this.coerce(cs.name(names[i]), toParams[i], rep, node) : this.undefinedOf(rep)));
    const call = cs.call(expr, args);
    const result = from.inner ?? REP.void;
    const target = to.inner ?? REP.void;
    const body: CsExpr = target.kind === "void" || result.kind === "void" ? call : this.coerce(call, result, target, node);
    const lambda: CsExpr = {
      kind: "lambda",
      params: toParams.map((rep, i) => ({ type: rep.cs, name: names[i] })),
      body: target.kind === "void" && result.kind !== "void" ? [{ kind: "expr", expr: cs.assign(cs.name("_"), call) }] : body,
    };
    if (!to.nullish) return lambda;
    // A delegate that may be undefined stays undefined.
    return { kind: "conditional", test: cs.bin("==", expr, cs.null()), whenTrue: cs.cast(to.cs, cs.null()), whenFalse: lambda };
  }

  /** The C# for `undefined` in a representation (C# null, or the type's default where it has none). */
  undefinedOf(rep: Rep): CsExpr {
    if (rep.cs === "double") return cs.lit("double.NaN");
    if (rep.cs === "bool") return cs.bool(false);
    if (rep.kind === "void") return cs.null();
    return cs.cast(rep.cs, cs.null());
  }

  /**
   * Evaluates `expr` once for a test and a later use: a plain name is read twice; anything else is
   * bound to a fresh C# pattern variable (`expr is var t`), which also works inside expressions.
   */
  bindOnce(expr: CsExpr, rep: Rep, prefix = "t"): { bind: CsExpr | undefined; value: CsExpr } {
    if (expr.kind === "name") return { bind: undefined, value: expr };
    const name = this.temp(prefix);
    // `is var t` takes the operand's C# type: JSON is held as JToken, whatever kind built it.
    const untyped = expr.kind === "literal" && (expr.text === "null" || expr.text === "default");
    const operand = untyped || (rep.kind === "json" && !isJToken(expr)) ? cs.cast(rep.cs, expr) : expr;
    return { bind: { kind: "is", operand, type: "var", name }, value: cs.name(name) };
  }

  // --- jumps ---------------------------------------------------------------------------------

  get jumps(): JumpTarget[] {
    return this.frames[this.frames.length - 1]?.jumps ?? this.topJumps;
  }

  private topJumps: JumpTarget[] = [];

  withJump<T>(target: JumpTarget, body: () => T): T {
    const jumps = this.jumps;
    jumps.push(target);
    try {
      return body();
    } finally {
      jumps.pop();
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
    this.frames.push({ ...frame, jumps: [] });
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
    const base = csIdentifier(tsName);
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
    const name = this.globalName(csIdentifier(preferred));
    this.symbolNames.set(symbol, name);
    return name;
  }

  /** Claims a member name of class Script (a top-level declaration, a hook method), unique among them. */
  globalName(base: string): string {
    let name = base;
    for (let i = 2; this.globalNames.has(name) || isReservedName(name); i++) name = `${base}_${i}`;
    this.globalNames.add(name);
    return name;
  }

  nameOf(symbol: ts.Symbol): string | undefined {
    return this.symbolNames.get(symbol);
  }

  temp(prefix: string): string {
    this.tempCounter++;
    return this.declare(`${prefix}${this.tempCounter}`);
  }

  /** A C# name derived from a TS name (`limit_arg`), unique in the method, not visible to TS code. */
  derived(base: string, suffix: string): string {
    const stem = csIdentifier(base.replace(/^@/, "")).replace(/^@/, "");
    let name = `${stem}_${suffix}`;
    for (let i = 2; this.methodNames.has(name) || this.globalNames.has(name) || isReservedName(name); i++) name = `${stem}_${suffix}${i}`;
    this.methodNames.add(name);
    return name;
  }
}

export { REP };


/** Runtime objects that arrays and objects may hold beside JSON (Hosts.cs): responses, requests, hook objects. */
const HOSTED = new Set(["CsxRes", "CsxReq", "CsxTransform"]);

function isPlainPrimitive(rep: Rep): boolean {
  return !rep.nullish && (rep.kind === "string" || rep.kind === "number" || rep.kind === "boolean");
}
