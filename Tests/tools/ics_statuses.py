#!/usr/bin/env python3
"""Reads the STATUS and SEQUENCE of every VEVENT of iCalendar files with three independent
parsers: icalendar, vobject and libical (through GObject introspection, when the system
Python has it: Debian's gir1.2-ical-3.0 and python3-gi).

Usage: ics_statuses.py FILE...   Prints {"icalendar": [...], "vobject": [...], "libical": [...]}
(libical is null when it cannot be loaded), each a list of [uid, status or null, sequence].
"""
import json
import subprocess
import sys

import icalendar
import vobject

LIBICAL = r"""
import json, sys
import gi
gi.require_version('ICalGLib', '3.0')
from gi.repository import ICalGLib
found = []
for path in sys.argv[1:]:
    calendar = ICalGLib.Component.new_from_string(open(path, encoding='utf-8').read())
    event = calendar.get_first_component(ICalGLib.ComponentKind.VEVENT_COMPONENT)
    while event:
        status = event.get_first_property(ICalGLib.PropertyKind.STATUS_PROPERTY)
        sequence = event.get_first_property(ICalGLib.PropertyKind.SEQUENCE_PROPERTY)
        found.append([event.get_uid(), status.get_value_as_string() if status else None,
                      int(sequence.get_value_as_string()) if sequence else 0])
        event = calendar.get_next_component(ICalGLib.ComponentKind.VEVENT_COMPONENT)
print(json.dumps(found))
"""


def main():
    paths = sys.argv[1:]
    with_icalendar, with_vobject = [], []
    for path in paths:
        data = open(path, "rb").read()
        for event in icalendar.Calendar.from_ical(data).walk("VEVENT"):
            with_icalendar.append([str(event["UID"]), str(event["STATUS"]) if "STATUS" in event else None, int(event.get("SEQUENCE", 0))])
        for calendar in vobject.readComponents(data.decode("utf-8")):
            for event in calendar.vevent_list:
                status = event.status.value if hasattr(event, "status") else None
                sequence = int(event.sequence.value) if hasattr(event, "sequence") else 0
                with_vobject.append([event.uid.value, status, sequence])
    libical = None
    run = subprocess.run(["/usr/bin/python3", "-c", LIBICAL] + paths, capture_output=True, text=True)
    if run.returncode == 0:
        libical = json.loads(run.stdout)
    print(json.dumps({"icalendar": with_icalendar, "vobject": with_vobject, "libical": libical}))


if __name__ == "__main__":
    main()
