// `var`: function-scoped and hoisted. Each var of a function becomes one C# local declared at the
// top of its method, holding undefined until assigned, and each `var x = e` an assignment to it;
// a closure, a loop and a redeclaration all see that one variable, as in JS. A read that comes
// before the declaration in the text (JS gives undefined, and TypeScript types it as if assigned)
// is refused, so the value a C# number or boolean cannot hold as undefined is never observed.

import { ts } from "ts-morph";
import { diagnostics } from "../../check/diagnostics";
import { cs, type CsStmt } from "../cs-ast";
import type { EmitContext } from "../context";
import { someNode } from "../ts-walk";

const hoisted = new WeakSet<ts.Symbol>();

/** Whether `list` declares `var`s (not `let` or `const`). */
export function isVarList(list: ts.VariableDeclarationList): boolean {
  return !(list.flags & (ts.NodeFlags.Let | ts.NodeFlags.Const | ts.NodeFlags.Using | ts.NodeFlags.AwaitUsing));
}

/** Whether `name` was declared with var and hoisted, so a declaration of it is an assignment. */
export function isHoisted(name: ts.BindingName, ctx: EmitContext): boolean {
  const symbol = ts.isIdentifier(name) ? ctx.checker.getSymbolAtLocation(name) : undefined;
  return !!symbol && hoisted.has(symbol);
}

/** The locals of the vars of a function body (not of the functions inside it), declared at its top. */
export function hoistVars(body: ts.Block, ctx: EmitContext): CsStmt[] {
  const decls: ts.VariableDeclaration[] = [];
  const visit = (n: ts.Node): void => {
    // A var stands only where statements do: expressions (a chain of 4,000 `+` is 4,000 levels
    // deep) hold none outside the functions they contain, which have their own vars.
    if (ts.isFunctionLike(n) || ts.isClassLike(n) || ts.isExpression(n)) return;
    if (ts.isVariableDeclarationList(n) && isVarList(n)) decls.push(...n.declarations);
    ts.forEachChild(n, visit);
  };
  ts.forEachChild(body, visit);
  const locals: CsStmt[] = [];
  for (const decl of decls) {
    if (!ts.isIdentifier(decl.name)) {
      ctx.report(diagnostics.varNotSupported(ctx.span(decl.name), "destructuring with 'var'", "destructure with 'let' or 'const'"));
      continue;
    }
    const symbol = ctx.checker.getSymbolAtLocation(decl.name);
    if (!symbol || hoisted.has(symbol)) continue;
    if (symbol.declarations?.some(ts.isParameter)) {
      // `function f(x) { var x = 2; }`: the var is the parameter itself, already a C# variable.
      hoisted.add(symbol);
      continue;
    }
    const first = Math.min(...(symbol.declarations ?? [decl]).map((d) => d.getStart()));
    const early = findEarlyRead(body, symbol, first, ctx);
    if (early) ctx.report(diagnostics.varNotSupported(ctx.span(early), `using '${decl.name.text}' before its 'var' declaration (JS reads undefined there)`, "declare it before its first use"));
    const rep = ctx.declaredRep(decl);
    hoisted.add(symbol);
    locals.push({ kind: "local", type: rep.cs, name: ctx.declare(decl.name.text, symbol), init: rep.kind === "void" ? cs.null() : ctx.undefinedOf(rep), origin: ctx.origin(decl) });
  }
  return locals;
}

/** A read of `symbol` placed before `start`, outside the functions declared there (they may run later). */
function findEarlyRead(body: ts.Block, symbol: ts.Symbol, start: number, ctx: EmitContext): ts.Node | undefined {
  let found: ts.Node | undefined;
  someNode(
    body,
    (n) => {
      if (n.getStart() >= start || !ts.isIdentifier(n) || ctx.checker.getSymbolAtLocation(n) !== symbol) return false;
      found = n;
      return true;
    },
    (n) => !ts.isFunctionLike(n) || n.getStart() >= start,
  );
  return found;
}
