/**
 * `npm run docs`: rewrites the README's note field table from lib/note/note-schema.ts.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { withCurrentFieldTable } from "../lib/staff/field-table.ts";

const readme = readFileSync("README.md", "utf8");
const updated = withCurrentFieldTable(readme);
if (updated === readme) console.log("README.md field table is up to date");
else {
  writeFileSync("README.md", updated);
  console.log("README.md field table updated");
}
