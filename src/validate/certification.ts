// Rules Microsoft applies to connectors submitted for certification (certified and Independent
// Publisher connectors). They run only with `--certification`: a private custom connector need not
// follow them.

import { isObj, type Obj, type Rule } from "./rule";

const CATEGORIES = [
  "AI", "Business Management", "Business Intelligence", "Collaboration", "Commerce", "Communication", "Content and Files",
  "Finance", "Data", "Human Resources", "Internet of Things", "IT Operations", "Lifestyle and Entertainment", "Marketing",
  "Productivity", "Sales and CRM", "Security", "Social Media", "Website",
];

const PRODUCTS = /\b(power ?apps|power ?automate|logic ?apps|power ?platform|copilot studio|microsoft flow)\b/i;

function metadata(swagger: Obj): { list: Obj[]; byName: Map<string, { value: unknown; index: number }> } {
  const list = Array.isArray(swagger["x-ms-connector-metadata"]) ? (swagger["x-ms-connector-metadata"] as Obj[]) : [];
  return { list, byName: new Map(list.map((m, index) => [String(m?.propertyName), { value: m?.propertyValue, index }])) };
}

export const certificationRules: Rule[] = [
  {
    id: "ContactRequired", code: 5300, severity: "error", certification: true,
    summary: "info.contact has a name, a url and an email",
    check(c, report) {
      const contact = c.swagger.info?.contact;
      if (!isObj(contact)) {
        report("definition", ["info"], "The 'contact' property is required: add \"contact\": { \"name\", \"url\", \"email\" } to info");
        return;
      }
      for (const key of ["name", "url", "email"]) if (typeof contact[key] !== "string" || !contact[key]) report("definition", ["info", "contact"], `info.contact has no ${key}`);
    },
  },
  {
    id: "ContactEmailNotValid", code: 5301, severity: "error", certification: true,
    summary: "info.contact.email is an email address",
    check(c, report) {
      const email = c.swagger.info?.contact?.email;
      if (typeof email === "string" && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email)) report("definition", ["info", "contact", "email"], `'${email}' is not an email address`);
    },
  },
  {
    id: "ConnectorMetadataPropertiesMissing", code: 5302, severity: "error", certification: true,
    summary: "x-ms-connector-metadata names Website, Privacy policy and Categories",
    check(c, report) {
      const { byName } = metadata(c.swagger);
      const missing = ["Website", "Privacy policy", "Categories"].filter((k) => !byName.has(k));
      if (missing.length) report("definition", "x-ms-connector-metadata" in c.swagger ? ["x-ms-connector-metadata"] : [], `x-ms-connector-metadata lacks ${missing.map((m) => `{ "propertyName": "${m}", "propertyValue": ... }`).join(", ")}`);
    },
  },
  {
    id: "InvalidConnectorCategory", code: 5303, severity: "error", certification: true,
    summary: "Categories are from Microsoft's list, at most two",
    check(c, report) {
      const found = metadata(c.swagger).byName.get("Categories");
      if (!found) return;
      const categories = String(found.value ?? "").split(";").map((s) => s.trim()).filter(Boolean);
      const at = ["x-ms-connector-metadata", found.index, "propertyValue"];
      for (const cat of categories) if (!CATEGORIES.includes(cat)) report("definition", at, `'${cat}' is not a connector category; choose from ${CATEGORIES.join(", ")}`);
      if (categories.length > 2) report("definition", at, `${categories.length} categories are listed; at most two are allowed [TooManyConnectorCategories]`);
    },
  },
  {
    id: "FieldLengthExceeded", code: 5304, severity: "error", certification: true,
    summary: "info.title is at most 30 characters and ends with a letter or digit",
    check(c, report) {
      const title = c.swagger.info?.title;
      if (typeof title !== "string") return;
      if (title.length > 30) report("definition", ["info", "title"], `The 'title' value goes over the character limit '30' (${title.length})`);
      if (!/[A-Za-z0-9)]$/.test(title)) report("definition", ["info", "title"], "the title must end with a letter or digit");
    },
  },
  {
    id: "ValueContainsRestrictedWords", code: 5305, severity: "error", certification: true,
    summary: "the title has no 'API', 'Connector' or product names; the description no product names",
    check(c, report) {
      const { title, description } = (c.swagger.info ?? {}) as Obj;
      if (typeof title === "string" && (/\b(api|connector)\b/i.test(title) || PRODUCTS.test(title))) report("definition", ["info", "title"], `the title '${title}' contains a restricted word (API, Connector, or a Power Platform product name)`);
      if (typeof description === "string" && PRODUCTS.test(description)) report("definition", ["info", "description"], `the description names a Power Platform product ('${PRODUCTS.exec(description)![0]}'); describe the service instead`);
    },
  },
  {
    id: "FieldLengthNotInRange", code: 5306, severity: "error", certification: true,
    summary: "info.description is 30 to 500 characters",
    check(c, report) {
      const d = c.swagger.info?.description;
      if (typeof d === "string" && (d.length < 30 || d.length > 500)) report("definition", ["info", "description"], `the description is ${d.length} characters; certification needs 30 to 500`);
    },
  },
  {
    id: "PublisherRequired", code: 5307, severity: "error", certification: true,
    summary: "apiProperties has publisher and stackOwner",
    check(c, report) {
      if (!c.properties) return;
      for (const key of ["publisher", "stackOwner"]) if (typeof c.props[key] !== "string" || !c.props[key]) report("properties", ["properties"], `apiProperties.json needs "${key}" for certification`);
    },
  },
  {
    id: "IconBrandColorNotAllowed", code: 5308, severity: "error", certification: true,
    summary: "the brand color is not the default blue or white",
    check(c, report) {
      const color = String(c.props.iconBrandColor ?? "").toLowerCase();
      if (color === "#007ee5" || color === "#ffffff") report("properties", ["properties", "iconBrandColor"], `${color} is not allowed for certified connectors; use the service's brand color (Independent Publisher connectors use #da3b01)`);
    },
  },
];
