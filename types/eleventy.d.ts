/**
 * The small part of Eleventy's configuration API this project uses. Eleventy ships no type
 * declarations; declaring only what we call keeps the config typed without `any`.
 */
declare module "@11ty/eleventy" {
  export interface EleventyPage {
    readonly url: string | false;
    readonly inputPath: string;
    readonly outputPath: string | false;
    readonly fileSlug: string;
    readonly filePathStem: string;
  }

  export interface CollectionItem<Data = Record<string, unknown>> {
    readonly url: string;
    readonly inputPath: string;
    readonly fileSlug: string;
    readonly data: Data & { readonly page: EleventyPage };
    readonly content: string;
    readonly templateContent: string;
  }

  export interface CollectionApi {
    getFilteredByGlob(glob: string | string[]): CollectionItem[];
    getFilteredByTag(tag: string): CollectionItem[];
    getAll(): CollectionItem[];
  }

  export interface EleventyEventArguments {
    readonly directories: { readonly input: string; readonly output: string; readonly includes: string; readonly data: string };
    readonly outputMode: string;
    readonly runMode: "build" | "watch" | "serve";
    readonly incremental?: boolean;
  }

  /** Filters and shortcodes take whatever a template hands them; each declares its own parameters. */
  export type Filter = (...args: never[]) => unknown;

  /** A template's data as a preprocessor sees it: Eleventy's `page` and the front matter. */
  export interface TemplateData {
    readonly page: EleventyPage;
    readonly [key: string]: unknown;
  }

  export interface UserConfig {
    readonly directories: { readonly input: string; readonly output: string };
    addPlugin<Options>(plugin: (config: UserConfig, options: Options) => void | Promise<void>, options?: Options): void;
    addPlugin(plugin: (config: UserConfig) => void | Promise<void>): void;
    addFilter(name: string, filter: Filter): void;
    addAsyncFilter(name: string, filter: (...args: never[]) => Promise<unknown>): void;
    addShortcode(name: string, shortcode: (...args: never[]) => string): void;
    addGlobalData(name: string, data: unknown): void;
    addCollection(name: string, build: (api: CollectionApi) => unknown): void;
    addPassthroughCopy(paths: string | Record<string, string>): void;
    addWatchTarget(path: string): void;
    addTemplateFormats(formats: string | string[]): void;
    addDataExtension(extensions: string, options: { parser: (contents: string, filePath: string) => unknown; read?: boolean }): void;
    addPreprocessor(name: string, extensions: string, callback: (data: TemplateData, content: string) => unknown): void;
    addTransform(name: string, transform: (this: { page: EleventyPage }, content: string) => string | Promise<string>): void;
    setLibrary(extension: "md", library: unknown): void;
    /** Called with each instance of a template language's library Eleventy makes (for "njk", a Nunjucks environment), before Eleventy adds the filters to it */
    amendLibrary(extension: "njk", amend: (library: never) => void): void;
    setFrontMatterParsingOptions(options: { engines?: Record<string, (text: string) => unknown> }): void;
    setServerOptions(options: Record<string, unknown>): void;
    setQuietMode(quiet: boolean): void;
    on(event: "eleventy.before" | "eleventy.after", listener: (args: EleventyEventArguments) => void | Promise<void>): void;
    /** Before each rebuild in watch and serve modes, with the changed files (in incremental mode only the first) */
    on(event: "eleventy.beforeWatch", listener: (changedFiles: readonly string[]) => void | Promise<void>): void;
    ignores: { add(glob: string): void };
    /** Globs the watcher leaves alone (besides the output folder) */
    readonly watchIgnores: Set<string>;
    /** Eleventy's own emitter behind `on`: its listeners are called all at once, not one after another */
    readonly events: import("node:events").EventEmitter;
    /** Data keys that `toJSON` returns with each page, as `data` */
    readonly dataFilterSelectors: Set<string>;
    /** Whether Eleventy keeps templates' text, compiled templates and layouts between builds of this process */
    setUseTemplateCache(use: boolean): void;
    /** Whether watch mode also watches the modules the configuration and data files import */
    setWatchJavaScriptDependencies(watch: boolean): void;
  }

  /** A page as `toJSON` returns it */
  export interface EleventyJsonPage {
    readonly url: string | false;
    readonly inputPath: string;
    readonly outputPath: string | false;
    readonly content: string;
    readonly data?: Readonly<Record<string, unknown>>;
  }

  /** What the dev server's browser client is told after a rebuild */
  export interface EleventyReloadEvent {
    readonly files: readonly string[];
    readonly build?: { readonly templates: readonly { readonly url: string; readonly inputPath: string; readonly content: string }[] };
  }

  export interface EleventyOptions {
    readonly configPath?: string;
    /** The folder layouts and data files are relative to, when the input is a glob */
    readonly inputDir?: string;
    readonly quietMode?: boolean;
    readonly runMode?: "build" | "watch" | "serve";
    /** Called with the configuration before the configuration file is read */
    readonly config?: (config: UserConfig) => void | Promise<void>;
  }

  export default class Eleventy {
    constructor(input?: string, output?: string, options?: EleventyOptions);
    init(): Promise<void>;
    write(): Promise<unknown>;
    setIncrementalBuild(incremental: boolean): void;
    /** Builds, then watches; resolves with the function a file change is handed to */
    watch(): Promise<(changedFile: string) => Promise<void>>;
    serve(port?: number): Promise<void>;
    stopWatch(): Promise<void>;
    toJSON(): Promise<EleventyJsonPage[]>;
    /** The file watcher, once `watch` has resolved */
    readonly watcher?: { on(event: "unlink", listener: (file: string) => void): unknown };
    /** Eleventy's cache of the files its input globs found; `delete` takes a file off it, as Eleventy does when its watcher reports the file deleted */
    readonly fileSystemSearch?: { add(file: string): void; delete(file: string): void };
    /** The dev server's side of Eleventy, for `serve` */
    readonly eleventyServe: { reload(event: EleventyReloadEvent): Promise<void> };
  }
}

declare module "@11ty/eleventy-plugin-rss" {
  import type { UserConfig } from "@11ty/eleventy";
  export default function rssPlugin(config: UserConfig, options?: Record<string, unknown>): void;
  /** Rewrites every URL in `html` (links, images, …) as an absolute one against `base`. */
  export function convertHtmlToAbsoluteUrls(html: string, base: string, options?: { closingSingleTag?: "slash" | "default" }): Promise<string>;
}

declare module "markdown-it-footnote" {
  import type MarkdownIt from "markdown-it";
  const footnote: MarkdownIt.PluginSimple;
  export default footnote;
}
