// Parity checks of the built-ins: each group of expressions becomes one program whose main returns
// [value of each expression] (an error becomes "!" + its message), run on node and, compiled by
// csxc, on .NET (test/emit/support/semantics.ts runs them all in one C# compile). Each expression's
// two answers must be the same JSON.

import { dotnetAvailable, runPrograms, type Outcome, type Program } from "../../emit/support/semantics";

/** Json's JSON text functions, while the Json feature is not in the tree: JS's own rules. */
const JSON_STANDIN = `    public class JsError : Exception { public JsError(string message) : base(message) { } }

    static partial class Js
    {
        public static JToken ParseJson(string text)
        {
            try
            {
                var reader = new JsonTextReader(new System.IO.StringReader(text)) { DateParseHandling = DateParseHandling.None, FloatParseHandling = FloatParseHandling.Double };
                var value = JToken.ReadFrom(reader);
                if (reader.Read()) throw new JsonReaderException("text after the value");
                return value;
            }
            catch (JsonException) { throw new JsError("JSON.parse: the text is not valid JSON"); }
        }

        public static string Stringify(JToken value)
        {
            if (value == null) return null;
            switch (value.Type)
            {
                case JTokenType.Null: return "null";
                case JTokenType.Boolean: return (bool)value ? "true" : "false";
                case JTokenType.Integer:
                case JTokenType.Float:
                    var d = (double)value;
                    return double.IsNaN(d) || double.IsInfinity(d) ? "null" : NumberToString(d);
                case JTokenType.String: return Quote((string)value);
                case JTokenType.Array: return "[" + string.Join(",", ((JArray)value).Select(v => Stringify(v) ?? "null")) + "]";
                default:
                    var obj = (JObject)value;
                    var keys = obj.Properties().Select(p => p.Name).ToList();
                    int n;
                    var ordered = keys.Where(k => int.TryParse(k, out n) && n.ToString() == k).OrderBy(k => int.Parse(k)).Concat(keys.Where(k => !(int.TryParse(k, out n) && n.ToString() == k)));
                    return "{" + string.Join(",", ordered.Select(k => Quote(k) + ":" + Stringify(obj[k]))) + "}";
            }
        }

        static string Quote(string s)
        {
            var b = new StringBuilder("\\"");
            for (var i = 0; i < s.Length; i++)
            {
                var c = s[i];
                if (c == '"') b.Append("\\\\\\"");
                else if (c == '\\\\') b.Append("\\\\\\\\");
                else if (c == '\\n') b.Append("\\\\n");
                else if (c == '\\r') b.Append("\\\\r");
                else if (c == '\\t') b.Append("\\\\t");
                else if (c == '\\b') b.Append("\\\\b");
                else if (c == '\\f') b.Append("\\\\f");
                else if (c < 0x20 || (char.IsSurrogate(c) && !(char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])) && !(char.IsLowSurrogate(c) && i > 0 && char.IsHighSurrogate(s[i - 1]))))
                    b.Append("\\\\u").Append(((int)c).ToString("x4"));
                else b.Append(c);
            }
            return b.Append('"').ToString();
        }
    }`;

export interface Group {
  name: string;
  /** Expressions whose values are compared; each may throw. */
  exprs: string[];
  /** Declarations before main (helper functions, constants). */
  declarations?: string;
  /** The expressions may await. */
  async?: boolean;
}

function programOf(group: Group): Program {
  const [fn, value, wait] = group.async ? ["async ", "Promise<Json | undefined>", "await "] : ["", "Json | undefined", ""];
  const items = group.exprs.map((e) => `    ${wait}t(${fn}() => (${e})),`).join("\n");
  return {
    name: group.name,
    source: `${group.declarations ?? ""}
${fn}function t(f: () => ${value}): ${group.async ? "Promise<Json>" : "Json"} {
  try {
    const v = ${wait}f();
    return v === undefined ? "<undefined>" : v;
  } catch (e) {
    return e instanceof Error ? "!" + e.message : "!?";
  }
}
export ${fn}function main(): ${group.async ? "Promise<Json>" : "Json"} {
  return [
${items}
  ];
}`,
  };
}

/** The expressions of a group whose answers differ, each with both answers. */
function differences(group: Group, outcome: Outcome): string[] {
  const node = JSON.parse(outcome.node) as unknown[];
  const dotnet = JSON.parse(outcome.dotnet ?? "null") as unknown[] | null;
  if (!Array.isArray(dotnet)) return [`.NET answered ${outcome.dotnet}`];
  return group.exprs.flatMap((e, i) =>
    JSON.stringify(node[i]) === JSON.stringify(dotnet[i]) ? [] : [`${e}\n    node:  ${JSON.stringify(node[i])}\n    .NET:  ${JSON.stringify(dotnet[i])}`],
  );
}

/** Declares one jest test per group; all groups of the file run in one .NET compile. */
export function parity(title: string, groups: Group[], workDir: string): void {
  const hasDotnet = dotnetAvailable();
  describe(`${title}: node and .NET agree`, () => {
    let outcomes: Outcome[] = [];
    beforeAll(async () => {
      if (!hasDotnet) {
        console.warn(`SKIPPED: ${title}: dotnet is not on PATH, the C# side does not run`);
        return;
      }
      outcomes = await runPrograms(groups.map(programOf), { workDir, standins: { Json: JSON_STANDIN } });
    }, 600_000);

    test.each(groups.map((g) => [g.name, g] as const))("%s", (_name, group) => {
      if (!hasDotnet) return;
      const outcome = outcomes.find((o) => o.name === group.name)!;
      if (outcome.problem) throw new Error(`${group.name} did not run on .NET:\n${outcome.problem}\n\n${outcome.code ?? ""}`);
      expect(differences(group, outcome)).toEqual([]);
    });
  });
}
