"""Reads every feed and calendar of a built site with the parsers feed readers and calendar apps
are built on (Python's feedparser and icalendar, from Debian) and prints one JSON line per file."""
import json
import pathlib
import sys

import feedparser
import icalendar

site = pathlib.Path(sys.argv[1])
for path in sorted(site.rglob("*")):
    relative = path.relative_to(site).as_posix()
    if relative.startswith("pagefind/"):
        continue
    if path.suffix == ".xml" and path.name in ("rss.xml", "atom.xml"):
        feed = feedparser.parse(str(path))
        print(json.dumps({
            "file": relative,
            "kind": "feed",
            "version": feed.version,
            "bozo": bool(feed.bozo),
            "problem": str(feed.get("bozo_exception", "")),
            "titles": [entry.get("title", "") for entry in feed.entries],
            "links": [entry.get("link", "") for entry in feed.entries],
        }))
    elif path.suffix == ".ics":
        try:
            calendar = icalendar.Calendar.from_ical(path.read_bytes())
            events = [
                {
                    "uid": str(event.get("UID")),
                    "summary": str(event.get("SUMMARY")),
                    "start": event.decoded("DTSTART").isoformat(),
                    "end": event.decoded("DTEND").isoformat(),
                }
                for event in calendar.walk("VEVENT")
            ]
            print(json.dumps({"file": relative, "kind": "calendar", "events": events, "problem": ""}))
        except Exception as error:  # a calendar app would refuse the file
            print(json.dumps({"file": relative, "kind": "calendar", "events": [], "problem": repr(error)}))
