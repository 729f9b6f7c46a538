"""A small events file for the web outputs: sources with good and bad addresses, and
titles that would be markup, math or script if they were not kept as text."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

HOSTILE = "<script>alert('x')</script> & \"Q\" $x^2$ \u200fمرحبا\u200e end"
"""A title that is markup, an entity, quotes, math, and right-to-left text with its marks."""

WEB_FILE = f"""\
title: 'Web & <b>friends</b>'
countries:
  US: {{name: United States}}
  JP: {{name: Japan}}
  KR: {{name: South Korea}}
actors:
  blinken: {{name: Antony Blinken, country: US, role: Secretary of State}}
  motegi: {{name: Toshimitsu Motegi, country: JP, role: Minister for Foreign Affairs}}
  chung: {{name: Chung Eui-yong, country: KR, role: Minister of Foreign Affairs}}
sources:
  ap: {{file: ap.txt, outlet: The Associated Press, date: 2021-03-17,
        url: "https://apnews.com/article/a?b=1&c=2"}}
  evil: {{file: evil.txt, outlet: "Evil <i>Outlet</i>", date: 2021-03-18,
          url: "javascript:alert(1)"}}
  local: {{file: local.txt, outlet: Local copy, date: 2021-03-19, url: articles/local.html}}
events:
  - id: talks
    title: US–Japan talks
    date: 2021-03-16
    kind: meeting
    status: held
    location: Tokyo
    actors: [blinken, motegi]
    sources:
      - {{source: ap, quote: "the talks in Tokyo"}}
  - id: hostile
    title: {json.dumps(HOSTILE, ensure_ascii=False)}
    date: "[2021-03-17..2021-03-19]"
    kind: statement
    status: planned
    actors: [chung]
    sources:
      - {{source: evil, quote: "<img src=x onerror=alert(1)>"}}
      - {{source: ap, quote: "said on Wednesday"}}
  - id: seoul
    title: Blinken in Seoul
    date: 2021-03-17/2021-03-18
    kind: trip
    status: held
    location: Seoul
    actors: [blinken, chung]
    sources:
      - {{source: local, quote: "arrived in Seoul"}}
  - id: later
    title: Talks about talks
    date: 2021-04~
    kind: call
    status: held
    actors: [blinken, motegi, chung]
    sources:
      - {{source: evil, quote: "a call"}}
"""


@pytest.fixture
def web_file(tmp_path: Path) -> Path:
    path = tmp_path / "events.yaml"
    path.write_text(WEB_FILE, encoding="utf-8")
    return path
