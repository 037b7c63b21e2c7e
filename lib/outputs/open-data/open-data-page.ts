/**
 * What the reader-facing data page (`/data/`) shows, in one language: its words from the message
 * files, the table of fields from the CSV columns (so from the note schema), the list separator,
 * the formula rule and a citation of the data set. The page only places these values.
 */
import type { SplitSentence } from "../../note/note-view.ts";
import { splitMessage } from "../../note/note-view.ts";
import { translate, type MessageKey } from "../../languages/messages.ts";
import type { LanguageCode } from "../../languages/languages.ts";
import { csvColumns, LIST_SEPARATOR, type CsvColumn } from "./csv-export.ts";
import { DATA_LICENSE } from "./data-package.ts";
import { absoluteUrl, DATA_FILES } from "./open-data.ts";

export interface OpenDataPageOptions {
  readonly baseUrl: string;
  readonly siteName: string;
  readonly publisher: string;
  /** The build's date as the page writes it */
  readonly dateLabel: string;
}

export interface FieldRow {
  readonly name: string;
  readonly kind: string;
  readonly required: string;
  readonly description: string;
}

export interface DataFileEntry {
  readonly url: string;
  readonly name: string;
  readonly type: string;
  readonly description: string;
}

export interface OpenDataPage {
  readonly title: string;
  readonly description: string;
  readonly intro: string;
  readonly filesHeading: string;
  readonly files: readonly DataFileEntry[];
  readonly fieldsHeading: string;
  readonly fieldsIntro: string;
  readonly columns: { readonly field: string; readonly kind: string; readonly required: string; readonly description: string };
  readonly fields: readonly FieldRow[];
  readonly listsHeading: string;
  readonly lists: SplitSentence;
  readonly separator: string;
  readonly formulasHeading: string;
  readonly formulas: string;
  readonly encoding: string;
  readonly licenceHeading: string;
  readonly licence: SplitSentence;
  readonly licenceTitle: string;
  readonly licenceUrl: string;
  readonly citeHeading: string;
  readonly citeDataset: string;
  readonly citation: SplitSentence;
  readonly url: string;
  readonly citeNote: string;
  readonly footerLink: string;
}

function kindOf(column: CsvColumn, t: (key: MessageKey) => string): string {
  const kind = t(`openData.types.${column.type}`);
  return column.list ? `${t("openData.types.list")} (${kind})` : kind;
}

export function openDataPage(language: LanguageCode, options: OpenDataPageOptions, columns: readonly CsvColumn[] = csvColumns()): OpenDataPage {
  const t = (key: MessageKey) => translate(language, key);
  const url = absoluteUrl(DATA_FILES.folder, options.baseUrl);
  const file = (path: string, type: string, key: MessageKey): DataFileEntry => ({ url: path, name: path.slice(DATA_FILES.folder.length), type, description: t(key) });
  return {
    title: t("openData.title"),
    description: t("openData.description"),
    intro: t("openData.intro"),
    filesHeading: t("openData.filesHeading"),
    files: [
      file(DATA_FILES.json, "application/json", "openData.files.json"),
      file(DATA_FILES.csv, "text/csv", "openData.files.csv"),
      file(DATA_FILES.jsonSchema, "application/schema+json", "openData.files.schema"),
      file(DATA_FILES.dataPackage, "application/json", "openData.files.dataPackage"),
    ],
    fieldsHeading: t("openData.fieldsHeading"),
    fieldsIntro: t("openData.fieldsIntro"),
    columns: { field: t("openData.fieldColumn"), kind: t("openData.typeColumn"), required: t("openData.requiredColumn"), description: t("openData.descriptionColumn") },
    fields: columns.map((column) => ({ name: column.name, kind: kindOf(column, t), required: t(column.required ? "openData.yes" : "openData.no"), description: column.description })),
    listsHeading: t("openData.listsHeading"),
    lists: splitMessage(language, "openData.lists", {}, "separator"),
    separator: LIST_SEPARATOR,
    formulasHeading: t("openData.formulasHeading"),
    formulas: t("openData.formulas"),
    encoding: t("openData.encoding"),
    licenceHeading: t("openData.licenceHeading"),
    licence: splitMessage(language, "openData.licence", {}, "licence"),
    licenceTitle: DATA_LICENSE.title,
    licenceUrl: DATA_LICENSE.path,
    citeHeading: t("openData.citeHeading"),
    citeDataset: t("openData.citeDataset"),
    citation: splitMessage(language, "openData.citation", { publisher: options.publisher, title: `${options.siteName}: ${t("openData.title")}`, date: options.dateLabel }, "url"),
    url,
    citeNote: t("openData.citeNote"),
    footerLink: t("openData.footerLink"),
  };
}
