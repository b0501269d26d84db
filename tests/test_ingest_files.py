"""Local files of every supported format, good and bad, through `read_sources`."""

from __future__ import annotations

import json
import os
import shutil
import tracemalloc
from pathlib import Path

import pytest

from knowledge.ingest.assemble import MAX_BODY_BYTES
from knowledge.ingest.feeds import parse_feed_bytes
from knowledge.ingest.loader import add_articles
from knowledge.ingest.sources import read_sources
from knowledge.records import ArticleRecord, Problem
from knowledge.store import KnowledgeBase

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"


def read(*names: str) -> list[ArticleRecord | Problem]:
    return list(read_sources(str(FIXTURES / name) for name in names))


def records(items: list[ArticleRecord | Problem]) -> list[ArticleRecord]:
    return [item for item in items if isinstance(item, ArticleRecord)]


def problems(items: list[ArticleRecord | Problem]) -> list[Problem]:
    return [item for item in items if isinstance(item, Problem)]


def test_seed_article_gets_a_stable_url() -> None:
    [article] = read("000_2f8b067994f84289.txt")
    assert isinstance(article, ArticleRecord)
    assert article.url == "roadie:article/000_2f8b067994f84289"
    assert article.title == "Relive the epic 'Post Pop Depression'"
    assert article.date == "2017-05-08"
    assert article.source == "local"
    assert article.body.startswith("Iggy Pop has unveiled the first trailer")
    assert "\n\n" in article.body


def test_same_file_elsewhere_is_the_same_article(tmp_path: Path) -> None:
    copy = tmp_path / "elsewhere" / "000_2f8b067994f84289.txt"
    copy.parent.mkdir()
    shutil.copy(FIXTURES / "000_2f8b067994f84289.txt", copy)
    [moved] = read_sources([str(copy)])
    [original] = read("000_2f8b067994f84289.txt")
    assert moved == original


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("bad_date.txt", "bad date '2017-13-45'"),
        ("no_title.txt", "no title"),
        ("empty_body.txt", "empty body"),
    ],
)
def test_bad_plain_text(name: str, reason: str) -> None:
    assert read(name) == [Problem(str(FIXTURES / name), reason)]


def test_plain_text_that_is_not_an_article(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("shopping list\n\nmilk\n")
    (tmp_path / "latin1.txt").write_bytes(b"date 2017-05-08 Caf\xe9\n\nbody\n")
    items = list(read_sources([str(tmp_path)]))
    assert [item.reason for item in problems(items)] == [
        "not UTF-8 text (invalid continuation byte at byte 19)",
        "first line is not 'date YYYY-MM-DD Title'",
    ]


def test_jsonl_samples_read_completely() -> None:
    items = read("someparty_sample.jsonl", "headlines_sample.jsonl")
    assert len(records(items)) == 40
    assert not problems(items)
    first = records(items)[0]
    assert first.source == "someparty.ca"
    assert first.body
    headline = records(items)[20]
    assert headline.body == ""
    assert headline.source == "pitchfork.com"


def test_bad_jsonl_lines_are_reported_and_skipped() -> None:
    where = str(FIXTURES / "bad_records.jsonl")
    items = read("bad_records.jsonl")
    assert problems(items) == [
        Problem(f"{where}:2", "bad date '2019-02-30'"),
        Problem(f"{where}:3", "no title"),
        Problem(f"{where}:4", "not UTF-8 (invalid continuation byte at byte 14)"),
        Problem(f"{where}:5", "invalid JSON (Expecting value at column 1)"),
        Problem(f"{where}:6", "no url"),
        Problem(f"{where}:7", "record is a JSON list, not an object"),
    ]
    first, markup, rfc822 = records(items)
    assert first.title == "Quill Fathom sign to Harbor Lane Records"
    assert markup.title == "Mara Lind Announces Wuthering Heights Soundtrack"
    assert markup.date == "2025-11-13"
    assert markup.source == "news.invented.example"
    assert rfc822.date == "2026-08-21"
    assert rfc822.source == "nme.com"
    assert rfc822.body == "Body with tags"


def test_json_document_with_a_list() -> None:
    items = read("records.json")
    assert [type(item) for item in items] == [ArticleRecord, Problem]
    assert items[1] == Problem(f"{FIXTURES / 'records.json'}[1]", "bad date 'yesterday'")


def test_json_feed_names(tmp_path: Path) -> None:
    feed = {
        "version": "https://jsonfeed.org/version/1.1",
        "items": [
            {
                "url": "https://example.com/a",
                "title": "A",
                "date_published": "2024-01-02T03:04:05Z",
                "content_html": "<p>Hello <script>x()</script>world</p>",
            },
            {"url": "https://example.com/b", "title": 7, "date": "2024-01-02"},
        ],
    }
    (tmp_path / "feed.json").write_text(json.dumps(feed))
    items = list(read_sources([str(tmp_path / "feed.json")]))
    assert items[0] == ArticleRecord(
        url="https://example.com/a",
        title="A",
        date="2024-01-02",
        source="example.com",
        body="Hello world",
    )
    assert isinstance(items[1], Problem)
    assert items[1].reason == "field 'title' is int, not text"


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b'{"no": "list"}', "no list of records in the JSON document"),
        (b"[1, 2", "invalid JSON (Expecting ',' delimiter at line 1)"),
        (b"[]", "no records found"),
        (b'["\xff"]', "not UTF-8 (invalid start byte at byte 2)"),
    ],
)
def test_bad_json_documents(tmp_path: Path, content: bytes, reason: str) -> None:
    path = tmp_path / "records.json"
    path.write_bytes(content)
    assert list(read_sources([str(path)])) == [Problem(str(path), reason)]


def test_body_over_the_limit(tmp_path: Path) -> None:
    body = "x" * 10_000_000
    path = tmp_path / "huge.jsonl"
    line = {"title": "Huge", "date": "2020-01-01", "url": "https://example.com/h", "body": body}
    small = {**line, "url": "https://example.com/s", "body": "small"}
    path.write_text(json.dumps(line) + "\n" + json.dumps(small) + "\n")
    items = list(read_sources([str(path)]))
    assert items[0] == Problem(
        f"{path}:1", f"body too large (10000000 bytes, limit {MAX_BODY_BYTES})"
    )
    assert isinstance(items[1], ArticleRecord)


def test_oversized_inputs_are_skipped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("knowledge.ingest.walk.MAX_INPUT_BYTES", 100)
    monkeypatch.setattr("knowledge.ingest.jsonrecords.MAX_INPUT_BYTES", 100)
    (tmp_path / "big.xml").write_bytes(b"<rss>" + b" " * 200 + b"</rss>")
    good = json.dumps({"title": "T", "date": "2020-01-01", "url": "https://e.com/x"})
    (tmp_path / "long.jsonl").write_text("x" * 250 + "\n" + good + "\n")
    items = list(read_sources([str(tmp_path)]))
    assert items[0] == Problem(str(tmp_path / "big.xml"), "file too large (211 bytes, limit 100)")
    assert items[1] == Problem(f"{tmp_path / 'long.jsonl'}:1", "line longer than 100 bytes")
    assert isinstance(items[2], ArticleRecord)
    assert items[2].url == "https://e.com/x"


def test_jsonl_is_streamed(tmp_path: Path) -> None:
    path = tmp_path / "many.jsonl"
    line = json.dumps(
        {"title": "T", "date": "2020-01-01", "url": "https://e.com/x", "body": "b" * 400}
    )
    with path.open("w") as out:
        for _ in range(50_000):
            out.write(line + "\n")
    tracemalloc.start()
    try:
        count = sum(1 for _ in read_sources([str(path)]))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert count == 50_000
    assert path.stat().st_size > 20_000_000
    assert peak < 2_000_000


def test_feed_with_scripts_and_tags() -> None:
    where = str(FIXTURES / "script_item.xml")
    items = read("script_item.xml")
    escaped, relative = items
    assert escaped == ArticleRecord(
        url="https://example.com/escaped",
        title="Escaped markup in title",
        date="2026-08-21",
        source="example.com",
        body="Before and tags after",
    )
    assert relative == Problem(
        f"{where} entry 1 </relative/cdata>", "link is not an absolute http(s) URL"
    )


def test_feed_file_and_bytes_agree() -> None:
    path = FIXTURES / "inyourbones_feed.xml"
    from_file = read("inyourbones_feed.xml")
    assert list(parse_feed_bytes(path.read_bytes(), str(path))) == from_file
    assert len(records(from_file)) == 5
    assert {item.source for item in records(from_file)} >= {"pitchfork.com", "nme.com"}
    assert all(item.date == "2026-08-21" for item in records(from_file))


def test_truncated_feeds() -> None:
    where = str(FIXTURES / "truncated.xml")
    items = read("truncated.xml", "truncated_early.xml")
    assert items[0] == Problem(
        where, "malformed feed (<unknown>:5:0: no element found); its 2 entries were read"
    )
    assert items[1] == ArticleRecord(
        url="https://example.com/first",
        title="First story survives",
        date="2017-05-08",
        source="example.com",
        body="Complete item.",
    )
    assert items[2] == Problem(f"{where} entry 1", "no date in the entry or the feed")
    assert items[3] == Problem(
        str(FIXTURES / "truncated_early.xml"),
        "not a readable feed (<unknown>:3:0: no element found)",
    )


def test_feed_entries_fall_back_to_the_feed_date() -> None:
    feed = b"""<rss version="2.0"><channel><lastBuildDate>Sat, 22 Aug 2026 13:26:36 +0000
    </lastBuildDate><item><title>Undated</title><link>https://e.com/u</link></item>
    <item><title>Dated</title><link>https://e.com/d</link><pubDate>Mon, 08 May 2017 10:00:00 GMT
    </pubDate></item></channel></rss>"""
    undated, dated = parse_feed_bytes(feed, "memory")
    assert isinstance(undated, ArticleRecord)
    assert undated.date == "2026-08-22"
    assert isinstance(dated, ArticleRecord)
    assert dated.date == "2017-05-08"


def test_atom_and_rss1_feeds() -> None:
    atom = b"""<feed xmlns="http://www.w3.org/2005/Atom"><title>t</title>
    <entry><title type="html">A &lt;i&gt;title&lt;/i&gt;</title>
    <link href="https://e.com/atom"/><updated>2020-02-03T04:05:06Z</updated>
    <summary>short</summary><content type="html">&lt;p&gt;longer content&lt;/p&gt;</content>
    </entry></feed>"""
    rss1 = b"""<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
    xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
    <item rdf:about="https://e.com/rdf"><title>R</title><link>https://e.com/rdf</link>
    <dc:date>2019-09-09</dc:date></item></rdf:RDF>"""
    assert list(parse_feed_bytes(atom, "atom")) == [
        ArticleRecord("https://e.com/atom", "A title", "2020-02-03", "e.com", "longer content")
    ]
    assert list(parse_feed_bytes(rss1, "rss1")) == [
        ArticleRecord("https://e.com/rdf", "R", "2019-09-09", "e.com", "")
    ]


def test_html_page() -> None:
    [page] = read("www.usmagazine.com.html")
    assert isinstance(page, ArticleRecord)
    assert page.url.startswith("https://www.usmagazine.com/celebrity-news/news/lady-gaga")
    assert page.source == "usmagazine.com"
    assert page.date == "2016-12-07"
    assert page.title.startswith("Lady Gaga Shares Photo of Ex Taylor Kinney")
    assert "<" not in page.body
    assert "Little Monsters" in page.body


def test_html_page_without_a_date() -> None:
    assert read("not_a_page.html") == [
        Problem(str(FIXTURES / "not_a_page.html"), "no date found in the page")
    ]


def test_html_page_without_a_canonical_url(tmp_path: Path) -> None:
    paragraph = "<p>The band played every song from the record, then three more. </p>" * 8
    page = (
        '<html><head><title>Live review</title><meta property="article:published_time"'
        f' content="2021-06-05"></head><body><article><h1>Live review</h1>{paragraph}'
        "<script>alert(1)</script></article></body></html>"
    )
    path = tmp_path / "review.html"
    path.write_text(page)
    [item] = read_sources([str(path)])
    assert isinstance(item, ArticleRecord)
    assert (item.url, item.date, item.source) == ("roadie:article/review", "2021-06-05", "local")
    assert "The band played every song" in item.body
    assert "alert" not in item.body


def test_walk_is_sorted_and_skips_hidden(tmp_path: Path) -> None:
    for name in ("b", "a", ".hidden"):
        (tmp_path / name).mkdir()
        shutil.copy(FIXTURES / "000_2f8b067994f84289.txt", tmp_path / name / "seed.txt")
    (tmp_path / ".secret.txt").write_text("date 2020-01-01 T\n\nbody")
    (tmp_path / "a" / "README.md").write_text("# notes")
    items = list(read_sources([str(tmp_path)]))
    assert items == [
        Problem(
            str(tmp_path / "a" / "README.md"), "not a supported format (by extension or content)"
        ),
        items[1],
        items[1],
    ]
    assert isinstance(items[1], ArticleRecord)


def test_content_is_sniffed_without_an_extension(tmp_path: Path) -> None:
    shutil.copy(FIXTURES / "inyourbones_feed.xml", tmp_path / "feed")
    shutil.copy(FIXTURES / "000_2f8b067994f84289.txt", tmp_path / "article")
    shutil.copy(FIXTURES / "headlines_sample.jsonl", tmp_path / "lines")
    items = list(read_sources([str(tmp_path)]))
    assert not problems(items)
    assert len(items) == 1 + 5 + 20


def test_special_files_are_not_read(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.jsonl"
    os.mkfifo(fifo)
    assert list(read_sources([str(tmp_path)])) == [Problem(str(fifo), "not a regular file")]


def test_missing_source_is_a_problem() -> None:
    assert list(read_sources(["/no/such/place.txt"])) == [
        Problem("/no/such/place.txt", "no such file, directory or URL")
    ]


def test_read_sources_is_lazy() -> None:
    stream = read_sources(iter(["/no/such/place.txt", str(FIXTURES / "records.json")]))
    assert isinstance(next(stream), Problem)


def test_only_web_links_are_stored(tmp_path: Path) -> None:
    """`javascript:` and `data:` URLs used to be stored and put as-is into buttons and embeds."""
    lines = [
        {"url": "javascript:alert(document.cookie)", "title": "Band Tours", "date": "2025-01-02"},
        {"url": "data:text/html,<b>hi</b>", "title": "Band Signs", "date": "2025-01-03"},
        {"url": "https://user:pw@news.example/a", "title": "Band Splits", "date": "2025-01-04"},
    ]
    path = tmp_path / "links.jsonl"
    path.write_text("\n".join(json.dumps(line) for line in lines), encoding="utf-8")
    kb = KnowledgeBase.in_memory()
    report = add_articles(kb, read_sources([str(path)]))
    assert (report.added, report.skipped) == (3, 0)
    assert [note.where for note in report.notes] == [f"{path}:1", f"{path}:2"]
    assert all("not an http(s) link" in note.reason for note in report.notes)
    urls = sorted(str(r[0]) for r in kb.query("SELECT url FROM articles"))
    assert urls[0] == "https://news.example/a"
    assert all(url.startswith("roadie:record/") for url in urls[1:])
    again = add_articles(kb, read_sources([str(path)]))
    assert again.unchanged == 3, "a link-less record keeps its identity"


@pytest.mark.parametrize("shape", ["rss", "atom", "rss1"])
def test_an_item_cap_cuts_the_feed_before_it_is_parsed(shape: str) -> None:
    """Parsing every entry of a big feed took feedparser seconds however few were kept."""
    entry = {
        "rss": "<item><title>T{n}</title><link>https://e.com/{n}</link>"
        "<pubDate>Mon, 03 Feb 2020 04:05:06 GMT</pubDate></item>",
        "atom": '<entry><title>T{n}</title><link href="https://e.com/{n}"/>'
        "<updated>2020-02-03T04:05:06Z</updated></entry>",
        "rss1": '<item rdf:about="https://e.com/{n}"><title>T{n}</title>'
        "<link>https://e.com/{n}</link><dc:date>2020-02-03</dc:date></item>",
    }[shape]
    head, tail = {
        "rss": ('<rss version="2.0"><channel><title>t</title>', "</channel></rss>"),
        "atom": ('<feed xmlns="http://www.w3.org/2005/Atom"><title>t</title>', "</feed>"),
        "rss1": (
            '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" '
            'xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">',
            "</rdf:RDF>",
        ),
    }[shape]
    data = (head + "".join(entry.format(n=n) for n in range(30)) + tail).encode()
    items = list(parse_feed_bytes(data, "https://e.com/feed", max_items=3))
    assert items[0] == Problem("https://e.com/feed", "only the first 3 of 30 entries read")
    assert [item.url for item in records(items)] == [f"https://e.com/{n}" for n in range(3)]
    assert len(items) == 4, "and the cut document is still well-formed"
