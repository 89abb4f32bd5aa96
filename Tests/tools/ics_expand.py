#!/usr/bin/env python3
"""Expands the repeating events of iCalendar files with an independent implementation
(recurring-ical-events over icalendar) and prints each occurrence as JSON.

Usage: ics_expand.py FROM TO FILE...   (FROM and TO as YYYY-MM-DD)
Prints a list of {"uid", "summary", "start", "end", "status"}: start and end in ISO 8601
(with the UTC offset in force for timed events, a date for all-day ones).
"""
import datetime
import json
import sys

import icalendar
import recurring_ical_events


def iso(value):
    return value.isoformat() if isinstance(value, datetime.datetime) else value.isoformat()


def main():
    start = datetime.date.fromisoformat(sys.argv[1])
    end = datetime.date.fromisoformat(sys.argv[2])
    found = []
    for path in sys.argv[3:]:
        calendar = icalendar.Calendar.from_ical(open(path, "rb").read())
        for event in recurring_ical_events.of(calendar).between(start, end):
            found.append({
                "uid": str(event["UID"]),
                "summary": str(event["SUMMARY"]),
                "start": iso(event["DTSTART"].dt),
                "end": iso(event["DTEND"].dt) if "DTEND" in event else None,
                "status": str(event["STATUS"]) if "STATUS" in event else None,
            })
    found.sort(key=lambda e: (e["uid"], e["start"]))
    print(json.dumps(found))


if __name__ == "__main__":
    main()
