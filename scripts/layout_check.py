"""Do claims, actors and dates survive the layouts that real articles come in?

Each article is cut into paragraphs (headline, date line, body, bullet items, transcript
turns) and rendered once as plain text (one line per paragraph, blank lines between) and
once per layout below, with the same words:

    wrap60, wrap72, wrap80  hard wrap at that many columns, blank lines between paragraphs
    indent4                 wrap at 72, every body paragraph's first line indented by four
                            spaces, no blank lines between paragraphs
    crlf                    wrap at 72 with CRLF line ends (given in memory, as a JSONL
                            `text` field is: a `.txt` file's CRLF is read as LF)
    dateline                a "WASHINGTON, Oct. 3 (Reuters) -" dateline (the article's own
                            day) before the first body paragraph, wrap at 72
    press                   a press release: "For Immediate Release" and a date line above
                            the headline, "###" and a "Contact:" block after the body
    quotes                  each paragraph wrapped at the width between 50 and 80 columns
                            that puts the most opening and closing quote marks on
                            different lines
    bullets                 every body paragraph after the first as a "*" item wrapped
                            with a hanging indent, no blank lines between items
    bullets_flush           the same items with their wrapped lines flush left (what the
                            marks alone change, apart from the hanging indent)
    transcript              turns wrapped at 72 with the continuation lines indented under
                            the text after the speaker label ("Q" / "MR. SMITH:" /
                            "THE PRESIDENT:"); articles with no turns are left out
    label_line              each speaker label alone on its line above the turn's text
                            (wrapped at 72); articles with no turns are left out

The pipeline runs on the plain and on each variant text; claims are compared by (speaker,
cue, normalised content), actors by name and dates by (text, value). Printed: per layout,
the share of plain claims reproduced and the articles where something differs; with
`--show`, each claim, actor or date that was lost (-) or gained (+).

    python scripts/layout_check.py corpus [--layouts wrap72,press] [--show] [--limit N]
"""

from __future__ import annotations

import argparse
import dataclasses
import re
import sys
import textwrap
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from pipeline.engines.shard import process_articles
from pipeline.io.readers import Article, read_articles
from pipeline.nlp import load_pipeline
from pipeline.structure.document import analyse

WIDTH = 72
QUOTE_MARKS = '"“”'
LIST_MARK = re.compile(r"^(?:[*•▪●◦–—-]|\(?\d{1,2}[.)]|\(?[a-z][.)])\s+")


@dataclass
class Para:
    kind: str  # headline | date_line | body | bullet | turn
    text: str  # words separated by single spaces
    label: str = ""  # a turn's label with its colon ("MR. SMITH:", "Q")


def paragraphs(text: str) -> list[Para]:
    """The paragraphs of an article, whatever its layout, with their kinds."""
    layout = analyse(text)
    parsed = layout.parser_text(text)
    kinds = {(b.start, b.end): b.kind for b in layout.blocks if b.kind != "dateline"}
    bullets = {b.start for b in layout.blocks if b.kind == "bullet"}
    turns = {t.start: t for t in layout.turns}
    out = []
    for start, end in layout.paragraphs:
        words = " ".join(parsed[start:end].split())
        if start in turns:
            turn = turns[start]
            label = " ".join(text[turn.label_start : turn.label_end].split())
            out.append(Para("turn", words[len(label) :].strip(), label))
        elif start in bullets:
            out.append(Para("bullet", LIST_MARK.sub("", words)))
        else:
            out.append(Para(kinds.get((start, end), "body"), words))
    return out


def fill(text: str, width: int = WIDTH, first: str = "", rest: str = "") -> str:
    wrapper = textwrap.TextWrapper(
        width, initial_indent=first, subsequent_indent=rest, break_long_words=False
    )
    wrapper.break_on_hyphens = False
    return "\n".join(wrapper.wrap(text)) or first.rstrip()


def line(para: Para) -> str:
    return f"{para.label}  {para.text}" if para.kind == "turn" else bullet_text(para)


def bullet_text(para: Para) -> str:
    return f"* {para.text}" if para.kind == "bullet" else para.text


def plain(paras: list[Para], published: date | None) -> str:
    return "\n\n".join(line(p) for p in paras) + "\n"


def wrapped(width: int) -> Callable[[list[Para], date | None], str]:
    def render(paras: list[Para], published: date | None) -> str:
        return "\n\n".join(fill(line(p), width) for p in paras) + "\n"

    return render


def indent4(paras: list[Para], published: date | None) -> str:
    top = [fill(line(p)) for p in paras if p.kind in ("headline", "date_line")]
    body = [fill(line(p), first="    ") for p in paras if p.kind not in ("headline", "date_line")]
    return "\n\n".join(top) + "\n\n" + "\n".join(body) + "\n"


def crlf(paras: list[Para], published: date | None) -> str:
    return wrapped(WIDTH)(paras, published).replace("\n", "\r\n")


def ap_date(day: date | None) -> str:
    """ "Oct. 3" in the style of the wires (AP abbreviations)."""
    if day is None:
        return "Oct. 3"
    months = ("Jan.", "Feb.", "March", "April", "May", "June")
    months += ("July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.")
    return f"{months[day.month - 1]} {day.day}"


def dateline(paras: list[Para], published: date | None) -> str:
    paras = list(paras)
    k = next((i for i, p in enumerate(paras) if p.kind == "body"), None)
    if k is not None and not any(p.kind == "turn" for p in paras[:k]):
        prefix = f"WASHINGTON, {ap_date(published)} (Reuters) - "
        paras[k] = dataclasses.replace(paras[k], text=prefix + paras[k].text)
    return wrapped(WIDTH)(paras, published)


def press(paras: list[Para], published: date | None) -> str:
    day = published.strftime("%B %-d, %Y") if published else "October 3, 2024"
    header = f"For Immediate Release\n{day}\n\n"
    body = paras
    footer = (
        "\n###\n\nContact: Jane Roe, Office of Communications\n(202) 555-0100 | press@example.org\n"
    )
    return header + wrapped(WIDTH)(body, published) + footer


def crossing_quotes(text: str, width: int) -> int:
    """How many quotations have their opening and closing marks on different lines."""
    wrapped_text = fill(text, width)
    marks = [i for i, c in enumerate(wrapped_text) if c in QUOTE_MARKS]
    pairs = zip(marks[::2], marks[1::2], strict=False)
    return sum("\n" in wrapped_text[open_at:close_at] for open_at, close_at in pairs)


def quotes(paras: list[Para], published: date | None) -> str:
    out = []
    for para in paras:
        text = line(para)
        width = max(range(80, 49, -1), key=lambda w: crossing_quotes(text, w))
        out.append(fill(text, width))
    return "\n\n".join(out) + "\n"


def bullets(paras: list[Para], published: date | None, rest: str = "     ") -> str:
    out, first_body = [], True
    for para in paras:
        if para.kind in ("body", "bullet") and not first_body:
            out.append(fill(para.text, first="  *  ", rest=rest))
            continue
        first_body = first_body and para.kind != "body"
        out.append("\n" + fill(line(para)) + "\n")
    return re.sub(r"\n{3,}", "\n\n", "\n".join(out)).strip("\n") + "\n"


def transcript(paras: list[Para], published: date | None) -> str | None:
    if not any(p.kind == "turn" for p in paras):
        return None
    out = []
    for para in paras:
        if para.kind == "turn":
            label = para.label + ("    " if para.label == "Q" else "  ")
            out.append(fill(para.text, first=label, rest=" " * len(label)))
        else:
            out.append(fill(line(para)))
    return "\n\n".join(out) + "\n"


def label_line(paras: list[Para], published: date | None) -> str | None:
    if not any(p.kind == "turn" for p in paras):
        return None
    out = [f"{p.label}\n{fill(p.text)}" if p.kind == "turn" else fill(line(p)) for p in paras]
    return "\n\n".join(out) + "\n"


LAYOUTS: dict[str, Callable[[list[Para], date | None], str | None]] = {
    "wrap60": wrapped(60),
    "wrap72": wrapped(72),
    "wrap80": wrapped(80),
    "indent4": indent4,
    "crlf": crlf,
    "dateline": dateline,
    "press": press,
    "quotes": quotes,
    "bullets": bullets,
    "bullets_flush": lambda paras, published: bullets(paras, published, rest=""),
    "transcript": transcript,
    "label_line": label_line,
}


def norm(text: str | None) -> str:
    return " ".join(re.sub(r"[\"“”‘’'.,;:!?()\[\]-]", " ", text or "").lower().split())


def claim_keys(records: dict) -> Counter:
    keys = Counter()
    for c in records["claims"]:
        speaker = c["speaker"] or {}
        who = speaker.get("name") or speaker.get("text") or ""
        keys[(norm(who), norm(c["cue"]["text"]), norm(c["content"]["text"]))] += 1
    return keys


def actor_keys(records: dict) -> Counter:
    return Counter(a["name"] for a in records["actors"])


def date_keys(records: dict) -> Counter:
    return Counter((norm(d["text"]), d["value"]) for d in records["dates"])


def published_day(article: Article) -> date | None:
    try:
        return date.fromisoformat((article.published or "")[:10])
    except ValueError:
        return None


def variants(articles: list[Article], layouts: list[str]) -> dict[str, list[Article]]:
    """The plain and layout variants of each article, under the same article id."""
    out: dict[str, list[Article]] = {name: [] for name in ["plain", *layouts]}
    for article in articles:
        paras, day = paragraphs(article.text or ""), published_day(article)
        for name in out:
            render = plain if name == "plain" else LAYOUTS[name]
            text = render(paras, day)
            if text is not None:
                out[name].append(dataclasses.replace(article, text=text, _sha256=None))
    return out


@dataclass
class Diff:
    article_id: str
    what: str  # claim | actor | date
    lost: list
    gained: list


# Words the dateline and press layouts add: a date found only in them is no difference (a
# dateline's date is a date of the text); an actor found there is one (an agency, a contact).
MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
ADDED = norm("WASHINGTON Reuters For Immediate Release Jane Roe Office of Communications")


def added_item(item: object) -> bool:
    text = item[0] if isinstance(item, tuple) else str(item)
    words = norm(text).split()
    return all(w in ADDED.split() or w[:3] in MONTHS or w.isdigit() for w in words)


def compare(plain_rec: dict, other: dict, article_id: str) -> tuple[int, int, list[Diff]]:
    """(plain claims, of them reproduced, differences)."""
    diffs, counts = [], (0, 0)
    for what, keys in (("claim", claim_keys), ("actor", actor_keys), ("date", date_keys)):
        a, b = keys(plain_rec), keys(other)
        if what == "claim":
            counts = (sum(a.values()), sum((a & b).values()))
        lost = sorted((a - b).elements())
        gained = [k for k in sorted((b - a).elements()) if what != "date" or not added_item(k)]
        if lost or gained:
            diffs.append(Diff(article_id, what, lost, gained))
    return counts[0], counts[1], diffs


def run(inputs: list[str], layouts: list[str], show: bool, limit: int | None) -> dict:
    articles = [a for a in read_articles(inputs) if a.text and not a.error][:limit]
    nlp = load_pipeline()
    texts = variants(articles, layouts)
    plain_records = process_articles(nlp, texts["plain"]).records
    summary = {}
    for name in layouts:
        records = process_articles(nlp, texts[name]).records
        total = kept = 0
        all_diffs: list[Diff] = []
        for article_id, rec in records.items():
            n, k, diffs = compare(plain_records[article_id], rec, article_id)
            total, kept = total + n, kept + k
            all_diffs += diffs
        summary[name] = (kept, total)
        report(name, kept, total, all_diffs, show)
    return summary


def report(name: str, kept: int, total: int, diffs: list[Diff], show: bool) -> None:
    share = 100 * kept / total if total else 100.0
    by_what = Counter(d.what for d in diffs)
    print(f"== {name}: {kept}/{total} plain claims reproduced ({share:.1f}%); "
          f"articles differing in claims {by_what['claim']}, actors {by_what['actor']}, "
          f"dates {by_what['date']}")  # fmt: skip
    if not show:
        return
    for diff in diffs:
        for sign, items in (("-", diff.lost), ("+", diff.gained)):
            for item in items:
                print(f"   {diff.article_id[:40]:40} {diff.what:5} {sign} {item}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("inputs", nargs="+")
    parser.add_argument("--layouts", default=",".join(LAYOUTS))
    parser.add_argument("--show", action="store_true", help="print every difference")
    parser.add_argument("--limit", type=int, help="only the first N articles")
    parser.add_argument("--dump", type=Path, help="write each variant text into this folder")
    args = parser.parse_args(argv)
    layouts = [name for name in args.layouts.split(",") if name]
    unknown = set(layouts) - set(LAYOUTS)
    if unknown:
        parser.error(f"unknown layouts: {sorted(unknown)}")
    if args.dump:
        dump(args.inputs, layouts, args.dump, args.limit)
    summary = run(args.inputs, layouts, args.show, args.limit)
    print("\nlayout        reproduced")
    for name, (kept, total) in summary.items():
        print(f"{name:12} {kept:5}/{total:<5} {100 * kept / max(total, 1):5.1f}%")
    return 0


def dump(inputs: list[str], layouts: list[str], folder: Path, limit: int | None) -> None:
    articles = [a for a in read_articles(inputs) if a.text and not a.error][:limit]
    for name, items in variants(articles, layouts).items():
        (folder / name).mkdir(parents=True, exist_ok=True)
        for article in items:
            (folder / name / f"{article.article_id}.txt").write_text(article.text, newline="")


if __name__ == "__main__":
    sys.exit(main())
