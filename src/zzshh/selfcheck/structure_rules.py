"""PR-STRUCT-* and PR-HINT-*: the four parts, numbering, empty parts,
problems without causes or measures, and hints on thin problem statements.

Numbering levels: 一、 (1), （一） (2), 1. (3), （1） (4); “一是、二是” inside
the text is followed separately. A level restarts at 1 under each heading of
a higher level."""
import re
from dataclasses import dataclass

from .hits import Hit
from .ruleset import HAN
from .text import shorten

PREFIX = re.compile(r"^[ \t\u3000]*(?:#{1,6}[ \t]+)?(?:\*\*|__)?[ \t\u3000]*")
LEVELS = (
    (1, re.compile(r"^([一二三四五六七八九十]{1,3})([、．.])")),
    (2, re.compile(r"^([（(])([一二三四五六七八九十]{1,3})([）)])(、?)")),
    (3, re.compile(r"^([0-9]{1,2})([.．、])(?![0-9])")),
    (4, re.compile(r"^([（(])([0-9]{1,2})([）)])")),
)
LEVEL_NAMES = {1: "一级", 2: "二级", 3: "三级", 4: "四级"}
INLINE = re.compile(r"(?<![^。；：，！？;:,!?）)*\t \u3000])([一二三四五六七八九十])是(?![否非])")
TITLE_END = re.compile(r"[。：:]")
HAN_CHAR = re.compile(f"[{HAN}]")
DIGITS = "一二三四五六七八九"
TRIM = " \t\u3000*#_-"
TRIM_EMPTY = " \t\u3000*_。，：:；"
AREA_LABEL = 16


def cn_value(text: str) -> int:
    """一 … 九十九 -> 1 … 99; 0 when it is not a plain numeral."""
    if "十" not in text:
        return DIGITS.index(text) + 1 if len(text) == 1 else 0
    tens, _, ones = text.partition("十")
    if len(tens) > 1 or len(ones) > 1 or "十" in ones:
        return 0
    return (DIGITS.index(tens) + 1 if tens else 1) * 10 + (DIGITS.index(ones) + 1 if ones else 0)


def cn_format(number: int) -> str:
    tens, ones = divmod(number, 10)
    head = "" if tens == 0 else ("十" if tens == 1 else DIGITS[tens - 1] + "十")
    return head + (DIGITS[ones - 1] if ones else "")


def label(level: int, number: int) -> str:
    if level == 1:
        return cn_format(number) + "、"
    if level == 2:
        return f"（{cn_format(number)}）"
    if level == 3:
        return f"{number}."
    return f"（{number}）"


@dataclass
class Marker:
    level: int
    value: int
    start: int      # of the marker within the line
    end: int
    raw: str
    style: str
    title: str      # text after the marker up to the first 。 or ：
    body: str       # text after that punctuation mark


def parse_marker(line: str) -> Marker | None:
    start = PREFIX.match(line).end()
    rest = line[start:]
    for level, regex in LEVELS:
        m = regex.match(rest)
        if not m:
            continue
        if level in (1, 2):
            value = cn_value(m.group(1) if level == 1 else m.group(2))
        else:
            value = int(m.group(1 if level == 3 else 2))
        if value == 0:
            return None
        if level == 1:
            style = m.group(2)
        elif level == 2:
            style = m.group(1) + m.group(3) + m.group(4)
        elif level == 3:
            style = "、" if m.group(2) == "、" else "."
        else:
            style = m.group(1) + m.group(3)
        end = start + m.end()
        text = line[end:].rstrip(" \t\u3000*_")
        cut = TITLE_END.search(text)
        title, body = (text[:cut.start()], text[cut.end():]) if cut else (text, "")
        return Marker(level, value, start, end, m.group(0), style, title, body)
    return None


class StructureRules:
    def __init__(self, config: dict):
        self.parts = config["parts"]
        self.order = [p["id"] for p in self.parts]
        self.names = {p["id"]: p["name"] for p in self.parts}
        # A part some branches report orally is a warning when missing, not an error.
        self.missing_severity = {p["id"]: p.get("missing_severity", "") for p in self.parts}
        self.keywords = {p["id"]: p["keywords"] for p in self.parts}
        self.classify_order = config["classify_order"]
        self.topics = config["topics"]
        self.min_chars = int(config["min_area_chars"])
        self.concrete = re.compile(config["concrete"])

    def classify(self, title: str) -> str:
        for part in self.classify_order:
            if any(word in title for word in self.keywords[part]):
                return part
        return ""

    def run(self, lines: list[str], markers: list[Marker | None]) -> list[Hit]:
        headings = [(i, m, self.classify(m.title)) for i, m in enumerate(markers) if m and m.level == 1]
        partial = len({part for _, _, part in headings if part}) < 2
        hits = self._numbering(lines, markers, partial)
        hits += self._empty(lines, markers, headings)
        sections = self._sections(lines, headings)
        hits += self._hints(lines, markers, sections)
        if partial:
            first = next((i for i, line in enumerate(lines) if line.strip(TRIM)), None)
            if first is not None:
                hits.append(Hit("PR-STRUCT-008", first, 0, len(lines[first])))
            return hits
        hits += self._parts(lines, headings)
        hits += self._answered(lines, markers, sections)
        return hits

    def _numbering(self, lines, markers, partial) -> list[Hit]:
        hits = []
        previous = {1: 0, 2: 0, 3: 0, 4: 0}
        first_style = {3: None, 4: None}
        inline = 0
        for index, m in enumerate(markers):
            if m:
                for level in range(m.level + 1, 5):
                    previous[level] = 0
                    first_style[level] = None
                if m.level <= 3:
                    inline = 0
                expected = previous[m.level] + 1
                if m.value != expected and not (partial and m.level == 1 and previous[1] == 0):
                    hits.append(Hit("PR-STRUCT-003", index, m.start, m.end, {
                        "level": LEVEL_NAMES[m.level], "found": m.raw, "expected": label(m.level, expected)}))
                previous[m.level] = m.value
                detail = self._style(m, first_style)
                if detail:
                    hits.append(Hit("PR-STRUCT-004", index, m.start, m.end, {"detail": detail}))
            for im in INLINE.finditer(lines[index]):
                value = cn_value(im.group(1))
                if value != 1 and value != inline + 1:
                    hits.append(Hit("PR-STRUCT-007", index, im.start(), im.end(), {
                        "found": im.group(0), "expected": cn_format(inline + 1) + "是"}))
                inline = value
        return hits

    @staticmethod
    def _style(m: Marker, first_style: dict) -> str:
        if m.level == 1 and m.style != "、":
            return f"一级序号“{m.raw}”应写作“{label(1, m.value)}”。"
        if m.level == 2 and m.style != "（）":
            return f"二级序号“{m.raw}”应写作“{label(2, m.value)}”。"
        if m.level == 4 and m.style != "（）":
            return f"四级序号“{m.raw}”应写作“{label(4, m.value)}”。"
        if m.level == 3:
            if first_style[3] is None:
                first_style[3] = m.style
            elif first_style[3] != m.style:
                return f"三级序号“{m.raw}”与同一级前面序号的写法不一致（一个用“.”，一个用“、”）。"
        return ""

    def _empty(self, lines, markers, headings) -> list[Hit]:
        hits = []
        bounds = [i for i, _, _ in headings] + [len(lines)]
        for k, (index, m, _) in enumerate(headings):
            section = lines[index + 1:bounds[k + 1]]
            if not m.body.strip(TRIM) and not any(line.strip(TRIM) for line in section):
                hits.append(Hit("PR-STRUCT-005", index, m.start, m.end + len(m.title),
                                {"part": shorten(m.raw + m.title, 30)}))
        for index, m in enumerate(markers):
            if not m or m.level != 2 or (m.title + m.body).strip(TRIM_EMPTY):
                continue
            following = next((j for j in range(index + 1, len(lines)) if lines[j].strip(TRIM)), None)
            if following is None or (markers[following] and markers[following].level <= 2):
                hits.append(Hit("PR-STRUCT-005", index, m.start, m.end, {"part": m.raw}))
        return hits

    @staticmethod
    def _sections(lines, headings) -> dict[str, list[tuple[int, int]]]:
        """Part id -> [(first line, end line)] of each section, heading included."""
        sections = {}
        bounds = [i for i, _, _ in headings] + [len(lines)]
        for k, (index, _, part) in enumerate(headings):
            if part:
                sections.setdefault(part, []).append((index, bounds[k + 1]))
        return sections

    @staticmethod
    def _areas(markers, sections):
        """(line, marker, body text line indices) of each （N） area in part 二."""
        for start, end in sections.get("problems", []):
            areas = [i for i in range(start + 1, end) if markers[i] and markers[i].level == 2]
            for k, index in enumerate(areas):
                stop = areas[k + 1] if k + 1 < len(areas) else end
                yield index, markers[index], range(index + 1, stop)

    @staticmethod
    def _area_label(m: Marker) -> str:
        return m.raw + shorten(m.title, AREA_LABEL)

    def _hints(self, lines, markers, sections) -> list[Hit]:
        hits = []
        for index, m, body_lines in self._areas(markers, sections):
            body = "\n".join([m.body] + [lines[i] for i in body_lines])
            count = len(HAN_CHAR.findall(body))
            if count == 0 and not HAN_CHAR.search(m.title):
                continue  # an empty area: PR-STRUCT-005
            fields = {"area": self._area_label(m), "count": str(count)}
            span = (m.start, m.end + len(m.title))
            if count < self.min_chars:
                hits.append(Hit("PR-HINT-001", index, *span, fields))
            elif not self.concrete.search(body):
                hits.append(Hit("PR-HINT-002", index, *span, fields))
        return hits

    def _parts(self, lines, headings) -> list[Hit]:
        hits = []
        present = {}
        for index, m, part in headings:
            if part and part not in present:
                present[part] = (index, m)
        missing = {}  # (heading line, severity) -> names of the parts missing before it
        for k, part in enumerate(self.order):
            if part in present:
                continue
            later = [present[p][0] for p in self.order[k + 1:] if p in present]
            where = later[0] if later else headings[-1][0]
            missing.setdefault((where, self.missing_severity[part]), []).append(self.names[part])
        for (index, severity), names in missing.items():
            m = next(m for i, m, _ in headings if i == index)
            hits.append(Hit("PR-STRUCT-001", index, m.start, m.end + len(m.title), {"part": "”和“".join(names)},
                            severity))
        furthest = -1
        for part, (index, m) in sorted(present.items(), key=lambda item: item[1][0]):
            rank = self.order.index(part)
            if rank < furthest:
                hits.append(Hit("PR-STRUCT-002", index, m.start, m.end + len(m.title), {
                    "part": self.names[part], "before": self.names[self.order[furthest]]}))
            else:
                furthest = rank
        return hits

    def _answered(self, lines, markers, sections) -> list[Hit]:
        if not all(p in sections for p in ("problems", "causes", "measures")):
            return []
        texts = {part: "\n".join(lines[i] for start, end in sections[part] for i in range(start, end))
                 for part in ("causes", "measures")}
        answered = {part: [any(word in texts[part] for word in t["answer"]) for t in self.topics]
                    for part in ("causes", "measures")}
        hits = []
        for index, m, _ in self._areas(markers, sections):
            topics = [k for k, t in enumerate(self.topics) if any(word in m.title for word in t["area"])]
            if not topics:
                continue
            if not any(answered[part][k] for part in ("causes", "measures") for k in topics):
                hits.append(Hit("PR-STRUCT-006", index, m.start, m.end + len(m.title),
                                {"area": self._area_label(m)}))
        return hits
