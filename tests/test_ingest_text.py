"""Cleaning and normalisation shared by every reader: markup never survives, dates are ISO."""

from __future__ import annotations

import re
import time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from knowledge.ingest.text import (
    date_from_struct,
    html_to_text,
    normalise_date,
    normalise_source,
    one_line,
    plain_text,
    source_from_url,
)

_TAG = re.compile(r"<[A-Za-z!][^>]*>|</[A-Za-z][^>]*>")


@pytest.mark.parametrize(
    ("markup", "text"),
    [
        (
            "<p>Hi<script>alert(1)</script> <b>tags</b> &amp; co</p><p>next</p>",
            "Hi tags & co\n\nnext",
        ),
        ("&lt;script&gt;alert(1)&lt;/script&gt;kept", "kept"),
        ("&amp;lt;b&amp;gt;twice escaped&amp;lt;/b&amp;gt;", "twice escaped"),
        ("<style>p { color: red }</style>Text", "Text"),
        ("<<b>b>", ""),
        ("<![weird section]>after", "after"),
        ("a < b and c > d", "a < b and c > d"),
        ("line one<br>line   two", "line one\nline two"),
    ],
)
def test_html_to_text(markup: str, text: str) -> None:
    assert html_to_text(markup) == text


_PIECES = [
    "<",
    ">",
    "/",
    "!",
    "&",
    "amp;",
    "lt;",
    "gt;",
    "#60;",
    "script",
    "b",
    "<![",
    "]",
    "-",
    " ",
]


@given(st.lists(st.sampled_from(_PIECES), max_size=30).map("".join))
def test_html_to_text_never_leaves_a_tag(markup: str) -> None:
    assert _TAG.search(html_to_text(markup)) is None


def test_plain_text_leaves_clean_text_alone() -> None:
    text = "Junior H's \u2018DEPR</3$$ED MFKZ\u2019 tops the chart\n\n\n\nR&B  news"
    assert plain_text(text) == "Junior H's \u2018DEPR</3$$ED MFKZ\u2019 tops the chart\n\nR&B news"


def test_one_line_title() -> None:
    assert one_line("Mara Lind Announces <em>Wuthering\nHeights</em>") == (
        "Mara Lind Announces Wuthering Heights"
    )


@pytest.mark.parametrize(
    ("raw", "day"),
    [
        ("2017-05-08", "2017-05-08"),
        (" 2017-05-08 ", "2017-05-08"),
        ("2017-05-08T23:30:00-05:00", "2017-05-08"),
        ("2017-05-08T10:00:00Z", "2017-05-08"),
        ("Fri, 21 Aug 2026 22:15:02 -0500", "2026-08-21"),
        ("21 Aug 2026 22:15:02 GMT", "2026-08-21"),
        ("2017-02-30", None),
        ("yesterday", None),
        ("", None),
    ],
)
def test_normalise_date(raw: str, day: str | None) -> None:
    assert normalise_date(raw) == day


def test_date_from_struct() -> None:
    assert date_from_struct(time.strptime("2004-04-06", "%Y-%m-%d")) == "2004-04-06"
    assert date_from_struct(None) is None


def test_sources() -> None:
    assert source_from_url("https://www.nme.com/news/x") == "nme.com"
    assert source_from_url("https://Pitchfork.com/x") == "pitchfork.com"
    assert source_from_url("roadie:article/seed") == "local"
    assert source_from_url("http://[bad") == "local"
    assert normalise_source("www.stereogum.com") == "stereogum.com"
    assert normalise_source("NME") == "NME"
