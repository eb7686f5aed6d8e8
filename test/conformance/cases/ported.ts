// Constructs that scripts ported from JavaScript use and that C# 7.3 can do as JS does (issue 11,
// point 6): for…in, labelled break and continue, void, the comma operator, the Error classes.

import { bodies, type Snippet } from "./snippet";

export const portedCases: Snippet[] = [
  ...bodies("for…in", [
    {
      name: "over a JSON object from the request, in JS's key order",
      code: 'const b = await req.json<Record<string, number>>();\nconst out: string[] = [];\nfor (const k in b) out.push(`${k}=${b[k]}`);\nreturn out;',
      request: { body: '{"b":1,"a":2,"10":3,"2":4,"-1":5}' },
      value: ["2=4", "10=3", "b=1", "a=2", "-1=5"],
    },
    {
      name: "over an array gives index strings",
      code: 'const keys: string[] = [];\nfor (const i in ["x", "y", "z"]) keys.push(i);\nreturn [keys, typeof keys[0]];',
      value: [["0", "1", "2"], "string"],
    },
    {
      name: "over undefined or null runs no iteration",
      code: "const b = await req.json<{ meta?: Record<string, string>; tags: string[] | null }>();\nlet n = 0;\nfor (const k in b.meta) n++;\nfor (const i in b.tags) n++;\nreturn n;",
      request: { body: '{"tags":null}' },
      value: 0,
    },
    {
      name: "an existing variable, break and continue",
      code: 'const o = { a: 1, skip: 2, b: 3, stop: 4, c: 5 };\nlet k = "";\nconst seen: string[] = [];\nfor (k in o) {\n  if (k === "skip") continue;\n  if (k === "stop") break;\n  seen.push(k);\n}\nreturn [seen, k];',
      value: [["a", "b"], "stop"],
    },
    {
      name: "a key deleted before its turn is skipped",
      code: "const o: Record<string, number> = { a: 1, b: 2, c: 3 };\nconst seen: string[] = [];\nfor (const k in o) {\n  seen.push(k);\n  if (k === \"a\") delete o.b;\n}\nreturn seen;",
      value: ["a", "c"],
    },
    {
      name: "copying the fields of a record, as ported scripts do",
      code: 'const b = await req.json<{ fields: Record<string, string> }>();\nconst out: Record<string, string> = {};\nfor (const name in b.fields) {\n  if (b.fields[name] !== "") out[name.toLowerCase()] = b.fields[name].trim();\n}\nreturn out;',
      request: { body: '{"fields":{"Name":" Ada ","Empty":"","City":"Paris "}}' },
      value: { name: "Ada", city: "Paris" },
    },
    {
      name: "a closure sees each key",
      code: "let later = (): string => \"\";\nfor (const k in { a: 1, b: 2 }) {\n  if (k === \"a\") later = () => k;\n}\nreturn later();",
      value: "a",
    },
  ]),

  ...bodies("for…in", [
    { name: "a let loop variable assigned in the body", code: 'const out: string[] = [];\nfor (let k in { a: 1, b: 2 }) {\n  k = k.toUpperCase();\n  out.push(k);\n}\nreturn out;', value: ["A", "B"] },
  ]),
  ...bodies("for…of", [
    {
      name: "a let loop variable over JSON assigned in the body",
      code: 'const b = await req.json<{ xs: Json[] }>();\nconst out: Json[] = [];\nfor (let x of b.xs) {\n  if (x === null) x = "none";\n  out.push(x);\n}\nreturn out;',
      request: { body: '{"xs":[1,null]}' },
      value: [1, "none"],
    },
  ]),

  ...bodies("Labelled statements", [
    {
      name: "continue label in a do…while goes to its test",
      code: "let n = 0;\nconst out: number[] = [];\nouter: do {\n  n++;\n  for (const d of [1, 2]) {\n    if (n === 2) continue outer;\n    out.push(n * 10 + d);\n  }\n} while (n < 3);\nreturn out;",
      value: [11, 12, 31, 32],
    },
    {
      name: "break and continue label from a switch inside for…in inside while",
      code: 'const o: Record<string, number> = { a: 1, stop: 0, b: 2 };\nlet total = 0;\nlet rounds = 0;\nscan: while (rounds < 5) {\n  rounds++;\n  for (const k in o) {\n    switch (k) {\n      case "stop":\n        if (rounds === 2) break scan;\n        continue scan;\n      default:\n        total += o[k];\n    }\n  }\n}\nreturn [total, rounds];',
      value: [2, 2],
    },
    {
      name: "continue outer from an inner for…of",
      code: 'const rows = [[1, 2], [3, -1, 4], [5]];\nconst kept: number[][] = [];\nouter: for (const row of rows) {\n  for (const n of row) {\n    if (n < 0) continue outer;\n  }\n  kept.push(row);\n}\nreturn kept;',
      value: [[1, 2], [5]],
    },
    {
      name: "break outer leaves both loops",
      code: "let found = \"\";\nsearch: for (let i = 0; i < 5; i++) {\n  for (let j = 0; j < 5; j++) {\n    if (i * j === 6) {\n      found = `${i},${j}`;\n      break search;\n    }\n  }\n}\nreturn found;",
      value: "2,3",
    },
    {
      name: "continue outer runs the outer update",
      code: "const out: string[] = [];\nouter: for (let i = 0; i < 3; i++) {\n  let j = 0;\n  while (true) {\n    j++;\n    if (j > i) continue outer;\n    out.push(`${i}${j}`);\n  }\n}\nreturn out;",
      value: ["11", "21", "22"],
    },
    {
      name: "a for whose let a closure captures, continued from inside",
      code: "let first = (): number => -1;\nconst seen: number[] = [];\nloop: for (let i = 0; i < 4; i++) {\n  for (const d of [2, 3]) {\n    if (i === d) continue loop;\n  }\n  if (i === 1) first = () => i;\n  seen.push(i);\n}\nreturn [seen, first()];",
      value: [[0, 1], 1],
    },
    {
      name: "break out of a switch inside the loop",
      code: 'const out: string[] = [];\nscan: for (const t of ["a", "b", "end", "c"]) {\n  switch (t) {\n    case "end":\n      break scan;\n    default:\n      out.push(t);\n  }\n}\nreturn out;',
      value: ["a", "b"],
    },
    {
      name: "break out of a labelled block",
      code: "const b = await req.json<{ n: number }>();\nlet r = \"start\";\ncheck: {\n  if (b.n > 1) break check;\n  r = \"small\";\n}\nreturn r;",
      request: { body: '{"n":5}' },
      value: "start",
    },
    {
      name: "break label runs the finally it leaves",
      code: 'const log: string[] = [];\nouter: for (const a of [1, 2]) {\n  for (const b of [1, 2]) {\n    try {\n      if (b === 2) break outer;\n      log.push(`${a}${b}`);\n    } finally {\n      log.push("f");\n    }\n  }\n}\nreturn log;',
      value: ["11", "f", "f"],
    },
    {
      name: "the same label on two loops in a row",
      code: "let n = 0;\nl: for (const a of [1, 2, 3]) {\n  if (a === 2) break l;\n  n += a;\n}\nl: for (const a of [10, 20]) {\n  if (a === 10) continue l;\n  n += a;\n}\nreturn n;",
      value: 21,
    },
  ]),
  ...bodies("void and the comma operator", [
    { name: "void 0 is undefined", code: "const u = void 0;\nreturn [u === undefined, typeof void 0, u === null, JSON.stringify({ a: void 0, b: 1 })];", value: [true, "undefined", false, '{"b":1}'] },
    {
      name: "void runs its operand",
      code: "let n = 1;\nconst r = void n++;\nreturn [n, r === undefined];",
      value: [2, true],
    },
    {
      name: "void in a statement drops a value or a promise",
      code: "let calls = 0;\nasync function ping(): Promise<number> { calls++; return calls; }\nvoid ping();\nconst a = [1];\nvoid a.push(2);\nreturn [calls, a];",
      value: [1, [1, 2]],
    },
    {
      name: "an arrow that returns void of an expression",
      code: "const seen: number[] = [];\nconst add = (n: number) => void seen.push(n);\nconst r = add(3);\nadd(4);\nreturn [seen, r === undefined];",
      value: [[3, 4], true],
    },
    {
      name: "two variables stepped with commas, as ported loops are written",
      code: 'const s = "abcde";\nlet out = "";\nlet i: number, j: number;\nfor (i = 0, j = s.length - 1; i < j; i++, j--) out += s[j] + s[i];\nreturn [out, i, j];',
      value: ["eadb", 2, 2],
    },
    {
      name: "a comma expression gives its last value, each part run in order",
      code: "const log: string[] = [];\nfunction f(s: string) { log.push(s); return s.length; }\nconst r = (f(\"a\"), f(\"bb\"), f(\"ccc\"));\nreturn [r, log];",
      value: [3, ["a", "bb", "ccc"]],
    },
    {
      name: "a comma in a condition",
      code: "let i = 0;\nlet steps = 0;\nwhile ((steps++, i < 3)) i++;\nreturn [i, steps];",
      value: [3, 4],
    },
    {
      name: "statements joined with commas",
      code: "let a = 1, b = 2;\n(a += 10), (b *= 3);\nreturn [a, b];",
      value: [11, 6],
    },
  ]),
  ...bodies("Error classes", [
    {
      name: "TypeError, RangeError and SyntaxError thrown and caught",
      code: 'function check(n: number): number {\n  if (Number.isNaN(n)) throw new TypeError("not a number");\n  if (n < 0) throw new RangeError(`out of range: ${n}`);\n  if (n === 0) throw new SyntaxError("zero");\n  return n;\n}\nconst out: string[] = [];\nfor (const n of [NaN, -1, 0, 2]) {\n  try {\n    out.push(String(check(n)));\n  } catch (e) {\n    if (e instanceof Error) out.push(`${e.name}|${e.message}|${e instanceof TypeError}|${e instanceof RangeError}|${e instanceof SyntaxError}`);\n  }\n}\nreturn out;',
      value: ["TypeError|not a number|true|false|false", "RangeError|out of range: -1|false|true|false", "SyntaxError|zero|false|false|true", "2"],
    },
    {
      name: "String of an error is its name and message",
      code: 'const e = new RangeError("too big");\nconst plain = new Error("plain");\nreturn [String(e), `${plain}`, e.name, plain.name, String(new TypeError())];',
      value: ["RangeError: too big", "Error: plain", "RangeError", "Error", "TypeError"],
    },
    {
      name: "a message that V8 would raise, made by the author, keeps the author's class",
      code: 'try {\n  throw new Error("Invalid URL");\n} catch (e) {\n  if (e instanceof Error) return [e.name, e instanceof TypeError];\n}\nreturn [];',
      value: ["Error", false],
    },
    {
      name: "errors the runtime raises have V8's classes",
      code: 'function nameOf(f: () => unknown): string {\n  try {\n    f();\n    return "none";\n  } catch (e) {\n    return e instanceof Error ? `${e.name}:${e instanceof TypeError}:${e instanceof RangeError}:${e instanceof SyntaxError}` : "?";\n  }\n}\nconst b = await req.json<{ items: { id: string }[] }>();\nconst empty: number[] = [];\nreturn [\n  nameOf(() => JSON.parse("{oops")),\n  nameOf(() => b.items[3].id),\n  nameOf(() => (1.5).toFixed(200)),\n  nameOf(() => new Date(NaN).toISOString()),\n  nameOf(() => empty.reduce((a, x) => a + x)),\n  nameOf(() => decodeURIComponent("%")),\n  nameOf(() => "ab".repeat(-1)),\n];',
      request: { body: '{"items":[]}' },
      value: ["SyntaxError:false:false:true", "TypeError:true:false:false", "RangeError:false:true:false", "RangeError:false:true:false", "TypeError:true:false:false", "URIError:false:false:false", "RangeError:false:true:false"],
    },
    {
      name: "a TypeError left uncaught answers 500 like an Error",
      code: 'const b = await req.json<{ id?: string }>();\nif (!b.id) throw new TypeError("id is required");\nreturn b.id;',
      request: { body: "{}" },
    },
    {
      name: "rethrown as an HttpError with the class in the message",
      code: 'try {\n  JSON.parse("[1,]");\n  return "parsed";\n} catch (e) {\n  if (e instanceof SyntaxError) throw new HttpError(400, `bad JSON (${e.name})`);\n  throw e;\n}',
    },
  ]),
  ...bodies("Enums", [
    {
      name: "a numeric enum: members count on, and map back to names",
      declarations: "enum Status { Active = 1, Paused, Closed = 10, Archived }",
      code: "const s: Status = Status.Paused;\nreturn [Status.Active, s, Status.Archived, Status[s], Status[Status.Closed], s === Status.Paused];",
      value: [1, 2, 11, "Paused", "Closed", true],
    },
    {
      name: "a string enum compared with text from the request",
      declarations: 'enum Kind { User = "user", Group = "group" }\nfunction label(k: Kind): string {\n  switch (k) {\n    case Kind.User: return "a person";\n    case Kind.Group: return "a team";\n    default: return "?";\n  }\n}',
      code: 'const b = await req.json<{ kind: string }>();\nconst k = b.kind === Kind.Group ? Kind.Group : Kind.User;\nreturn [k, label(k), Kind["User"]];',
      request: { body: '{"kind":"group"}' },
      value: ["group", "a team", "user"],
    },
    {
      name: "the enum object: keys, values and reverse lookup by a number from the request",
      declarations: "enum Level { Low, Mid, High }",
      code: "const b = await req.json<{ level: number }>();\nreturn [Object.keys(Level), Object.values(Level), Level[b.level] ?? \"unknown\", Level[7] ?? \"unknown\"];",
      request: { body: '{"level":2}' },
      value: [["0", "1", "2", "Low", "Mid", "High"], ["Low", "Mid", "High", 0, 1, 2], "High", "unknown"],
    },
    {
      name: "a const enum and an enum inside a function",
      declarations: "const enum Dir { Up = -1, Down = 1 }",
      code: "enum Local { A = 3, B = A * 2, C = 1 << 4 }\nreturn [Dir.Up + Dir.Down, Local.B, Local.C, Local[6]];",
      value: [0, 6, 16, "B"],
    },
  ]),
  ...bodies("var", [
    {
      name: "var in blocks is one variable of the function",
      code: 'const b = await req.json<{ items: string[] }>();\nif (b.items.length > 0) {\n  var first: string | undefined = b.items[0];\n}\nfor (var i = 0; i < b.items.length; i++) {\n  var last: string | undefined = b.items[i];\n}\nreturn [first, last, i];',
      request: { body: '{"items":["a","b","c"]}' },
      value: ["a", "c", 3],
    },
    {
      name: "a var never assigned is undefined",
      code: 'const b = await req.json<{ items: string[] }>();\nif (b.items.length > 5) {\n  var note: string | undefined = "many";\n}\nreturn [note === undefined, typeof note, note ?? "none"];',
      request: { body: '{"items":[]}' },
      value: [true, "undefined", "none"],
    },
    {
      name: "closures made in a loop share the var",
      code: "let last = (): number => -1;\nfor (var i = 0; i < 3; i++) {\n  if (i === 0) last = () => i;\n}\nreturn last();",
      value: 3,
    },
    {
      name: "redeclared with var, and for…in / for…of over var",
      code: 'var total = 0;\nvar total = total + 5;\nvar keys = "";\nfor (var k in { a: 1, b: 2 }) keys += k;\nfor (var n of [1, 2, 3]) total += n;\nreturn [total, keys];',
      value: [11, "ab"],
    },
    {
      name: "a let in a block beside a var of the same name elsewhere",
      code: 'var s = "outer";\nconst seen: string[] = [];\n{\n  let t = "inner";\n  seen.push(t);\n}\nfunction f() {\n  var s = "f";\n  return s;\n}\nseen.push(s, f());\nreturn seen;',
      value: ["inner", "outer", "f"],
    },
    {
      name: "var naming a parameter is the parameter",
      declarations: "function pad(s: string, width: number): string {\n  var width = width > 0 ? width : 1;\n  while (s.length < width) s = \" \" + s;\n  return s;\n}",
      code: 'return [pad("ab", 4), pad("ab", -1)];',
      value: ["  ab", "ab"],
    },
    {
      name: "var at the top of a file, as ported scripts declare settings",
      declarations: 'var BASE = "https://api.example.com";\nvar retries = 2;',
      code: "retries = retries + 1;\nreturn [BASE + \"/v1\", retries];",
      value: ["https://api.example.com/v1", 3],
    },
  ]),
];
