/**
 * The parts of citation-js 0.8 this project uses; the packages ship no type declarations.
 * Items are CSL-JSON (https://citeproc-js.readthedocs.io/en/latest/csl-json/markup.html).
 */
declare module "@citation-js/core" {
  export interface CslName {
    readonly literal?: string;
    readonly family?: string;
    readonly given?: string;
  }
  export interface CslItem {
    readonly id: string;
    readonly type: string;
    readonly title?: string;
    readonly author?: readonly CslName[];
    readonly issued?: { readonly "date-parts": readonly (readonly number[])[] };
    readonly [field: string]: unknown;
  }
  export class Cite {
    constructor(data?: unknown);
    readonly data: CslItem[];
    format(format: string, options?: Readonly<Record<string, unknown>>): string;
  }
  export const plugins: {
    readonly config: { get(plugin: string): { format: Record<string, unknown> } };
    readonly output: { format(name: string, data: readonly CslItem[], options?: Readonly<Record<string, unknown>>): unknown };
  };
}
// Loaded for the formats they register with the core.
declare module "@citation-js/plugin-bibtex";
declare module "@citation-js/plugin-ris";
declare module "@citation-js/plugin-csl";
