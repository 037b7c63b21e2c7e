/**
 * RSS 2.0, Atom and JSON Feed 1.1 of the newest notes (templates in pages/feeds/).
 *
 * The RSS plugin supplies the absolute-URL filters; dates come from the site plugin's isoDate* filters,
 * which write UTC whatever the build machine's time zone. The plugin's ready-made RSS template writes
 * `<content:encoded>` without declaring the `content` namespace, which strict parsers reject, so the
 * site's own templates declare every namespace they use.
 */
import type { UserConfig } from "@11ty/eleventy";
import rssPlugin, { convertHtmlToAbsoluteUrls } from "@11ty/eleventy-plugin-rss";
import type { SiteSettings } from "../../site.config.ts";
import { byPublishedNewestFirst, type NoteView } from "../note/note-view.ts";
import { LANGUAGE_CODES } from "../languages/languages.ts";
import { eventsIn, type NoteItem } from "./notes-plugin.ts";

/**
 * A feed's own date: the newest published or updated date of its entries, or `fallback` (the
 * build date) for an empty feed. Feeds are ordered by publication, so the first entry is not
 * always the last changed: a correction to an older note must still move the feed's date.
 */
export function newestChange(items: readonly NoteItem[], fallback: string): string {
  let newest = "";
  for (const { data } of items) {
    for (const date of [data.note.published, data.note.lastModified]) if (date > newest) newest = date;
  }
  return newest || fallback;
}

export default function feedsPlugin(config: UserConfig, settings: SiteSettings): void {
  config.addPlugin(rssPlugin);
  config.addFilter("newestChange", newestChange);
  // A feed entry's content (the note as on its page, its links made absolute) is the same in all 18
  // feeds (six languages, three formats) that carry the note: it is converted once per note. The feeds
  // render side by side while the conversion awaits, so the first feed to reach a note leaves its
  // promise for the others; once it has settled they skip rendering the note altogether.
  const contentHtml = new WeakMap<NoteView, { promise: Promise<string>; html?: string }>();
  config.addFilter("feedContentHtml", (note: NoteView) => contentHtml.get(note)?.html ?? "");
  config.addAsyncFilter("absoluteFeedContentHtml", (html: string, note: NoteView, noteUrl: string) => {
    let made = contentHtml.get(note);
    if (!made) {
      const entry: { promise: Promise<string>; html?: string } = { promise: convertHtmlToAbsoluteUrls(html, noteUrl, { closingSingleTag: "slash" }) };
      entry.promise.then((converted) => (entry.html = converted), () => contentHtml.delete(note));
      contentHtml.set(note, (made = entry));
    }
    return made.promise;
  });
  // The newest notes of each language's feeds: every event once, in that language where it has a version.
  config.addCollection("feedNotesIn", (api) => {
    const events = eventsIn(api);
    return Object.fromEntries(LANGUAGE_CODES.map((language) => [language, [...events[language]].sort((a, b) => byPublishedNewestFirst(a.data.note, b.data.note)).slice(0, settings.feedSize)]));
  });
}
