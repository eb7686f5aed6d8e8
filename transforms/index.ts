import { defineTransforms } from "csxc";
import { addDurationSeconds } from "./time-entries";

export default defineTransforms({
  GetTimeEntries: {
    response: addDurationSeconds,
  },
});
