// Every runtime feature of the built-ins compiles as the platform compiles script.csx: C# 7.3,
// against .NET Standard 2.0, with only the supported namespaces (the verify harness's compiler).
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { closeFeatures } from "../../src/emit/runtime-features";
import { templatePath } from "../../src/emit/script";
import { runOnDotnet } from "../../src/verify/dotnet";
import { describeDotnet } from "../support/dotnet-gate";

const BUILTIN_FEATURES = ["Strings", "StringReplace", "Casing", "Indexes", "Arrays", "Objects", "MathJs", "Numbers", "NumberFormat", "UriCoding", "JsonIndent", "Dates", "RegExps", "Promises"];

/** What the built-ins call in features other parts of csxc provide, while those are not in the tree. */
const STANDINS: Record<string, string> = {
  Json: `    public class JsError : Exception { public JsError(string message) : base(message) { } }
    static partial class Js { public static string Stringify(JToken value) { return value.ToString(); } }`,
  Number: `    static partial class Js { public static string NumberToString(double d) { return d.ToString("R", System.Globalization.CultureInfo.InvariantCulture); } }`,
};

describeDotnet("built-in runtime features on the platform's compiler", () => {
  test("they compile without errors or warnings about namespaces", async () => {
    const { selected, unknown } = closeFeatures(BUILTIN_FEATURES);
    const usings = fs.readFileSync(templatePath(), "utf8").split("public class Script")[0].replace(/^\/\/.*$/gm, "");
    const text = `${usings}public class Script : ScriptBase
{
    public override Task<HttpResponseMessage> ExecuteAsync() { return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK)); }

${selected.map((f) => `    ${f.code}`).join("\n\n")}
${unknown.map((name) => STANDINS[name] ?? "").join("\n")}
}
`;
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "csxc-builtins-platform-")), "script.csx");
    fs.writeFileSync(file, text);
    const run = await runOnDotnet(file, []);
    expect(run.compile.diagnostics).toEqual([]);
    expect(run.compile.ok).toBe(true);
  }, 300_000);
});
