// A workspace too big for one page of anything: 5,000 projects and 20,000 time entries of one
// user, for the every-row tests and bench/clockify-rows.mjs.
import type { Seed } from "../../src/mock";

export const BIG_KEY = "big-workspace-key-0001";
const hex = (prefix: string, n: number) => prefix + n.toString(16).padStart(24 - prefix.length, "0");

export const BIG = { workspaceId: hex("b1", 1), userId: hex("b2", 1), projects: 5000, timeEntries: 20000 };

export function bigWorkspaceSeed(): Seed {
  const projects = Array.from({ length: BIG.projects }, (_, i) => ({ id: hex("b3", i), workspaceId: BIG.workspaceId, name: `Project ${String(i).padStart(4, "0")}` }));
  const day = Date.parse("2026-01-01T00:00:00Z");
  const timeEntries = Array.from({ length: BIG.timeEntries }, (_, i) => {
    // Four entries a day, 90 minutes each, from 2026-01-01 on.
    const start = day + Math.floor(i / 4) * 86_400_000 + (i % 4) * 7_200_000 - 13 * 86_400_000 * 0;
    return {
      id: hex("b4", i),
      workspaceId: BIG.workspaceId,
      userId: BIG.userId,
      projectId: projects[i % projects.length].id,
      description: `Entry ${i}`,
      start: new Date(start).toISOString().replace(".000Z", "Z"),
      end: new Date(start + 5_400_000).toISOString().replace(".000Z", "Z"),
    };
  });
  return {
    users: [{ id: BIG.userId, name: "Big Owner", email: "owner@big.example", apiKey: BIG_KEY, defaultWorkspace: BIG.workspaceId, activeWorkspace: BIG.workspaceId }],
    workspaces: [{ id: BIG.workspaceId, name: "Big Workspace", members: [{ userId: BIG.userId }] }],
    projects,
    timeEntries,
  } as Seed;
}
