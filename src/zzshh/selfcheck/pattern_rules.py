"""Line-by-line rules: regular expressions, the miswritten-phrase dictionary,
variant characters and doubled characters."""
import bisect
import itertools
import re

from .hits import Hit

QUOTE_PAIRS = {'"': ("“", "”"), "'": ("‘", "’")}


def right_of(match: str, spec: dict) -> str:
    transform = spec.get("transform")
    if transform == "quotes":
        first = match[0]
        opening, closing = QUOTE_PAIRS.get(first, ("“", "”"))
        if len(match) >= 2 and match[-1] == first:
            return opening + match[1:-1] + closing
        return opening + "或" + closing
    if transform == "map":
        table = spec["map"]
        return "".join(table.get(c, c) for c in match)
    if transform == "replace":
        old, new = spec["replace"]
        return match.replace(old, new, 1)
    return ""


class PatternRule:
    def __init__(self, rule: dict):
        self.id = rule["id"]
        self.specs = [(re.compile(p["source"]), p) for p in rule["patterns"]]

    def run(self, lines: list[str], skip_until: list[int]) -> list[Hit]:
        hits = []
        for index, line in enumerate(lines):
            for regex, spec in self.specs:
                for m in regex.finditer(line):
                    if m.start() < skip_until[index]:
                        continue
                    fields = {"match": m.group(0), "right": right_of(m.group(0), spec),
                              "group1": (m.group(1) or "") if regex.groups else ""}
                    hits.append(Hit(self.id, index, m.start(), m.end(), fields))
        return hits


class DictionaryRule:
    """PR-WORD-001: wrong -> right, plain text or a pattern per entry."""

    def __init__(self, rule: dict, entries: list[dict]):
        self.id = rule["id"]
        self.entries = [(re.compile(e["pattern"]) if e["pattern"] else None, e) for e in entries]

    def run(self, lines: list[str], skip_until: list[int]) -> list[Hit]:
        hits = []
        # Plain entries never contain a line break: search the whole text
        # at once (fast) and work out the line afterwards.
        joined = "\n".join(lines)
        starts = list(itertools.accumulate((len(line) + 1 for line in lines[:-1]), initial=0))
        for regex, entry in self.entries:
            if regex is None:
                literal = entry["wrong"]
                at = joined.find(literal)
                while at != -1:
                    index = bisect.bisect_right(starts, at) - 1
                    start = at - starts[index]
                    hits.append(self._hit(index, start, start + len(literal), literal, entry))
                    at = joined.find(literal, at + len(literal))
            else:
                for index, line in enumerate(lines):
                    for m in regex.finditer(line):
                        hits.append(self._hit(index, m.start(), m.end(), m.group(0), entry))
        return hits

    def _hit(self, index, start, end, match, entry) -> Hit:
        fields = {"match": match, "right": entry["right"], "note": entry["note"]}
        return Hit(self.id, index, start, end, fields, severity=entry["severity"])


class VariantRule:
    """PR-WORD-002: a variant or look-alike character."""

    def __init__(self, rule: dict, variants: dict, pattern: str):
        self.id = rule["id"]
        self.variants = variants
        self.regex = re.compile(pattern) if variants else None

    def run(self, lines: list[str], skip_until: list[int]) -> list[Hit]:
        if self.regex is None:
            return []
        hits = []
        for index, line in enumerate(lines):
            for m in self.regex.finditer(line):
                char = m.group(0)
                hits.append(Hit(self.id, index, m.start(), m.end(), {"match": char, "right": self.variants[char]}))
        return hits


class DoubledRule:
    """PR-REPEAT-001: a doubled character, unless it is part of a whitelisted word."""

    def __init__(self, rule: dict, doubled: dict):
        self.id = rule["id"]
        self.regex = re.compile(doubled["pattern"])
        self.whitelist = doubled["whitelist"]

    def _allowed(self, line: str, at: int, char: str) -> bool:
        pair = char + char
        for word in self.whitelist:
            offset = word.find(pair)
            while offset != -1:
                begin = at - offset
                if begin >= 0 and line[begin:begin + len(word)] == word:
                    return True
                offset = word.find(pair, offset + 1)
        return False

    def run(self, lines: list[str], skip_until: list[int]) -> list[Hit]:
        hits = []
        for index, line in enumerate(lines):
            for m in self.regex.finditer(line):
                char = m.group(1)
                if not self._allowed(line, m.start(), char):
                    hits.append(Hit(self.id, index, m.start(), m.end(), {"match": m.group(0), "char": char}))
        return hits
