/**
 * Every note gets the note layout. Its address (`/notes/<year of start_date>/<name>/`, under
 * `/<lang>/` for a note in another language than English) and the `note` object the layout shows
 * are added once the note is read and found published (lib/eleventy/note-page-data.ts).
 */
export default {
  layout: "note.njk",
  // Still in every collection (`collections.all` included), but not recorded in Eleventy's dependency
  // graph as publishing to `all`: each such record searches the list of every page recorded before it,
  // which cost O(notes²) (over a second at 10 000 notes). No template waits on `all` to be complete.
  eleventyExcludeFromCollections: ["all"],
};
