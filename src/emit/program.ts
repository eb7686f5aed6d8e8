// Emits a whole transforms project: the type check, the top-level declarations of every file, one
// method per hook, and the router that ExecuteAsync calls.

import { Project, ts } from "ts-morph";
import * as fs from "node:fs";
import * as path from "node:path";
import { packageRoot } from "../package-root";
import { diagnostics as make, type Diagnostic, type Span } from "../check/diagnostics";
import { cs, type CsExpr, type CsMember, type CsStmt, type CsSwitchSection } from "./cs-ast";
import { EmitContext } from "./context";
import { REP } from "./reps";
import { findTransformsCall, readTransformsMap, type HookName, type OperationHooks } from "./transforms-map";
import { createWalk, reportUnsupported } from "./visitors";
import { methodParts } from "./visitors/functions";
import type { Walk } from "./visitors/types";

export interface EmitResult {
  diagnostics: Diagnostic[];
  members: CsMember[];
  operations: string[];
  /** Where each operation's key is written in the transforms map, for diagnostics about it. */
  operationSpans: Record<string, Span>;
  features: Set<string>;
  /** The TypeScript files the transforms consist of, relative to the project. */
  files: string[];
}

export interface EmitOptions {
  /** Directory that diagnostics are reported relative to. */
  projectDir: string;
  /** The entry: its default export is the defineTransforms map. */
  entry: string;
}

/** The csxc module that `import ... from "csxc"` resolves to, whichever project imports it. */
export function csxcModulePath(): string {
  return path.join(packageRoot(), "src", "index.ts");
}

export function createProject(entry: string): Project {
  const project = new Project({
    compilerOptions: {
      strict: true,
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.CommonJS,
      moduleResolution: ts.ModuleResolutionKind.Node10,
      lib: ["lib.es2022.d.ts"],
      types: [],
      noEmit: true,
      skipLibCheck: true,
      baseUrl: path.dirname(entry),
      paths: { csxc: [csxcModulePath()] },
    },
  });
  project.addSourceFileAtPath(entry);
  project.resolveSourceFileDependencies();
  return project;
}

function isUserFile(fileName: string): boolean {
  const runtimeDir = path.dirname(csxcModulePath());
  return !fileName.includes(`${path.sep}node_modules${path.sep}`) && !fileName.startsWith(runtimeDir + path.sep) && !fileName.endsWith(".d.ts");
}

function typeDiagnostics(project: Project, ctx: EmitContext): void {
  for (const d of project.getProgram().compilerObject.getSemanticDiagnostics().concat(project.getProgram().compilerObject.getSyntacticDiagnostics())) {
    if (!d.file || !isUserFile(d.file.fileName)) continue;
    const { line, character } = d.file.getLineAndCharacterOfPosition(d.start ?? 0);
    const message = ts.flattenDiagnosticMessageText(d.messageText, " ");
    ctx.report(make.typeError({ file: ctx.relative(d.file.fileName), line: line + 1, column: character + 1, length: d.length }, message, d.code));
  }
}

const HOOK_SUFFIX: Record<HookName, string> = { request: "Request", response: "Response", handle: "Handle" };

export function emitProgram(options: EmitOptions): EmitResult {
  const empty = (diagnostics: Diagnostic[]): EmitResult => ({ diagnostics, members: [], operations: [], operationSpans: {}, features: new Set(), files: [] });
  if (!fs.existsSync(options.entry)) return empty([make.missingEntry(path.relative(options.projectDir, options.entry) || options.entry)]);
  const project = createProject(options.entry);
  const checker = project.getTypeChecker().compilerObject;
  const ctx = new EmitContext(checker, options.projectDir);
  typeDiagnostics(project, ctx);

  const sourceFiles = project.getSourceFiles().map((f) => f.compilerNode).filter((f) => isUserFile(f.fileName));
  const entry = sourceFiles.find((f) => path.resolve(f.fileName) === path.resolve(options.entry))!;
  const walk = createWalk(ctx);

  // Names first, so that every file can call every other file's functions.
  for (const file of sourceFiles) declareTopLevel(file, ctx);
  const members: CsMember[] = [];
  for (const file of sourceFiles) members.push(...emitTopLevel(file, ctx, walk, file === entry));

  const call = findTransformsCall(ctx, entry);
  const operations = call ? readTransformsMap(ctx, call) : [];
  for (const op of operations) members.push(...emitHooks(op, ctx, walk));
  members.push(...router(operations, ctx));

  ctx.use("Routing");
  ctx.use("Req");
  ctx.use("Res");
  ctx.use("Ctx");
  ctx.use("HttpError");
  return {
    diagnostics: ctx.diagnostics,
    members,
    operations: operations.map((o) => o.operationId).filter((id) => id !== "*"),
    operationSpans: Object.fromEntries(operations.map((o) => [o.operationId, ctx.span(o.node)])),
    features: ctx.features,
    files: sourceFiles.map((f) => ctx.relative(f.fileName)),
  };
}

function declareTopLevel(file: ts.SourceFile, ctx: EmitContext): void {
  for (const statement of file.statements) {
    if (ts.isFunctionDeclaration(statement) && statement.name && statement.body) {
      const symbol = ctx.checker.getSymbolAtLocation(statement.name);
      if (symbol) ctx.declareGlobal(symbol, statement.name.text);
    } else if (ts.isVariableStatement(statement)) {
      for (const decl of statement.declarationList.declarations) {
        if (!ts.isIdentifier(decl.name)) continue;
        const symbol = ctx.checker.getSymbolAtLocation(decl.name);
        if (symbol) ctx.declareGlobal(symbol, decl.name.text);
      }
    }
  }
}

function emitTopLevel(file: ts.SourceFile, ctx: EmitContext, walk: Walk, isEntry: boolean): CsMember[] {
  const members: CsMember[] = [];
  for (const statement of file.statements) {
    if (ts.isImportDeclaration(statement)) {
      checkModuleSpecifier(statement.moduleSpecifier, ctx, true);
    } else if (ts.isFunctionDeclaration(statement)) {
      if (!statement.name || !statement.body) continue;
      const symbol = ctx.checker.getSymbolAtLocation(statement.name);
      const name = (symbol && ctx.nameOf(symbol)) ?? statement.name.text;
      const parts = methodParts(statement, ctx, walk);
      members.push({ kind: "method", modifiers: ["private", "static", ...(parts.isAsync ? ["async"] : [])], returnType: parts.returnType, name, params: parts.params, body: parts.body, origin: ctx.origin(statement) });
    } else if (ts.isVariableStatement(statement)) {
      members.push(...moduleVariables(statement, ctx, walk));
    } else if (ts.isExportAssignment(statement) && isEntry) {
      continue;
    } else if (ts.isInterfaceDeclaration(statement) || ts.isTypeAliasDeclaration(statement) || ts.isEmptyStatement(statement)) {
      continue;
    } else if (ts.isExportDeclaration(statement)) {
      if (statement.moduleSpecifier) checkModuleSpecifier(statement.moduleSpecifier, ctx, false);
    } else {
      if (ts.isExpressionStatement(statement) || ts.isIfStatement(statement) || ts.isIterationStatement(statement, false)) {
        ctx.unsupported(statement, "statements at the top level of a module", "put them in a function, or declare a const");
      } else {
        reportUnsupported(statement, ctx);
      }
    }
  }
  return members;
}

/** Only "csxc" and relative files of transforms/ can be imported; a broken specifier is the parser's to report. */
function checkModuleSpecifier(specifier: ts.Expression, ctx: EmitContext, allowCsxc: boolean): void {
  if (!ts.isStringLiteral(specifier)) return;
  const module = specifier.text;
  if ((allowCsxc && module === "csxc") || module.startsWith(".")) return;
  ctx.report(make.unsupportedImport(ctx.span(specifier), module));
}

function moduleVariables(statement: ts.VariableStatement, ctx: EmitContext, walk: Walk): CsMember[] {
  const list = statement.declarationList;
  if (!(list.flags & (ts.NodeFlags.Let | ts.NodeFlags.Const))) {
    ctx.report(make.varNotSupported(ctx.span(statement)));
    return [];
  }
  const members: CsMember[] = [];
  for (const decl of list.declarations) {
    if (!ts.isIdentifier(decl.name)) {
      ctx.unsupported(decl.name, "destructuring at the top level", "declare one const per value");
      continue;
    }
    // The transforms map itself is read by readTransformsMap, not emitted as data.
    if (decl.initializer && ts.isCallExpression(decl.initializer) && decl.initializer.expression.getText() === "defineTransforms") continue;
    const symbol = ctx.checker.getSymbolAtLocation(decl.name);
    const name = (symbol && ctx.nameOf(symbol)) ?? decl.name.text;
    const rep = ctx.declaredRep(decl);
    if (rep.kind === "func") {
      ctx.unsupported(decl, "a function stored in a module constant", "declare it with `function name(...) { ... }`");
      continue;
    }
    const init = decl.initializer ? ctx.withMethod({ isAsync: false, returns: REP.void }, () => walk.exprAs(decl.initializer!, rep)) : undefined;
    const modifiers = ["private", "static", ...(list.flags & ts.NodeFlags.Const ? ["readonly"] : [])];
    members.push({ kind: "field", modifiers, type: rep.cs, name, init, origin: ctx.origin(decl) });
  }
  return members;
}

export function hookMethodName(operationId: string, hook: HookName): string {
  const base = operationId === "*" ? "Fallback" : operationId.replace(/[^A-Za-z0-9_]/g, "_");
  return `${/^[0-9]/.test(base) ? "_" + base : base}_${HOOK_SUFFIX[hook]}`;
}

function emitHooks(op: OperationHooks, ctx: EmitContext, walk: Walk): CsMember[] {
  const members: CsMember[] = [];
  for (const hook of ["request", "response", "handle"] as HookName[]) {
    const fn = op.hooks[hook];
    if (!fn) continue;
    const paramTypes = hook === "response" ? ["CsxRes", "CsxCtx"] : ["CsxReq", "CsxCtx"];
    const defaultNames = [hook === "response" ? "res" : "req", "ctx"];
    const returnType = hook === "handle" ? "Task<CsxRes>" : "Task";
    const shared = ts.isFunctionDeclaration(fn) && fn.name ? ctx.nameOf(ctx.checker.getSymbolAtLocation(fn.name)!) : undefined;
    if (shared) {
      // The hook is a top-level function emitted once already: call it rather than copy it.
      members.push(delegatingHook(op, hook, fn as ts.FunctionDeclaration, shared, paramTypes, defaultNames, returnType, ctx));
      continue;
    }
    const parts = methodParts(fn, ctx, walk, { nested: false, forceAsync: true });
    const params = [0, 1].map((i) => parts.params[i] ?? { type: paramTypes[i], name: defaultNames[i] });
    params.forEach((p, i) => (p.type = paramTypes[i]));
    members.push({
      kind: "method",
      modifiers: ["private", "static", "async"],
      returnType,
      name: hookMethodName(op.operationId, hook),
      params,
      body: parts.body,
      origin: ctx.origin(fn),
      comment: `${op.operationId}.${hook}`,
    });
  }
  return members;
}

function delegatingHook(
  op: OperationHooks,
  hook: HookName,
  fn: ts.FunctionDeclaration,
  target: string,
  paramTypes: string[],
  names: string[],
  returnType: string,
  ctx: EmitContext,
): CsMember {
  const params = paramTypes.map((type, i) => ({ type, name: names[i] }));
  const call = cs.call(target, names.slice(0, fn.parameters.length).map(cs.name));
  const returns = ctx.repOfType(ctx.checker.getSignatureFromDeclaration(fn)!.getReturnType());
  const value: CsExpr = returns.kind === "task" ? { kind: "await", operand: cs.call(cs.member(call, "ConfigureAwait"), [cs.bool(false)]) } : call;
  const body: CsStmt[] =
    hook === "handle"
      ? [{ kind: "return", value }]
      : returns.kind === "task"
        ? [{ kind: "expr", expr: value }]
        : [{ kind: "expr", expr: value }, { kind: "expr", expr: { kind: "await", operand: cs.call("Task.CompletedTask.ConfigureAwait", [cs.bool(false)]) } }];
  return { kind: "method", modifiers: ["private", "static", "async"], returnType, name: hookMethodName(op.operationId, hook), params, body, origin: ctx.origin(fn), comment: `${op.operationId}.${hook}` };
}

/** The C# for running one operation's hooks: handle, or request → send → response. */
function routeBody(op: OperationHooks | undefined): CsStmt[] {
  const awaitCall = (name: string, args: string[]): CsExpr => ({
    kind: "await",
    operand: cs.call(cs.member(cs.call(name, args.map(cs.name)), "ConfigureAwait"), [cs.bool(false)]),
  });
  if (op?.hooks.handle) return [{ kind: "return", value: awaitCall(hookMethodName(op.operationId, "handle"), ["req", "ctx"]) }];
  const body: CsStmt[] = [];
  if (op?.hooks.request) body.push({ kind: "expr", expr: awaitCall(hookMethodName(op.operationId, "request"), ["req", "ctx"]) });
  body.push({ kind: "local", type: "CsxRes", name: "res", init: awaitCall("ctx.Send", ["req"]) });
  if (op?.hooks.response) body.push({ kind: "expr", expr: awaitCall(hookMethodName(op.operationId, "response"), ["res", "ctx"]) });
  body.push({ kind: "return", value: cs.name("res") });
  return body;
}

function router(operations: OperationHooks[], _ctx: EmitContext): CsMember[] {
  const named = operations.filter((o) => o.operationId !== "*");
  const fallback = operations.find((o) => o.operationId === "*");
  const sections: CsSwitchSection[] = named.map((op) => ({ labels: [cs.str(op.operationId)], body: routeBody(op) }));
  sections.push({ labels: ["default"], body: routeBody(fallback) });
  return [
    {
      kind: "field",
      modifiers: ["private", "static", "readonly"],
      type: "string[]",
      name: "KnownOperations",
      init: { kind: "array", type: "string", items: named.map((o) => cs.str(o.operationId)) },
    },
    {
      kind: "method",
      modifiers: ["private", "static", "async"],
      returnType: "Task<CsxRes>",
      name: "RouteAsync",
      params: [
        { type: "string", name: "operationId" },
        { type: "CsxReq", name: "req" },
        { type: "CsxCtx", name: "ctx" },
      ],
      body: [{ kind: "switch", subject: cs.name("operationId"), sections }],
      comment: "Runs the transforms of one operation; an operation without any is forwarded unchanged.",
    },
  ];
}
