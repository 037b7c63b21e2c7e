/**
 * Site settings: the one place to change the site's name, address, default contact and default
 * disclaimer. Every page, feed and calendar reads them from here.
 */
import type { NoteDefaults } from "./lib/note/note-view.ts";

export interface SiteSettings extends NoteDefaults {
  /** Shown in the header, page titles and feeds */
  readonly name: string;
  /** One sentence on what the site is, for the home page and feed descriptions */
  readonly description: string;
  /**
   * The public address, without a trailing slash. Netlify's `URL` variable (the site's main address)
   * or `SITE_URL` replace it at build time, so deploy previews still link to the live site.
   */
  readonly baseUrl: string;
  /** BCP 47 language of the pages and feeds */
  readonly language: string;
  /** Who readers contact about a note, unless the note names its own `contact` */
  readonly contact: { readonly name: string; readonly email: string };
  /** The footnote on every note, unless the note has its own `disclaimer` */
  readonly disclaimer: string;
  /** Who publishes the site, for feeds and the footer */
  readonly publisher: string;
  /** How many notes the feeds carry */
  readonly feedSize: number;
}

export const siteSettings: SiteSettings = {
  name: "1540 Committee Information Notes",
  description:
    "Short information notes on outreach events — workshops, conferences, country visits and trainings — on the implementation of Security Council resolution 1540 (2004).",
  baseUrl: (process.env.SITE_URL ?? process.env.URL ?? "https://1540-information-notes.netlify.app").replace(/\/+$/, ""),
  language: "en",
  contact: { name: "the 1540 Committee experts", email: "1540experts@un.org" },
  disclaimer:
    "For information – not an official report. The views expressed here do not necessarily represent those of the 1540 Committee or of the organisers or participants in the event.",
  publisher: "Security Council Committee established pursuant to resolution 1540 (2004)",
  feedSize: 50,
};
