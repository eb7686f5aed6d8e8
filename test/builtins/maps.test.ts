// Map and Set at compile time: what stays refused about them says where and what to write instead,
// and a Map or Set pulls its runtime file into the script only when used (Collections.cs).
import { emitFiles, hookSource } from "../support/project";

function emitBody(body: string) {
  return emitFiles({ "transforms/index.ts": hookSource(body) });
}

function diagnostic(body: string, code: string) {
  const { result } = emitBody(body);
  const found = result.diagnostics.find((d) => d.code === code);
  expect({ codes: result.diagnostics.map((d) => `${d.code}: ${d.message}`), found: !!found }).toEqual(expect.objectContaining({ found: true }));
  expect(found!.line).toBeGreaterThan(0);
  expect(found!.column).toBeGreaterThan(0);
  return found!;
}

describe("Map and Set", () => {
  test("a Map compiles to the runtime collection and uses the Collections feature", () => {
    const { code, result } = emitBody('const m = new Map<string, number>([["a", 1]]);\nm.set("b", 2);');
    expect(result.diagnostics).toEqual([]);
    expect(code).toContain("Js.NewCollection(false,");
    expect(code).toContain("Js.MapSet(m,");
    expect([...result.features]).toContain("Collections");
  });

  test("code without a Map or Set does not use the Collections feature", () => {
    const { result } = emitBody("res.status;");
    expect([...result.features]).not.toContain("Collections");
  });

  test("WeakMap and WeakSet are refused with what to write instead", () => {
    expect(diagnostic("const w = new WeakMap<object, number>();", "CSX2001").message).toContain("use a Map");
    expect(diagnostic("const w = new WeakSet<object>();", "CSX2001").message).toContain("use a Set");
  });

  test("forEach with an async callback is refused, as on arrays", () => {
    expect(diagnostic("new Set([1]).forEach(async (n) => { await ctx.send(ctx.newRequest(\"GET\", \"https://a.example.com\")); });", "CSX3003").message).toContain("for…of");
  });
});
