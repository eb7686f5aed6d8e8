// Tags (clockify.md 2.5). PUT replaces the tag: an omitted `archived` goes back to false.

import { reply, type RequestContext } from "../context";
import { errors } from "../errors";
import { archivedFilter, inWorkspace, nameFilter, sameName } from "../lookup";
import { readPaging, SORT_ORDERS, sortBy } from "../paging";
import { core } from "../router";
import type { State, TagRecord } from "../state";
import { bool, obj, str } from "../validate";

export const tagDto = (tag: TagRecord) => ({ id: tag.id, name: tag.name, workspaceId: tag.workspaceId, archived: tag.archived });

/** The tags of an entry as objects (those deleted since are left out). */
export function tagsDto(state: State, tagIds: readonly string[]) {
  return tagIds.flatMap((id) => {
    const tag = state.tags.get(id);
    return tag === undefined ? [] : [tagDto(tag)];
  });
}

function refuseDuplicate(ctx: RequestContext, name: string, exceptId?: string) {
  const clash = ctx.state.tags.find((t) => t.workspaceId === ctx.workspace.id && t.id !== exceptId && sameName(t.name, name));
  if (clash !== undefined) throw errors.duplicateName("Tag");
}

function listTags(ctx: RequestContext) {
  const q = ctx.query;
  const byName = nameFilter(q);
  const byArchived = archivedFilter(q);
  const excluded = q.list("excluded-ids");
  const column = q.oneOf("sort-column", ["ID", "NAME"], "TagSort") ?? "NAME";
  const order = q.oneOf("sort-order", SORT_ORDERS, "SortOrder");
  const paging = readPaging(q);
  const rows = ctx.state.tags.where((t) => t.workspaceId === ctx.workspace.id && byName(t.name) && byArchived(t.archived) && !excluded.includes(t.id));
  return reply.page(sortBy(rows, (t) => (column === "ID" ? t.id : t.name), order), paging, tagDto);
}

const CreateTag = obj("TagRequest", { name: str({ min: 1, max: 100 }) }, ["name"]);
const UpdateTag = obj("UpdateTagRequest", { name: str({ min: 1, max: 100 }), archived: bool() });

function createTag(ctx: RequestContext) {
  const body = ctx.body(CreateTag);
  refuseDuplicate(ctx, body.name);
  const tag = ctx.state.tags.insert({ id: ctx.newId(), workspaceId: ctx.workspace.id, name: body.name.trim(), archived: false });
  ctx.emit("NEW_TAG", () => tagDto(tag), { tagIds: [tag.id] });
  return reply.created(tagDto(tag));
}

const tagOf = (ctx: RequestContext) => inWorkspace(ctx.state.tags, ctx.params.tagId, ctx.workspace.id, "Tag");

function getTag(ctx: RequestContext) {
  return reply.ok(tagDto(tagOf(ctx)));
}

function updateTag(ctx: RequestContext) {
  const tag = tagOf(ctx);
  const body = ctx.body(UpdateTag);
  const name = body.name?.trim() ?? tag.name;
  refuseDuplicate(ctx, name, tag.id);
  const updated = ctx.state.tags.replace({ ...tag, name, archived: body.archived ?? false });
  ctx.emit("TAG_UPDATED", () => tagDto(updated), { tagIds: [tag.id] });
  return reply.ok(tagDto(updated));
}

// Tags need no archiving before a delete; the answer is the deleted tag.
function deleteTag(ctx: RequestContext) {
  const tag = tagOf(ctx);
  ctx.state.tags.delete(tag.id);
  ctx.emit("TAG_DELETED", () => tagDto(tag), { tagIds: [tag.id] });
  return reply.ok(tagDto(tag));
}

export const tagRoutes = [
  core("GET", "/workspaces/{workspaceId}/tags", listTags),
  core("POST", "/workspaces/{workspaceId}/tags", createTag, { body: "json" }),
  core("GET", "/workspaces/{workspaceId}/tags/{tagId}", getTag),
  core("PUT", "/workspaces/{workspaceId}/tags/{tagId}", updateTag, { body: "json" }),
  core("DELETE", "/workspaces/{workspaceId}/tags/{tagId}", deleteTag),
];
