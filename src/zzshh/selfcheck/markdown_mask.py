"""Blank out the parts of a site page that are not prose, keeping every line
and column where it was: front matter, fenced code, HTML comments, script
and style elements, HTML tags,
inline code, link targets, URLs, attribute lists, snippet lines and the
syntax of admonition, details and tab headers (their titles stay)."""
import re

from zzshh.markdown_fences import fenced
COMMENT = re.compile(r"<!--.*?(?:-->|\Z)|<(script|style)\b[^>]*>.*?</\1\s*>", re.S | re.I)
INLINE = [
    re.compile(r"(`+)[^`\n]+?\1"),                                 # inline code
    re.compile(r"(?<=\])\((?:[^()\n]|\([^()\n]*\))*\)"),           # (target) of [text](target)
    re.compile(r"^[ \t]*\[[^\]\n]+\]:[^\n]*$", re.M),              # [ref]: target
    re.compile(r"<(?:https?|ftp|mailto):[^>\n]*>"),                # <autolink>
    re.compile(r"(?:https?|ftp)://[^\s<>\"'）)\]]+"),              # bare URL
    re.compile(r"</?[A-Za-z][^<>\n]*>"),                           # HTML tag
    re.compile(r"\{[ \t]*[:.#][^{}\n]*\}"),                        # { .attr-list }
    re.compile(r"^[ \t]*-{2}8<-{2}.*$", re.M),                     # snippet include
]
BLOCK_HEADER = re.compile(r'^([ \t]*(?:!!!|\?\?\?\+?|===\+?)(?:[ \t]+[A-Za-z][\w-]*)*[ \t]*")([^"\n]*)(")', re.M)
BLOCK_HEADER_BARE = re.compile(r"^[ \t]*(?:!!!|\?\?\?\+?)[ \t]+[A-Za-z][\w -]*$", re.M)


def _blank(text: str) -> str:
    return re.sub(r"[^\n]", " ", text)


def mask_markdown(text: str) -> str:
    if text.startswith("\ufeff"):
        text = text[1:]
    lines = text.split("\n")
    if lines and lines[0].strip() == "---":
        end = next((i for i in range(1, len(lines)) if lines[i].strip() in ("---", "...")), None)
        if end is not None:
            for i in range(end + 1):
                lines[i] = _blank(lines[i])
    lines = [_blank(line) if inside else line for line, inside in zip(lines, fenced(lines))]
    text = "\n".join(lines)
    text = COMMENT.sub(lambda m: _blank(m.group(0)), text)
    for regex in INLINE:
        text = regex.sub(lambda m: _blank(m.group(0)), text)
    text = BLOCK_HEADER.sub(lambda m: _blank(m.group(1)) + m.group(2) + _blank(m.group(3)), text)
    return BLOCK_HEADER_BARE.sub(lambda m: _blank(m.group(0)), text)
