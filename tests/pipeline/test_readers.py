"""Reading .txt (+ manifest), .jsonl(.gz) and .html articles; bad input becomes an error row."""

from __future__ import annotations

import gzip
import json

import pytest

from pipeline.io.readers import InputError, decode_bytes, normalise_published, read_articles


def write_manifest(folder, *rows):
    (folder / "manifest.jsonl").write_text("\n".join(json.dumps(r) for r in rows) + "\n")


def test_txt_takes_metadata_from_the_manifest(tmp_path):
    (tmp_path / "a.txt").write_text("Headline\n\nBody text here.", encoding="utf-8")
    write_manifest(tmp_path, {"id": "a", "title": "Real title", "date": "2024-10-04",
                              "url": "https://x.test/a", "source": "Test Wire"})  # fmt: skip
    (article,) = read_articles([tmp_path])
    assert (article.article_id, article.title, article.published) == (
        "a",
        "Real title",
        "2024-10-04",
    )
    assert (article.url, article.source, article.error) == ("https://x.test/a", "Test Wire", None)
    assert article.text == "Headline\n\nBody text here."


def test_txt_line_ends_are_read_as_python_text_mode_reads_them(tmp_path):
    (tmp_path / "a.txt").write_bytes(b"Title\r\n\r\nThe talks\r\nwent on.\rEnd.")
    (article,) = read_articles([tmp_path])
    as_python_reads_it = (tmp_path / "a.txt").open(encoding="utf-8").read()
    assert article.text == as_python_reads_it  # "\r\n" and "\r" become "\n"


def test_txt_without_manifest_uses_first_line_as_title(tmp_path):
    (tmp_path / "b.txt").write_text("\n\n  First line  \nrest", encoding="utf-8")
    (article,) = read_articles([tmp_path / "b.txt"])
    assert article.title == "First line" and article.published is None


def test_manifest_and_other_files_in_folders_are_not_articles(tmp_path):
    (tmp_path / "a.txt").write_text("text")
    (tmp_path / "README.md").write_text("# notes")
    write_manifest(tmp_path, {"id": "a"})
    assert [a.article_id for a in read_articles([tmp_path])] == ["a"]


@pytest.mark.parametrize(
    ("data", "encoding", "text"),
    [
        ("Tōkyō “quoted”".encode(), "utf-8", "Tōkyō “quoted”"),
        (b"\xef\xbb\xbfBOM first", "utf-8-sig", "BOM first"),
        ("caf\u00e9 \u201cq\u201d".encode("cp1252"), "cp1252", "café “q”"),
        (b"\x81\x8d\x8f", "latin-1", "\x81\x8d\x8f"),
    ],
)
def test_decoding_falls_back_and_records_the_encoding(data, encoding, text):
    assert decode_bytes(data) == (text, encoding)


@pytest.mark.parametrize(
    ("content", "reason"),
    [(b"", "empty article"), (b" \n\t\n", "empty article"), (b"\x00\x00PK\x03", "binary")],
)
def test_unreadable_txt_becomes_an_error_article(tmp_path, content, reason):
    (tmp_path / "bad.txt").write_bytes(content)
    (article,) = read_articles([tmp_path])
    assert article.text is None and reason in article.error


def test_jsonl_rows_malformed_lines_and_duplicates(tmp_path):
    lines = [
        json.dumps({"id": "x1", "text": "One.", "title": "T", "date": "2021-01-15"}),
        "{broken",
        json.dumps({"id": "x1", "text": "Again."}),
        json.dumps({"text": "no id"}),
        json.dumps({"id": "x2", "text": 5}),
        json.dumps(["not", "an", "object"]),
    ]
    with gzip.open(tmp_path / "feed.jsonl.gz", "wt", encoding="utf-8") as handle:
        handle.write("\n".join(lines) + "\n")
    articles = list(read_articles([tmp_path / "feed.jsonl.gz"]))
    errors = [a.error for a in articles]
    assert articles[0].article_id == "x1" and articles[0].published == "2021-01-15"
    assert errors[0] is None
    assert "malformed JSONL line 2" in errors[1]
    assert "duplicate article id 'x1'" in errors[2]
    assert articles[2].article_id == "x1@feed.jsonl.gz:3"
    assert "line 4 has no 'id'" in errors[3]
    assert "no string 'text'" in errors[4]
    assert "not an object" in errors[5]


def test_truncated_gzip_keeps_what_was_read(tmp_path):
    data = gzip.compress(b"".join(
        json.dumps({"id": f"d{i}", "text": "Some text. " * 50}).encode() + b"\n"
        for i in range(50)
    ))  # fmt: skip
    (tmp_path / "cut.jsonl.gz").write_bytes(data[: len(data) // 2])
    articles = list(read_articles([tmp_path]))
    assert articles[0].error is None
    assert articles[-1].error and "cannot read" in articles[-1].error


def test_html_main_text_and_metadata(tmp_path):
    body = " ".join(["The ministry said the talks would continue next week."] * 6)
    (tmp_path / "p.html").write_text(
        "<html><head><title>Talks go on</title>"
        '<meta property="article:published_time" content="2023-05-02"></head>'
        f"<body><nav>Home | About</nav><script>var x = 1;</script>"
        f"<article><p>{body}</p></article></body></html>"
    )
    (article,) = read_articles([tmp_path])
    assert article.error is None
    assert "talks would continue" in article.text
    assert "var x" not in article.text and "Home | About" not in article.text
    assert article.title == "Talks go on"
    assert article.published == "2023-05-02"


def test_user_mistakes_raise_input_error(tmp_path):
    with pytest.raises(InputError, match="input not found"):
        list(read_articles([tmp_path / "missing"]))
    (tmp_path / "x.pdf").write_bytes(b"%PDF")
    with pytest.raises(InputError, match="unsupported input format"):
        list(read_articles([tmp_path / "x.pdf"]))


@pytest.mark.parametrize(
    ("value", "expected"),
    [("2024-10-04", "2024-10-04"), ("2021-01-15 16:17:00-05:00", "2021-01-15"),
     ("October 4, 2024", "2024-10-04"), ("soon", None), (None, None), (20240101, None)],
)  # fmt: skip
def test_normalise_published(value, expected):
    assert normalise_published(value) == expected


def test_paths_stay_relative_and_a_file_named_twice_is_read_once(tmp_path, monkeypatch):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("Some text.")
    monkeypatch.chdir(tmp_path)
    articles = list(read_articles(["in", "in/a.txt"]))
    assert [(a.article_id, a.path, a.error) for a in articles] == [("a", "in/a.txt", None)]
