"""What an organisation's name says about it: its id, country and role."""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Doc, Span

from pipeline.actors.arrays import sentence_bounds
from pipeline.actors.gazetteer import Entry, slug
from pipeline.actors.mention import Context
from pipeline.doctext import PerDoc, doc_text


def department_shorthand(ctx: Context, span: Span) -> Entry | None:
    """ "the Departments of the Treasury and State", "Commerce will act" after the
    "Department of Commerce": X stands for the "Department of X" the gazetteer knows,
    when "Department(s)" is written next to it or the full name is in the text."""
    doc, words, lowers = ctx.doc, ctx.words, ctx.title_words  # no apostrophe in these lists
    kept = [i for i in range(span.start, span.end) if lowers[i] not in words.definite_articles]
    if (
        len(kept) >= 3
        and lowers[kept[0]] in words.department_plural
        and lowers[kept[1]] in words.member_prepositions
    ):
        kept = kept[2:]
    if not kept or len(kept) > 3:
        return None
    name = " ".join(ctx.tokens[i].text for i in kept)  # the Doc's tokens: none built here
    entry = next(
        (
            e
            for form in (f"Department of {name}", f"Department of the {name}")
            if (e := ctx.gaz.lookup(form)) is not None and e.kind == "organisation"
        ),
        None,
    )
    if entry is None:
        return None
    sent_start, sent_end = sentence_bounds(span)
    window = doc[max(sent_start, span.start - 8) : min(sent_end, span.end + 4)]
    if any(t.lower_ in words.department_words for t in window):
        return entry
    return entry if _department_written(doc, name) else None


# per Doc: name -> whether "Department(s) of [the] name" or "name Department" is in its text;
# a Doc asks again for every mention of the same name, each a search of the whole text
_WRITTEN: PerDoc[dict[str, bool]] = PerDoc()


def _department_written(doc: Doc, name: str) -> bool:
    known = _WRITTEN.get(doc)
    if known is None:
        known = _WRITTEN.set(doc, {})
    if name not in known:
        text = doc_text(doc)
        escaped = re.escape(name)
        pattern = re.compile(
            rf"\bDepartments?\s+of\s+(the\s+)?{escaped}\b|\b{escaped}\s+Department"
        )
        # both ways write "Department" and the name, and a match starts with one of them: it
        # is tried there only (a search from a word boundary tries every place in the text)
        starts = [*_found_at(text, "Department"), *_found_at(text, name)] if name in text else []
        known[name] = any(pattern.match(text, at) for at in starts)
    return known[name]


def _found_at(text: str, word: str) -> Iterator[int]:
    """Where `word` occurs in the text."""
    at = text.find(word)
    while at >= 0:
        yield at
        at = text.find(word, at + 1)


def starts_with_igo(ctx: Context, span: Span) -> bool:
    """Does the name begin with an international organisation's name ("UN ...",
    "NATO-Russia Council")? Then it is a body of that organisation."""
    words, spaces = _words_and_spaces(ctx, span)
    for width in range(min(4, len(span) - 1), 0, -1):
        entry = ctx.gaz.lookup(_run_text(words, spaces, 0, width))
        if entry is not None and entry.kind == "organisation" and entry.country == "IGO":
            return True
    return False


def regional_body(ctx: Context, span: Span) -> bool:
    """ "the West African Monetary Union", "the Nordic Fisheries Council": a body of a
    region's states (a region's word in the name, words.json regional_words, and an
    intergovernmental body's head, igo_heads, before any "of"), with no state named in it
    and no word of a private body (non_igo_words: "European Broadcasting Union")."""
    words = {t.lower_ for t in ctx.tokens[span.start : span.end]}
    head = span.doc[_head_index(ctx, span)]
    return (
        bool(words & ctx.words.regional_words)
        and not words & ctx.words.non_igo_words
        and head.lemma_.lower() in ctx.words.igo_heads
        and country_inside(ctx, span) is None
    )


def _head_index(ctx: Context, span: Span) -> int:
    """The word before the name's first "of/for/on", else its last word."""
    continuers, lowers = ctx.words.name_continuers, ctx.title_words  # no apostrophe in these
    cut = next((i for i in range(span.start + 1, span.end) if lowers[i] in continuers), span.end)
    return cut - 1


def person_inside(ctx: Context, span: Span) -> Entry | None:
    """A well-known person named inside an organisation's name ("Biden Administration")."""
    for token in ctx.tokens[span.start : span.end]:
        known = ctx.gaz.person(token.text) if token.is_title else None
        if known is not None and known.country not in (None, "IGO"):
            return known
    return None


def country_inside(ctx: Context, span: Span) -> str | None:
    """A country or nationality named inside the name, else the country of an
    organisation it contains ("Johns Hopkins School of ..." belongs where Johns Hopkins
    University is), else the state of the capital the name opens with."""
    gaz = ctx.gaz
    words, spaces = _words_and_spaces(ctx, span)
    for word in words:
        entry = gaz.lookup(word)
        if entry is not None and entry.kind in ("country", "demonym") and entry.country:
            return entry.country
    # Multi-word country names ("South Korea"), then organisations the name contains.
    for n in (2, 3, 4):
        for i in range(len(words) - n + 1):
            entry = gaz.lookup(_run_text(words, spaces, i, i + n))
            if entry is not None and entry.kind in ("country", "demonym"):
                return entry.country
            if entry is not None and entry.kind == "organisation" and entry.country != "IGO":
                return entry.country
    # "Baghdad University Medical School": an institution named for the capital it is in
    first = gaz.lookup(words[0]) if len(span) > 1 else None
    if first is not None and first.kind == "capital" and first.country not in (None, "IGO"):
        return first.country
    return None


def _words_and_spaces(ctx: Context, span: Span) -> tuple[list[str], list[str]]:
    """The span's token texts, without and with the whitespace after each, read from the
    Doc's cached tokens: no Token or Span is built."""
    tokens = ctx.tokens[span.start : span.end]
    return [t.text for t in tokens], [t.text_with_ws for t in tokens]


def _run_text(words: list[str], with_spaces: list[str], i: int, j: int) -> str:
    """`span[i:j].text`: the words with their spaces, the last one's left out."""
    return "".join(with_spaces[i : j - 1]) + words[j - 1]


def org_id(ctx: Context, span: Span) -> str:
    """One id for "Russia Ministry of X" and "Russian Ministry of X": the country
    word inside the name is replaced by its code."""
    words = []
    for token in ctx.tokens[span.start : span.end]:
        entry = ctx.gaz.lookup(token.text)
        is_country = entry is not None and entry.kind in ("country", "demonym")
        words.append(entry.country if is_country else token.text)
    return f"org:{slug(' '.join(words))}"


def possessor_country(ctx: Context, span: Span) -> str | None:
    """ "Norway's ruling Harbour Party" -> NOR, from the possessor."""
    possessors = [c for c in span.root.children if c.dep_ == "poss" and c.i < span.start]
    doc = span.doc
    if span.start >= 2 and doc[span.start - 1].lower_ in ctx.words.possessive_marks:
        possessors.append(doc[span.start - 2])  # the parse may hang it elsewhere
    for token in possessors:
        entry = ctx.gaz.lookup(token.text)
        # Not capitals: a city's name as possessor is more often an institution named
        # after the city ("Princeton's", "Georgetown's") than the state it is capital of.
        if entry is not None and entry.kind in ("country", "organisation"):
            return entry.country if entry.country != "IGO" else None
    return None


def org_role(ctx: Context, span: Span) -> str | None:
    """The role of the longest organisation keyword in the name, matched as whole words
    ("news agency" is MED though "agency" alone is GOV; "Guardian" is not a "guard")."""
    gaz = ctx.gaz
    lowers = [t.lower_ for t in ctx.tokens[span.start : span.end]]
    words = f" {' '.join(lowers)} "
    found = [i for word in set(lowers) for i in gaz.org_keyword_words.get(word, ())]
    found += [i for i, padded in gaz.org_keyword_phrases if padded in words]
    if not found:
        return None
    keywords = [gaz.org_keywords[i] for i in sorted(found)]  # the first of the longest wins
    return max(keywords, key=lambda kr: len(kr[0]))[1]


def strip_the(text: str) -> str:
    return text[4:] if text.lower().startswith("the ") else text


def posted_place(ctx: Context, span: Span) -> str | None:
    """ "The U.S. Embassy in Nairobi": the place a body posted abroad (words.json
    posted_bodies) is in, written after its name; one embassy is not another."""
    doc = span.doc
    if doc[span.end - 1].lemma_.lower() not in ctx.words.posted_bodies or span.end + 1 >= len(doc):
        return None
    prep, place = doc[span.end], doc[span.end + 1]
    if prep.lower_ not in ("in", "to") or prep.head.i != span.end - 1:
        return None
    words = [t for t in place.subtree if t.i > prep.i] if place.head.i == prep.i else []
    if not words or not all(t.text[:1].isupper() or t.is_punct for t in words):
        return None
    name = doc[words[0].i : words[-1].i + 1].text
    if place.ent_type_ not in ("GPE", "LOC") and ctx.gaz.lookup(name) is None:
        return None
    return name
