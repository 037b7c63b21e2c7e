/**
 * The committed JSON Schema file for editors: where it lives and its exact text, shared by
 * `npm run schema`, which writes it, and the test that fails when it is out of date.
 */
import { noteJsonSchema } from "../note/note-schema.ts";

export const NOTE_SCHEMA_FILE = "schema/note.schema.json";

export function noteSchemaFileText(): string {
  return `${JSON.stringify(noteJsonSchema(), null, 2)}\n`;
}
