// JSON Schema for `x-ms-dynamic-schema`, built from Tulip's column metadata.

/** A Tulip column type; a list names the type of its items. */
export interface DataType {
  type: string;
  itemType?: DataType;
}

export interface Column {
  name: string;
  label?: string;
  description?: string;
  dataType: DataType;
  hidden?: boolean;
  required?: boolean;
  unique?: boolean;
}

export interface Table {
  id: string;
  label?: string;
  description?: string;
  columns?: Column[] | null;
}

export type Schema = {
  type: string;
  format?: string;
  pattern?: string;
  title?: string;
  description?: string;
  items?: Schema;
  properties?: { [name: string]: Schema };
  required?: string[];
  "x-ms-summary"?: string;
  "x-ms-visibility"?: string;
};

/** Columns Tulip maintains itself: shown when reading records, never asked for when writing. */
const SYSTEM_COLUMNS = ["_createdAt", "_updatedAt", "_sequenceNumber"];

/** The schema of one value of a Tulip type; unknown types come out as text, with a note. */
export function typeSchema(dataType: DataType, warnings: string[]): Schema {
  switch (dataType.type) {
    case "integer":
      return { type: "integer", format: "int64" };
    case "float":
      return { type: "number", format: "double" };
    case "boolean":
      return { type: "boolean" };
    case "timestamp":
    case "datetime":
      return { type: "string", format: "date-time" };
    case "interval":
      return { type: "integer", description: "a duration in seconds" };
    case "color":
      return { type: "string", pattern: "^#[0-9a-fA-F]{6}$" };
    case "imageUrl":
    case "fileUrl":
    case "videoUrl":
      return { type: "string", format: "uri" };
    case "user":
    case "machine":
    case "station":
      return { type: "string", description: `the id of a ${dataType.type}` };
    case "list":
      if (!dataType.itemType) {
        warnings.push("a list without an item type is read as a list of text");
        return { type: "array", items: { type: "string" } };
      }
      return { type: "array", items: typeSchema(dataType.itemType, warnings) };
    case "string":
      return { type: "string" };
    default:
      warnings.push(`unsupported Tulip type '${dataType.type}' is read as text`);
      return { type: "string" };
  }
}

/** A column's schema: the type's, with the label as the title the flow designer shows. */
function columnSchema(column: Column, warnings: string[]): Schema {
  const schema = typeSchema(column.dataType, warnings);
  const title = column.label?.trim() || column.name;
  schema.title = title;
  schema["x-ms-summary"] = title;
  if (column.description) {
    schema.description = schema.description ? `${column.description} (${schema.description})` : column.description;
  }
  return schema;
}

/**
 * The schema of a record of `table`. In "write" mode the system columns and hidden columns are
 * left out and required columns (and `id`) are listed; in "read" mode every column is there.
 */
export function recordSchema(table: Table, mode: "read" | "write", warnings: string[]): Schema {
  const properties: { [name: string]: Schema } = {};
  const required: string[] = [];
  for (const column of table.columns ?? []) {
    const system = SYSTEM_COLUMNS.includes(column.name);
    if (mode === "write" && (system || column.hidden === true)) continue;
    const schema = columnSchema(column, warnings);
    if (mode === "read" && (system || column.hidden)) schema["x-ms-visibility"] = "advanced";
    properties[column.name] = schema;
    if (mode === "write" && (column.required || column.name === "id")) required.push(column.name);
  }
  const schema: Schema = { type: "object", properties: properties };
  if (table.label) schema.title = table.label;
  if (required.length > 0) schema.required = required.sort();
  return schema;
}
