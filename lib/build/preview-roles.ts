/**
 * What an Eleventy instance started by the preview (`npm start`) is for, told to the preview
 * plugin (lib/eleventy/preview-plugin.ts) through its configuration object. The published build and
 * the preview's web server start Eleventy without a role, and the plugin then changes nothing.
 *
 * - `render`: renders the files of one or a few notes, alone, for the page to show right after a save
 *   (lib/build/preview-renderer.ts). It writes nothing; its related notes come from the preview's
 *   list of every note instead of its own one-note collections.
 * - `site`: the whole site, in watch mode, in a child process (lib/build/preview-site-builder.ts). It
 *   waits for the preview before each rebuild and reports when each is done, with every note.
 */
import type { UserConfig } from "@11ty/eleventy";
import type { NoteView } from "../note/note-view.ts";

/** A related note as the note layout's list reads it (`item.data.note`, like a collection item). */
export interface RelatedNoteCard {
  readonly data: { readonly note: NoteView };
}

/** A note page of a build: its file (as Eleventy names it, `./notes/2016/x.md`) and its view. */
export interface PreviewNote {
  readonly inputPath: string;
  readonly note: NoteView;
}

export interface RenderRole {
  readonly kind: "render";
  /** The related notes of the note being rendered, among every note the preview knows */
  readonly relatedNotes: (note: NoteView) => readonly RelatedNoteCard[];
}

export interface SiteRole {
  readonly kind: "site";
  /** Folders the watcher must not take as sources (relative to the project): the served site, the preview's own files */
  readonly notSources: readonly string[];
  /** Called before each rebuild with the changed file; the rebuild starts when it resolves */
  readonly beforeRebuild: (changedFiles: readonly string[]) => Promise<void>;
  /**
   * Called once a build has written everything (its `eleventy.after` work included), with every note
   * page it built; `complete` is false when some of that work failed, so that files may be missing.
   */
  readonly afterBuild: (notes: readonly PreviewNote[], complete: boolean) => Promise<void>;
}

export type PreviewRole = RenderRole | SiteRole;

const roles = new WeakMap<UserConfig, PreviewRole>();

/** Gives the instance whose configuration this is a role; call it from `createEleventy`'s `configure`. */
export function assignPreviewRole(config: UserConfig, role: PreviewRole): void {
  roles.set(config, role);
}

export function previewRoleOf(config: UserConfig): PreviewRole | undefined {
  return roles.get(config);
}
