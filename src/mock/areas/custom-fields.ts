// Custom fields (clockify.md 2.8): unpaginated lists without Last-Page; DELETE answers 204.
// There is no GET of one field, so GET /custom-fields/{id} is a 405 (the path exists for PUT/DELETE).

import { requireAdmin } from "../auth";
import { reply, type RequestContext } from "../context";
import { inWorkspace } from "../lookup";
import { core } from "../router";
import type { CustomFieldRecord, CustomFieldType } from "../state";
import { anyJson, arrayOf, bool, obj, oneOf, str, type Infer } from "../validate";

const TYPES = ["TXT", "NUMBER", "DROPDOWN_SINGLE", "DROPDOWN_MULTIPLE", "CHECKBOX", "LINK"] as const satisfies readonly CustomFieldType[];
export const CUSTOM_FIELD_STATUSES = ["INACTIVE", "VISIBLE", "INVISIBLE"] as const;
const STATUSES = CUSTOM_FIELD_STATUSES;
const ENTITY_TYPES = ["TIMEENTRY", "USER"] as const;

/** CustomFieldDtoV1; for a project, its default value (if any) is the one shown. */
export function customFieldDto(field: CustomFieldRecord, projectId?: string) {
  const projectDefault = projectId === undefined ? undefined : field.projectDefaultValues.find((d) => d.projectId === projectId);
  return {
    id: field.id,
    name: field.name,
    type: field.type,
    allowedValues: [...field.allowedValues],
    description: field.description,
    placeholder: field.placeholder,
    status: projectDefault?.status ?? field.status,
    workspaceDefaultValue: projectDefault?.value ?? field.workspaceDefaultValue,
    entityType: field.entityType,
    onlyAdminCanEdit: field.onlyAdminCanEdit,
    required: field.required,
    workspaceId: field.workspaceId,
    projectDefaultValues: field.projectDefaultValues.map((d) => ({ projectId: d.projectId, value: d.value, status: d.status })),
  };
}

/** The workspace's fields filtered by the `name`, `status` and `entity-type` query parameters. */
export function customFieldsMatching(ctx: RequestContext): CustomFieldRecord[] {
  const name = ctx.query.str("name")?.toLowerCase();
  const status = ctx.query.oneOf("status", STATUSES, "CustomFieldStatus");
  const entityType = ctx.query.oneOf("entity-type", ENTITY_TYPES, "CustomFieldEntityType");
  return ctx.state.customFields.where(
    (f) =>
      f.workspaceId === ctx.workspace.id &&
      (name === undefined || f.name.toLowerCase().includes(name)) &&
      (status === undefined || f.status === status) &&
      (entityType === undefined || f.entityType === entityType),
  );
}

function listCustomFields(ctx: RequestContext) {
  return reply.ok(customFieldsMatching(ctx).map((f) => customFieldDto(f)));
}

const FIELD_PARTS = {
  name: str({ min: 2, max: 250 }),
  type: oneOf(TYPES),
  allowedValues: arrayOf(str()),
  description: str(),
  placeholder: str(),
  onlyAdminCanEdit: bool(),
  required: bool(),
  status: oneOf(STATUSES),
  workspaceDefaultValue: anyJson(),
};

const CreateCustomField = obj("CustomFieldRequestV1", { ...FIELD_PARTS, entityType: oneOf(ENTITY_TYPES) }, ["name", "type"]);
const UpdateCustomField = obj("UpdateCustomFieldRequestV1", FIELD_PARTS, ["name", "type"]);

/** The settings a create takes, and a replacing PUT resets, where the body leaves them out. */
const settingsOf = (body: Infer<typeof UpdateCustomField>) => ({
  allowedValues: body.allowedValues ?? [],
  description: body.description ?? "",
  placeholder: body.placeholder ?? "",
  required: body.required ?? false,
  onlyAdminCanEdit: body.onlyAdminCanEdit ?? false,
  workspaceDefaultValue: body.workspaceDefaultValue ?? null,
});

function createCustomField(ctx: RequestContext) {
  requireAdmin(ctx.member);
  const body = ctx.body(CreateCustomField);
  const field = ctx.state.customFields.insert({
    id: ctx.newId(),
    workspaceId: ctx.workspace.id,
    name: body.name,
    type: body.type,
    entityType: body.entityType ?? "TIMEENTRY",
    ...settingsOf(body),
    status: body.status ?? "VISIBLE",
    projectDefaultValues: [],
  });
  return reply.created(customFieldDto(field));
}

function updateCustomField(ctx: RequestContext) {
  requireAdmin(ctx.member);
  const field = inWorkspace(ctx.state.customFields, ctx.params.customFieldId, ctx.workspace.id, "Custom field");
  const body = ctx.body(UpdateCustomField);
  const updated = ctx.state.customFields.replace({
    ...field,
    name: body.name,
    type: body.type,
    ...settingsOf(body),
    status: body.status ?? field.status,
  });
  return reply.ok(customFieldDto(updated));
}

function deleteCustomField(ctx: RequestContext) {
  requireAdmin(ctx.member);
  const field = inWorkspace(ctx.state.customFields, ctx.params.customFieldId, ctx.workspace.id, "Custom field");
  ctx.state.customFields.delete(field.id);
  return reply.noContent();
}

export const customFieldRoutes = [
  core("GET", "/workspaces/{workspaceId}/custom-fields", listCustomFields),
  core("POST", "/workspaces/{workspaceId}/custom-fields", createCustomField, { body: "json" }),
  core("PUT", "/workspaces/{workspaceId}/custom-fields/{customFieldId}", updateCustomField, { body: "json" }),
  core("DELETE", "/workspaces/{workspaceId}/custom-fields/{customFieldId}", deleteCustomField),
];
