// Walks over TypeScript syntax trees without recursion. A long chain (`a + b + … + z`, 4,000 terms
// nest 4,000 deep) must not exhaust the JS stack, so the tree walks that run over whole functions
// use an explicit stack instead of calling themselves.

import { ts } from "ts-morph";

/**
 * Visits `root` and its descendants in source order. `visit` returns false to skip a node's
 * children, or "stop" to end the walk.
 */
export function walkTree(root: ts.Node, visit: (node: ts.Node) => boolean | "stop"): void {
  const stack: ts.Node[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    const go = visit(node);
    if (go === "stop") return;
    if (!go) continue;
    const children: ts.Node[] = [];
    ts.forEachChild(node, (child) => {
      children.push(child);
    });
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
  }
}

/** Whether `root` or a node below it passes `test` (not looking into nodes `enter` refuses). */
export function someNode(root: ts.Node, test: (node: ts.Node) => boolean, enter: (node: ts.Node) => boolean = () => true): boolean {
  let found = false;
  walkTree(root, (n) => {
    if (test(n)) {
      found = true;
      return "stop";
    }
    return enter(n);
  });
  return found;
}
