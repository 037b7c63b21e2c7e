/**
 * The site build: notes/ (validated Markdown) → Eleventy pages, feeds and search page → _site/,
 * then Pagefind indexes the note pages. Each concern lives in its own plugin under lib/eleventy/.
 *
 * Run through `npm run build` (validates every note first) or `npm start` (live preview), which both
 * give Eleventy only notes/ and pages/ as input (lib/build/eleventy-project.ts).
 */
import type { UserConfig } from "@11ty/eleventy";
import assetsPlugin from "./lib/eleventy/assets-plugin.ts";
import dataPlugin from "./lib/eleventy/data-plugin.ts";
import editorPlugin from "./lib/eleventy/editor-plugin.ts";
import facetsPlugin from "./lib/eleventy/facets-plugin.ts";
import feedsPlugin from "./lib/eleventy/feeds-plugin.ts";
import languagesPlugin from "./lib/eleventy/languages-plugin.ts";
import notesPlugin from "./lib/eleventy/notes-plugin.ts";
import previewPlugin from "./lib/eleventy/preview-plugin.ts";
import searchPlugin from "./lib/eleventy/search-plugin.ts";
import sitePlugin from "./lib/eleventy/site-plugin.ts";
import { siteSettings } from "./site.config.ts";

export default function (config: UserConfig) {
  config.addPlugin(sitePlugin, siteSettings);
  config.addPlugin(languagesPlugin, siteSettings);
  config.addPlugin(notesPlugin, siteSettings);
  config.addPlugin(feedsPlugin, siteSettings);
  config.addPlugin(facetsPlugin, siteSettings);
  config.addPlugin(dataPlugin, siteSettings);
  config.addPlugin(assetsPlugin);
  config.addPlugin(searchPlugin);
  config.addPlugin(editorPlugin);
  config.addPlugin(previewPlugin);

  return {
    dir: { includes: "layouts", data: "_data" },
    templateFormats: ["md", "njk"],
    // Note bodies are Markdown only: never run through Nunjucks, so `{{ … }}` in a note stays text.
    markdownTemplateEngine: false,
    htmlTemplateEngine: "njk",
  };
}
