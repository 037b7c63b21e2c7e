/**
 * A small iCalendar reader for tests: unfolds lines and collects each VEVENT's properties.
 */

/** The calendar's content lines, long lines unfolded (RFC 5545 §3.1). */
export function icsLines(text: string): string[] {
  return text.replace(/\r\n[ \t]/g, "").split("\r\n").filter(Boolean);
}

/** Each event's properties, keyed by name with parameters (`DTSTART;VALUE=DATE`). */
export function icsEvents(text: string): Record<string, string>[] {
  const events: Record<string, string>[] = [];
  let current: Record<string, string> | undefined;
  for (const line of icsLines(text)) {
    if (line === "BEGIN:VEVENT") {
      current = {};
    } else if (line === "END:VEVENT" && current) {
      events.push(current);
      current = undefined;
    } else if (current) {
      const colon = line.indexOf(":");
      current[line.slice(0, colon)] = line.slice(colon + 1);
    }
  }
  return events;
}
