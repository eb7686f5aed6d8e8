// Member-level pruning of the runtime: of the features a script selected (runtime-features.ts),
// keep only the members its code reaches. A static class (`Js`, `CsxMath`, `CsxBase64`, …) is
// pruned member by member; any other type (CsxReq, JsError, JsDate, …) is kept whole when its name
// is reached, so that overrides, constructors and interface members need no reasoning. Reaching is
// by name: a member is kept when its identifier appears anywhere in kept code, qualified or not,
// bare or qualified by its class (`Js.Slice`, not `s.Slice`: these classes are nested in Script, so
// none can declare extension methods), and all overloads of a name go together. That can keep too
// much (a bare `Split` anywhere keeps `Js.Split`), never too little.

import { referencesOf, splitCs, type CsItem, type CsUnit } from "./cs-members";
import type { Feature } from "./runtime-features";

export interface PrunedFeature {
  name: string;
  code: string;
}

const splits = new Map<string, ReturnType<typeof splitCs>>();

function split(feature: Feature): ReturnType<typeof splitCs> {
  let result = splits.get(feature.code);
  if (!result) {
    result = splitCs(feature.code);
    splits.set(feature.code, result);
  }
  return result;
}

/**
 * The features' code with only the members reached from `rootCode` (the transforms and the
 * template's own code), in source order; features left empty are dropped. A feature that cannot
 * be split (test/emit/cs-members.test.ts asserts none) is kept whole.
 */
export function pruneFeatures(features: Feature[], rootCode: string): PrunedFeature[] {
  interface Part {
    item: CsItem;
    live: boolean;
  }
  const byName = new Map<string, Array<{ unit: CsUnit; part?: Part }>>();
  const kept = new Set<CsUnit>();
  const parts: Array<{ feature: Feature; parts?: Part[] }> = [];
  const pending: string[] = [];
  const reached = new Set<string>();
  const reach = (text: string) => {
    for (const id of referencesOf(text)) if (!reached.has(id)) (reached.add(id), pending.push(id));
  };
  const keep = (unit: CsUnit, part?: Part) => {
    if (kept.has(unit)) return;
    kept.add(unit);
    reach(unit.text);
    if (part && !part.live && part.item.kind === "static-class") {
      part.live = true;
      reach(part.item.header);
      part.item.members.filter((m) => m.always).forEach((m) => keep(m, part));
    }
  };

  for (const feature of features) {
    const result = split(feature);
    if (!result.ok) {
      parts.push({ feature });
      reach(feature.code);
      continue;
    }
    const list = result.items.map((item) => ({ item, live: false }));
    parts.push({ feature, parts: list });
    for (const part of list) {
      const units = part.item.kind === "whole" ? [part.item.unit] : part.item.members;
      for (const unit of units) {
        // A type is reached by its name however written; a static class's member as `C.X` or bare `X`.
        const keys = unit.names.flatMap((n) => (part.item.kind === "whole" ? [n, `.${n}`] : [n, `${(part.item as { name: string }).name}.${n}`]));
        for (const key of keys) byName.set(key, [...(byName.get(key) ?? []), { unit, part }]);
        if (unit.always && part.item.kind === "whole") keep(unit, part);
      }
    }
  }
  reach(rootCode);
  while (pending.length) {
    const id = pending.pop()!;
    for (const { unit, part } of byName.get(id) ?? []) keep(unit, part);
  }

  const out: PrunedFeature[] = [];
  for (const { feature, parts: list } of parts) {
    if (!list) {
      out.push({ name: feature.name, code: feature.code });
      continue;
    }
    let code = "";
    for (const { item, live } of list) {
      if (item.kind === "whole") {
        if (kept.has(item.unit)) code += item.unit.text;
      } else if (live) {
        const members = item.members.filter((m) => kept.has(m)).map((m) => m.text);
        // The first kept member starts the body: no blank lines before it.
        if (members.length) members[0] = members[0].replace(/^(?:[ \t]*\n)+/, "");
        code += item.header + members.join("") + item.closing;
      }
    }
    code = code.trim();
    if (code) out.push({ name: feature.name, code });
  }
  return out;
}
