"""Candidate spans: NER entities (extended, trimmed, split), names after titles and in
author bios that NER missed, and gazetteer names NER did not find."""

from __future__ import annotations

from bisect import bisect_left, bisect_right

import numpy as np
from spacy.attrs import DEP, HEAD, IS_TITLE, LEMMA, POS
from spacy.matcher import PhraseMatcher
from spacy.parts_of_speech import PROPN
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from pipeline.actors.apposed_names import RULE_ID as APPOSED_NAME
from pipeline.actors.apposed_names import apposed_names
from pipeline.actors.arrays import column, positions_in, word_positions
from pipeline.actors.coordinated_names import with_coordinated_words
from pipeline.actors.datelines import RULE_ID as DATELINE_TRIM
from pipeline.actors.datelines import off_dateline, start_after_dateline
from pipeline.actors.gender import given_name_sex
from pipeline.actors.given_names import with_given_name
from pipeline.actors.mention import ACTOR_LABELS, Context
from pipeline.actors.org_heads import with_org_head
from pipeline.actors.outlets import RULE_ID as OUTLET
from pipeline.actors.outlets import outlet_spans
from pipeline.actors.posted_names import PORTFOLIO_RULE_ID as PORTFOLIO
from pipeline.actors.posted_names import RULE_ID as POSTED_COUNTRY
from pipeline.actors.posted_names import (
    after_portfolio_title,
    portfolio_holder,
    split_posted_country,
)
from pipeline.actors.titles import attribute_title, title_ending_at
from pipeline.doctext import doc_text
from pipeline.structure.blocks import no_entity_spans

CANDIDATE_LABELS = {*ACTOR_LABELS, "FAC"}
ATTR = get_string_id("attr")  # the dependency label, as the DEP array holds it


def candidates(ctx: Context, matcher: PhraseMatcher) -> list[Span]:
    """Candidate spans, in text order, without overlaps. `ctx.sources` records the rule
    that found each one NER did not give as it is."""
    doc = ctx.doc
    source: dict[int, str] = {}  # id(span) -> rule id, until the spans are chosen
    raw = [extend_name(ctx, e) for e in ctx.ents if e.label_ in CANDIDATE_LABELS]
    listed = [s for e in raw if (s := listed_name(ctx, e)) is not None]
    source.update(dict.fromkeys(map(id, listed), "actor.candidate.listed_name"))
    raw = sorted(filter_spans([*raw, *listed]), key=_start)
    # A gazetteer name wins over NER only where it is longer ("US Forces Japan" over
    # "US" + "Japan"); inside a longer entity it is just part of that name.
    bounds = [(e.start, e.end) for e in raw]
    ends = [e for _, e in bounds]
    matches = [
        Span(doc, start, end, label="GAZ")
        for _, start, end in matcher(doc)
        if not _overlaps_as_long(bounds, ends, start, end)
    ]
    source.update(dict.fromkeys(map(id, matches), "actor.candidate.gazetteer_match"))
    ents = []
    for e in raw:
        t = trim(ctx, e)
        if t is not None and (id(e) in source or off_dateline(e, t)):
            source[id(t)] = source.get(id(e), DATELINE_TRIM)  # a listed name stays one
        for split in split_person_of_news_org(ctx, t) if t else []:
            parts = split_org_person(ctx, split)
            if len(parts) == 2:
                source[id(parts[1])] = "actor.split.org_person"
            elif len(posted := split_posted_country(ctx, split)) == 2:
                source[id(posted[1])], parts = POSTED_COUNTRY, posted
            elif (holder := portfolio_holder(ctx, split)) is not None:
                source[id(holder)], parts = PORTFOLIO, [holder]
            ents += parts
    found = titled_names(ctx)
    source.update(dict.fromkeys(map(id, found), "actor.candidate.titled_name"))
    copular = copular_names(ctx)
    source.update(dict.fromkeys(map(id, copular), "actor.candidate.copular_name"))
    apposed = apposed_names(ctx)
    source.update(dict.fromkeys(map(id, apposed), APPOSED_NAME))
    titled = [
        s
        for s in [*found, *copular, *apposed]
        if not any(e.start < s.end and s.start < e.end and not _inside(e, s) for e in ents)
    ]
    spans = sorted(filter_spans([s for s in [*ents, *titled, *matches] if len(s)]), key=_start)
    blocked = no_entity_spans(ctx.doc._.layout["blocks"]) if ctx.doc._.layout else []
    spans = [s for s in spans if not _inside_any(s, blocked)]
    outlets = outlet_spans(ctx.doc)  # blocked for the recognizer, taken as the layout says
    source.update(dict.fromkeys(map(id, outlets), OUTLET))
    spans = sorted(filter_spans([*outlets, *spans]), key=_start) if outlets else spans
    for span in spans:
        if id(span) in source:
            ctx.sources[(span.start, span.end)] = source[id(span)]
    return spans


def _overlaps_as_long(bounds: list[tuple[int, int]], ends: list[int], start: int, end: int) -> bool:
    """Does one of the spans `bounds` (in order, not overlapping; `ends` their ends) overlap
    tokens [start, end) and have at least as many tokens? Only those from the first one
    ending after `start` can: a bisection, not a test of every span."""
    k = bisect_right(ends, start)
    while k < len(bounds) and bounds[k][0] < end:
        if bounds[k][1] - bounds[k][0] >= end - start:
            return True
        k += 1
    return False


def _inside_any(span: Span, blocked: list[tuple[int, int]]) -> bool:
    """Does the span overlap one of the layout's no-entity blocks (press boilerplate, a
    dateline's agency)?"""
    start, end = span.start_char, span.end_char
    return any(s < end and start < e for s, e in blocked)


def _inside(ent: Span, name: Span) -> bool:
    """A one-word entity NER cut out of a longer name ("Dedov" of "Alexei Dedov")."""
    return len(ent) == 1 and name.start <= ent.start and ent.end <= name.end and len(name) > 1


def _start(span: Span) -> int:
    return span.start


def extend_name(ctx: Context, ent: Span) -> Span:
    """ "the Ida B. Marsh Center" + "for Polar Studies": NER often stops
    at an organisation word; the name goes on through "for/of/on" and capitalised words.
    A facility named with an organisation word is an organisation. A person's name takes
    a given name NER left before it ("Mehmet" + "Kaya")."""
    doc, words = ent.doc, ctx.words
    lone = ent.label_ == "ORG" and len(ent) == 1
    if ent.label_ == "PERSON" or (lone and ctx.title_words[ent.start] not in ctx.gaz.org_words):
        return with_given_name(ctx, ent, ent.label_)  # "Anna" + "Kowalska", however tagged
    # the title words: no Token built; the organisation words hold no apostrophe
    if ent.label_ not in ("ORG", "FAC"):
        return ent
    ent = with_org_head(ctx, with_coordinated_words(ent))  # "Peace and" + "Security Council"
    if ctx.title_words[ent.end - 1] not in ctx.gaz.org_words:
        end = _joined_portfolio(ctx, ent, ent.end)
        return ent if end == ent.end else Span(doc, ent.start, end, label="ORG")
    end = ent.end
    # "Council" + "of the European Union": a definite article may open the rest
    skip = int(end + 2 < len(doc) and doc[end + 1].lower_ == "the" and doc[end + 2].is_title)
    if (
        end + 1 + skip < len(doc)
        and doc[end].lower_ in words.name_continuers
        and doc[end + 1 + skip].is_title
        and not _is_time_word(doc[end + 1 + skip])
    ):
        end += 1 + skip
        while end < len(doc) and (
            (doc[end].is_title and not _is_time_word(doc[end]))
            or (
                doc[end].lower_ in words.name_joiners
                and end + 1 < len(doc)
                and doc[end + 1].text[:1].isupper()
            )
        ):
            end += 1
        while doc[end - 1].lower_ in words.name_joiners:
            end -= 1
    return Span(doc, ent.start, _joined_portfolio(ctx, ent, end), label="ORG")


PORTFOLIO_HEADS = ("ministry", "department")  # "Ministry of Foreign Affairs and ..."


def _joined_portfolio(ctx: Context, ent: Span, end: int) -> int:
    """ "Ministry of Foreign Affairs" + "and International Cooperation": a ministry's
    portfolio goes on through "and" and capitalised words NER cut off or took for another
    organisation; not a place, a people or a person ("the Ministry of Defence and Russia")."""
    doc = ent.doc
    head = next((t for t in ent if t.lower_ not in ctx.words.definite_articles), None)
    if head is None or head.lower_ not in PORTFOLIO_HEADS or "of" not in [t.lower_ for t in ent]:
        return end
    if doc[end - 1].lower_ == "and":
        end -= 1  # NER kept the "and" ("the Ministry of Foreign Affairs and")
    if end + 1 >= len(doc) or doc[end].lower_ != "and" or not doc[end + 1].is_title:
        return end
    k = end + 1
    if given_name_sex(doc[k].text):
        return end  # "the Ministry of Defence and Ana Ruiz": a person
    # the recognizer may take the rest for a person ("and" + "Diaspora Affairs")
    while k < len(doc) and doc[k].is_title and doc[k].ent_type_ in ("", "ORG", "PERSON"):
        k += 1
    if k == end + 1 or ctx.gaz.lookup(doc[end + 1 : k].text) is not None:
        return end
    return k


def _is_time_word(tok) -> bool:
    # "The World Bank on Monday": a day or month after "on/of" ends the name.
    return tok.ent_type_ in ("DATE", "TIME")


def listed_name(ctx: Context, ent: Span) -> Span | None:
    """ "the Shipping Safety, Training, and Inspection Council": a name
    that lists its subjects with commas and "and", which NER cuts at the commas. The
    capitalised words back to "the", none of them an organisation word, are part of it."""
    doc, words = ctx.doc, ctx.words
    if ent.label_ != "ORG" or ctx.title_words[ent.end - 1] not in ctx.gaz.org_words:
        return None
    i, listed = ent.start - 1, False
    while i >= 0 and (doc[i].is_title or doc[i].text == "," or doc[i].lower_ in words.coordinators):
        if doc[i].lower_ in ctx.gaz.org_words:
            return None
        listed = listed or not doc[i].is_title
        i -= 1
    start = i + 1
    if (
        not listed
        or i < 0
        or doc[i].lower_ not in words.definite_articles
        or not doc[start].is_title
    ):
        return None
    return Span(doc, start, ent.end, label="ORG")


def titled_names(ctx: Context) -> list[Span]:
    """Capitalised names right after a person title that NER missed ("president, Ana Ruiz")."""
    doc, spans = ctx.doc, []
    toks = ctx.tokens  # made once per Doc: doc[i] builds a new Token
    lowers = ctx.title_words  # None for a space token; no Token read in the walk below
    # where a posting's preposition stands: most names have none in the few words before
    postings = positions_in(ctx.lower_keys, ctx.words.posting_prepositions)
    for start in _title_case_names(doc):
        if lowers[start] in ctx.gaz.person_title_words:
            continue  # "the Prime Minister of Japan, President X": a title, not a name
        before = start
        while before > 1 and lowers[before - 1] is None:
            before -= 1  # "Prime Minister\nArdern": a hard-wrapped line
        comma = lowers[before - 1] == ","
        before -= comma
        k = bisect_left(postings, max(1, before - 5))
        if k < len(postings) and postings[k] < before - 1:
            before = posting_before(ctx, before)
        portfolio = False
        if not _may_end_a_title(ctx, before) or not title_ending_at(ctx, before):
            portfolio = _after_portfolio(ctx, before)  # "Minister of Health Ana Ruiz"
            if not portfolio:
                continue  # also inside a capitalised name: its first word decides
        end = start
        while (
            end < len(doc)
            and end - start < 4
            and toks[end].pos_ == "PROPN"
            and (toks[end].is_title or toks[end].text.endswith("."))
        ):
            end += 1
        # A lone word names a person right after a title ("Prime Minister Ardern"),
        # but not after a comma ("the president, Thanks"), nor a word of titles or
        # organisations ("Minister Office").
        lone_ok = not comma and could_be_a_surname(ctx, toks[start])
        opens = given_name_sex(toks[start].text) or _portfolio_ends(toks, start, end)
        if portfolio and not opens:
            continue  # "Trade Jan Olsen": the portfolio's last word, not the name's first
        if (end - start >= 2 or lone_ok) and ctx.gaz.lookup(doc[start:end].text) is None:
            spans.append(Span(doc, start, end, label="PERSON"))
    return spans


def _after_portfolio(ctx: Context, before: int) -> bool:
    """Does a title's portfolio end just before token `before`: "for" or "of" ("the") after a
    title that takes one, then one to four capitalised words ("Minister of Health",
    "Commissioner for Crisis Management")? (actor.split.portfolio)"""
    k, toks = before - 1, ctx.tokens
    while k > 0 and before - k <= 4 and toks[k].pos_ == "PROPN" and toks[k].is_title:
        k -= 1
    return k < before - 1 and after_portfolio_title(ctx, k + 1)


def _portfolio_ends(toks: list[Token], start: int, end: int) -> bool:
    """ "Minister of Trade Ayşe Nur Karaca": the parser closed the portfolio's phrase before
    the name (its last word is the preposition's object, and the name hangs elsewhere), so
    a given name no list holds starts the name; not where a known one comes later ("Foreign
    Trade Peter Olsen": "Peter" starts it)."""
    last = toks[start - 1]
    if any(given_name_sex(t.text) for t in toks[start + 1 : end]):
        return False
    return last.dep_ == "pobj" and toks[start].head.i != last.i


def _title_case_names(doc: Doc) -> list[int]:
    """The indices, in order, of the title-case proper nouns after the Doc's first token,
    read from its arrays."""
    if not len(doc):
        return []
    found = (column(doc, POS) == PROPN) & (doc.to_array(IS_TITLE) != 0)
    found[0] = False
    return np.flatnonzero(found).tolist()


def _may_end_a_title(ctx: Context, end: int) -> bool:
    """Can a person title end just before token `end`? Not when the word there is no word of
    any title (most names follow none): a cheap test before `title_ending_at`."""
    last = ctx.title_words[end - 1] if end > 0 else ""
    return last is None or last in ctx.gaz.person_title_words or len(last.split()) != 1


def posting_before(ctx: Context, before: int) -> int:
    """ "Ambassador to Iran Alexei Dedov": where the title ends when a posting ("to" and a
    country) stands between it and the name; else `before` as it is."""
    words = ctx.words
    lowers = ctx.title_words  # made once per Doc: no Token read here
    for j in range(max(1, before - 5), before - 1):
        if lowers[j] not in words.posting_prepositions:
            continue
        at = j + 2 if lowers[j + 1] in words.definite_articles else j + 1
        entry = ctx.gaz.lookup(_words_text(ctx, at, before)) if at < before else None
        if entry is not None and entry.kind == "country":
            return j
    return before


def _words_text(ctx: Context, start: int, end: int) -> str:
    """`doc[start:end].text`, sliced from the Doc's text between its first and last tokens
    (made once per Doc): a slice of the Doc builds a Span and a Token for every word."""
    first, last = ctx.tokens[start], ctx.tokens[end - 1]
    return doc_text(ctx.doc)[first.idx : last.idx + len(last)]


def could_be_a_surname(ctx: Context, token: Token) -> bool:
    gaz, lower = ctx.gaz, token.lower_
    return (
        token.is_alpha
        and not token.is_upper
        and lower not in gaz.org_words
        and lower not in gaz.non_actor_heads
        and lower not in gaz.person_title_words
    )


def split_person_of_news_org(ctx: Context, ent: Span) -> list[Span]:
    """ "Tanaka of Kyodo": a name, "of" and a news organisation is a reporter of it.
    NER tags the whole as an organisation; the reporter is a person."""
    if ent.label_ not in ("ORG", "PERSON"):
        return [ent]
    members, lowers = ctx.words.member_prepositions, ctx.title_words  # no apostrophe in these
    of = next((i for i in range(ent.start + 1, ent.end) if lowers[i] in members), None)
    if of is None or of - ent.start > 3:
        return [ent]
    name = ent.doc[ent.start : of]
    org_start = of + 1
    while org_start < ent.end and ent.doc[org_start].lower_ in ctx.words.definite_articles:
        org_start += 1
    org = ent.doc[org_start : ent.end]
    entry = ctx.gaz.lookup(org.text) if len(org) else None
    if entry is None or entry.kind != "organisation" or entry.role != "MED":
        return [ent]
    if not all(t.pos_ == "PROPN" and t.is_title for t in name):
        return [ent]
    ctx.hints[(name.start, name.end)] = "actor.person_of_news_org"
    return [
        Span(ent.doc, name.start, name.end, label="PERSON"),
        Span(ent.doc, org.start, org.end, label="ORG"),
    ]


def split_org_person(ctx: Context, ent: Span) -> list[Span]:
    """ "Defence Council Anna Petrova" -> the council, then the person.

    NER merges an organisation and the name that follows it; the split falls after the
    last organisation keyword when two or more capitalised names follow it.
    """
    if ent.label_ != "ORG":
        return [ent]
    lowers, org_words = ctx.title_words, ctx.gaz.org_words  # no apostrophe in these
    keyword_at = [i for i in range(ent.start, ent.end) if lowers[i] in org_words]
    if not keyword_at:
        return [ent]
    cut = keyword_at[-1] + 1
    tail = ent.doc[cut : ent.end]
    if len(tail) < 2 or not all(t.pos_ == "PROPN" and t.is_title for t in tail):
        return [ent]
    ctx.sources[(cut, ent.end)] = "actor.split.org_person"
    return [
        Span(ent.doc, ent.start, cut, label="ORG"),
        Span(ent.doc, cut, ent.end, label="PERSON"),
    ]


def copular_names(ctx: Context) -> list[Span]:
    """ "Ana Ruiz is a research fellow at ..." -> Ana Ruiz is a person (author bios)."""
    doc, spans = ctx.doc, []
    if not len(doc):
        return spans
    # the copulas that have an attribute, read from the Doc's arrays: most have none, and a
    # walk over their children built a Token for each
    attrs = np.flatnonzero(column(doc, DEP) == ATTR)
    with_attr = set((attrs + doc.to_array(HEAD)[attrs].astype(np.int64)).tolist())
    for i in word_positions(doc, LEMMA, ctx.words.copula_lemmas):
        token = ctx.tokens[i] if i in with_attr else None
        if token is None or token.pos_ not in ("AUX", "VERB"):
            continue
        subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
        attr = next((c for c in token.children if c.dep_ == "attr"), None)
        if subject is None or attr is None or subject.pos_ != "PROPN":
            continue
        if attribute_title(ctx, attr) is None:
            continue
        start = subject.left_edge.i
        name = doc[start : subject.i + 1]
        if 2 <= len(name) <= 4 and all(t.pos_ == "PROPN" and t.is_title for t in name):
            spans.append(Span(doc, start, subject.i + 1, label="PERSON"))
    return spans


def trim(ctx: Context, ent: Span) -> Span | None:
    """Drop a leading article or possessor and a trailing possessive from an entity span,
    and the line breaks and no-break spaces that NER leaves at its edges."""
    doc, words = ent.doc, ctx.words
    toks = ctx.tokens  # made once per Doc: doc[i] builds a new Token
    # None for a space token; the word lists read here hold no apostrophe, or both ("'s",
    # "’s"), so a title word is in one when the token's lower form is
    lowers = ctx.title_words
    (start, label), end = start_after_dateline(ctx, ent), ent.end  # "BRUSSELS - The EU"
    while start < end and (lowers[start] is None or lowers[start] in words.leading_articles):
        start += 1
    # "pro-Beijing New People Party", "Pan-democrat Lam": a camp's label before a name;
    # not a name's own particle ("al-Shabaab").
    if (
        ent.label_ in ("ORG", "PERSON")
        and end - start >= 3
        and lowers[start + 1] == "-"
        and (
            (toks[start].is_lower and lowers[start] not in ctx.gaz.name_particles)
            or toks[start + 2].is_lower
            or lowers[start] in words.camp_prefixes
        )
    ):
        start += 3
    end = _trimmed_end(ctx, ent, start, end)
    # "Harvard's Kennedy School of Government": the possessor is not part of the name.
    if ent.label_ == "ORG" and end - start > 3 and lowers[start + 1] in words.possessive_marks:
        start += 2
    while end > start and (
        lowers[end - 1] is None
        or lowers[end - 1] in words.trailing_marks
        or (ent.label_ == "ORG" and lowers[end - 1] in words.org_trailing_words)
    ):
        end -= 1
    if start >= end:
        return None
    if start == ent.start and end == ent.end and label == ent.label_:
        return ent  # most entities need no trim: a new Span builds three Tokens for nothing
    return Span(doc, start, end, label=label)


def _trimmed_end(ctx: Context, ent: Span, start: int, end: int) -> int:
    """Where a name stops inside an entity span: a blank line, a number, a possessive, a
    headline's verb or a parenthesis; one walk over the span's tokens, the first stop ends it."""
    label, toks = ent.label_, ctx.tokens  # tokens made once per Doc: no Token built here
    lowers = ctx.title_words  # None for a space; the marks are listed with both apostrophes
    marks, numbering = ctx.words.possessive_marks, ctx.words.numbering_words
    for i in range(start, end):
        word = lowers[i]
        # "President Biden's Meeting with ...": a person's name ends at its possessive.
        if label == "PERSON" and word in marks:
            return i
        if i == start:
            continue
        # A name does not run over a blank line ("Joint Press Conference\n\nRose Garden").
        if word is None and "\n\n" in toks[i].text:
            return i
        # "State Council No. 4 of 2025": a number ends the name; "Biden Administration
        # Announces Actions": a headline's verb, and "Department of Defense (DoD": a
        # parenthesis.
        if label == "ORG" and (
            word == "("
            or toks[i].tag_ in ("VBZ", "VBD", "VBP")
            or (word in numbering and _starts_numbering(ctx, toks[i]))
        ):
            return i
    return end


def _starts_numbering(ctx: Context, token: Token) -> bool:
    """ "No. 4", "No 4", "Number 4": the start of a document's number."""
    if token.lower_ not in ctx.words.numbering_words:
        return False
    nxt = token.nbor(1) if token.i + 1 < len(token.doc) else None
    if nxt is not None and nxt.text == "." and nxt.i + 1 < len(token.doc):
        nxt = nxt.nbor(1)
    return nxt is None or nxt.like_num or nxt.text == "."
