/**
 * A standard JSON Schema validator (Ajv, draft 2020-12, with its formats) for what the site publishes:
 * a reader who downloads the schema and the data gets the same answer.
 */
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";

/** Ajv's errors for `data` against `schema` (an empty list when it is valid); the schema itself must be valid. */
export function jsonSchemaErrors(schema: object, data: unknown): string[] {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats.default(ajv);
  const validate = ajv.compile(schema);
  return validate(data) ? [] : (validate.errors ?? []).map((error) => `${error.instancePath || "/"} ${error.message ?? ""}`.trim());
}
