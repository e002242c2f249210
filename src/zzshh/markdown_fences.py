"""Fenced code blocks in Markdown sources: the one scanner the heading check
and the proofreading mask share. As in CommonMark, a fence closes only on a
line of the same character, at least as long, with nothing after it: a
```python line inside a ``` fence is content, not its end."""
import re

FENCE = re.compile(r"^[ \t]*(`{3,}|~{3,})")


def fenced(lines: list[str]) -> list[bool]:
    """For each line: is it a fence line or inside a fenced block?"""
    found, fence = [], None
    for line in lines:
        match = FENCE.match(line)
        if fence is None:
            if match:
                fence = match.group(1)
            found.append(fence is not None)
            continue
        found.append(True)
        if match and match.group(1)[0] == fence[0] and len(match.group(1)) >= len(fence) \
                and not line[match.end():].strip():
            fence = None
    return found
