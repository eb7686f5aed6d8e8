// Tags.

import { bodyParam, ref } from "../dsl";
import { op, type OperationSpec } from "../operation";
import { archivedFilter, nameFilter, page, pageSize, sortColumn, sortOrder, strictName, tagId, workspaceId } from "../parameters";

export const operations: OperationSpec[] = [
  op("get", "/v1/workspaces/{workspace_id}/tags", {
    id: "ListTags",
    summary: "List tags",
    description: "Lists the tags of a workspace: every one, page after page, unless Page names a single page.",
    parameters: [workspaceId, nameFilter("tags"), strictName, archivedFilter("tags"), sortColumn(["ID", "NAME"]), sortOrder, page, pageSize],
    response: ["200", "The tags.", { type: "array", items: ref("Tag") }],
  }),

  op("post", "/v1/workspaces/{workspace_id}/tags", {
    id: "CreateTag",
    summary: "Create a tag",
    description: "Creates a tag in a workspace. Clockify rejects a name that another tag already has.",
    parameters: [workspaceId, bodyParam(ref("CreateTagRequest"), "Tag", "The tag to create.")],
    response: ["201", "The new tag.", ref("Tag")],
  }),

  op("get", "/v1/workspaces/{workspace_id}/tags/{tagId}", {
    id: "GetTag",
    summary: "Get a tag",
    description: "Gets one tag.",
    parameters: [workspaceId, tagId],
    response: ["200", "The tag.", ref("Tag")],
  }),

  op("put", "/v1/workspaces/{workspace_id}/tags/{tagId}", {
    id: "UpdateTag",
    summary: "Update a tag",
    description: "Replaces a tag's values. An omitted Archived becomes false, so send it to keep a tag archived.",
    parameters: [workspaceId, tagId, bodyParam(ref("UpdateTagRequest"), "Tag", "The tag's new values.")],
    response: ["200", "The updated tag.", ref("Tag")],
  }),

  op("delete", "/v1/workspaces/{workspace_id}/tags/{tagId}", {
    id: "DeleteTag",
    summary: "Delete a tag",
    description: "Deletes a tag.",
    parameters: [workspaceId, tagId],
    response: ["200", "The deleted tag.", ref("Tag")],
  }),
];
