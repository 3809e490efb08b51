#!/usr/bin/env python3
"""Build data/common_words.txt: lower-case English words, for telling a capitalised phrase
("Living History", "Avoiding Tax") from an unknown person's name ("Aparna Mathur").

Source: SCOWL size 35 as Debian's wamerican-small package ships it
(/usr/share/dict/american-english-small; `apt-get download wamerican-small` and
`dpkg -x` it if it is not installed). SCOWL is Copyright 2000-2011 by Kevin Atkinson,
with permission to use, copy, modify, distribute and sell; the notice is repeated in the
output's header.

Kept: entries written all in lower-case ASCII letters, three letters or more. Dropped:
words in data/first_names.txt, and the 2,500 most common US surnames (US Census 1990,
public domain, as the PyPI package names 0.3.0 ships them in names/dist.all.last:
`pip download names==0.3.0 --no-deps`), so "Tiger Woods" stays a name while "Living
History" does not.

Usage: tools/wordlist/build.py [SCOWL_FILE [SURNAME_FILE]] > data/common_words.txt
"""
import pathlib
import re
import sys

HEADER = """\
# Common lower-case English words: a capitalised phrase made only of these is no person's name
#   ("Living History", "Avoiding Tax"). Made by tools/wordlist/build.py.
# Source: SCOWL size 35 (Debian wamerican-small 2020.12.07), http://wordlist.aspell.net/
#   Copyright 2000-2011 by Kevin Atkinson. Permission to use, copy, modify, distribute and
#   sell these word lists, the associated scripts, the output created from the scripts, and
#   its documentation for any purpose is hereby granted without fee, provided that the above
#   copyright notice appears in all copies and that both that copyright notice and this
#   permission notice appear in supporting documentation. Kevin Atkinson makes no
#   representations about the suitability of this array for any purpose. It is provided
#   "as is" without express or implied warranty.
#   Removed: given names from data/first_names.txt and the 2,500 most common US surnames
#   (US Census 1990, public domain, via PyPI names 0.3.0)."""

SURNAMES = 2500


def main():
    src = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/dict/american-english-small"
    surnames_file = sys.argv[2] if len(sys.argv) > 2 else "names/dist.all.last"
    surnames = set()
    for line in open(surnames_file, encoding="utf-8"):
        fields = line.split()
        if len(fields) == 4 and int(fields[3]) <= SURNAMES:
            surnames.add(fields[0].lower())
    root = pathlib.Path(__file__).resolve().parents[2]
    given = {
        line.strip().lower()
        for line in (root / "data" / "first_names.txt").read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    }
    words = set()
    for line in open(src, encoding="utf-8"):
        w = line.strip()
        if re.fullmatch(r"[a-z]{3,}", w) and w not in given and w not in surnames:
            words.add(w)
    print(HEADER)
    for w in sorted(words):
        print(w)


if __name__ == "__main__":
    main()
