"""Which source addresses may become links: http(s) and relative ones, nothing else.

A source's ``url`` is text from the events file. A browser follows ``javascript:`` and
``data:`` links as code, and reads a scheme through tabs, newlines and backslashes
(``java&#9;script:``), so an address with any of these is never written as a link.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

__all__ = ["safe_link"]

_SCHEMES = ("http", "https")
_UNSAFE = re.compile(r"[\x00-\x20\x7f-\x9f\\]")  # controls, white space, backslashes


def safe_link(url: str | None) -> str | None:
    """``url`` when it is an http(s) address or a relative one; None otherwise.

    >>> safe_link("https://apnews.com/article/1"), safe_link("../articles/ap.html")
    ('https://apnews.com/article/1', '../articles/ap.html')
    >>> [safe_link(url) for url in ("javascript:alert(1)", "JavaScript:x", "data:text/html,x",
    ...                             "java\\tscript:x", "//evil.example", "", None)]
    [None, None, None, None, None, None, None]
    """
    if not url or _UNSAFE.search(url) or url.startswith("//"):
        return None
    try:
        parts = urlsplit(url)
    except ValueError:  # an address urllib cannot read, such as a broken IPv6 host
        return None
    if parts.scheme:
        return url if parts.scheme.lower() in _SCHEMES and parts.netloc else None
    return None if ":" in url.split("/", 1)[0] else url
