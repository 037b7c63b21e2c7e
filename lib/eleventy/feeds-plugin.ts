/**
 * RSS 2.0, Atom and JSON Feed 1.1 of the newest notes (templates in pages/feeds/).
 *
 * The RSS plugin supplies the absolute-URL filters; dates come from the site plugin's isoDate* filters,
 * which write UTC whatever the build machine's time zone. The plugin's ready-made RSS template writes
 * `<content:encoded>` without declaring the `content` namespace, which strict parsers reject, so the
 * site's own templates declare every namespace they use.
 */
import type { UserConfig } from "@11ty/eleventy";
import rssPlugin from "@11ty/eleventy-plugin-rss";
import type { SiteSettings } from "../../site.config.ts";
import { byPublishedNewestFirst } from "../note/note-view.ts";
import { noteItems } from "./notes-plugin.ts";

export default function feedsPlugin(config: UserConfig, settings: SiteSettings): void {
  config.addPlugin(rssPlugin);
  config.addCollection("feedNotes", (api) =>
    noteItems(api)
      .sort((a, b) => byPublishedNewestFirst(a.data.note, b.data.note))
      .slice(0, settings.feedSize),
  );
}
