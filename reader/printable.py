"""One sanitiser for everything the CLI prints: file names, URLs, titles, config values, error messages.

Feed text is cleaned at ingest, but a file name, a subscription URL or a config title reaches the terminal
untouched: an ESC in it can set the clipboard (OSC 52) or rewrite the screen, a newline can forge a second
result line, and bidi or invisible format characters can make a line read as something else. Whatever is
printed, in plain, Rich or JSON output, goes through here: C0 and C1 controls, DEL, bidi controls and
invisible format characters are shown as escapes (``\\x1b``, ``\\u202e``), and newlines as ``\\n``.
"""

from __future__ import annotations

import re

#: DEL, C1 controls, bidi controls and invisible format characters, as a character-class body.
_INVISIBLE = (
    "\x7f-\x9f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb"
    "\U000e0000-\U000e007f"
)
_UNSAFE = re.compile(f"[\x00-\x1f{_INVISIBLE}]")
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _escape(m: re.Match[str]) -> str:
    c = m.group()
    if c in _NAMED:
        return _NAMED[c]
    code = ord(c)
    if code < 0x100:
        return f"\\x{code:02x}"
    return f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"


def printable(text: object) -> str:
    """``text`` as one safe line: every control, bidi or invisible character shown as an escape."""
    s = str(text)
    return _UNSAFE.sub(_escape, s) if _UNSAFE.search(s) else s


def _json_escape(m: re.Match[str]) -> str:
    code = ord(m.group())
    if code < 0x10000:
        return f"\\u{code:04x}"
    code -= 0x10000  # a JSON escape outside the BMP is a UTF-16 surrogate pair
    return f"\\u{0xD800 + (code >> 10):04x}\\u{0xDC00 + (code & 0x3FF):04x}"


#: What ``json.dumps`` leaves raw in strings: C0 controls it escapes itself, and a raw newline in its output
#: is the indentation's.
_JSON_UNSAFE = re.compile(f"[{_INVISIBLE}]")


def json_printable(dumped: str) -> str:
    """JSON text (from ``json.dumps``) with the characters above written as ``\\uXXXX`` escapes: the same
    JSON value, and nothing a terminal acts on. (``json.dumps`` escapes C0 controls itself.)"""
    return _JSON_UNSAFE.sub(_json_escape, dumped) if _JSON_UNSAFE.search(dumped) else dumped
