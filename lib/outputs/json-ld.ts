/**
 * schema.org Event structured data for a note page, so search engines can show the event's dates and
 * place. The object is built here; `serializeJsonLd` makes it safe to place inside
 * `<script type="application/ld+json">` (a data block, never executed, so the CSP allows it).
 */
import { organizerKey } from "../note/browse-index.ts";
import type { NoteView } from "../note/note-view.ts";

export type JsonLd = { readonly [key: string]: JsonLdValue };
type JsonLdValue = string | number | boolean | JsonLd | readonly JsonLdValue[];

export function noteEventJsonLd(note: NoteView, baseUrl: string): JsonLd {
  const url = new URL(note.url, `${baseUrl}/`).href;
  const place: JsonLd | undefined = note.country
    ? {
        "@type": "Place",
        name: note.place,
        address: {
          "@type": "PostalAddress",
          ...(note.city ? { addressLocality: note.city } : {}),
          addressCountry: note.country.code,
        },
      }
    : undefined;
  const virtual: JsonLd = { "@type": "VirtualLocation", url };
  const mode = note.online ? (place ? "MixedEventAttendanceMode" : "OnlineEventAttendanceMode") : "OfflineEventAttendanceMode";
  const locations = [...(place ? [place] : []), ...(note.online ? [virtual] : [])];
  const organizers = new Map<string, string>();
  for (const name of note.organizers) {
    const key = organizerKey(name);
    if (key && !organizers.has(key.slug)) organizers.set(key.slug, key.label);
  }
  return {
    "@context": "https://schema.org",
    "@type": "Event",
    name: note.title,
    startDate: note.startDate,
    endDate: note.endDate,
    eventAttendanceMode: `https://schema.org/${mode}`,
    // Notes record events that took place or are firmly planned; none records a cancellation.
    eventStatus: "https://schema.org/EventScheduled",
    location: locations.length === 1 ? locations[0]! : locations,
    organizer: [...organizers.values()].map((name) => ({ "@type": "Organization", name })),
    description: note.summary,
    inLanguage: note.languageTag,
    url,
  };
}

/** JSON with `<`, `>`, `&` and the JavaScript line separators escaped, so no `</script>` can end the block. */
export function serializeJsonLd(value: JsonLd): string {
  return JSON.stringify(value)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}
