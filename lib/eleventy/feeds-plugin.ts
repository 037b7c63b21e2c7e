/**
 * RSS 2.0, Atom and JSON Feed 1.1 of the newest notes (templates in pages/feeds/).
 *
 * The RSS plugin supplies the date and absolute-URL filters. Its ready-made RSS template writes
 * `<content:encoded>` without declaring the `content` namespace, which strict parsers reject, so the
 * site's own templates declare every namespace they use.
 */
import type { UserConfig } from "@11ty/eleventy";
import rssPlugin from "@11ty/eleventy-plugin-rss";
import type { SiteSettings } from "../../site.config.ts";
import type { NoteItem } from "./notes-plugin.ts";

export default function feedsPlugin(config: UserConfig, settings: SiteSettings): void {
  config.addPlugin(rssPlugin);
  config.addCollection("feedNotes", (api) =>
    (api.getAll().filter((item) => (item.data as { note?: unknown }).note) as NoteItem[])
      .sort((a, b) => b.data.note.published.localeCompare(a.data.note.published) || b.data.note.startDate.localeCompare(a.data.note.startDate))
      .slice(0, settings.feedSize),
  );
}
