// Loads the C# runtime snippets (src/runtime/cs/*.cs) and picks the ones a script uses, with
// everything they need, in a fixed order so that output is byte-identical for the same input.

import * as fs from "node:fs";
import * as path from "node:path";
import { packageRoot } from "../package-root";

export interface Feature {
  name: string;
  needs: string[];
  code: string;
}

export function runtimeDir(): string {
  return path.join(packageRoot(), "src", "runtime", "cs");
}

let cache: Map<string, Feature> | undefined;

export function loadFeatures(dir = runtimeDir()): Map<string, Feature> {
  if (cache && dir === runtimeDir()) return cache;
  const features = new Map<string, Feature>();
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith(".cs")).sort()) {
    const text = fs.readFileSync(path.join(dir, file), "utf8").replace(/\r\n/g, "\n");
    const name = /^\/\/ csxc-feature:\s*(\S+)/m.exec(text)?.[1];
    if (!name) continue;
    const needsLine = /^\/\/ csxc-needs:(.*)$/m.exec(text)?.[1] ?? "";
    const needs = needsLine.split(",").map((s) => s.trim()).filter(Boolean);
    const code = text
      .split("\n")
      .filter((line) => !/^\/\/ csxc-(feature|needs):/.test(line))
      .join("\n")
      .trim();
    features.set(name, { name, needs, code });
  }
  cache = features;
  return features;
}

/** The used features and their dependencies, sorted by name. Unknown names are returned apart. */
export function closeFeatures(used: Iterable<string>, features = loadFeatures()): { selected: Feature[]; unknown: string[] } {
  const seen = new Set<string>();
  const unknown: string[] = [];
  const visit = (name: string) => {
    if (seen.has(name)) return;
    seen.add(name);
    const feature = features.get(name);
    if (!feature) {
      unknown.push(name);
      return;
    }
    feature.needs.forEach(visit);
  };
  [...used].forEach(visit);
  const selected = [...seen].filter((n) => features.has(n)).sort().map((n) => features.get(n)!);
  return { selected, unknown };
}
