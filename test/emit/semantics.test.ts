// The syntax of the subset, run on node and on .NET: every program's `main` must compute the same
// JSON on both sides (errors included, by message). One C# compile and one .NET run for all.
import { programParity } from "../support/parity";
import { programs } from "./semantics-programs";

programParity("syntax semantics", programs);
