#!/usr/bin/env python3
"""Fill the English catalogue (comptoir_en.ts) from the source texts.

For every message whose translation is still marked type="unfinished", the
translation becomes the source text itself.  For numerus messages a singular
and a plural form are derived from the source:

    "%n member(s)"          -> "%n member"          / "%n members"
    "%n box(es)"            -> "%n box"             / "%n boxes"
    "%n entry(ies)"         -> "%n entry"           / "%n entries"
    "%n line(s) is/are ..." -> "%n line is ..."     / "%n lines are ..."

Without such markers both forms are the source text.  The type="unfinished"
attribute is then removed.  Messages already finished (or obsolete/vanished)
are left alone, so running the script twice changes nothing.

The file is edited as text, so lupdate's layout is kept byte for byte outside
the translations that are filled in.  Standard library only.

Usage: complete_english.py [FILE.ts]   (default: comptoir_en.ts next to this script)
"""

import os
import re
import sys

# Word pairs written "singular/plural" in a numerus source.
PAIRS = {
    ("is", "are"), ("was", "were"), ("has", "have"), ("does", "do"),
    ("this", "these"), ("that", "those"), ("it", "they"), ("its", "their"),
}

MESSAGE = re.compile(r"<message(?P<attrs>[^>]*)>(?P<body>.*?)</message>", re.S)
SOURCE = re.compile(r"<source>(?P<text>.*?)</source>", re.S)
UNFINISHED = re.compile(
    r'(?P<indent>[ \t]*)<translation type="unfinished"\s*(?:/>|>.*?</translation>)', re.S)
PAIR = re.compile(r"\b([A-Za-z]+)/([A-Za-z]+)\b")


def numerus_forms(source):
    """Return (singular, plural) derived from an (escaped) source text."""
    def pairs(text, index):
        def pick(match):
            a, b = match.group(1), match.group(2)
            if (a.lower(), b.lower()) in PAIRS:
                return (a, b)[index]
            return match.group(0)
        return PAIR.sub(pick, text)

    singular = source.replace("y(ies)", "y").replace("(es)", "").replace("(s)", "")
    plural = source.replace("y(ies)", "ies").replace("(es)", "es").replace("(s)", "s")
    return pairs(singular, 0), pairs(plural, 1)


def complete(text):
    """Return (new text, number of messages filled)."""
    filled = 0

    def fill(match):
        nonlocal filled
        attrs, body = match.group("attrs"), match.group("body")
        unfinished = UNFINISHED.search(body)
        source = SOURCE.search(body)
        if not unfinished or not source:
            return match.group(0)
        src = source.group("text")
        indent = unfinished.group("indent")
        if 'numerus="yes"' in attrs:
            forms = "".join(
                "\n%s    <numerusform>%s</numerusform>" % (indent, form)
                for form in numerus_forms(src))
            translation = "%s<translation>%s\n%s</translation>" % (indent, forms, indent)
        else:
            translation = "%s<translation>%s</translation>" % (indent, src)
        filled += 1
        body = body[:unfinished.start()] + translation + body[unfinished.end():]
        return "<message%s>%s</message>" % (attrs, body)

    return MESSAGE.sub(fill, text), filled


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "comptoir_en.ts")
    with open(path, encoding="utf-8", newline="") as f:
        text = f.read()
    new_text, filled = complete(text)
    if new_text != text:
        with open(path, "w", encoding="utf-8", newline="") as f:
            f.write(new_text)
    print("%s: %d message(s) completed" % (os.path.basename(path), filled))


if __name__ == "__main__":
    main()
