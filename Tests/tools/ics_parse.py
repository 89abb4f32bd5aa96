#!/usr/bin/env python3
"""Parses iCalendar files with an independent implementation (the `icalendar` package) and
checks the RFC 5545 details it tolerates: CRLF endings, 75-octet lines that never split a UTF-8
character, the required properties. Prints one JSON document for the Swift tests to assert on.
"""
import json
import sys

import icalendar


def check_raw(raw):
    errors = []
    if not raw.endswith(b"\r\n"):
        errors.append("does not end with CRLF")
    body = raw.replace(b"\r\n", b"")
    if b"\n" in body or b"\r" in body:
        errors.append("bare LF or CR line ending")
    for number, line in enumerate(raw.split(b"\r\n"), 1):
        if len(line) > 75:
            errors.append(f"line {number} is {len(line)} octets")
        try:
            line.decode("utf-8")
        except UnicodeDecodeError:
            errors.append(f"line {number} splits a UTF-8 character")
    return errors


def iso(value):
    return value.isoformat() if value is not None else None


def main(paths):
    out = {}
    for path in paths:
        raw = open(path, "rb").read()
        errors = check_raw(raw)
        calendar = icalendar.Calendar.from_ical(raw)
        for required in ("VERSION", "PRODID"):
            if required not in calendar:
                errors.append(f"calendar lacks {required}")
        timezones = [str(tz["TZID"]) for tz in calendar.walk("VTIMEZONE")]
        events = []
        uids = set()
        for event in calendar.walk("VEVENT"):
            for required in ("UID", "DTSTAMP", "DTSTART"):
                if required not in event:
                    errors.append(f"event lacks {required}")
            uid = str(event["UID"])
            # A repeating event's changed dates share its UID, each with its RECURRENCE-ID.
            identity = (uid, event["RECURRENCE-ID"].to_ical().decode() if "RECURRENCE-ID" in event else None)
            if identity in uids:
                errors.append(f"duplicate UID {uid}")
            uids.add(identity)
            start = event.decoded("DTSTART")
            end = event.decoded("DTEND") if "DTEND" in event else None
            tzid = event["DTSTART"].params.get("TZID")
            if tzid and tzid not in timezones:
                errors.append(f"TZID {tzid} has no VTIMEZONE")
            if end is not None and end <= start:
                errors.append(f"DTEND not after DTSTART in {uid}")
            offset = start.utcoffset() if hasattr(start, "utcoffset") else None
            events.append({
                "uid": uid,
                "summary": str(event.get("SUMMARY", "")),
                "start": iso(start),
                "end": iso(end),
                "offset": offset.total_seconds() if offset is not None else None,
                "all_day": "VALUE" in event["DTSTART"].params and event["DTSTART"].params["VALUE"] == "DATE",
                "description": str(event.get("DESCRIPTION", "")),
                "location": str(event.get("LOCATION", "")),
                "categories": [str(c) for c in event["CATEGORIES"].cats] if "CATEGORIES" in event else [],
                "url": str(event.get("URL", "")),
                "conference": str(event.get("CONFERENCE", "")),
                "dtstamp": iso(event.decoded("DTSTAMP")),
            })
        out[path] = {"errors": errors, "name": str(calendar.get("X-WR-CALNAME", "")), "timezones": timezones, "events": events}
    json.dump(out, sys.stdout)


if __name__ == "__main__":
    main(sys.argv[1:])
