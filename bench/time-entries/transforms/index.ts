import { defineTransforms } from "csxc";
import { summarizeTimeEntries } from "./summary";

export default defineTransforms({
  GetTimeEntries: { response: summarizeTimeEntries },
});
