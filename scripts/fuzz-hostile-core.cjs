// The mutation fuzzer's engine, shared by `npm run fuzz:hostile` (scripts/fuzz-hostile.mjs, over the
// built CLI) and the fixed-seed slice jest runs in CI (test/hostile/io-fuzz.test.ts, over the
// sources). Each iteration takes a valid connector project, mutates one or more of its inputs
// (transforms as bytes and as a syntax tree, the swagger and a case file as JSON trees and as bytes,
// files swapped for folders), runs one command (check, build or verify), and asserts what csxc
// promises for any input: exit 0, 1 or 2; no stack trace; nothing outside build/ touched; build/
// either the previous output or a whole new one. Plain CommonJS so both callers load it as is.
"use strict";
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");

/** mulberry32: small, seedable, the same sequence on every machine. */
function prng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n) => Math.floor(next() * n);
  return { next, int, pick: (list) => list[int(list.length)], chance: (p) => next() < p };
}

/** Text that has broken compilers and tools: line terminators C# knows, quotes, format characters,
 *  path tricks, huge and deep things. */
const HOSTILE_STRINGS = [
  "\n", "\r\n", "\u2028", "\u2029", "\u0085", "\0", "\"", "'", "`", "\\", "*/", "/*", "#line 1 \"x\"", "\"); System.IO.File.WriteAllText(\"pwned\", \"\"); //",
  "a\u200Db", "\uFEFF", "\uD800", "💥", "${x}", "../../etc/passwd", "C:\\Windows", "%00", "%2e%2e/", "<redacted>", "{{", "}}",
  "__arglist", "System", "Convert", "CsxReq", "constructor", "__proto__", "toString", "null", "undefined", "NaN", "-0", "1e309",
  "x".repeat(5000), "(".repeat(300), "[".repeat(300),
];

/** JSON values that are not what a field expects. */
function hostileJson(r) {
  const deep = (n) => JSON.parse("[".repeat(n) + "]".repeat(n));
  return r.pick([
    () => null, () => [], () => ({}), () => 0, () => -1, () => 1e308, () => true, () => "", () => r.pick(HOSTILE_STRINGS),
    () => ({ $ref: r.pick(["other.json", "./x.json#/a", "http://127.0.0.1:9/x.json", "file:///etc/passwd", "#/nowhere", "#/definitions/Thing"]) }),
    () => deep(r.pick([5, 50, 900, 1200, 5000])), () => ({ __proto__: { x: 1 } }), () => [null, null], () => "x".repeat(100000),
  ])();
}

/** Every [container, key] pair of a JSON value, found without recursion. */
function slots(root) {
  const found = [];
  const stack = [root];
  while (stack.length && found.length < 20000) {
    const node = stack.pop();
    if (typeof node !== "object" || node === null) continue;
    for (const key of Object.keys(node)) {
      found.push([node, key]);
      if (typeof node[key] === "object" && node[key] !== null) stack.push(node[key]);
    }
  }
  return found;
}

/** One JSON tree mutation: delete, replace, duplicate, swap or rename a node, or insert a key. */
function mutateJsonTree(value, r) {
  const root = { root: value };
  const all = slots(root);
  if (!all.length) return value;
  const [node, key] = r.pick(all);
  const op = r.int(6);
  if (op === 0) {
    if (Array.isArray(node)) node.splice(Number(key), 1);
    else delete node[key];
  } else if (op === 1) node[key] = hostileJson(r);
  else if (op === 2) {
    const [other, otherKey] = r.pick(all);
    node[key] = JSON.parse(JSON.stringify(other[otherKey] ?? null));
  } else if (op === 3) {
    const [other, otherKey] = r.pick(all);
    const t = node[key];
    node[key] = other[otherKey];
    other[otherKey] = t;
    if (node[key] === node || other[otherKey] === other) node[key] = null; // no cycles
  } else if (op === 4 && !Array.isArray(node)) {
    const v = node[key];
    delete node[key];
    node[key + r.pick(HOSTILE_STRINGS).slice(0, 40)] = v;
  } else if (typeof node[key] === "string") node[key] = node[key] + r.pick(HOSTILE_STRINGS);
  else if (typeof node[key] === "object" && node[key] !== null && !Array.isArray(node[key])) node[key][r.pick(HOSTILE_STRINGS).slice(0, 40)] = hostileJson(r);
  return root.root;
}

/** One byte-level mutation of a file's text. */
function mutateBytes(buffer, r) {
  const b = Buffer.from(buffer);
  if (!b.length) return Buffer.from(r.pick(["null", "[]", "{", "\uFEFF{}"]));
  const at = r.int(b.length);
  switch (r.int(6)) {
    case 0:
      b[at] = r.int(256);
      return b;
    case 1:
      return b.subarray(0, at);
    case 2:
      return Buffer.concat([b.subarray(0, at), Buffer.from(r.pick(HOSTILE_STRINGS)), b.subarray(at)]);
    case 3:
      return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), b]);
    case 4: {
      const end = Math.min(b.length, at + 1 + r.int(200));
      return Buffer.concat([b.subarray(0, end), b.subarray(at, end), b.subarray(end)]);
    }
    default:
      return Buffer.concat([b.subarray(0, at), b.subarray(Math.min(b.length, at + 1 + r.int(50)))]);
  }
}

/** One syntax-tree mutation of TypeScript source: a node deleted, duplicated or swapped with
 *  another, or a hostile string put into an identifier, a string literal or a property key. */
function mutateSource(source, r, ts) {
  const file = ts.createSourceFile("index.ts", source, ts.ScriptTarget.Latest, true);
  const nodes = [];
  const visit = (n) => {
    if (n.kind !== ts.SyntaxKind.SourceFile && n.getWidth() > 0) nodes.push(n);
    ts.forEachChild(n, visit);
  };
  visit(file);
  if (!nodes.length) return source;
  const span = (n) => [n.getStart(), n.getEnd()];
  const replace = ([s, e], text) => source.slice(0, s) + text + source.slice(e);
  const node = r.pick(nodes);
  switch (r.int(5)) {
    case 0:
      return replace(span(node), "");
    case 1:
      return replace(span(node), node.getText() + (ts.isStatement(node) ? "\n" : " ") + node.getText());
    case 2: {
      const other = r.pick(nodes);
      const [a, b] = [node, other].sort((x, y) => x.getStart() - y.getStart());
      if (a.getEnd() > b.getStart()) return replace(span(a), b.getText());
      return source.slice(0, a.getStart()) + b.getText() + source.slice(a.getEnd(), b.getStart()) + a.getText() + source.slice(b.getEnd());
    }
    case 3: {
      const named = nodes.filter((n) => ts.isIdentifier(n) || ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n) || ts.isPropertyAssignment(n));
      const target = named.length ? r.pick(named) : node;
      const hostile = r.pick(HOSTILE_STRINGS);
      if (ts.isStringLiteral(target) || ts.isNoSubstitutionTemplateLiteral(target)) return replace(span(target), JSON.stringify(target.text + hostile));
      if (ts.isPropertyAssignment(target)) return replace(span(target.name), JSON.stringify(target.name.getText().replace(/^["']|["']$/g, "") + hostile));
      return replace(span(target), target.getText() + hostile.replace(/[^\p{ID_Continue}$\u200c\u200d]/gu, "_"));
    }
    default: {
      // Deep nesting where an expression stands.
      const expressions = nodes.filter((n) => ts.isExpression(n));
      if (!expressions.length) return source;
      const target = r.pick(expressions);
      const depth = r.pick([50, 500, 3000]);
      return replace(span(target), "(".repeat(depth) + target.getText() + ")".repeat(depth));
    }
  }
}

/** Folder names for the project, some of them hostile on a command line, in C# or in a #line. */
const PROJECT_NAMES = ["project", "my project", 'pro"ject', "pro\\ject", "pro\nject", "pro\u2028ject", "prüject", "p'q", "p*/q", "#line", "проект"];

/** Files the iteration may turn into folders, remove, or empty. */
const SWAPPABLE = ["connector/icon.png", "connector/apiDefinition.swagger.json", "connector/apiProperties.json", "transforms/index.ts", "cases/case.json"];

/** Applies 1–3 mutations to a project's files (a map of relative path → Buffer | "<folder>" | null). */
function mutateProject(files, r, ts) {
  const out = { ...files };
  const count = 1 + r.int(3);
  const done = [];
  for (let i = 0; i < count; i++) {
    const kind = r.pick(["transforms", "transforms", "swagger", "swagger", "case", "case", "bytes", "fs"]);
    if (kind === "transforms") {
      try {
        out["transforms/index.ts"] = Buffer.from(mutateSource(String(out["transforms/index.ts"] ?? ""), r, ts));
        done.push("transforms:tree");
      } catch {
        // The parser itself gives up on what an earlier mutation nested too deep: mutate bytes instead.
        if (Buffer.isBuffer(out["transforms/index.ts"])) out["transforms/index.ts"] = mutateBytes(out["transforms/index.ts"], r);
        done.push("transforms:bytes");
      }
    } else if (kind === "swagger" || kind === "case") {
      const rel = kind === "swagger" ? "connector/apiDefinition.swagger.json" : "cases/case.json";
      let value;
      try {
        value = JSON.parse(String(out[rel]).replace(/^\uFEFF/, ""));
      } catch {
        value = null;
      }
      try {
        out[rel] = Buffer.from(JSON.stringify(mutateJsonTree(value, r) ?? null, null, r.chance(0.5) ? 2 : 0) ?? "null");
        done.push(`${kind}:tree`);
      } catch {
        done.push(`${kind}:unchanged`); // a value nested past what JSON.stringify takes
      }
    } else if (kind === "bytes") {
      const rel = r.pick(["transforms/index.ts", "connector/apiDefinition.swagger.json", "cases/case.json", "connector/apiProperties.json"]);
      if (Buffer.isBuffer(out[rel])) out[rel] = mutateBytes(out[rel], r);
      done.push(`${rel}:bytes`);
    } else {
      const rel = r.pick(SWAPPABLE);
      const op = r.pick(["<folder>", null, Buffer.alloc(0)]);
      out[rel] = op;
      done.push(`${rel}:${op === null ? "removed" : op === "<folder>" ? "folder" : "emptied"}`);
    }
  }
  return { files: out, mutations: done };
}

function writeProject(dir, files) {
  for (const [rel, content] of Object.entries(files)) {
    const full = path.join(dir, rel);
    fs.rmSync(full, { recursive: true, force: true });
    if (content === null) continue;
    if (content === "<folder>") {
      fs.mkdirSync(full, { recursive: true });
      continue;
    }
    fs.mkdirSync(path.dirname(full), { recursive: true });
    fs.writeFileSync(full, content);
  }
}

/** Every path under `dir` with its bytes (folders as "dir"), skipping `skip` (a top-level name). */
function snapshot(dir, skip) {
  const out = {};
  const walk = (rel) => {
    const full = path.join(dir, rel);
    let entries;
    try {
      entries = fs.readdirSync(full, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (r === skip) continue;
      if (e.isDirectory()) {
        out[r] = "dir";
        walk(r);
      } else out[r] = e.isFile() ? fs.readFileSync(path.join(dir, r)).toString("base64") : "other";
    }
  };
  walk("");
  return out;
}

const BUILD_FILES = ["connector/apiDefinition.swagger.json", "connector/apiProperties.json", "connector/script.csx", "connector/settings.json", "script.csx"];

/** What is wrong with build/ when it is neither the previous output nor a whole new one, or "". */
function buildProblem(before, after) {
  const same = JSON.stringify(before) === JSON.stringify(after);
  if (same) return "";
  const missing = BUILD_FILES.filter((f) => !(f in after));
  if (missing.length) return `build/ changed but is not whole: missing ${missing.join(", ")}`;
  // The previous output's files hold sentinels no real build writes: some replaced and some not is a mix.
  const kept = BUILD_FILES.filter((f) => f in before && before[f] === after[f]);
  if (kept.length) return `build/ is a mix of two builds: ${kept.join(", ")} kept from the previous one`;
  if (after["script.csx"] !== after["connector/script.csx"]) return "build/script.csx and build/connector/script.csx differ";
  for (const [f, v] of Object.entries(before)) if (f.startsWith("cases/") && after[f] !== v) return `build/${f} was changed by a build`;
  return "";
}

const CRASH = /^\s+at .*(?::\d+:\d+\)?|\(native\))$|internal error|Maximum call stack|FATAL ERROR/m;

/**
 * Runs `count` iterations from `seed`. `run(argv)` runs the CLI and resolves to { code, out, err };
 * `ts` is the typescript module; `base` maps a valid project's relative paths to Buffers (with
 * `cases/case.json`). `commands` picks what to run (verify is slow: it starts .NET).
 */
async function fuzz({ seed, count, run, ts, base, commands = ["check", "build", "build", "verify"], log = () => {}, timeoutMs = 180000, keepInputs = true }) {
  const r = prng(seed);
  const failures = [];
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "csxc-fuzz-"));
  try {
    for (let i = 0; i < count; i++) {
      // The project's folder name reaches #line directives and messages: sometimes make it hostile.
      const name = r.chance(0.2) ? r.pick(PROJECT_NAMES) : "project";
      const dir = path.join(root, name);
      fs.rmSync(root, { recursive: true, force: true });
      fs.mkdirSync(root);
      fs.mkdirSync(dir, { recursive: true });
      writeProject(dir, base);
      // A previous build with a recorded case in it, which no build may lose.
      if (r.chance(0.6)) writeProject(dir, { "build/script.csx": Buffer.from("old"), "build/connector/script.csx": Buffer.from("old"), "build/connector/apiDefinition.swagger.json": Buffer.from("{}"), "build/connector/apiProperties.json": Buffer.from("{}"), "build/connector/settings.json": Buffer.from("{}"), "build/cases/t/a.json": Buffer.from("{}") });
      let mutated;
      try {
        mutated = mutateProject(base, r, ts);
      } catch (error) {
        // A bug of the fuzzer's own, not of csxc: say so and go on with the next iteration.
        log(`skip #${i}: the mutation itself failed: ${error && error.message}`);
        continue;
      }
      const { files, mutations } = mutated;
      writeProject(dir, files);
      const command = r.pick(commands);
      const argv =
        command === "verify"
          ? ["verify", "--project", dir, "--transforms", path.join(dir, "transforms", "index.ts"), "--cases", path.join(dir, "cases", "case.json")]
          : command === "build"
            ? ["build", "--project", dir, "--no-csharp-check"]
            : ["check", "--project", dir];
      if (command === "build" && r.chance(0.15)) argv.push("--out", r.pick(["build", "connector/icon.png", "transforms/index.ts", "..", "."]));
      log(`start #${i} ${command} [${mutations.join("; ")}]`);
      const outside = snapshot(root, `${name}/build`);
      const buildBefore = snapshot(path.join(dir, "build"), "");
      let result;
      let timer;
      try {
        result = await Promise.race([
          run(argv),
          new Promise((_, reject) => {
            timer = setTimeout(() => reject(new Error(`no answer in ${timeoutMs} ms`)), timeoutMs);
          }),
        ]);
      } catch (error) {
        result = { code: -1, out: "", err: `threw: ${error && error.stack ? error.stack : error}` };
      } finally {
        clearTimeout(timer);
      }
      const problems = [];
      if (![0, 1, 2].includes(result.code)) problems.push(`exit code ${result.code}`);
      const crash = CRASH.exec(`${result.out}\n${result.err}`);
      if (crash) problems.push(`crash output: ${crash[0].trim().slice(0, 200)}`);
      const outsideAfter = snapshot(root, `${name}/build`);
      const changed = [...new Set([...Object.keys(outside), ...Object.keys(outsideAfter)])].filter((f) => outside[f] !== outsideAfter[f]);
      if (changed.length) problems.push(`touched outside build/: ${changed.slice(0, 5).join(", ")}`);
      const buildWrong = buildProblem(buildBefore, snapshot(path.join(dir, "build"), ""));
      if (buildWrong) problems.push(buildWrong);
      if (result.code === 0 && command !== "build" && JSON.stringify(buildBefore) !== JSON.stringify(snapshot(path.join(dir, "build"), ""))) problems.push(`${command} changed build/`);
      const entry = { iteration: i, seed, folder: name, command: argv.slice(0, 1).concat(argv.slice(3).filter((a) => !a.startsWith(dir))).join(" "), mutations, code: result.code };
      if (problems.length) {
        const inputDir = keepInputs ? path.join(os.tmpdir(), `csxc-fuzz-failure-${seed}-${i}`) : "(not kept)";
        if (keepInputs) {
          fs.rmSync(inputDir, { recursive: true, force: true });
          fs.cpSync(dir, inputDir, { recursive: true });
        }
        failures.push({ ...entry, problems, input: inputDir, err: result.err.slice(0, 2000) });
        log(`FAIL #${i} (seed ${seed}, folder ${JSON.stringify(name)}) ${entry.command} [${mutations.join("; ")}]: ${problems.join("; ")}\n  input kept in ${inputDir}`);
      } else log(`ok   #${i} ${entry.command} exit ${result.code} [${mutations.join("; ")}]`);
    }
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
  return failures;
}

/** The valid project the fuzzer starts from, as files (relative path → Buffer). */
function baseProject(files, caseValue) {
  const out = {};
  for (const [rel, content] of Object.entries(files)) out[rel] = Buffer.from(content);
  out["cases/case.json"] = Buffer.from(JSON.stringify(caseValue, null, 2));
  return out;
}

module.exports = { fuzz, baseProject, prng, mutateSource, mutateJsonTree, mutateBytes, HOSTILE_STRINGS, CRASH };
