// The one gate of every suite that needs .NET. With dotnet on PATH the suite runs, after the harness
// is built (once: scripts/setup-dotnet.mjs skips an up-to-date build). Without it the suite is
// skipped, loudly, and one passing test says so; under CSXC_REQUIRE_DOTNET=1 (CI) it fails instead.

import { dotnetAvailable, ensureHarness } from "../../src/verify/dotnet";

/** A first build restores packages and compiles Roslyn ReadyToRun: minutes on a cold machine. */
const BUILD_TIMEOUT_MS = 15 * 60_000;

export function describeDotnet(name: string, fn: () => void): void {
  if (dotnetAvailable()) {
    describe(name, () => {
      beforeAll(() => ensureHarness(), BUILD_TIMEOUT_MS);
      fn();
    });
    return;
  }
  if (process.env.CSXC_REQUIRE_DOTNET === "1") {
    describe(name, () => {
      test("needs dotnet (CSXC_REQUIRE_DOTNET=1)", () => {
        throw new Error("CSXC_REQUIRE_DOTNET=1 but `dotnet` was not found on PATH: the C# verification cannot run. Install the .NET SDK.");
      });
    });
    return;
  }
  console.warn(`SKIPPED: C# verification — dotnet not found on PATH, so "${name}" does not run. Install the .NET SDK (and run \`npm run setup:dotnet\`) to test what runs on the platform.`);
  describe(name, () => {
    test("SKIPPED: dotnet not found, nothing here compiled or ran C#", () => undefined);
  });
}
