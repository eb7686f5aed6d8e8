// Values that TypeScript types as a string, number or boolean but that may be undefined at run
// time. Without noUncheckedIndexedAccess, a read through an index signature has the element's type:
// `a[5]` past the end of a number[], `"abc"[5]`, `parts[1]` of a split, `record[key]` for a key the
// record lacks. So do what is destructured from such reads (`const [k, v] = s.split("=")`), the
// variables that hold one, and JSON.stringify's result (undefined for undefined).
//
// Such a value is held in the primitive's optional representation (`double?`; `string` with C#
// null), marked `unchecked`: `=== undefined`, `??`, truthiness, typeof, String() and JSON then see
// undefined as JS does, and where a plain number is needed it becomes NaN, JS's ToNumber(undefined).
// Widening is a choice of representation only, so it is safe wherever it is applied; it is applied
// where the value is read, so that code that never reads past the end keeps plain doubles.

import { ts } from "ts-morph";
import { REP, type Rep } from "./reps";
import { someNode, walkTree } from "./ts-walk";

/** What this module needs from the emit context (which calls it from repAt and declaredRep). */
interface Scope {
  readonly checker: ts.TypeChecker;
  symbolAt(node: ts.Node): ts.Symbol | undefined;
  repAt(node: ts.Node): Rep;
  sumMayBeNumber(node: ts.Expression): boolean;
}

/** The representation of a value that may also be undefined at run time. */
export function widen(rep: Rep): Rep {
  if (rep.nullish || (rep.kind !== "string" && rep.kind !== "number" && rep.kind !== "boolean")) return rep;
  return { kind: rep.kind, cs: rep.kind === "string" ? "string" : rep.kind === "number" ? "double?" : "bool?", nullish: "undefined", unchecked: true };
}

/**
 * Whether `a + b`, which TypeScript types as a string, may give a number: a string operand that may
 * be undefined (`parts[2] + 1`) is no string then, and JS adds two non-strings as numbers (NaN).
 */
export function plusMayGiveNumber(left: Rep, right: Rep): boolean {
  const reps = [left, right];
  if (!reps.every((r) => r.kind === "string" || r.kind === "number" || r.kind === "boolean" || r.kind === "json")) return false;
  return reps.every((r) => r.kind !== "string" || !!r.nullish) && reps.some((r) => r.kind === "string");
}

/** Whether the value of `node` may be undefined although its type says otherwise. */
export function maybeUndefined(node: ts.Node, scope: Scope): boolean {
  while (ts.isParenthesizedExpression(node)) node = node.expression;
  // `top?.id` is undefined when `top` is, whatever TypeScript says `top` is (`countries[0]`).
  if (ts.isOptionalChain(node) && hasQuestionDotWithin(node)) return true;
  // `(parts[2] + 1).length` is undefined when the sum is NaN.
  if (ts.isPropertyAccessExpression(node) && node.name.text === "length" && scope.sumMayBeNumber(node.expression)) return true;
  if (ts.isElementAccessExpression(node) || ts.isPropertyAccessExpression(node)) return readsIndexSignature(node, scope);
  if (ts.isIdentifier(node)) {
    const decl = scope.symbolAt(node)?.valueDeclaration;
    return !!decl && declarationMaybeUndefined(decl, scope);
  }
  if (ts.isCallExpression(node)) return isJsonStringify(node.expression, scope) || callsMaybeUndefined(node, scope);
  // `c ? "none" : parts[1]`: either branch may be what it gives.
  if (ts.isConditionalExpression(node)) return maybeUndefined(node.whenTrue, scope) || maybeUndefined(node.whenFalse, scope);
  // `o.email!`, `o.price as number`: an assertion checks nothing, so the value may still be absent.
  if (isAssertion(node)) return assertedNullish(node, scope) !== undefined || maybeUndefined(node.expression, scope);
  return false;
}

function isPrimitiveType(type: ts.Type): boolean {
  return (type.isUnion() ? type.types : [type]).every((t) => t.flags & (ts.TypeFlags.StringLike | ts.TypeFlags.NumberLike | ts.TypeFlags.BooleanLike));
}

export function isAssertion(node: ts.Node): node is ts.NonNullExpression | ts.AsExpression | ts.SatisfiesExpression {
  return ts.isNonNullExpression(node) || ts.isAsExpression(node) || ts.isSatisfiesExpression(node);
}

/**
 * The representation of an assertion (`x!`, `x as string`) of a primitive that may be null or
 * undefined: TypeScript drops the null, the value keeps it, so it stays held as it was, marked
 * `unchecked` (a member read of it then throws V8's TypeError, arithmetic sees NaN or 0).
 */
export function assertedNullish(node: ts.Node, scope: Scope): Rep | undefined {
  while (ts.isParenthesizedExpression(node)) node = node.expression;
  if (!isAssertion(node)) return undefined;
  const inner = scope.repAt(node.expression);
  // `o.n!` of a `number | null | undefined`, held as JSON: it stays JSON, which keeps null apart from undefined.
  if (inner.kind === "json") {
    const type = scope.checker.getTypeAtLocation(node.expression);
    return type.isUnion() && scope.checker.getNonNullableType(type) !== type && isPrimitiveType(scope.checker.getNonNullableType(type)) ? inner : undefined;
  }
  if (!inner.nullish || (inner.kind !== "string" && inner.kind !== "number" && inner.kind !== "boolean")) return undefined;
  return { ...inner, unchecked: true };
}

/**
 * The representation of `a ?? b` when `a` may be undefined although TypeScript says it may not, and
 * so types the whole as `a`'s type: what `b` adds (`parts[1] ?? null`, `flags[3] ?? "none"`).
 */
export function coalescedRep(node: ts.BinaryExpression, rep: Rep, scope: Scope): Rep {
  if (!maybeUndefined(node.left, scope)) return rep;
  const right = scope.repAt(node.right);
  if (right.kind === rep.kind) return right;
  if (node.right.kind === ts.SyntaxKind.NullKeyword) return { ...widen(rep), nullish: "null", unchecked: undefined };
  return REP.json;
}

/** A call of a function (a declaration, or a const arrow) that may return undefined although its return type says otherwise. */
function callsMaybeUndefined(node: ts.CallExpression, scope: Scope): boolean {
  const fn = namedFunction(scope.symbolAt(node.expression)?.valueDeclaration);
  return !!fn && returnsMaybeUndefined(fn, scope);
}

/**
 * The function a name stands for whatever calls it: a function declaration, or the function a
 * `const` is initialized with (`const label = (p: Item): string => …`). Its C# method or delegate
 * returns the optional representation when it may return undefined (functions.ts signatureReturn).
 */
export function namedFunction(decl: ts.Node | undefined): ts.FunctionDeclaration | ts.ArrowFunction | ts.FunctionExpression | undefined {
  return decl && ts.isFunctionDeclaration(decl) ? decl : constFunction(decl);
}

/** The function a `const` is initialized with (`const label = (p: Item): string => …`). */
export function constFunction(decl: ts.Node | undefined): ts.ArrowFunction | ts.FunctionExpression | undefined {
  if (!decl || !ts.isVariableDeclaration(decl) || (ts.getCombinedNodeFlags(decl) & ts.NodeFlags.Const) === 0 || !decl.initializer) return undefined;
  const fn = decl.initializer;
  return ts.isArrowFunction(fn) || ts.isFunctionExpression(fn) ? fn : undefined;
}

/**
 * Whether a function declaration returns, somewhere, a value that may be undefined although its
 * return type says a primitive (`const v = xs[2]; return v;`): its C# method then returns the
 * optional representation, and its callers see undefined, as JS's do.
 */
export function returnsMaybeUndefined(decl: ts.FunctionDeclaration | ts.ArrowFunction | ts.FunctionExpression, scope: Scope): boolean {
  const known = memo.get(decl);
  if (known !== undefined) return known;
  memo.set(decl, false); // recursion asks again while the answer is being worked out
  const answer = !!decl.body && bodyReturnsMaybeUndefined(decl.body, scope);
  memo.set(decl, answer);
  return answer;
}

/** Whether a function body (a block, or an arrow's expression) returns a value that may be undefined. */
function bodyReturnsMaybeUndefined(body: ts.ConciseBody, scope: Scope): boolean {
  if (!ts.isBlock(body)) return maybeUndefined(body, scope);
  return someNode(body, (n) => ts.isReturnStatement(n) && !!n.expression && maybeUndefined(n.expression, scope), (n) => !ts.isFunctionLike(n));
}

const memo = new WeakMap<ts.Declaration, boolean>();

/** Whether a variable (or a name in a destructuring pattern) may hold undefined although its type says otherwise. */
export function declarationMaybeUndefined(decl: ts.Declaration, scope: Scope): boolean {
  const known = memo.get(decl);
  if (known !== undefined) return known;
  memo.set(decl, false); // `let x = …; x = x;` asks again while the answer is being worked out
  const answer = computeMaybeUndefined(decl, scope);
  memo.set(decl, answer);
  return answer;
}

function computeMaybeUndefined(decl: ts.Declaration, scope: Scope): boolean {
  if (ts.isVariableDeclaration(decl)) {
    if (ts.isCatchClause(decl.parent)) return false;
    if (decl.initializer && maybeUndefined(decl.initializer, scope)) return true;
  } else if (ts.isParameter(decl)) {
    return !decl.initializer && !decl.dotDotDotToken && passedMaybeUndefined(decl, scope);
  } else if (ts.isBindingElement(decl)) {
    // A default replaces undefined; a rest element is an array or an object.
    if (decl.initializer || decl.dotDotDotToken) return false;
    if (elementMaybeUndefined(decl, scope)) return true;
  } else {
    return false;
  }
  return (ts.getCombinedNodeFlags(decl) & ts.NodeFlags.Let) !== 0 && assignedMaybeUndefined(decl, scope);
}

/**
 * A parameter of a named function (maybe-undefined.ts namedFunction) that some call passes a value
 * that may be undefined (`same(b.ids[1])`): JS binds undefined, so the parameter is held widened
 * (`double?`) and `Number.isNaN(n)`, `n === undefined` or returning it see undefined, not NaN. Only
 * calls in the function's own file are seen; a function called through a value keeps its type.
 */
function passedMaybeUndefined(param: ts.ParameterDeclaration, scope: Scope): boolean {
  const fn = namedFunction(param.parent) ?? (ts.isVariableDeclaration(param.parent.parent) ? namedFunction(param.parent.parent) : undefined);
  if (fn !== param.parent) return false;
  const name = ts.isFunctionDeclaration(fn) ? fn.name : (fn.parent as ts.VariableDeclaration).name;
  const symbol = name && ts.isIdentifier(name) ? scope.symbolAt(name) : undefined;
  const index = fn.parameters.indexOf(param);
  if (!symbol || index < 0) return false;
  return (callsIn(fn.getSourceFile(), scope).get(symbol) ?? []).some((call) => {
    const arg = call.arguments[index];
    return !!arg && !ts.isSpreadElement(arg) && maybeUndefined(arg, scope);
  });
}

const callIndex = new WeakMap<ts.SourceFile, Map<ts.Symbol, ts.CallExpression[]>>();

/** The calls of each function called by name in `file`, found in one walk of it. */
function callsIn(file: ts.SourceFile, scope: Scope): Map<ts.Symbol, ts.CallExpression[]> {
  let calls = callIndex.get(file);
  if (calls) return calls;
  const found = new Map<ts.Symbol, ts.CallExpression[]>();
  walkTree(file, (n) => {
    const symbol = ts.isCallExpression(n) && ts.isIdentifier(n.expression) ? scope.symbolAt(n.expression) : undefined;
    if (symbol) found.set(symbol, [...(found.get(symbol) ?? []), n as ts.CallExpression]);
    return true;
  });
  callIndex.set(file, (calls = found));
  return calls;
}

/** An element of a binding pattern that reads through an index signature of what is destructured. */
function elementMaybeUndefined(element: ts.BindingElement, scope: Scope): boolean {
  const pattern = element.parent;
  const source = scope.checker.getApparentType(scope.checker.getNonNullableType(scope.checker.getTypeAtLocation(pattern)));
  const key = ts.isArrayBindingPattern(pattern) ? String(pattern.elements.indexOf(element)) : bindingKey(element);
  return viaIndexSignature(source, key, scope);
}

/** `a[i]`, `a.x`: a read that no declared property answers, only an index signature. */
function readsIndexSignature(node: ts.ElementAccessExpression | ts.PropertyAccessExpression, scope: Scope): boolean {
  const receiver = scope.checker.getApparentType(scope.checker.getNonNullableType(scope.checker.getTypeAtLocation(node.expression)));
  const key = ts.isPropertyAccessExpression(node) ? node.name.text : literalKey(node.argumentExpression);
  return viaIndexSignature(receiver, key, scope);
}

/** A link of the chain ending at `node` has a `?.` (not only a nested chain inside an argument). */
function hasQuestionDotWithin(node: ts.Node): boolean {
  for (let link: ts.Node = node; ts.isOptionalChain(link); link = (link as ts.OptionalChain).expression) {
    if ((link as { questionDotToken?: ts.Node }).questionDotToken) return true;
  }
  return false;
}

function viaIndexSignature(type: ts.Type, key: string | undefined, scope: Scope): boolean {
  // A tuple's element within its length and an interface's property are declared properties.
  if (key !== undefined && type.getProperty(key)) return false;
  return scope.checker.getIndexInfosOfType(type).length > 0;
}

function literalKey(node: ts.Expression): string | undefined {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isNumericLiteral(node)) return String(Number(node.text));
  return undefined;
}

function bindingKey(element: ts.BindingElement): string | undefined {
  const name = element.propertyName ?? element.name;
  if (ts.isIdentifier(name) || ts.isStringLiteral(name)) return name.text;
  if (ts.isNumericLiteral(name)) return String(Number(name.text));
  return undefined;
}

function isJsonStringify(callee: ts.Expression, scope: Scope): boolean {
  if (!ts.isPropertyAccessExpression(callee) || callee.name.text !== "stringify" || !ts.isIdentifier(callee.expression) || callee.expression.text !== "JSON") return false;
  const file = scope.symbolAt(callee.expression)?.declarations?.[0]?.getSourceFile().fileName ?? "";
  return /[\\/]lib\.[^\\/]*\.d\.ts$/.test(file);
}

const ASSIGNMENTS = new Set([ts.SyntaxKind.EqualsToken, ts.SyntaxKind.QuestionQuestionEqualsToken, ts.SyntaxKind.BarBarEqualsToken, ts.SyntaxKind.AmpersandAmpersandEqualsToken]);

/**
 * A `let` assigned, anywhere in its scope, a value that may be undefined; a name assigned by a
 * destructuring assignment counts as one (conservatively: widening is always safe).
 */
function assignedMaybeUndefined(decl: ts.VariableDeclaration | ts.BindingElement, scope: Scope): boolean {
  const symbol = ts.isIdentifier(decl.name) ? scope.symbolAt(decl.name) : undefined;
  const block = ts.findAncestor(decl.parent, (n) => ts.isBlock(n) || ts.isSourceFile(n) || ts.isCaseBlock(n) || ts.isIterationStatement(n, false));
  if (!symbol || !block) return false;
  const isTarget = (n: ts.Node): boolean => ts.isIdentifier(n) && scope.symbolAt(n) === symbol;
  return someNode(block, (n) => {
    if (!ts.isBinaryExpression(n) || !ASSIGNMENTS.has(n.operatorToken.kind)) return false;
    let left: ts.Expression = n.left;
    while (ts.isParenthesizedExpression(left)) left = left.expression;
    if (isTarget(left) && maybeUndefined(n.right, scope)) return true;
    return (ts.isArrayLiteralExpression(left) || ts.isObjectLiteralExpression(left)) && someNode(left, isTarget);
  });
}
