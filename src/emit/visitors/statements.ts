// Statements. Each visitor returns the C# statements for one TypeScript statement.

import { ts } from "ts-morph";
import { diagnostics } from "../../check/diagnostics";
import { cs, type CsExpr, type CsStmt, type Origin } from "../cs-ast";
import type { EmitContext } from "../context";
import { someNode } from "../ts-walk";
import { REP, type Rep } from "../reps";
import type { JumpTarget } from "../context";
import { assignTo, skipParentheses } from "./access";
import { assignPattern, bindName } from "./destructuring";
import { iterableText, v8Text } from "../v8-text";
import { refersTo } from "./function-values";
import { asStatement, functionDeclaration, returnedValue } from "./functions";
import { checkEnum } from "./enums";
import { isHoisted, isVarList } from "./vars";
import { strictEquals } from "./operators";
import type { StatementVisitor, Walk } from "./types";

function defaultValue(type: string): CsExpr {
  if (type === "double") return cs.lit("0d");
  if (type === "bool") return cs.bool(false);
  return cs.null();
}

const variableStatement: StatementVisitor<ts.VariableStatement> = (node, ctx, walk) => {
  const list = node.declarationList;
  if (isVarList(list)) return varAssignments(list, ctx, walk);
  return list.declarations.flatMap((decl) => localDeclaration(decl, ctx, walk));
};

/** `var x = e, y;` inside a function: x was declared at the method's top (vars.ts), so this assigns it. */
function varAssignments(list: ts.VariableDeclarationList, ctx: EmitContext, walk: Walk): CsStmt[] {
  return list.declarations.flatMap((decl): CsStmt[] => {
    if (!isHoisted(decl.name, ctx)) return localDeclaration(decl, ctx, walk);
    if (!decl.initializer) return [];
    const name = ctx.nameOf(ctx.checker.getSymbolAtLocation(decl.name)!)!;
    return [{ kind: "expr", expr: cs.assign(cs.name(name), walk.exprAs(decl.initializer, ctx.declaredRep(decl))), origin: ctx.origin(decl) }];
  });
}

function stmtError(expr: CsExpr): CsStmt {
  return { kind: "expr", expr };
}

export function localDeclaration(decl: ts.VariableDeclaration, ctx: EmitContext, walk: Walk): CsStmt[] {
  if (!ts.isIdentifier(decl.name)) {
    if (!decl.initializer) return [stmtError(ctx.unsupported(decl, "a destructuring declaration without a value", "give it a value"))];
    const source = { expr: walk.expr(decl.initializer), rep: ctx.repAt(decl.initializer), node: decl.initializer, text: v8Text(decl.initializer) ?? null };
    return bindName(decl.name, source, ctx, walk, decl);
  }
  const rep = ctx.declaredRep(decl);
  if (rep.kind === "void") return [stmtError(ctx.unsupported(decl, "a variable of type void or never", "give it a type"))];
  const symbol = ctx.checker.getSymbolAtLocation(decl.name);
  // A function that calls itself through its own const: C# needs the variable declared first.
  const recursive = rep.kind === "func" && refersTo(decl.initializer, symbol, ctx);
  const name = recursive ? ctx.declare(decl.name.text, symbol) : "";
  const init = decl.initializer ? walk.exprAs(decl.initializer, rep) : defaultValue(rep.cs);
  if (recursive) {
    return [
      { kind: "local", type: rep.cs, name, init: cs.null(), origin: ctx.origin(decl) },
      { kind: "expr", expr: cs.assign(cs.name(name), init) },
    ];
  }
  return [{ kind: "local", type: rep.cs, name: ctx.declare(decl.name.text, symbol), init, origin: ctx.origin(decl) }];
}

const expressionStatement: StatementVisitor<ts.ExpressionStatement> = (node, ctx, walk) => {
  // `({ a, b } = o);` needs its parentheses in JS (a statement cannot start with `{`).
  const e = skipParentheses(node.expression);
  if (ts.isBinaryExpression(e) && e.operatorToken.kind === ts.SyntaxKind.EqualsToken && (ts.isArrayLiteralExpression(e.left) || ts.isObjectLiteralExpression(e.left))) {
    // [a, b] = [b, a]: the value is read whole first, then assigned element by element.
    const source = { expr: walk.expr(e.right), rep: ctx.repAt(e.right), node: e.right, text: v8Text(e.right) ?? null };
    return [{ kind: "block", body: assignPattern(e.left, source, ctx, walk), origin: ctx.origin(node) }];
  }
  return sideEffects(node.expression).flatMap((e, i) => expressionStatements(walk.expr(e), i === 0 ? ctx.origin(node) : undefined));
};

/** The expressions a statement runs: `a, b;` is `a; b;` and `void a;` is `a;` (C# needs no value of them). */
function sideEffects(node: ts.Expression): ts.Expression[] {
  const e = skipParentheses(node);
  if (ts.isBinaryExpression(e) && e.operatorToken.kind === ts.SyntaxKind.CommaToken) return [...sideEffects(e.left), ...sideEffects(e.right)];
  if (ts.isVoidExpression(e)) return sideEffects(e.expression);
  return [node];
}

/** An expression whose value is dropped; a conditional (`a?.f()`, `x ??= y`) becomes an if. */
function expressionStatements(expr: CsExpr, origin: Origin | undefined): CsStmt[] {
  if (expr.kind === "conditional") {
    const branch = (e: CsExpr): CsStmt[] | undefined => (e.kind === "name" || e.kind === "literal" || e.kind === "cast" ? undefined : expressionStatements(e, undefined));
    const then = branch(expr.whenTrue);
    const otherwise = branch(expr.whenFalse);
    if (!then && !otherwise) return [];
    if (!then) return [{ kind: "if", test: cs.not(expr.test), then: otherwise!, origin }];
    return [{ kind: "if", test: expr.test, then, else: otherwise, origin }];
  }
  return [{ kind: "expr", expr: asStatement(expr), origin }];
}

const ifStatement: StatementVisitor<ts.IfStatement> = (node, ctx, walk) => [
  {
    kind: "if",
    test: walk.condition(node.expression),
    then: body(node.thenStatement, ctx, walk),
    else: node.elseStatement ? body(node.elseStatement, ctx, walk) : undefined,
    origin: ctx.origin(node),
  },
];

/** The body of an if/loop: a block's statements without a second pair of braces. */
export function body(node: ts.Statement, ctx: EmitContext, walk: Walk): CsStmt[] {
  return scoped(ctx, () => (ts.isBlock(node) ? walk.block(node.statements) : walk.statements(node)));
}

export function scoped<T>(ctx: EmitContext, body: () => T): T {
  ctx.pushScope();
  try {
    return body();
  } finally {
    ctx.popScope();
  }
}

const block: StatementVisitor<ts.Block> = (node, ctx, walk) => [{ kind: "block", body: scoped(ctx, () => walk.block(node.statements)) }];

const returnStatement: StatementVisitor<ts.ReturnStatement> = (node, ctx, walk) => {
  const frame = ctx.frame;
  const returns = frame?.isAsync ? frame.returns.inner ?? REP.void : frame?.returns ?? REP.void;
  if (ctx.jumps.some((j) => j.kind === "finally")) return [stmtError(ctx.report(diagnostics.jumpOutOfFinally(ctx.span(node), "return")))];
  // `return;` where the function gives a value (`number | undefined`): undefined, in its C# form.
  if (!node.expression) return [{ kind: "return", value: returns.kind === "void" ? undefined : ctx.undefinedOf(returns), origin: ctx.origin(node) }];
  const value = returnedValue(node.expression, returns, ctx, walk);
  if (returns.kind === "void") return [...expressionStatements(value, ctx.origin(node)), { kind: "return" }];
  return [{ kind: "return", value, origin: ctx.origin(node) }];
};

/**
 * The statement that `break` or `continue` leaves: the innermost loop (or switch, for `break`), or
 * with a label the statement of that label; and whether a `finally` lies between.
 */
function jumpTarget(ctx: EmitContext, kind: "break" | "continue", label?: string): { target?: JumpTarget; crossesFinally: boolean } {
  let crossesFinally = false;
  for (let i = ctx.jumps.length - 1; i >= 0; i--) {
    const jump = ctx.jumps[i];
    if (jump.kind === "finally") crossesFinally = true;
    else if (label !== undefined) {
      if (kind === "break" ? jump.kind === "labelled" && jump.label === label : jump.kind === "loop" && jump.labels?.includes(label)) return { target: jump, crossesFinally };
    } else if (jump.kind === "loop" || (kind === "break" && jump.kind === "switch")) return { target: jump, crossesFinally };
  }
  return { crossesFinally };
}

/** The JS labels written on a loop (`outer: for …`). */
function labelsOf(loop: ts.Node): string[] {
  const labels: string[] = [];
  for (let n = loop.parent; ts.isLabeledStatement(n); n = n.parent) labels.push(n.label.text);
  return labels;
}

/**
 * A loop body, with `continue` reaching `continueLabel` when the loop needs work before its next
 * step. A labelled loop that no caller gives a label gets its own at the end of the body, which
 * `continue label` from an inner loop reaches with goto (C# has no labelled continue).
 */
function loopBody(node: ts.Statement, ctx: EmitContext, walk: Walk, continueLabel?: string): { body: CsStmt[]; continued: boolean } {
  const labels = labelsOf(node.parent);
  const own = !continueLabel && labels.length > 0;
  const name = continueLabel ?? (own ? ctx.derived(labels[0], "continue") : undefined);
  const target: JumpTarget = { kind: "loop", continueLabel: name ? { name, used: false } : undefined, labels };
  const stmts = ctx.withJump(target, () => body(node, ctx, walk));
  const continued = !!target.continueLabel?.used;
  if (own && continued) return { body: [...stmts, { kind: "label", name: name! }], continued: false };
  return { body: stmts, continued };
}

const forOf: StatementVisitor<ts.ForOfStatement> = (node, ctx, walk) => {
  if (node.awaitModifier) return [stmtError(ctx.unsupported(node, "for await", "await Promise.all(...) and loop over the results"))];
  const sourceRep = ctx.repAt(node.expression);
  return scoped(ctx, () => {
    const source = walk.expr(node.expression);
    // A string iterates by code points; everything else as a JSON array (Js.Iterate throws for the rest).
    const isString = sourceRep.kind === "string" && (!sourceRep.nullish || !!sourceRep.unchecked);
    const itemRep = isString ? REP.string : REP.json;
    let iterable: CsExpr;
    if (isString) {
      ctx.use("Values");
      iterable = cs.call("Js.CodePoints", [source]);
    } else if (sourceRep.kind === "json") {
      ctx.use("Values");
      const text = iterableText(node.expression, false);
      iterable = cs.call("Js.Iterate", [source, text === undefined ? cs.null() : cs.str(text)]);
    } else if (sourceRep.cs === "CsxHeaders" || sourceRep.cs === "CsxSearchParams") {
      // `for (const [name, value] of req.headers)` or `of url.searchParams`: the pairs of entries().
      iterable = cs.call(cs.member(source, "Entries"), []);
    } else {
      return [stmtError(ctx.unsupported(node.expression, `for…of over a ${sourceRep.cs}`, "loop over an array or a string"))];
    }
    return foreachOver(node, iterable, itemRep, ctx, walk);
  });
};

/**
 * `for (const k in obj)`: the keys Object.keys gives, in JS's order (array indexes first, then
 * insertion order); undefined and null give none, and a key deleted before its turn is skipped.
 * JSON has no inherited enumerable keys, so own keys are all of them.
 */
const forIn: StatementVisitor<ts.ForInStatement> = (node, ctx, walk) => {
  const sourceRep = ctx.repAt(node.expression);
  if (sourceRep.kind !== "json") {
    return [stmtError(ctx.unsupported(node.expression, `for…in over a ${sourceRep.cs}`, "loop over a JSON object or an array"))];
  }
  return scoped(ctx, () => {
    ctx.use("Objects");
    return foreachOver(node, cs.call("Js.ForInKeys", [walk.expr(node.expression)]), REP.string, ctx, walk);
  });
};

/** The C# foreach of a for…of or for…in: its variable declared, destructured or assigned from each item. */
function foreachOver(node: ts.ForOfStatement | ts.ForInStatement, iterable: CsExpr, itemRep: Rep, ctx: EmitContext, walk: Walk): CsStmt[] {
  const init = node.initializer;
  let head: CsStmt[] = [];
  let item: string;
  if (ts.isVariableDeclarationList(init)) {
    const decl = init.declarations[0];
    const rep = ctx.declaredRep(decl);
    if (isHoisted(decl.name, ctx)) {
      // `for (var k in o)`: each item is assigned to the function's one variable.
      item = ctx.temp("item");
      const target = cs.name(ctx.nameOf(ctx.checker.getSymbolAtLocation(decl.name)!)!);
      head = [{ kind: "expr", expr: cs.assign(target, ctx.coerce(cs.name(item), itemRep, rep, decl)) }];
    } else if (ts.isIdentifier(decl.name) && rep.cs === itemRep.cs && init.flags & ts.NodeFlags.Const) {
      // C# forbids assigning a foreach variable: only a const is one; a let is copied from it.
      item = ctx.declare(decl.name.text, ctx.checker.getSymbolAtLocation(decl.name));
    } else {
      // The loop variable is converted or destructured from each item at the top of the body.
      item = ctx.temp("item");
      head = bindName(decl.name, { expr: cs.name(item), rep: itemRep, node: decl, text: null }, ctx, walk, decl);
    }
  } else {
    item = ctx.temp("item");
    const value = cs.name(item);
    head = ts.isArrayLiteralExpression(init) || ts.isObjectLiteralExpression(init)
      ? assignPattern(init, { expr: value, rep: itemRep, node: init, text: null }, ctx, walk)
      : [{ kind: "expr", expr: assignTo(init, (rep) => ctx.coerce(value, itemRep, rep, init), ctx, walk).expr }];
  }
  const { body: loop } = loopBody(node.statement, ctx, walk);
  return [{ kind: "foreach", type: itemRep.cs, name: item, source: iterable, body: [...head, ...loop], origin: ctx.origin(node) } as CsStmt];
}

/** Whether any function inside `nodes` mentions one of `symbols` (a closure captures it). */
function capturedByClosure(nodes: Array<ts.Node | undefined>, symbols: ts.Symbol[], ctx: EmitContext): boolean {
  const captured = (n: ts.Node): boolean => {
    const symbol = ts.isIdentifier(n) ? ctx.checker.getSymbolAtLocation(n) : undefined;
    return !!symbol && symbols.includes(symbol);
  };
  // Only the functions below each node count: look for them, then inside each for the names.
  return nodes.some((root) => !!root && someNode(root, (n) => ts.isFunctionLike(n) && someNode(n, captured)));
}

/**
 * The C-style for. A `let` variable that a closure captures gets a fresh C# variable per iteration,
 * as JS gives each iteration its own binding: the value is carried in a variable outside the loop,
 * copied in at the top of each iteration and back at its end, where the update runs on the copy.
 */
const forStatement: StatementVisitor<ts.ForStatement> = (node, ctx, walk) =>
  scoped(ctx, () => {
    const init = node.initializer;
    const decls = init && ts.isVariableDeclarationList(init) ? init : undefined;
    const symbols = (decls?.declarations ?? [])
      .filter((d) => ts.isIdentifier(d.name))
      .map((d) => ctx.checker.getSymbolAtLocation(d.name))
      .filter((s): s is ts.Symbol => !!s);
    const perIteration = decls && decls.flags & ts.NodeFlags.Let && capturedByClosure([node.condition, node.incrementor, node.statement], symbols, ctx);
    const initStmts: CsStmt[] = decls
      ? isVarList(decls) ? varAssignments(decls, ctx, walk) : decls.declarations.flatMap((d) => localDeclaration(d, ctx, walk))
      : init ? sideEffects(init as ts.Expression).flatMap((e) => expressionStatements(walk.expr(e), undefined)) : [];
    const updates = (e: ts.Expression | undefined): CsExpr[] => (e ? sideEffects(e).map((part) => asStatement(walk.expr(part))) : []);
    if (!perIteration) {
      const test = node.condition ? walk.condition(node.condition) : undefined;
      const update = updates(node.incrementor);
      const { body: loop } = loopBody(node.statement, ctx, walk);
      if (initStmts.length === 1 && initStmts[0].kind === "local") {
        return [{ kind: "for", init: initStmts, test, update, body: loop, origin: ctx.origin(node) }];
      }
      return [{ kind: "block", body: [...initStmts, { kind: "for", init: [], test, update, body: loop, origin: ctx.origin(node) }] }];
    }
    // Carriers: the declarations above, renamed; each iteration declares the TS names afresh.
    const carriers = symbols.map((symbol) => ({ symbol, inner: ctx.nameOf(symbol)!, carrier: ctx.derived(ctx.nameOf(symbol)!, "next") }));
    for (const stmt of initStmts) if (stmt.kind === "local") stmt.name = carriers.find((c) => c.inner === stmt.name)?.carrier ?? stmt.name;
    const types = new Map(initStmts.filter((s): s is Extract<CsStmt, { kind: "local" }> => s.kind === "local").map((s) => [s.name, s.type]));
    const copyIn: CsStmt[] = carriers.map((c) => ({ kind: "local", type: types.get(c.carrier)!, name: c.inner, init: cs.name(c.carrier) }));
    const test: CsStmt[] = node.condition ? [{ kind: "if", test: cs.not(walk.condition(node.condition)), then: [{ kind: "break" }] }] : [];
    const label = ctx.derived("next", "iteration");
    const { body: loop, continued } = loopBody(node.statement, ctx, walk, label);
    const copyOut: CsStmt[] = carriers.map((c) => ({ kind: "expr", expr: cs.assign(cs.name(c.carrier), cs.name(c.inner)) }));
    // The update belongs to the next iteration's binding: it runs on the carrier.
    for (const c of carriers) ctx.symbolNames.set(c.symbol, c.carrier);
    const update = updates(node.incrementor).map((expr): CsStmt => ({ kind: "expr", expr }));
    for (const c of carriers) ctx.symbolNames.set(c.symbol, c.inner);
    const end: CsStmt[] = [...(continued ? [{ kind: "label", name: label } as CsStmt] : []), ...copyOut, ...update];
    return [{ kind: "block", body: [...initStmts, { kind: "for", init: [], update: [], body: [...copyIn, ...test, ...loop, ...end], origin: ctx.origin(node) }] }];
  });

const whileStatement: StatementVisitor<ts.WhileStatement> = (node, ctx, walk) => [
  { kind: "while", test: walk.condition(node.expression), body: loopBody(node.statement, ctx, walk).body, origin: ctx.origin(node) },
];

const doStatement: StatementVisitor<ts.DoStatement> = (node, ctx, walk) => [
  { kind: "doWhile", test: walk.condition(node.expression), body: loopBody(node.statement, ctx, walk).body, origin: ctx.origin(node) },
];

const throwStatement: StatementVisitor<ts.ThrowStatement> = (node, ctx, walk) => {
  const rep = ctx.repAt(node.expression);
  if (rep.kind !== "exception") return [stmtError(ctx.report(diagnostics.throwNotError(ctx.span(node.expression))))];
  return [{ kind: "throw", value: walk.expr(node.expression), origin: ctx.origin(node) }];
};

const breakStatement: StatementVisitor<ts.BreakStatement> = (node, ctx) => {
  const { target, crossesFinally } = jumpTarget(ctx, "break", node.label?.text);
  if (crossesFinally) return [stmtError(ctx.report(diagnostics.jumpOutOfFinally(ctx.span(node), "break")))];
  if (target?.kind === "labelled") {
    target.breakLabel.used = true;
    return [{ kind: "goto", target: target.breakLabel.name, origin: ctx.origin(node) }];
  }
  return [{ kind: "break", origin: ctx.origin(node) }];
};

const continueStatement: StatementVisitor<ts.ContinueStatement> = (node, ctx) => {
  const { target, crossesFinally } = jumpTarget(ctx, "continue", node.label?.text);
  if (crossesFinally) return [stmtError(ctx.report(diagnostics.jumpOutOfFinally(ctx.span(node), "continue")))];
  if (target?.kind === "loop" && target.continueLabel) {
    target.continueLabel.used = true;
    return [{ kind: "goto", target: target.continueLabel.name, origin: ctx.origin(node) }];
  }
  return [{ kind: "continue", origin: ctx.origin(node) }];
};

/** try/catch/finally: the catch variable holds the C# exception (every thrown value is an Error). */
const tryStatement: StatementVisitor<ts.TryStatement> = (node, ctx, walk) => {
  const tryBody = scoped(ctx, () => walk.block(node.tryBlock.statements));
  let catchName: string | undefined;
  let handler: CsStmt[] | undefined;
  if (node.catchClause) {
    const clause = node.catchClause;
    handler = scoped(ctx, () => {
      const decl = clause.variableDeclaration;
      if (decl && !ts.isIdentifier(decl.name)) {
        return [stmtError(ctx.unsupported(decl.name, "destructuring a caught error", "catch (e) and read e.message"))];
      }
      if (decl) catchName = ctx.declare((decl.name as ts.Identifier).text, ctx.checker.getSymbolAtLocation(decl.name));
      return walk.block(clause.block.statements);
    });
  }
  const finalizer = node.finallyBlock
    ? ctx.withJump({ kind: "finally" }, () => scoped(ctx, () => walk.block(node.finallyBlock!.statements)))
    : undefined;
  return [{ kind: "try", body: tryBody, catchType: handler ? "Exception" : undefined, catchName, handler, finalizer, origin: ctx.origin(node) }];
};

/** Whether the end of `stmts` can be reached (C# refuses a switch section that falls through). */
function completes(stmts: readonly ts.Statement[]): boolean {
  const last = stmts[stmts.length - 1];
  if (!last) return true;
  if (ts.isReturnStatement(last) || ts.isThrowStatement(last) || ts.isBreakStatement(last) || ts.isContinueStatement(last)) return false;
  if (ts.isBlock(last)) return completes(last.statements);
  if (ts.isIfStatement(last) && last.elseStatement) return completes([last.thenStatement]) || completes([last.elseStatement]);
  return true;
}

/**
 * switch with JS semantics: strict equality, cases tested in order, default taken when nothing
 * matches wherever it stands, and fall-through (which C# forbids) as `goto case`. A string switch
 * over distinct string literals is a C# string switch; any other becomes a switch over the index
 * of the matching clause, found by an if chain.
 */
const switchStatement: StatementVisitor<ts.SwitchStatement> = (node, ctx, walk) => {
  const clauses = node.caseBlock.clauses;
  // Sections: runs of clauses that share one body (empty clauses fall into the next).
  const sections: Array<{ clauses: ts.CaseOrDefaultClause[]; statements: readonly ts.Statement[] }> = [];
  let pending: ts.CaseOrDefaultClause[] = [];
  for (const clause of clauses) {
    pending.push(clause);
    if (clause.statements.length > 0) {
      sections.push({ clauses: pending, statements: clause.statements });
      pending = [];
    }
  }
  if (pending.length) sections.push({ clauses: pending, statements: [] });
  const subjectRep = ctx.repAt(node.expression);
  const literals = clauses.filter(ts.isCaseClause).map((c) => c.expression);
  const stringSwitch =
    subjectRep.kind === "string" &&
    literals.every((e) => ts.isStringLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e)) &&
    new Set(literals.map((e) => (e as ts.StringLiteral).text)).size === literals.length;

  // In the index switch, the default clause's section is C#'s default: then C# also knows that
  // a switch whose every section returns does not complete.
  const labelOf = (i: number): Array<CsExpr | "default"> =>
    stringSwitch
      ? sections[i].clauses.map((c) => (ts.isDefaultClause(c) ? "default" : cs.str((c.expression as ts.StringLiteral).text)))
      : sections[i].clauses.some(ts.isDefaultClause) ? ["default"] : [cs.lit(String(i))];
  const gotoOf = (i: number): string => {
    const label = labelOf(i).find((l) => l !== "default");
    return label === undefined ? "default" : `case ${label.kind === "literal" ? label.text : ""}`;
  };
  const csSections = ctx.withJump({ kind: "switch" }, () =>
    scoped(ctx, () =>
      sections.map((section, i) => {
        const stmts = walk.block(section.statements);
        if (completes(section.statements)) stmts.push(i + 1 < sections.length ? { kind: "goto", target: gotoOf(i + 1) } : { kind: "break" });
        return { labels: labelOf(i), body: stmts };
      }),
    ),
  );
  if (stringSwitch) return [{ kind: "switch", subject: walk.expr(node.expression), sections: csSections, origin: ctx.origin(node) }];

  // The subject once, then the index of the first clause whose case is strictly equal to it.
  const subject = ctx.temp("subject");
  const index = ctx.temp("match");
  const sectionOf = (clause: ts.CaseOrDefaultClause) => sections.findIndex((s) => s.clauses.includes(clause));
  let chain: CsStmt[] = [{ kind: "expr", expr: cs.assign(cs.name(index), cs.lit("-1")) }];
  for (const clause of [...clauses].reverse()) {
    if (!ts.isCaseClause(clause)) continue;
    const test = strictEquals({ expr: cs.name(subject), rep: subjectRep, node: node.expression }, { expr: walk.expr(clause.expression), rep: ctx.repAt(clause.expression), node: clause.expression }, ctx);
    chain = [{ kind: "if", test, then: [{ kind: "expr", expr: cs.assign(cs.name(index), cs.lit(String(sectionOf(clause)))) }], else: chain }];
  }
  return [
    {
      kind: "block",
      body: [
        { kind: "local", type: subjectRep.cs, name: subject, init: walk.expr(node.expression), origin: ctx.origin(node) },
        { kind: "local", type: "int", name: index },
        ...chain,
        { kind: "switch", subject: cs.name(index), sections: csSections },
      ],
    },
  ];
};

/**
 * `label: statement`. `break label` is a goto to a C# label placed after the statement; a loop's
 * `continue label` is handled by its body (loopBody). C# labels are unique in the method.
 */
const labelled: StatementVisitor<ts.LabeledStatement> = (node, ctx, walk) => {
  const target: JumpTarget = { kind: "labelled", label: node.label.text, breakLabel: { name: ctx.derived(node.label.text, "break"), used: false } };
  const stmts = ctx.withJump(target, () => walk.statements(node.statement));
  return target.breakLabel.used ? [...stmts, { kind: "label", name: target.breakLabel.name }] : stmts;
};

const erased: StatementVisitor = () => [];

/** An enum writes no statement: its members are constants and its object is made where it is read. */
const enumDeclaration: StatementVisitor<ts.EnumDeclaration> = (node, ctx) => {
  checkEnum(node, ctx);
  return [];
};

export const statementVisitors = {
  [ts.SyntaxKind.VariableStatement]: variableStatement,
  [ts.SyntaxKind.ExpressionStatement]: expressionStatement,
  [ts.SyntaxKind.IfStatement]: ifStatement,
  [ts.SyntaxKind.Block]: block,
  [ts.SyntaxKind.ReturnStatement]: returnStatement,
  [ts.SyntaxKind.ForOfStatement]: forOf,
  [ts.SyntaxKind.ForInStatement]: forIn,
  [ts.SyntaxKind.ForStatement]: forStatement,
  [ts.SyntaxKind.WhileStatement]: whileStatement,
  [ts.SyntaxKind.DoStatement]: doStatement,
  [ts.SyntaxKind.ThrowStatement]: throwStatement,
  [ts.SyntaxKind.BreakStatement]: breakStatement,
  [ts.SyntaxKind.ContinueStatement]: continueStatement,
  [ts.SyntaxKind.TryStatement]: tryStatement,
  [ts.SyntaxKind.SwitchStatement]: switchStatement,
  [ts.SyntaxKind.LabeledStatement]: labelled,
  [ts.SyntaxKind.InterfaceDeclaration]: erased,
  [ts.SyntaxKind.TypeAliasDeclaration]: erased,
  [ts.SyntaxKind.EmptyStatement]: erased,
  [ts.SyntaxKind.EnumDeclaration]: enumDeclaration,
  [ts.SyntaxKind.FunctionDeclaration]: functionDeclaration,
};
