/**
 * Every note gets the note layout. Its address (`/notes/<year of start_date>/<name>/`, under
 * `/<lang>/` for a note in another language than English) and the `note` object the layout shows
 * are added once the note is read and found published (lib/eleventy/note-page-data.ts).
 */
export default {
  layout: "note.njk",
};
