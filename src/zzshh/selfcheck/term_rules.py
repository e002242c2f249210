"""PR-TERM-*: fixed formulations (data/glossary.yml) stated with a wrong,
missing or reordered member.

Two kinds of term:
- enumeration terms (四个意识: members share 意识): an enumeration of such
  items next to the term, in the same sentence, is compared with the members.
  It counts as an attempt at the full list when an introducer (即、：) stands
  between, or when it has at most one item too few and at most two wrong;
  “增强政治意识、服务意识” after “四个意识” is then left alone.
- wording terms (两个维护: long members): when the term is followed by an
  introducer, each member must appear word for word in the rest of the
  sentence (quotes ignored)."""
import re

from .hits import Hit

SENTENCE_END = re.compile(r"[。！？!?]")
GAP_PUNCTUATION = set("“”\"‘’，,：:（()）、—–- \t\u3000")
QUOTES = re.compile(r"[“”\"‘’ \t\u3000]")
LEADING_CONNECTOR = re.compile(r"^(?:以及|和|与|及)")
MASK = "■"


class TermRules:
    def __init__(self, terms: list[dict], config: dict):
        self.terms = [(re.compile(t["pattern"]), t,
                       re.compile(t["enum"]) if t["enum"] else None,
                       re.compile(t["item"]) if t["item"] else None) for t in terms]
        self.connectors = config["connectors"]
        self.introducers = config["introducers"]
        self.max_gap = config["max_gap"]
        self.window = config["window"]

    def _consume_gap(self, text: str, start: int, limit: int) -> int:
        """End of the run of connector punctuation and words from start."""
        at = start
        while at < len(text) and at - start < limit:
            if text[at] in GAP_PUNCTUATION:
                at += 1
                continue
            word = next((w for w in self.connectors if text.startswith(w, at)), None)
            if word is None:
                break
            at += len(word)
        return at

    def _adjacent(self, gap: str) -> bool:
        return len(gap) <= self.max_gap and self._consume_gap(gap, 0, len(gap)) == len(gap)

    def _introduced(self, gap: str) -> bool:
        return any(word in gap for word in self.introducers)

    def run(self, lines: list[str]) -> list[Hit]:
        hits = []
        for index, line in enumerate(lines):
            found = []
            for order, (regex, term, enum_re, item_re) in enumerate(self.terms):
                for m in regex.finditer(line):
                    found.append((m.start(), m.end(), order))
            if not found:
                continue
            found.sort()
            for s_start, s_end in _sentences(line):
                inside = [f for f in found if s_start <= f[0] < s_end]
                if not inside:
                    continue
                sentence = line[s_start:s_end]
                masked = sentence
                for a, b, _ in inside:
                    masked = masked[:a - s_start] + MASK * (b - a) + masked[b - s_start:]
                for a, b, order in inside:
                    hits.extend(self._check(index, line, s_start, masked, a - s_start, b - s_start, self.terms[order]))
        return _unique(hits)

    def _check(self, index, line, offset, masked, a, b, entry) -> list[Hit]:
        _, term, enum_re, item_re = entry
        fields = {"term": term["term"], "wording": term["wording"]}
        if term["mode"] == "wording":
            return self._check_wording(index, line, offset, masked, a, b, term, fields)
        best = None
        for m in enum_re.finditer(masked):
            p, q = m.start(), m.end()
            if p >= b:
                gap, rank = masked[b:p], (0, p - b)
            elif q <= a:
                gap, rank = masked[q:a], (1, a - q)
            else:
                continue
            if self._adjacent(gap) and (best is None or rank < best[0]):
                best = (rank, m, gap)
        if best is None:
            return []
        _, m, gap = best
        members = term["members"]
        matched, wrong = [], []
        width = max(len(x) for x in members)
        for item in item_re.finditer(m.group(0)):
            clean = LEADING_CONNECTOR.sub("", QUOTES.sub("", item.group(0)))
            if term["mode"] == "suffix":
                member = next((x for x in members if clean.endswith(x)), None)
                shown = clean[-width:]
            else:
                member = next((x for x in members if clean.startswith(x)), None)
                shown = clean[:width]
            if member is None:
                wrong.append(shown)
            else:
                matched.append(member)
        items = len(matched) + len(wrong)
        attempt = self._introduced(gap) or (items >= len(members) - 1 and len(set(matched)) >= len(members) - 2)
        if not attempt:
            return []
        missing = [x for x in members if x not in matched]
        start, end = offset + m.start(), offset + m.end()
        if wrong or missing:
            parts = []
            if wrong:
                parts.append("".join(f"“{w}”" for w in wrong) + "不在其中")
            if missing:
                parts.append("缺少" + "".join(f"“{x}”" for x in missing))
            return [Hit("PR-TERM-001", index, start, end, dict(fields, detail="，".join(parts)))]
        order = list(dict.fromkeys(matched))
        if order != members:
            return [Hit("PR-TERM-002", index, start, end, fields)]
        return []

    def _check_wording(self, index, line, offset, masked, a, b, term, fields) -> list[Hit]:
        after = self._consume_gap(masked, b, self.max_gap)
        if not self._introduced(masked[b:after]):
            return []
        window = QUOTES.sub("", masked[after:after + self.window])
        for member in term["members"]:
            if member not in window:
                excerpt = line[offset + a:offset + after + 30]
                return [Hit("PR-TERM-003", index, offset + a, offset + b, fields, excerpt=excerpt)]
        return []


def _sentences(line: str):
    start = 0
    for m in SENTENCE_END.finditer(line):
        yield start, m.end()
        start = m.end()
    if start < len(line):
        yield start, len(line)


def _unique(hits: list[Hit]) -> list[Hit]:
    seen, out = set(), []
    for hit in hits:
        key = (hit.rule, hit.line, hit.start, hit.end)
        if key not in seen:
            seen.add(key)
            out.append(hit)
    return out
