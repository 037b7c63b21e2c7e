/**
 * schema.org Event data for note pages, and its safe serialization inside a <script> data block.
 */
import { describe, expect, it } from "vitest";
import { noteEventJsonLd, serializeJsonLd } from "../../lib/outputs/json-ld.ts";
import { noteView } from "../support/note-views.ts";

const BASE = "https://notes.example.org";

describe("noteEventJsonLd", () => {
  it("describes an event held in a place", () => {
    const note = noteView("dushanbe", { organizers: ["Tajikistan", "UNODA (support)", "UNODA"] });
    expect(noteEventJsonLd(note, BASE)).toEqual({
      "@context": "https://schema.org",
      "@type": "Event",
      name: "Regional workshop on export controls",
      startDate: "2016-02-29",
      endDate: "2016-03-01",
      eventAttendanceMode: "https://schema.org/OfflineEventAttendanceMode",
      eventStatus: "https://schema.org/EventScheduled",
      location: { "@type": "Place", name: "Dushanbe, Tajikistan", address: { "@type": "PostalAddress", addressLocality: "Dushanbe", addressCountry: "TJ" } },
      organizer: [
        { "@type": "Organization", name: "Tajikistan" },
        { "@type": "Organization", name: "UNODA" },
      ],
      description: "Officials from the region discussed export controls and reporting.",
      inLanguage: "en",
      url: "https://notes.example.org/notes/2016/dushanbe/",
    });
  });

  it("describes an online event by a virtual location at the note's address", () => {
    const note = noteView("webinar", { online: true, city: undefined, country: undefined, start_date: "2020-12-01", end_date: undefined });
    expect(noteEventJsonLd(note, BASE)).toMatchObject({
      endDate: "2020-12-01",
      eventAttendanceMode: "https://schema.org/OnlineEventAttendanceMode",
      location: { "@type": "VirtualLocation", url: "https://notes.example.org/notes/2020/webinar/" },
    });
  });

  it("gives a hybrid event both locations", () => {
    const note = noteView("hybrid", { online: true });
    const data = noteEventJsonLd(note, BASE);
    expect(data.eventAttendanceMode).toBe("https://schema.org/MixedEventAttendanceMode");
    expect(data.location).toEqual([expect.objectContaining({ "@type": "Place", name: "Dushanbe, Tajikistan" }), expect.objectContaining({ "@type": "VirtualLocation" })]);
  });
});

describe("serializeJsonLd", () => {
  it("cannot close the script element and still parses to the same data", () => {
    const note = noteView("tricky", { title: "Q&A </script><script>alert(1)</script> \u2028 session" });
    const text = serializeJsonLd(noteEventJsonLd(note, BASE));
    expect(text).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(text)).toEqual(noteEventJsonLd(note, BASE));
  });
});
