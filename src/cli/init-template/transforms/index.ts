// The connector's code: one entry per operationId of connector/apiDefinition.swagger.json.
// `request` rewrites the call before it is sent, `response` rewrites the answer, `handle` owns the
// whole call. csxc compiles this file into the script.csx the platform runs.
import { defineTransforms, HttpError, type Req, type Res } from "csxc";

interface Item {
  id: string;
  name: string;
}

export default defineTransforms({
  ListItems: {
    request(req: Req) {
      const top = req.query.get("top");
      if (top !== null && !/^[0-9]+$/.test(top)) throw new HttpError(400, "top must be a whole number");
    },
    async response(res: Res) {
      if (!res.ok) return;
      const items = await res.json<Item[]>();
      res.setJson({ count: items.length, items: items });
    },
  },
});
