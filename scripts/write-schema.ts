/**
 * `npm run schema`: writes schema/note.schema.json, the JSON Schema of a note's front matter that
 * editors use to check fields as they are typed. Run it after changing lib/note/note-schema.ts; a test
 * fails while the committed file is out of date.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { NOTE_SCHEMA_FILE, noteSchemaFileText } from "../lib/staff/note-schema-file.ts";

// Written into this repository whatever folder the command is run from.
const target = fileURLToPath(new URL(`../${NOTE_SCHEMA_FILE}`, import.meta.url));
mkdirSync(path.dirname(target), { recursive: true });
writeFileSync(target, noteSchemaFileText());
console.log(`Wrote ${NOTE_SCHEMA_FILE}`);
