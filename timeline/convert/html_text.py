"""HTML as the plain text a reader of it sees: tags dropped, entities decoded, blocks apart.

Other tools keep rich text in their files (``<p>``, ``<a href>``, ``<blockquote>``); an events
file holds plain text, so what a browser would show is kept and the markup is not.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

__all__ = ["is_url", "plain_text"]

_BLOCKS = frozenset(
    {"p", "div", "br", "li", "ul", "ol", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "tr"}
)
_HIDDEN = frozenset({"script", "style"})


def plain_text(html: str) -> str:
    """The text of an HTML fragment, on one line per block, spaces collapsed.

    >>> plain_text('<p>Take <a href="x">Ada&nbsp;Lovelace</a>:</p><p>a <b>first</b></p>')
    'Take Ada Lovelace:\\na first'
    >>> plain_text("5 < 6 & 7 > 3")
    '5 < 6 & 7 > 3'
    """
    parser = _TextParser()
    parser.feed(html)
    parser.close()
    lines = (" ".join(line.split()) for line in "".join(parser.parts).split("\n"))
    return "\n".join(line for line in lines if line)


class _TextParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _HIDDEN:
            self.hidden += 1
        elif tag in _BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _HIDDEN:
            self.hidden = max(0, self.hidden - 1)
        elif tag in _BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.hidden:
            self.parts.append(data)


_URL = re.compile(r"https?://\S+")


def is_url(text: str) -> bool:
    """Whether text is one web address and nothing else.

    >>> is_url("https://example.org/a"), is_url("<blockquote>x</blockquote>")
    (True, False)
    """
    return _URL.fullmatch(text.strip()) is not None
