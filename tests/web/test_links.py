"""Which source addresses become links: http(s) and relative ones, and nothing a browser
could run or read as another scheme."""

from __future__ import annotations

import pytest

from timeline.web.links import safe_link


@pytest.mark.parametrize(
    "url",
    ["https://apnews.com/article/x?a=1&b=2#p", "http://example.org", "HTTPS://EXAMPLE.ORG/",
     "articles/ap.html", "../articles/ap.html", "/articles/ap.html", "#source-ap",
     "?page=2"],
)  # fmt: skip
def test_http_and_relative_addresses_are_kept_as_they_are(url: str) -> None:
    assert safe_link(url) == url


@pytest.mark.parametrize(
    "url",
    ["javascript:alert(1)", "JaVaScRiPt:alert(1)", " javascript:alert(1)", "java\tscript:x",
     "java\nscript:x", "\x01javascript:x", "data:text/html,<script>x</script>",
     "vbscript:x", "file:///etc/passwd", "mailto:a@b.c", "//evil.example/x",
     "\\\\evil.example\\x", "https:evil.example", "http://", "https://exa mple.org",
     "https://[::1", "", None],
)  # fmt: skip
def test_any_other_address_is_never_a_link(url: str | None) -> None:
    assert safe_link(url) is None
