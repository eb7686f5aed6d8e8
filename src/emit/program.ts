// Emits a whole transforms project: the type check, the top-level declarations of every file, one
// method per hook, and the router that ExecuteAsync calls.

import { Project, ts, type SourceFile } from "ts-morph";
import * as fs from "node:fs";
import * as path from "node:path";
import { packageRoot } from "../package-root";
import { diagnostics as make, type Diagnostic, type Span } from "../check/diagnostics";
import { cs, type CsExpr, type CsMember, type CsStmt, type CsSwitchSection } from "./cs-ast";
import { EmitContext } from "./context";
import { REP } from "./reps";
import { findTransformsCall, readTransformsMap, type HookName, type OperationHooks } from "./transforms-map";
import { csIdentifier } from "./naming";
import { MAX_NESTING, tooDeep, unparsableFiles } from "./nesting";
import { createWalk, reportUnsupported } from "./visitors";
import { methodParts } from "./visitors/functions";
import { checkEnum } from "./visitors/enums";
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
  /** The TypeScript project the pass read, for the next pass to reuse (EmitOptions.project). */
  project?: Project;
}

export interface EmitOptions {
  /** Directory that diagnostics are reported relative to. */
  projectDir: string;
  /** The entry: its default export is the defineTransforms map. */
  entry: string;
  /**
   * A project made by createProject(entry) and kept between passes (`build --watch`): its files
   * refreshed from disk, TypeScript reuses what did not change (the lib files above all).
   */
  project?: Project;
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
  project.addSourceFileAtPath(path.join(path.dirname(csxcModulePath()), "runtime", "url-globals.d.ts"));
  project.resolveSourceFileDependencies();
  return project;
}

function isUserFile(fileName: string): boolean {
  const runtimeDir = path.dirname(csxcModulePath());
  return !fileName.includes(`${path.sep}node_modules${path.sep}`) && !fileName.startsWith(runtimeDir + path.sep) && !fileName.endsWith(".d.ts");
}

function typeDiagnostics(project: Project, ctx: EmitContext): void {
  const program = project.getProgram().compilerObject;
  // Only the user's files are checked: csxc's own runtime sources are part of the program (the
  // "csxc" module) for their types, and their own diagnostics would be dropped anyway.
  const files = program.getSourceFiles().filter((f) => isUserFile(f.fileName));
  const found = files.flatMap((f) => [...program.getSemanticDiagnostics(f), ...program.getSyntacticDiagnostics(f)]);
  for (const d of found) {
    if (!d.file || !isUserFile(d.file.fileName)) continue;
    const { line, character } = d.file.getLineAndCharacterOfPosition(d.start ?? 0);
    const message = ts.flattenDiagnosticMessageText(d.messageText, " ");
    ctx.report(make.typeError({ file: ctx.relative(d.file.fileName), line: line + 1, column: character + 1, length: d.length }, message, d.code));
  }
}

const HOOK_SUFFIX: Record<HookName, string> = { request: "Request", response: "Response", handle: "Handle" };

const emptyResult = (diagnostics: Diagnostic[]): EmitResult => ({ diagnostics, members: [], operations: [], operationSpans: {}, features: new Set(), files: [] });

export function emitProgram(options: EmitOptions): EmitResult {
  // A folder named index.ts is as missing as no file at all (reading it would throw EISDIR).
  if (!fs.existsSync(options.entry) || !fs.statSync(options.entry).isFile()) return emptyResult([make.missingEntry(path.relative(options.projectDir, options.entry) || options.entry)]);
  let project: Project;
  try {
    project = options.project ?? createProject(options.entry);
  } catch (error) {
    // The TypeScript parser recurses into nesting: say which file nests too deep, and where.
    if (!(error instanceof RangeError)) throw error;
    return emptyResult(unreadable(options));
  }
  // Nothing else recurses into a file that nests past the limit (the checker's binder does, as soon
  // as the checker exists): its report is all there is.
  const deep = project.getSourceFiles().flatMap((file) => {
    const node = isUserFile(file.getFilePath()) ? tooDeep(file.compilerNode) : undefined;
    return node ? [make.nestedTooDeep(spanIn(options.projectDir, node), MAX_NESTING)] : [];
  });
  if (deep.length) return emptyResult(deep);
  let ctx: EmitContext | undefined;
  try {
    ctx = new EmitContext(project.getTypeChecker().compilerObject, options.projectDir);
    return { ...emitChecked(options, project, ctx), project };
  } catch (error) {
    // The last resort for what the nesting limit does not foresee: a report, never a stack trace.
    if (!(error instanceof RangeError)) throw error;
    return emptyResult([...(ctx?.diagnostics ?? []), make.tooComplex({ file: relativePath(options.projectDir, options.entry), line: 1, column: 1 })]);
  }
}

function relativePath(projectDir: string, file: string): string {
  return path.relative(projectDir, file).split(path.sep).join("/");
}

function spanIn(projectDir: string, node: ts.Node): Span {
  const sf = node.getSourceFile();
  const start = node.getStart(sf);
  const { line, character } = sf.getLineAndCharacterOfPosition(start);
  return { file: relativePath(projectDir, sf.fileName), line: line + 1, column: character + 1, length: Math.max(1, Math.min(node.getEnd() - start, 80)) };
}

function unreadable(options: EmitOptions): Diagnostic[] {
  const found = unparsableFiles(path.dirname(options.entry)).map(({ file, offset, text }) => {
    const lines = text.slice(0, offset).split(/\r\n|[\r\n\u2028\u2029]/);
    const span = { file: relativePath(options.projectDir, file), line: lines.length, column: lines[lines.length - 1].length + 1, length: 1 };
    return make.nestedTooDeep(span, MAX_NESTING);
  });
  return found.length ? found : [make.tooComplex({ file: relativePath(options.projectDir, options.entry), line: 1, column: 1 })];
}

function emitChecked(options: EmitOptions, project: Project, ctx: EmitContext): EmitResult {
  typeDiagnostics(project, ctx);

  const transformsDir = realDir(path.dirname(options.entry));
  const outside = project.getSourceFiles().filter((f) => isUserFile(f.getFilePath()) && !isWithin(transformsDir, f.getFilePath()));
  reportOutside(outside, ctx, transformsDir);
  const sourceFiles = project
    .getSourceFiles()
    .filter((f) => !outside.includes(f))
    .map((f) => f.compilerNode)
    .filter((f) => isUserFile(f.fileName));
  const entry = sourceFiles.find((f) => path.resolve(f.fileName) === path.resolve(options.entry))!;
  const walk = createWalk(ctx);

  // Names first, so that every file can call every other file's functions.
  for (const file of sourceFiles) declareTopLevel(file, ctx);
  const members: CsMember[] = [];
  for (const file of sourceFiles) members.push(...emitTopLevel(file, ctx, walk, file === entry));

  const call = findTransformsCall(ctx, entry);
  const operations = call ? readTransformsMap(ctx, call) : [];
  const hookName = hookMethodNames(operations, ctx);
  for (const op of operations) members.push(...emitHooks(op, ctx, walk, hookName));
  members.push(...router(operations, hookName));

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
      const name = (symbol && ctx.nameOf(symbol)) ?? csIdentifier(statement.name.text);
      const parts = methodParts(statement, ctx, walk);
      members.push({ kind: "method", modifiers: ["private", "static", ...(parts.isAsync ? ["async"] : [])], returnType: parts.returnType, name, params: parts.params, body: parts.body, origin: ctx.origin(statement) });
    } else if (ts.isVariableStatement(statement)) {
      members.push(...moduleVariables(statement, ctx, walk));
    } else if (ts.isExportAssignment(statement) && isEntry) {
      continue;
    } else if (ts.isInterfaceDeclaration(statement) || ts.isTypeAliasDeclaration(statement) || ts.isEmptyStatement(statement)) {
      continue;
    } else if (ts.isEnumDeclaration(statement)) {
      checkEnum(statement, ctx);
    } else if (ts.isExportDeclaration(statement)) {
      if (statement.moduleSpecifier) checkModuleSpecifier(statement.moduleSpecifier, ctx, false);
    } else {
      if (ts.isExpressionStatement(statement) || ts.isIfStatement(statement) || ts.isIterationStatement(statement, false)) {
        ctx.unsupported(statement, "a statement at the top level of a module", "put it in a function, or declare a const");
      } else {
        reportUnsupported(statement, ctx);
      }
    }
  }
  return members;
}

function realDir(dir: string): string {
  try {
    return fs.realpathSync(dir);
  } catch {
    return path.resolve(dir);
  }
}

/** Whether a file is inside dir, where the file really is (a symlink is followed). */
function isWithin(dir: string, file: string): boolean {
  const rel = path.relative(dir, path.dirname(realDir(file)));
  return rel === "" || (!rel.startsWith("..") && !path.isAbsolute(rel));
}

/**
 * The script is built from the entry's folder (transforms/) alone: a file reached from outside it
 * (`../shared/util`, a symlink, a `/// <reference>`) is reported where it is imported, and not
 * emitted, so neither its code nor its path reaches script.csx.
 */
function reportOutside(outside: SourceFile[], ctx: EmitContext, transformsDir: string): void {
  for (const file of outside) {
    const shown = ctx.relative(file.getFilePath());
    const sites = file.getReferencingNodesInOtherSourceFiles().filter((n) => isUserFile(n.getSourceFile().getFilePath()) && isWithin(transformsDir, n.getSourceFile().getFilePath()));
    for (const site of sites) {
      const node = site.compilerNode;
      const specifier = (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier ? node.moduleSpecifier : node;
      ctx.report(make.importOutsideTransforms(ctx.span(specifier), shown));
    }
    if (!sites.length) {
      const referrer = file.getReferencingSourceFiles().find((f) => isWithin(transformsDir, f.getFilePath()));
      const at = referrer?.compilerNode.statements[0] ?? referrer?.compilerNode;
      if (at) ctx.report(make.importOutsideTransforms(ctx.span(at), shown));
    }
  }
}

/** Only "csxc" and relative files of transforms/ can be imported; a broken specifier is the parser's to report. */
function checkModuleSpecifier(specifier: ts.Expression, ctx: EmitContext, allowCsxc: boolean): void {
  if (!ts.isStringLiteral(specifier)) return;
  const module = specifier.text;
  if ((allowCsxc && module === "csxc") || module.startsWith(".")) return;
  ctx.report(make.unsupportedImport(ctx.span(specifier), module));
}

function moduleVariables(statement: ts.VariableStatement, ctx: EmitContext, walk: Walk): CsMember[] {
  // A module's `var` is one of its variables, like `let`: its functions run after the module loaded.
  const list = statement.declarationList;
  const members: CsMember[] = [];
  for (const decl of list.declarations) {
    if (!ts.isIdentifier(decl.name)) {
      ctx.unsupported(decl.name, "destructuring at the top level", "declare one const per value");
      continue;
    }
    // The transforms map itself is read by readTransformsMap, not emitted as data.
    if (decl.initializer && ts.isCallExpression(decl.initializer) && decl.initializer.expression.getText() === "defineTransforms") continue;
    const symbol = ctx.checker.getSymbolAtLocation(decl.name);
    const name = (symbol && ctx.nameOf(symbol)) ?? csIdentifier(decl.name.text);
    const rep = ctx.declaredRep(decl);
    // `const url = (id: number) => ...`: a static delegate field; its lambda reads other fields when called, as JS does.
    const init = decl.initializer ? ctx.withMethod({ isAsync: false, returns: REP.void }, () => walk.exprAs(decl.initializer!, rep)) : undefined;
    const modifiers = ["private", "static", ...(list.flags & ts.NodeFlags.Const ? ["readonly"] : [])];
    members.push({ kind: "field", modifiers, type: rep.cs, name, init, origin: ctx.origin(decl) });
  }
  return members;
}

/** The C# method of one hook of one operation. */
type HookNames = (op: OperationHooks, hook: HookName | "value") => string;

/**
 * Names the hook methods `OperationId_Request` and so on. An operationId is any string, so only its
 * ASCII letters, digits and `_` are kept; names that then meet (`a-b` and `a_b`, an operationId
 * `Fallback` and the fallback `*`, a function of the user's) are made unique like any member.
 */
function hookMethodNames(operations: OperationHooks[], ctx: EmitContext): HookNames {
  const names = new Map<string, string>();
  operations.forEach((op, i) => {
    const base = op.operationId === "*" ? "Fallback" : op.operationId.replace(/[^A-Za-z0-9_]/g, "_");
    for (const hook of HOOKS) {
      if (op.hooks[hook]) names.set(`${i}:${hook}`, ctx.globalName(`${/^[0-9]/.test(base) ? "_" + base : base}_${HOOK_SUFFIX[hook]}`));
    }
    if (op.value) names.set(`${i}:value`, ctx.globalName(`${/^[0-9]/.test(base) ? "_" + base : base}_Hooks`));
  });
  return (op, hook) => names.get(`${operations.indexOf(op)}:${hook}`)!;
}

/** The static field that holds an entry computed at run time, evaluated once as JS evaluates the map. */
function hookValueField(op: OperationHooks, value: ts.Expression, ctx: EmitContext, walk: Walk, hookName: HookNames): CsMember {
  const init = ctx.withMethod({ isAsync: false, returns: REP.void }, () => walk.exprAs(value, REP.transform));
  return { kind: "field", modifiers: ["private", "static", "readonly"], type: REP.transform.cs, name: hookName(op, "value"), init, origin: ctx.origin(value) };
}

const HOOKS: HookName[] = ["request", "response", "handle"];

function emitHooks(op: OperationHooks, ctx: EmitContext, walk: Walk, hookName: HookNames): CsMember[] {
  if (op.value) return [hookValueField(op, op.value, ctx, walk, hookName)];
  const members: CsMember[] = [];
  for (const hook of HOOKS) {
    const fn = op.hooks[hook];
    if (!fn) continue;
    const paramTypes = hook === "response" ? ["CsxRes", "CsxCtx"] : ["CsxReq", "CsxCtx"];
    const defaultNames = [hook === "response" ? "res" : "req", "ctx"];
    const returnType = hook === "handle" ? "Task<CsxRes>" : "Task";
    const shared = ts.isFunctionDeclaration(fn) && fn.name ? ctx.nameOf(ctx.checker.getSymbolAtLocation(fn.name)!) : undefined;
    if (shared) {
      // The hook is a top-level function emitted once already: call it rather than copy it.
      members.push(delegatingHook(op, hook, fn as ts.FunctionDeclaration, shared, paramTypes, defaultNames, returnType, ctx, hookName(op, hook)));
      continue;
    }
    const parts = methodParts(fn, ctx, walk, { nested: false, forceAsync: true });
    // A parameter the hook does not declare still needs a name, one its body does not use.
    const used = namesIn(parts);
    const params = [0, 1].map((i) => parts.params[i] ?? { type: paramTypes[i], name: unusedName(defaultNames[i], used) });
    params.forEach((p, i) => (p.type = paramTypes[i]));
    members.push({
      kind: "method",
      modifiers: ["private", "static", "async"],
      returnType,
      name: hookName(op, hook),
      params,
      body: parts.body,
      origin: ctx.origin(fn),
      comment: `${op.operationId}.${hook}`,
    });
  }
  return members;
}

/** Every name that a piece of the C# tree declares or mentions. */
function namesIn(tree: unknown): Set<string> {
  const out = new Set<string>();
  const stack: unknown[] = [tree];
  while (stack.length) {
    const n = stack.pop();
    if (Array.isArray(n)) stack.push(...n);
    else if (n && typeof n === "object") {
      for (const [key, value] of Object.entries(n)) {
        if (key === "name" && typeof value === "string") out.add(value);
        else stack.push(value);
      }
    }
  }
  return out;
}

function unusedName(base: string, used: Set<string>): string {
  let name = base;
  for (let i = 2; used.has(name); i++) name = `${base}_${i}`;
  return name;
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
  name: string,
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
  return { kind: "method", modifiers: ["private", "static", "async"], returnType, name, params, body, origin: ctx.origin(fn), comment: `${op.operationId}.${hook}` };
}

/** The C# for running one operation's hooks: handle, or request → send → response. */
function routeBody(op: OperationHooks | undefined, hookName: HookNames): CsStmt[] {
  const awaitCall = (name: string, args: string[]): CsExpr => ({
    kind: "await",
    operand: cs.call(cs.member(cs.call(name, args.map(cs.name)), "ConfigureAwait"), [cs.bool(false)]),
  });
  if (op?.value) return [{ kind: "return", value: awaitCall("CsxTransform.Run", [hookName(op, "value"), "req", "ctx"]) }];
  if (op?.hooks.handle) return [{ kind: "return", value: awaitCall(hookName(op, "handle"), ["req", "ctx"]) }];
  const body: CsStmt[] = [];
  if (op?.hooks.request) body.push({ kind: "expr", expr: awaitCall(hookName(op, "request"), ["req", "ctx"]) });
  body.push({ kind: "local", type: "CsxRes", name: "res", init: awaitCall("ctx.Send", ["req"]) });
  if (op?.hooks.response) body.push({ kind: "expr", expr: awaitCall(hookName(op, "response"), ["res", "ctx"]) });
  body.push({ kind: "return", value: cs.name("res") });
  return body;
}

function router(operations: OperationHooks[], hookName: HookNames): CsMember[] {
  const named = operations.filter((o) => o.operationId !== "*");
  const fallback = operations.find((o) => o.operationId === "*");
  const sections: CsSwitchSection[] = named.map((op) => ({ labels: [cs.str(op.operationId)], body: routeBody(op, hookName) }));
  sections.push({ labels: ["default"], body: routeBody(fallback, hookName) });
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
