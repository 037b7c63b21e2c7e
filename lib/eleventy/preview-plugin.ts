/**
 * The preview's (`npm start`) hooks into the Eleventy instances it starts, each told its role
 * through lib/build/preview-roles.ts. Without a role (the published build, the preview's web
 * server) this plugin does nothing at all.
 */
import type { EleventyEventArguments, UserConfig } from "@11ty/eleventy";
import { previewRoleOf, type PreviewNote, type RenderRole, type SiteRole } from "../build/preview-roles.ts";
import { NOTES_DIRECTORY } from "../note/note-files.ts";
import type { NoteView } from "../note/note-view.ts";
import { allNoteItems } from "./notes-plugin.ts";

const AFTER = "eleventy.after";

export default function previewPlugin(config: UserConfig): void {
  const role = previewRoleOf(config);
  if (role?.kind === "render") renderOnly(config, role);
  else if (role?.kind === "site") wholeSite(config, role);
}

function renderOnly(config: UserConfig, role: RenderRole): void {
  // Every render is a new Eleventy instance in the same thread, and Eleventy keeps templates' text
  // and layouts in caches shared by the whole process: they would hand this render a note as it was
  // before the save, and layouts bound to an earlier instance's filters.
  config.setUseTemplateCache(false);
  config.dataFilterSelectors.add("note");
  // A note's related notes are chosen among every note, which this instance does not read.
  config.addFilter("relatedNotes", (note: NoteView | undefined) => (note ? role.relatedNotes(note) : []));
  // The render writes nothing: the calendars, data files, editor and search index that the other
  // plugins write once a build is done belong to the whole site. Removed once every plugin has
  // registered its handlers, whatever their order in .eleventy.ts.
  config.on("eleventy.before", () => {
    config.events.removeAllListeners(AFTER);
  });
}

function wholeSite(config: UserConfig, role: SiteRole): void {
  // Its own output is never watched, but this build's output is only a staging folder: the folder
  // the preview serves (into which it moves the files) must not look like changed sources either.
  for (const folder of role.notSources) config.watchIgnores.add(`${folder}/**`);
  // The preview watches the notes itself, and tells this build of each one saved or deleted.
  config.watchIgnores.add(`${NOTES_DIRECTORY}/**/*.md`);
  // A saved module of lib/ would only cost a rebuild of the whole site with the same code: Node
  // loads each ES module once per process, and Eleventy reloads only the configuration file itself.
  // Templates, layouts, data files, assets and .eleventy.ts are still watched.
  config.setWatchJavaScriptDependencies(false);
  config.on("eleventy.beforeWatch", (changedFiles) => role.beforeRebuild(changedFiles));

  // Every note page of the build, for the preview's related notes (returned empty: a collection of
  // every note would cost Eleventy a lookup of each item in its template map).
  let notes: PreviewNote[] = [];
  config.addCollection("previewNotes", (api) => {
    notes = allNoteItems(api).map((item) => ({ inputPath: item.inputPath, note: item.data.note }));
    return [];
  });

  // Eleventy calls the `eleventy.after` handlers all at once, so none of them can tell when the
  // others are done. The preview must know when the build has written its last file (it then moves
  // them into the served folder), so the handlers are run here one after the other, then the role's.
  const handlers: Function[] = [];
  const runner = async (args: EleventyEventArguments): Promise<void> => {
    let complete = false;
    try {
      for (const handler of handlers) await Reflect.apply(handler, config.events, [args]);
      complete = true;
    } finally {
      await role.afterBuild(notes, complete);
    }
  };
  config.on("eleventy.before", () => {
    const added = config.events.listeners(AFTER).filter((listener) => listener !== runner);
    if (added.length === 0) return;
    handlers.push(...added);
    config.events.removeAllListeners(AFTER);
    config.events.on(AFTER, runner);
  });
}
