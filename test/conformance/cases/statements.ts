// Statements, functions, closures, errors, objects and arrays as data, destructuring, spread,
// optional chaining, async code and modules. Each is a function body that returns the value.

import { bodies, type Snippet } from "./snippet";

const FORTY = Array.from({ length: 40 }, (_, i) => `{ k: ${(i * 7) % 3}, i: ${i} }`).join(", ");

export const statementCases: Snippet[] = [
  ...bodies("Variables", [
    { name: "const and let", code: "const a = 1;\nlet b = 2;\nb = b + a;\nreturn [a, b];", value: [1, 3] },
    { name: "a name reused in a nested block", code: "const x = 1;\nlet out = 0;\n{\n  const x = 10;\n  out = x;\n}\nreturn [x, out];", value: [1, 10] },
    { name: "shadowing in an if", code: 'const v = "outer";\nconst out: string[] = [];\nif (v) {\n  const v = "inner";\n  out.push(v);\n}\nout.push(v);\nreturn out;', value: ["inner", "outer"] },
    { name: "let without an initialiser is undefined", code: 'let s: string | undefined;\nconst before = s === undefined;\ns = "set";\nreturn [before, s];', value: [true, "set"] },
    { name: "C# keywords as names", code: 'const string = "s";\nconst object = 1;\nconst base = true;\nconst params = [string, object, base];\nreturn params;', value: ["s", 1, true] },
    { name: "names with $ and _", code: "const $a = 1;\nconst _b = 2;\nconst a$b = 3;\nreturn $a + _b + a$b;", value: 6 },
  ]),
  ...bodies("Module constants", [
    { name: "a module constant", code: "return [LIMIT, PREFIX + LIMIT];", declarations: 'const LIMIT = 50;\nconst PREFIX = "max=";', value: [50, "max=50"] },
    { name: "a module constant holding JSON", code: "return DEFAULTS;", declarations: 'const DEFAULTS = { page: 1, tags: ["a", "b"] };', value: { page: 1, tags: ["a", "b"] } },
  ]),

  ...bodies("if / else", [
    { name: "if, else if, else", code: 'function grade(n: number) {\n  if (n >= 90) return "A";\n  else if (n >= 80) return "B";\n  else return "C";\n}\nreturn [grade(95), grade(85), grade(10)];', value: ["A", "B", "C"] },
    { name: "if without braces", code: "let n = 0;\nif (n === 0) n = 5;\nif (n === 0) n = 6;\nelse n = n + 1;\nreturn n;", value: 6 },
  ]),

  ...bodies("for…of", [
    { name: "over an array of numbers", code: "let sum = 0;\nfor (const n of [1, 2, 3.5]) sum = sum + n;\nreturn sum;", value: 6.5 },
    { name: "over an array of objects", code: 'const names: string[] = [];\nfor (const p of [{ name: "a" }, { name: "b" }]) names.push(p.name);\nreturn names;', value: ["a", "b"] },
    { name: "over a string visits code points", code: 'const out: string[] = [];\nfor (const ch of "a😀b") out.push(ch);\nreturn [out.length, out];', value: [3, ["a", "😀", "b"]] },
    { name: "over JSON from the request", code: 'const b = await req.json<{ items: { id: number }[] }>();\nconst ids: number[] = [];\nfor (const item of b.items) ids.push(item.id * 2);\nreturn ids;', request: { body: '{"items":[{"id":1},{"id":2.5}]}' }, value: [2, 5] },
    { name: "break and continue", code: "const out: number[] = [];\nfor (const n of [1, 2, 3, 4, 5, 6]) {\n  if (n === 2) continue;\n  if (n === 5) break;\n  out.push(n);\n}\nreturn out;", value: [1, 3, 4] },
    { name: "an array pushed to while it is iterated", code: "const a = [1, 2];\nconst seen: number[] = [];\nfor (const n of a) {\n  seen.push(n);\n  if (n < 3) a.push(n + 2);\n}\nreturn seen;", value: [1, 2, 3, 4] },
  ]),

  ...bodies("for", [
    { name: "counting loop", code: "const out: number[] = [];\nfor (let i = 0; i < 4; i++) out.push(i * i);\nreturn out;", value: [0, 1, 4, 9] },
    { name: "two variables and a comma update", code: "const out: string[] = [];\nfor (let i = 0, j = 10; i < j; i += 3, j -= 3) out.push(`${i}-${j}`);\nreturn out;", value: ["0-10", "3-7"] },
    { name: "break and continue", code: "let s = 0;\nfor (let i = 0; ; i++) {\n  if (i > 10) break;\n  if (i % 2 === 1) continue;\n  s += i;\n}\nreturn s;", value: 30 },
    { name: "counting down over a string", code: 'const s = "abc";\nlet r = "";\nfor (let i = s.length - 1; i >= 0; i--) r += s[i];\nreturn r;', value: "cba" },
  ]),

  ...bodies("while and do…while", [
    { name: "while", code: "let n = 1;\nwhile (n < 100) n = n * 3;\nreturn n;", value: 243 },
    { name: "do…while runs once", code: "let n = 100;\nlet runs = 0;\ndo {\n  runs++;\n  n++;\n} while (n < 50);\nreturn [n, runs];", value: [101, 1] },
    { name: "while with break", code: "let i = 0;\nwhile (true) {\n  i++;\n  if (i === 7) break;\n}\nreturn i;", value: 7 },
    { name: "nested loops, break leaves the inner one", code: "const out: string[] = [];\nfor (const a of [1, 2]) {\n  for (const b of [1, 2, 3]) {\n    if (b === 2) break;\n    out.push(`${a}${b}`);\n  }\n}\nreturn out;", value: ["11", "21"] },
  ]),

  ...bodies("switch", [
    {
      name: "fall-through and default",
      code: 'function f(x: number) {\n  const out: string[] = [];\n  switch (x) {\n    case 1:\n      out.push("one");\n    case 2:\n      out.push("two");\n      break;\n    case 3:\n      out.push("three");\n    default:\n      out.push("default");\n  }\n  return out;\n}\nreturn [f(1), f(2), f(3), f(4)];',
      value: [["one", "two"], ["two"], ["three", "default"], ["default"]],
    },
    { name: "on strings with return", code: 'function f(s: string) {\n  switch (s) {\n    case "a": return 1;\n    case "b":\n    case "c": return 2;\n    default: return 0;\n  }\n}\nreturn [f("a"), f("b"), f("c"), f("A")];', value: [1, 2, 2, 0] },
    { name: "default in the middle falls through", code: 'function f(x: number) {\n  const out: string[] = [];\n  switch (x) {\n    case 1: out.push("1");\n    default: out.push("d");\n    case 2: out.push("2"); break;\n    case 3: out.push("3");\n  }\n  return out.join("");\n}\nreturn [f(1), f(2), f(3), f(9)];', value: ["1d2", "2", "3", "d2"] },
    { name: "uses ===", code: 'function f(x: Json) {\n  switch (x) {\n    case 1: return "number 1";\n    case "1": return "string 1";\n    case null: return "null";\n    default: return "other";\n  }\n}\nreturn [f(1), f("1"), f(null), f(true)];', value: ["number 1", "string 1", "null", "other"] },
    { name: "case expressions run in order", code: "let calls = 0;\nfunction k(n: number) { calls++; return n; }\nlet hit = -1;\nswitch (2) {\n  case k(1): hit = 1; break;\n  case k(2): hit = 2; break;\n  case k(3): hit = 3; break;\n}\nreturn [hit, calls];", value: [2, 2] },
    { name: "break inside a loop inside a case", code: 'let out = "";\nswitch ("x") {\n  case "x":\n    for (const c of ["a", "b", "c"]) {\n      if (c === "b") break;\n      out += c;\n    }\n    out += "!";\n    break;\n}\nreturn out;', value: "a!" },
    { name: "a block in a case", code: 'switch (1) {\n  case 1: {\n    const v = "block";\n    return v;\n  }\n}\nreturn "none";', value: "block" },
  ]),

  ...bodies("Functions", [
    { name: "a switch over every member of a union, no default", declarations: 'type Kind = "a" | "b";\nfunction label(k: Kind): string {\n  switch (k) {\n    case "a": return "A";\n    case "b": return "B";\n  }\n}', code: 'const data = JSON.parse(\'["b","a"]\') as Kind[];\nreturn data.map((k) => label(k));', value: ["B", "A"] },
    { name: "a function that runs off its end gives undefined", declarations: 'function pick(n: number): string | undefined {\n  if (n > 1) return "big";\n}', code: "return [pick(2) ?? null, pick(0) ?? null, pick(0) === undefined];", value: ["big", null, true] },
    { name: "a bare return where a value is expected", declarations: "function half(n: number): number | undefined {\n  if (n < 0) return;\n  return n / 2;\n}", code: "return [half(4) ?? null, half(-1) ?? null, half(-1) === undefined];", value: [2, null, true] },
    { name: "an async function that runs off its end", code: 'async function find(xs: Json[], want: string): Promise<Json | undefined> {\n  for (const x of xs) if (x === want) return x;\n}\nreturn [(await find(["a"], "a")) ?? null, (await find([], "a")) ?? null];', value: ["a", null] },
    { name: "a top-level function", code: "return [twice(4), twice(0.5)];", declarations: "function twice(n: number): number { return n * 2; }", value: [8, 1] },
    { name: "a nested function", code: 'function greet(name: string) { return "hi " + name; }\nreturn greet("x");', value: "hi x" },
    { name: "recursion", code: "function fact(n: number): number { return n <= 1 ? 1 : n * fact(n - 1); }\nreturn [fact(5), fact(20)];", value: [120, 2432902008176640000] },
    { name: "a function called before its declaration", code: "const r = later(2);\nfunction later(n: number) { return n + 1; }\nreturn r;", value: 3 },
    { name: "default parameters", code: 'function f(a: number, b = 10, c = "c") { return `${a}${b}${c}`; }\nreturn [f(1), f(1, 2), f(1, 2, "z")];', value: ["110c", "12c", "12z"] },
    { name: "optional parameters are undefined", code: 'function f(a: string, b?: string) { return b === undefined ? a : a + b; }\nreturn [f("x"), f("x", "y")];', value: ["x", "xy"] },
    { name: "rest parameters", code: "function sum(...ns: number[]) { let s = 0; for (const n of ns) s += n; return s; }\nreturn [sum(), sum(1), sum(1, 2, 3)];", value: [0, 1, 6] },
    { name: "a function returning JSON", code: 'function make(id: number) { return { id, tags: ["t" + id] }; }\nreturn [make(1), make(2)];', value: [{ id: 1, tags: ["t1"] }, { id: 2, tags: ["t2"] }] },
    { name: "a function that returns nothing", code: "const log: number[] = [];\nfunction note(n: number): void { log.push(n); }\nnote(1);\nnote(2);\nreturn log;", value: [1, 2] },
    { name: "an async function", code: 'async function load(): Promise<string> { const t = await req.text(); return t.toUpperCase(); }\nreturn await load();', request: { body: "abc" }, value: "ABC" },
    { name: "a function changes its argument object", code: 'function tag(o: { [k: string]: Json }) { o.tagged = true; }\nconst x: { [k: string]: Json } = { a: 1 };\ntag(x);\nreturn x;', value: { a: 1, tagged: true } },
    { name: "a parameter reassigned", code: "function f(n: number) { n = n * 2; return n; }\nconst a = 3;\nreturn [f(a), a];", value: [6, 3] },
  ]),

  ...bodies("Arrow functions and closures", [
    { name: "an arrow function in a const", code: "const add = (a: number, b: number) => a + b;\nreturn add(2, 3);", value: 5 },
    { name: "an arrow function with a block", code: 'const label = (n: number) => {\n  if (n > 1) return "many";\n  return "one";\n};\nreturn [label(1), label(2)];', value: ["one", "many"] },
    { name: "a function expression", code: "const sq = function (n: number) { return n * n; };\nreturn sq(7);", value: 49 },
    { name: "a counter closure", code: "function counter() { let n = 0; return () => ++n; }\nconst c = counter();\nconst d = counter();\nc();\nc();\nreturn [c(), d()];", value: [3, 1] },
    { name: "a closure sees later assignments", code: 'let name = "a";\nconst get = () => name;\nname = "b";\nreturn get();', value: "b" },
    { name: "a closure assigns an outer variable", code: "let total = 0;\nconst add = (n: number) => { total += n; };\nadd(2);\nadd(3);\nreturn total;", value: 5 },
    { name: "a function passed as an argument", code: "function apply(f: (n: number) => number, v: number) { return f(v); }\nreturn [apply((n) => n + 1, 1), apply((n) => n * 10, 2)];", value: [2, 20] },
    { name: "a function returning a function", code: "const adder = (a: number) => (b: number) => a + b;\nconst add5 = adder(5);\nreturn [add5(1), adder(1)(1)];", value: [6, 2] },
    { name: "an async arrow function", code: "const f = async (n: number) => n * 2;\nreturn await f(21);", value: 42 },
    { name: "a closure over a parameter", code: 'function prefixer(p: string) { return (s: string) => p + s; }\nconst a = prefixer("a-");\nconst b = prefixer("b-");\nreturn [a("x"), b("y")];', value: ["a-x", "b-y"] },
  ]),

  ...bodies("Closures capturing loop variables", [
    { name: "for (let …) gives each iteration its own variable", code: "let first = () => -1;\nlet last = () => -1;\nfor (let i = 0; i < 3; i++) {\n  if (i === 0) first = () => i;\n  last = () => i * 10;\n}\nreturn [first(), last()];", value: [0, 20] },
    { name: "for…of gives each iteration its own variable", code: 'let a = () => "";\nlet b = () => "";\nfor (const s of ["a", "b", "c"]) {\n  if (s === "a") a = () => s;\n  if (s === "b") b = () => s + s;\n}\nreturn [a(), b()];', value: ["a", "bb"] },
    { name: "a const declared in a while body is fresh per iteration", code: "let keep = () => -1;\nlet i = 0;\nwhile (i < 3) {\n  const j = i * 10;\n  if (i === 1) keep = () => j;\n  i++;\n}\nreturn keep();", value: 10 },
    { name: "a variable declared outside the loop is shared", code: "let shared = 0;\nlet keep = () => -1;\nfor (let i = 0; i < 3; i++) {\n  shared = i;\n  if (i === 0) keep = () => shared;\n}\nreturn keep();", value: 2 },
    { name: "the loop variable changed in the body is seen by its closure", code: "let keep = () => -1;\nfor (let i = 0; i < 6; i++) {\n  if (i === 2) keep = () => i;\n  i++;\n}\nreturn keep();", value: 3 },
    { name: "closures made in a loop and run by map", code: 'const out = [1, 2, 3].map((n) => {\n  let k = n;\n  const add = () => k * 100;\n  k++;\n  return add();\n});\nreturn out;', value: [200, 300, 400] },
    { name: "closures made in a loop and called after it", code: "const results: number[] = [];\nlet run = (n: number) => n;\nfor (let i = 1; i <= 3; i++) {\n  const prev = run;\n  run = (n: number) => prev(n) + i;\n}\nresults.push(run(0));\nreturn results;", value: [6] },
  ]),

  ...bodies("try / catch / finally", [
    { name: "catch receives the error", code: 'try {\n  throw new Error("boom");\n} catch (e) {\n  return e instanceof Error ? e.message : "?";\n}', value: "boom" },
    { name: "finally runs after return, in order", code: 'const log: string[] = [];\nfunction f() {\n  try {\n    log.push("try");\n    return "r";\n  } finally {\n    log.push("finally");\n  }\n}\nlog.push(f());\nreturn log;', value: ["try", "finally", "r"] },
    { name: "finally runs after a throw is caught", code: 'const log: string[] = [];\ntry {\n  try {\n    log.push("a");\n    throw new Error("x");\n  } finally {\n    log.push("b");\n  }\n} catch (e) {\n  log.push("c");\n}\nreturn log;', value: ["a", "b", "c"] },
    { name: "catch without a binding", code: 'let r = "none";\ntry {\n  JSON.parse("{");\n} catch {\n  r = "caught";\n}\nreturn r;', value: "caught" },
    { name: "rethrow", code: 'try {\n  try {\n    throw new Error("inner");\n  } catch (e) {\n    throw e;\n  }\n} catch (e) {\n  return e instanceof Error ? "outer got " + e.message : "";\n}', value: "outer got inner" },
    { name: "an error thrown in catch", code: 'try {\n  try {\n    throw new Error("one");\n  } catch {\n    throw new Error("two");\n  }\n} catch (e) {\n  return e instanceof Error ? e.message : "";\n}', value: "two" },
    { name: "break from try runs finally", code: 'const log: string[] = [];\nfor (const n of [1, 2, 3]) {\n  try {\n    if (n === 2) break;\n    log.push("t" + n);\n  } finally {\n    log.push("f" + n);\n  }\n}\nreturn log;', value: ["t1", "f1", "f2"] },
    { name: "continue from try runs finally", code: 'const log: string[] = [];\nfor (const n of [1, 2]) {\n  try {\n    if (n === 1) continue;\n    log.push("t" + n);\n  } finally {\n    log.push("f" + n);\n  }\n}\nreturn log;', value: ["f1", "t2", "f2"] },
    { name: "the return value is fixed before finally runs", code: 'let x = "before";\nfunction f() {\n  try {\n    return x;\n  } finally {\n    x = "after";\n  }\n}\nreturn [f(), x];', value: ["before", "after"] },
    { name: "an error from a built-in is caught", code: 'try {\n  decodeURIComponent("%");\n  return "no error";\n} catch (e) {\n  return e instanceof Error;\n}', value: true },
    { name: "try in an async function around await", code: 'async function f(): Promise<string> {\n  try {\n    const res = await ctx.send(req);\n    return "status " + res.status;\n  } finally {\n    ctx.log.info("done");\n  }\n}\nreturn await f();', upstream: [{ status: 201, headers: {}, body: null }], value: "status 201" },
  ]),

  ...bodies("Errors and throw", [
    { name: "an uncaught Error is 500 with its message", form: "handle", code: 'throw new Error("went wrong");' },
    { name: "an uncaught HttpError is its status", form: "handle", code: 'throw new HttpError(404, "no such thing");' },
    { name: "HttpError in catch: status and message", code: 'try {\n  throw new HttpError(409, "conflict");\n} catch (e) {\n  if (e instanceof HttpError) return [e.status, e.message];\n  return [];\n}', value: [409, "conflict"] },
    { name: "an HttpError is also an Error", code: 'try {\n  throw new HttpError(400, "bad");\n} catch (e) {\n  return [e instanceof Error, e instanceof HttpError];\n}', value: [true, true] },
    { name: "an Error is not an HttpError", code: 'try {\n  throw new Error("plain");\n} catch (e) {\n  return [e instanceof Error, e instanceof HttpError];\n}', value: [true, false] },
    { name: "an error thrown in a called function", code: 'function check(n: number) { if (n < 0) throw new HttpError(422, "negative: " + n); return n; }\nreturn check(-1.5);' },
    { name: "new Error without a message", code: 'try {\n  throw new Error();\n} catch (e) {\n  return e instanceof Error ? "[" + e.message + "]" : "";\n}', value: "[]" },
    { name: "a thrown error's message with JSON in it", form: "handle", code: 'throw new Error(`bad value ${JSON.stringify({ a: [1, "x"] })}`);' },
    { name: "an error thrown after a request was sent", code: 'const res = await ctx.send(req);\nif (!res.ok) throw new HttpError(res.status, "upstream said " + (await res.text()));\nreturn "ok";', upstream: [{ status: 503, headers: { "Content-Type": "text/plain" }, body: "busy" }] },
  ]),

  ...bodies("Object literals and properties", [
    { name: "property read and write", code: "const o = { a: 1, b: { c: \"x\" } };\no.a = 2;\no.b.c = \"y\";\nreturn o;", value: { a: 2, b: { c: "y" } } },
    { name: "a new property added to a JSON object", code: 'const o: { [k: string]: Json } = { a: 1 };\no.z = [true];\no["with space"] = null;\nreturn o;', value: { a: 1, z: [true], "with space": null } },
    {
      name: "a __proto__ key copied from JSON",
      code: 'const from = await req.json<{ [k: string]: Json }>();\nconst copy: { [k: string]: Json } = {};\nfor (const [k, v] of Object.entries(from)) copy[k] = v;\nreturn [Object.keys(from), copy];',
      request: { body: '{"__proto__":{"x":1},"a":2}' },
      value: [["__proto__", "a"], { a: 2 }],
    },
    {
      name: "a __proto__ key kept by fromEntries and spread, updated where JSON.parse made it",
      code: 'const from = await req.json<{ [k: string]: Json }>();\nconst entries = Object.fromEntries(Object.entries(from));\nconst spread = { ...from };\nfrom["__proto__"] = 5;\nconst assigned: { [k: string]: Json } = {};\nObject.assign(assigned, spread);\nreturn [Object.keys(entries), Object.keys(spread), from, assigned];',
      request: { body: '{"__proto__":{"x":1},"a":2}' },
      value: [["__proto__", "a"], ["__proto__", "a"], { ["__proto__"]: 5, a: 2 }, { a: 2 }],
    },
    { name: "computed keys", code: 'const k = "dyn";\nconst n = 2;\nreturn { [k]: 1, [k + n]: 2, [`t${n}`]: 3 };', value: { dyn: 1, dyn2: 2, t2: 3 } },
    { name: "shorthand properties", code: 'const id = 7;\nconst name = "n";\nreturn { id, name };', value: { id: 7, name: "n" } },
    { name: "shorthand in nested objects and arrays", code: "const id = 3;\nconst tags = [\"a\"];\nconst inner = { id, tags };\nreturn { outer: { inner, list: [{ id }] }, id };", value: {"outer": {"inner": {"id": 3, "tags": ["a"]}, "list": [{"id": 3}]}, "id": 3} },
    { name: "shorthand of a narrowed and an undefined value", code: "const b = await req.json<{ s: string | null; n?: number }>();\nconst s = b.s;\nconst n = b.n;\nif (s !== null) return { s, n, len: s.length };\nreturn {};", request: {"body": "{\"s\":\"ab\"}"}, value: {"s": "ab", "len": 2} },
    { name: "shorthand of parameters, returned from an arrow", code: "const wrap = (key: string, n: number) => ({ key, n });\nreturn [1, 2].map((n) => wrap(\"k\" + n, n));", value: [{"key": "k1", "n": 1}, {"key": "k2", "n": 2}] },
    { name: "shorthand of loop variables", code: "const out: Json[] = [];\nfor (let i = 0; i < 2; i++) out.push({ i });\nfor (const s of [\"a\"]) out.push({ s });\nreturn out;", value: [{"i": 0}, {"i": 1}, {"s": "a"}] },
    { name: "shorthand of a module constant", code: "return { LIMIT };", declarations: "const LIMIT = 50;", value: {"LIMIT": 50} },
    { name: "quoted and numeric keys", code: 'return { "a-b": 1, 2: "two", "": "empty" };', value: { "a-b": 1, 2: "two", "": "empty" } },
    { name: "integer-like keys come first, in ascending order", code: 'return { b: 1, a: 2, 10: 3, 2: 4, "-1": 5, "01": 6, 1.5: 7, 4294967294: 8, 4294967295: 9 };' },
    { name: "integer-like keys added later still come first", code: 'const o: { [k: string]: Json } = { z: 1 };\no["5"] = 2;\no.y = 3;\no["0"] = 4;\nreturn [o, Object.keys(o)];', value: [{ 0: 4, 5: 2, z: 1, y: 3 }, ["0", "5", "z", "y"]] },
    { name: "assigning an existing key keeps its position", code: "const o = { a: 1, b: 2, c: 3 };\no.a = 10;\nreturn Object.keys(o);", value: ["a", "b", "c"] },
    { name: "assigning a nearly equal number replaces it", code: "const o = { x: 0.3, z: 0 };\no.x = 0.1 + 0.2;\no.z = -0;\nconst a = [0.3, 0];\na[0] = 0.1 + 0.2;\na[1] = -0;\nreturn [o.x, 1 / o.z < 0, a[0], 1 / a[1] < 0, JSON.stringify(o)];", value: [0.30000000000000004, true, 0.30000000000000004, true, '{"x":0.30000000000000004,"z":0}'] },
    { name: "undefined properties are left out of JSON", code: "const b = await req.json<{ x?: string }>();\nreturn { a: b.x, b: 1, c: undefined };", request: { body: "{}" }, value: { b: 1 } },
    { name: "element access with a string key", code: 'const o: { [k: string]: number } = { a: 1, b: 2 };\nconst k = "b";\nreturn o[k] + o["a"];', value: 3 },
    { name: "a number key reads the same property as its string", code: 'const o: { [k: string]: string } = { "1": "one" };\nreturn [o[1], o["1"]];', value: ["one", "one"] },
    { name: "the same object held twice", code: "const a = { n: 1 };\nconst b = a;\nb.n = 2;\nreturn a.n;", value: 2 },
    { name: "an object literal in an array in an object", code: 'return { list: [{ a: [1, { b: null }] }, []], e: {} };', value: { list: [{ a: [1, { b: null }] }, []], e: {} } },
    { name: "interfaces and type aliases are erased", code: 'const p: Person = { name: "n", age: 3 };\nconst q: Pair = [1, "x"];\nreturn [p.name, p.age + 1, q];', declarations: "interface Person { name: string; age: number }\ntype Pair = [number, string];", value: ["n", 4, [1, "x"]] },
  ]),

  ...bodies("Arrays", [
    { name: "index, length and assignment", code: "const a = [10, 20, 30];\na[1] = 21;\nreturn [a[0], a[1], a.length];", value: [10, 21, 3] },
    { name: "reading past the end is undefined", code: "const a = [1];\nreturn [a[5] === undefined, a[-1] === undefined];", value: [true, true] },
    { name: "?? and === undefined after a split past the end", code: "const [key, value] = \"a\".split(\"=\");\nconst [k2, v2] = \"b=2\".split(\"=\");\nreturn [key, value ?? \"x\", value === undefined, k2, v2 ?? \"x\", v2 !== undefined, typeof value];", value: ["a", "x", true, "b", "2", true, "undefined"] },
    { name: "truthiness of an element past the end", code: "const parts = \"a/b/c\".split(\"/\");\nconst out: string[] = [];\nif (!parts[3]) out.push(\"no 3\");\nif (parts[2]) out.push(\"has 2\");\nconst n = [0, 1];\nif (!n[5]) out.push(\"no n5\");\nif (!n[0]) out.push(\"n0 falsy\");\nreturn out;", value: ["no 3", "has 2", "no n5", "n0 falsy"] },
    { name: "a number past the end in arithmetic, in a template and in JSON", code: "const a = [1, 2];\nconst x = a[5];\nreturn { sum: a[0] + a[5], str: `${a[5]}|${x}`, plus: \"v\" + a[9], list: [a[7], x], obj: { u: a[7], d: a[1] }, isNaN: Number.isNaN(a[3] * 2) };", value: {"sum": null, "str": "undefined|undefined", "plus": "vundefined", "list": [null, null], "obj": {"d": 2}, "isNaN": true} },
    { name: "a string past the end in a template, concatenation and JSON", code: "const p = \"a\".split(\",\");\nconst v = p[1];\nreturn [`${p[1]}`, \"x\" + v, v + \"y\", { v, w: p[0] }, [v], v === p[2], v === \"a\"];", value: ["undefined", "xundefined", "undefinedy", {"w": "a"}, [null], true, false] },
    { name: "a let assigned past the end, then tested", code: "const xs = [1, 2, 3];\nlet last = 0;\nlet s = \"\";\nfor (let i = 0; i <= xs.length; i++) { last = xs[i]; }\nconst parts = \"k\".split(\"=\");\ns = parts[1];\nreturn [last === undefined, s === undefined, s ?? \"none\"];", value: [true, true, "none"] },
    { name: "a record read for a missing key", code: "const m: Record<string, string> = { a: \"A\" };\nconst n: { [k: string]: number } = { one: 1 };\nconst k = \"b\";\nreturn [m[k] ?? \"dflt\", m.a, m[\"zz\"] === undefined, n.two === undefined, (n.one ?? 0) + (n.two ?? 10)];", value: ["dflt", "A", true, true, 11] },
    { name: "reads within the array stay numbers", code: "const xs = [3, 4];\nlet t = 0;\nfor (let i = 0; i < xs.length; i++) t += xs[i] * 2;\nconst [a, b] = xs;\nreturn [t, a + b, xs[0] === 3, xs[1] !== xs[0]];", value: [14, 7, true, true] },
    { name: "a missing match group is undefined", code: "const m = /(a)(x)?/.exec(\"ab\");\nif (!m) return null;\nreturn [m[1], m[2] === undefined, m[2] ?? \"-\"];", value: ["a", true, "-"] },
    { name: "comparing elements past the end", code: "const a = [1];\nconst b: number[] = [];\nreturn [a[3] === b[0], a[3] === a[0], a[3] !== 1, a[3] < 1, a[3] > 1, b[0] == null];", value: [true, false, true, false, false, true] },
    { name: "a character of an element past the end throws as in JS", code: "const parts = \"a\".split(\",\");\ntry { return parts[1][0]; } catch (e) { return e instanceof Error ? \"threw\" : \"?\"; }", value: "threw" },
    { name: "?? of another type after a read past the end", code: "const f = [true];\nconst s = \"a\".split(\",\");\nconst n = [1];\nreturn [f[2] === undefined, !f[2], f[2] ?? \"none\", f[0], s[1] ?? null, n[4] ?? null, n[0] ?? null, s[3] ?? s[4], n[5] ?? \"x\"];", value: [true, true, "none", true, null, null, 1, null, "x"] },
    { name: "assigning past the end fills with holes (null in JSON)", code: "const a: number[] = [1];\na[3] = 4;\nreturn [a.length, a];", value: [4, [1, null, null, 4]] },
    { name: "an array of mixed JSON", code: 'const a: Json[] = [1, "a", null, true, [2], { k: "v" }];\nreturn a;', value: [1, "a", null, true, [2], { k: "v" }] },
    { name: "a tuple", code: 'const t: [string, number] = ["a", 1];\nreturn [t[0] + t[1], t.length];', value: ["a1", 2] },
    { name: "length set to truncate", code: "const a = [1, 2, 3, 4];\na.length = 2;\nreturn a;", value: [1, 2] },
    { name: "length set to extend, to 0, and by compound assignment", code: "const a = [1, 2, 3];\na.length = 5;\nconst extended = [a.length, JSON.stringify(a), a[4] === undefined];\na.length -= 4;\nconst b = [\"x\"];\nb.length = 0;\nreturn [extended, a, b, b.length];", value: [[5, "[1,2,3,null,null]", true], [1], [], 0] },
    { name: "an invalid length throws", code: "const a = [1];\ntry { a.length = -1; return \"no\"; } catch (e) { return e instanceof Error ? e.message : \"?\"; }", value: "Invalid array length" },
    { name: "an index from a computation", code: "const a = [\"a\", \"b\", \"c\"];\nconst i = 5 % 3;\nreturn a[i];", value: "c" },
    { name: "a fractional index reads nothing", code: "const a = [1, 2];\nreturn a[0.5] === undefined;", value: true },
  ]),

  ...bodies("Missing properties read as undefined", [
    { name: "a missing property of request JSON", code: 'const b = await req.json<{ a?: number; c: { d?: string } }>();\nreturn [b.a === undefined, b.c.d ?? "none", b.a == null, typeof b.a];', request: { body: '{"c":{}}' }, value: [true, "none", true, "undefined"] },
    { name: "null is not undefined", code: "const b = await req.json<{ a?: number | null }>();\nreturn [b.a === null, b.a === undefined];", request: { body: '{"a":null}' }, value: [true, false] },
    { name: "a missing property copied into a new object is left out", code: "const b = await req.json<{ a?: number; z: number }>();\nreturn { a: b.a, z: b.z };", request: { body: '{"z":1}' }, value: { z: 1 } },
    { name: "a missing property in an array becomes null", code: "const b = await req.json<{ a?: number }>();\nreturn [b.a];", request: { body: "{}" }, value: [null] },
    { name: "reading a property of a missing object throws", code: "const b = await req.json<{ a?: { b: number } }>();\nreturn b.a!.b;", request: { body: "{}" } },
  ]),

  ...bodies("Optional chaining", [
    { name: "?. on a missing object", code: 'const b = await req.json<{ a?: { b?: { c: string } } }>();\nreturn [b.a?.b?.c ?? "none", b.a?.b === undefined];', request: { body: '{"a":{}}' }, value: ["none", true] },
    { name: "?. on null", code: "const b = await req.json<{ a: { b: number } | null }>();\nreturn b.a?.b ?? -1;", request: { body: '{"a":null}' }, value: -1 },
    { name: "?. on a present chain", code: 'const b = await req.json<{ a?: { b: number[] } }>();\nreturn [b.a?.b[1], b.a?.b.length];', request: { body: '{"a":{"b":[5,6]}}' }, value: [6, 2] },
    { name: "?.[] element access", code: "const b = await req.json<{ list?: string[] }>();\nreturn [b.list?.[0] ?? \"-\"];", request: { body: "{}" }, value: ["-"] },
    { name: "?.() on an optional function", code: "function run(f?: (n: number) => number) { return f?.(2) ?? 0; }\nreturn [run(), run((n) => n * 3)];", value: [0, 6] },
    { name: "?. short-circuits the rest of the chain", code: "const b = await req.json<{ a?: { b: { c: number } } }>();\nreturn b.a?.b.c === undefined;", request: { body: "{}" }, value: true },
    { name: "?. on a nullable string", code: "const b = await req.json<{ s: string | null }>();\nreturn [b.s?.length ?? -1, b.s?.toUpperCase() ?? \"none\"];", request: { body: '{"s":null}' }, value: [-1, "none"] },
  ]),

  ...bodies("Destructuring", [
    { name: "object destructuring with defaults and rest", code: 'const o = { a: 1, b: undefined as number | undefined, c: 3, d: 4 };\nconst { a, b = 2, ...rest } = o;\nreturn [a, b, rest];', value: [1, 2, { c: 3, d: 4 }] },
    { name: "a default applies to undefined, not null", code: "const b = await req.json<{ a: number | null; u?: number }>();\nconst { a = 1, u = 2 } = b;\nreturn [a, u];", request: { body: '{"a":null}' }, value: [null, 2] },
    { name: "renaming", code: 'const { a: x, b: { c: y } } = { a: "A", b: { c: "C" } };\nreturn x + y;', value: "AC" },
    { name: "array destructuring with holes and rest", code: "const [x, , z, ...more] = [1, 2, 3, 4, 5];\nreturn [x, z, more];", value: [1, 3, [4, 5]] },
    { name: "array destructuring past the end", code: "const arr: number[] = [1];\nconst [a, b = 9, c] = arr;\nreturn [a, b, c === undefined];", value: [1, 9, true] },
    { name: "object destructuring from a record", code: "const r: Record<string, string> = { a: \"1\" };\nconst { a, b } = r;\nconst [x, [y, z]] = [\"p\", [\"q\"]] as [string, string[]];\nreturn [a, b === undefined, x, y, z ?? \"none\"];", value: ["1", true, "p", "q", "none"] },
    { name: "a destructuring assignment past the end", code: "let k = \"\";\nlet v = \"\";\n[k, v] = \"key\".split(\"=\");\nreturn [k, v === undefined, v ?? \"empty\"];", value: ["key", true, "empty"] },
    { name: "a destructuring assignment with shorthand", code: "let a = 0;\nlet b = \"\";\n({ a, b } = { a: 1, b: \"x\" });\nconst o = { a: 2, b: \"y\" };\n({ a, b: b } = o);\nreturn { a, b };", value: {"a": 2, "b": "y"} },
    { name: "swap", code: "let a = 1;\nlet b = 2;\n[a, b] = [b, a];\nreturn [a, b];", value: [2, 1] },
    { name: "in parameters", code: 'function f({ id, name = "anon" }: { id: number; name?: string }) { return `${id}:${name}`; }\nreturn [f({ id: 1 }), f({ id: 2, name: "x" })];', value: ["1:anon", "2:x"] },
    { name: "in for…of over entries", code: 'const out: string[] = [];\nfor (const [k, v] of Object.entries({ a: 1, b: 2 })) out.push(k + v);\nreturn out;', value: ["a1", "b2"] },
    { name: "from request JSON", code: "const { items: [first], total } = await req.json<{ items: { id: string }[]; total: number }>();\nreturn [first.id, total];", request: { body: '{"items":[{"id":"i1"},{"id":"i2"}],"total":2}' }, value: ["i1", 2] },
    { name: "a string", code: 'const [a, b] = "x😀";\nreturn [a, b];', value: ["x", "😀"] },
  ]),

  ...bodies("Spread", [
    { name: "array spread", code: "const a = [1, 2];\nconst b = [3];\nreturn [...a, 0, ...b, ...a];", value: [1, 2, 0, 3, 1, 2] },
    { name: "object spread: later keys win, first position kept", code: "const base = { a: 1, b: 2 };\nreturn { ...base, c: 3, a: 10 };", value: { a: 10, b: 2, c: 3 } },
    { name: "object spread copies", code: "const a = { n: 1 };\nconst b = { ...a };\nb.n = 2;\nreturn [a.n, b.n];", value: [1, 2] },
    { name: "spread of undefined and null in an object", code: "const b = await req.json<{ x?: { k: number }; n: { k: number } | null }>();\nreturn { ...b.x, ...b.n, z: 1 };", request: { body: '{"n":null}' }, value: { z: 1 } },
    { name: "spread of a string", code: 'return [..."a😀b"];', value: ["a", "😀", "b"] },
    { name: "spread into a call", code: "const ns = [3, 1, 2];\nreturn Math.max(...ns);", value: 3 },
    { name: "spread into a rest parameter", code: 'function join(...parts: string[]) { return parts.join("/"); }\nconst p = ["a", "b"];\nreturn join("root", ...p);', value: "root/a/b" },
    { name: "spread copies an array", code: "const a = [1, 2];\nconst b = [...a];\nb.push(3);\nreturn [a, b];", value: [[1, 2], [1, 2, 3]] },
  ]),

  ...bodies("async and await", [
    { name: "await of a non-promise", code: "const v = await 5;\nreturn v;", value: 5 },
    { name: "Promise.all keeps order", code: "async function delay(v: string) { return v; }\nconst all = await Promise.all([delay(\"a\"), delay(\"b\"), delay(\"c\")]);\nreturn all;", value: ["a", "b", "c"] },
    {
      name: "Promise.all over requests, each answer read inside its callback",
      code: 'const urls = ["https://api.example.com/a", "https://api.example.com/b"];\nreturn await Promise.all(urls.map(async (u) => {\n  const r = await ctx.send(ctx.newRequest("GET", u));\n  return await r.json();\n}));',
      upstream: [
        { status: 200, headers: { "Content-Type": "application/json" }, body: { n: 1 } },
        { status: 200, headers: { "Content-Type": "application/json" }, body: { n: 2 } },
      ],
      value: [{ n: 1 }, { n: 2 }],
    },
    { name: "an async callback that returns a promise", code: "const texts = await Promise.all([1, 2].map(async (n) => req.text()));\nreturn texts;", request: { body: "t" }, value: ["t", "t"] },
    { name: "an async function that returns a promise without await", code: "async function read(): Promise<string> { return req.text(); }\nreturn await read();", request: { body: "b" }, value: "b" },
    { name: "an async arrow that returns the promise of ctx.send", code: "const send = async (r: Req) => ctx.send(r);\nconst res = await send(req);\nreturn [res.status, await res.text()];", upstream: [{"status": 201, "headers": {"Content-Type": "text/plain"}, "body": "up"}], value: [201, "up"] },
    { name: "an async function returns the promise of one that returns nothing", code: "const log: string[] = [];\nasync function step(s: string): Promise<void> { await req.text(); log.push(s); }\nasync function both(): Promise<void> { await step(\"a\"); return step(\"b\"); }\nawait both();\nreturn log;", value: ["a", "b"] },
    { name: "a rejected promise returned without await reaches the caller", code: "async function fail(): Promise<string> { await req.text(); throw new Error(\"no\"); }\nasync function pass(): Promise<string> { return fail(); }\ntry { return await pass(); } catch (e) { return e instanceof Error ? e.message : \"?\"; }", value: "no" },
    { name: "a conditional of promises returned without await", code: "async function pick(b: boolean): Promise<string> { return b ? req.text() : Promise.resolve(\"none\"); }\nreturn [await pick(true), await pick(false)];", request: {"body": "t"}, value: ["t", "none"] },
    { name: "Promise.all returned without await", code: "async function all(): Promise<string[]> { return Promise.all([req.text(), req.text()]); }\nreturn await all();", request: {"body": "t"}, value: ["t", "t"] },
    { name: "a function that is not async returns a promise", code: "function read(): Promise<string> { return req.text(); }\nconst get = (): Promise<string> => req.text();\nreturn [await read(), await get()];", request: {"body": "t"}, value: ["t", "t"] },
    { name: "return await inside try, and a promise returned from catch", code: "async function f(): Promise<string> { try { return await req.text(); } catch { return \"x\"; } }\nasync function g(): Promise<string> { try { return \"a\"; } catch { return req.text(); } }\nreturn [await f(), await g()];", request: {"body": "t"}, value: ["t", "a"] },
    { name: "Promise.all of an empty array", code: "const r = await Promise.all([] as Promise<number>[]);\nreturn r;", value: [] },
    { name: "an async function that throws", code: 'async function fail(): Promise<number> { throw new HttpError(418, "teapot"); }\ntry {\n  await fail();\n  return "no";\n} catch (e) {\n  return e instanceof HttpError ? e.status : 0;\n}', value: 418 },
    {
      name: "Promise.all where two fail, the later one after fewer awaits",
      code: 'async function slow(): Promise<string> {\n  const r = await ctx.send(ctx.newRequest("GET", "https://api.example.com/a"));\n  throw new HttpError(502, "slow " + (await r.text()));\n}\nasync function fast(): Promise<string> {\n  await ctx.send(ctx.newRequest("GET", "https://api.example.com/b"));\n  throw new HttpError(404, "fast");\n}\ntry {\n  return await Promise.all([slow(), fast()]);\n} catch (e) {\n  return e instanceof HttpError ? e.message : "?";\n}',
      upstream: [
        { status: 500, headers: {}, body: "a" },
        { status: 404, headers: {}, body: "b" },
      ],
      value: "fast",
    },
  ]),

  ...bodies("Imports between files", [
    { name: "a function from another file", code: 'return [shout("a"), helperLimit];', declarations: 'import { shout, helperLimit } from "./$/helpers";', files: { "helpers.ts": 'export const helperLimit = 5;\nexport function shout(s: string) { return s.toUpperCase() + "!"; }\n' }, value: ["A!", 5] },
    { name: "a type from another file", code: 'const p: Point = { x: 1, y: 2 };\nreturn norm1(p);', declarations: 'import { norm1, type Point } from "./$/geometry";', files: { "geometry.ts": "export interface Point { x: number; y: number }\nexport function norm1(p: Point) { return Math.abs(p.x) + Math.abs(p.y); }\n" }, value: 3 },
  ]),
];

export const sortStabilityCase: Snippet = {
  construct: "Array methods",
  form: "body",
  name: "sort is stable (40 elements, 3 keys)",
  code: `const a = [${FORTY}];\na.sort((x, y) => x.k - y.k);\nreturn a.map((e) => e.i);`,
  value: Array.from({ length: 40 }, (_, i) => ({ k: (i * 7) % 3, i }))
    .sort((x, y) => x.k - y.k)
    .map((e) => e.i),
};
