"""Bodies every state has ("the foreign ministry", "the embassy", "parliament"): one actor
per state, so the Chinese and the Russian "Ministry of Foreign Affairs" are two actors
(`org:CHN:foreign-ministry`, `org:RUS:foreign-ministry`); so is any ministry the lexicon
lacks, keyed by its portfolio (`org:CHN:natural-resources-ministry`). The state comes from
the name, the word before it, the one state its sentence names, or the article's state
(lexicon: actors/patterns/state_bodies.json); a name that says no state is written with
the state word before it ("China's Ministry of Commerce")."""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from pipeline.actors.arrays import sentence_bounds
from pipeline.actors.datelines import dateline_blocks
from pipeline.actors.gazetteer import (
    STATE_KINDS,
    Gazetteer,
    country_entry,
    load_gazetteer,
    slug,
)
from pipeline.actors.mention import Context, Mention
from pipeline.actors.own_act import aimed_states
from pipeline.actors.spoken_place import place_state
from pipeline.doctext import doc_text
from pipeline.rules import load_data


@lru_cache(maxsize=1)
def body_forms() -> dict[str, str]:
    """lowercase form -> the body's key ("ministry of foreign affairs" -> "foreign-ministry")."""
    data = load_data("actors", "state_bodies.json", version=1)
    return {form: key for key, forms in data["bodies"].items() for form in forms}


@lru_cache(maxsize=1)
def body_words() -> frozenset[str]:
    """The words of the bodies' names ("foreign", "ministry", "affairs", ...)."""
    return frozenset(word for form in body_forms() for word in form.split())


@lru_cache(maxsize=1)
def generic_names() -> dict[str, str]:
    """lowercase name the gazetteer gives one state's body -> the generic body's key."""
    return load_data("actors", "state_bodies.json", version=1)["generic_names"]


@lru_cache(maxsize=1)
def body_heads() -> frozenset[str]:
    """The last words of the state bodies' names ("office" of "foreign office")."""
    return frozenset(form.split()[-1] for form in body_forms())


def body_key(words: list[str]) -> str | None:
    """The key of a state body written with these lowercase words, else None. A ministry
    the lexicon lacks is one too, keyed by its portfolio ("ministry of natural resources"
    -> "natural-resources-ministry"); a portfolio of several that opens with a known one
    is that one's ("ministry of foreign affairs and international cooperation")."""
    text = _SPACES.sub(" ", " ".join(w for w in words if w not in ("the", "'s", "’s"))).strip()
    return body_forms().get(text) or _ministry_key(text)


MINISTRY = re.compile(r"ministry of (?:the )?([a-z][a-z ,&-]*)|([a-z][a-z -]*) ministry")


def _ministry_key(text: str) -> str | None:
    match = MINISTRY.fullmatch(text)
    if match is None:
        return None
    for form, key in body_forms().items():  # "ministry of foreign affairs and ..."
        if text.startswith(f"{form} and ") or text.startswith(f"{form}, "):
            return key
    portfolio = (match.group(1) or match.group(2)).strip(" ,-")
    return f"{slug(portfolio)}-ministry" if portfolio else None


_SPACES = re.compile(r"\s+")  # compiled once: `body_key` runs for every role noun's phrase


def span_body_key(gaz: Gazetteer, span: Span) -> str | None:
    """ "the Russian Ministry of Foreign Affairs" -> "foreign-ministry"."""
    words = [t.lower_ for t in span if not _is_country_word(gaz, t.text)]
    return body_key(words)


def state_body_id(country: str, key: str) -> str:
    return f"org:{country}:{key}"


def _is_country_word(gaz: Gazetteer, text: str) -> bool:
    entry = gaz.lookup(text)
    return entry is not None and entry.kind in STATE_KINDS


SUBJECT_DEPS = ("nsubj", "nsubjpass")


def link_state_bodies(
    ctx: Context, mentions: list[Mention], home: str | None, dated: bool = False
) -> None:
    """Give each state body a state and an id of that state (rule actor.state_body). The
    article's state (`home`) is the fallback; an act aimed at it rules it out unless it is
    the dateline's (`dated`): "WARSAW - The Interior Ministry sent police to Poland's ...".
    A body named bare after one state's body of its kind is that one ("Peru's Foreign
    Ministry ... The Foreign Ministry said": rule actor.state_body_namesake), when the
    bodies of its kind named before are all one state's."""
    named: dict[str, set[str]] = {}  # body key -> the states of its bodies named so far
    for m in mentions:
        if m.label != "ORG" or m.country == "IGO" or _other_states_body(ctx, m):
            continue
        key = span_body_key(ctx.gaz, m.span)
        if key is None:
            continue
        country = m.country or _country_before(ctx, m.span) or _country_after(ctx, m.span)
        aimed = aimed_states(ctx.gaz, m.span)  # "accused Russia": not its own state
        country = country or _sentence_state(ctx, m.span, aimed) or _framing_place(ctx, m.span)
        if country is None and len(named.get(key, ())) == 1:
            country = next(iter(named[key]))
            m.note(NAMESAKE_RULE)
        if country is None and home is not None and (dated or home not in aimed):
            country = home
            m.extra["country_from"] = "article"
        if country is None:
            continue
        m.country = country
        m.actor_id = state_body_id(country, key)
        m.set_rule("actor.state_body")
        written_with_state(ctx, m)
        named.setdefault(key, set()).add(country)


GENERIC_NAME_RULE = "actor.state_body_generic_name"
NAMESAKE_RULE = "actor.state_body_namesake"


def _other_states_body(ctx: Context, m: Mention) -> bool:
    """ "Peru's congress": a name the gazetteer gives one state's body ("Congress") written
    right after another state is that state's body (`org:PER:parliament`), not a second
    name of the first; so is the bare name under another state's dateline ("BUENOS AIRES
    — ... the opposition in Congress": Argentina's) (rule actor.state_body_generic_name)."""
    words = [t.lower_ for t in m.span if t.lower_ != "the"]
    key = generic_names().get(" ".join(words)) if len(words) <= 2 else None
    own = ctx.gaz.lookup(m.span.text) if key is not None else None
    named = _country_before(ctx, m.span) if own is not None else None
    if own is not None and named is None:  # the dateline's capital's state: its own body
        named = dateline_country(ctx.doc, capital_only=True)
    state = country_entry(named) if named is not None and named != own.country else None
    if state is None:
        return False
    m.country, m.actor_id = state.country, state_body_id(state.country, key)
    m.name = f"{state.name} {' '.join(words)}"
    m.set_rule(GENERIC_NAME_RULE)
    return True


def _country_before(ctx: Context, span: Span) -> str | None:
    """ "Chinese foreign ministry" where NER left the nationality out of the name."""
    found = _state_before(ctx, span)
    return found[0] if found else None


def _state_before(ctx: Context, span: Span) -> tuple[str, int] | None:
    """The state of the nationality or possessive word right before the span, and where
    that word is."""
    doc, i = ctx.doc, span.start - 1
    if i >= 1 and doc[i].lower_ in ctx.words.possessive_marks:
        i -= 1
    for first in range(max(i - 2, 0), i + 1):  # "Saudi Arabia's": the name of several words
        entry = ctx.gaz.lookup(doc[first : i + 1].text)
        if entry is not None and entry.kind in STATE_KINDS and entry.country != "IGO":
            return entry.country, first
    return None


def written_with_state(ctx: Context, m: Mention) -> None:
    """ "China's Ministry of Commerce": a state body whose name says no state is named with
    the state word the text writes right before it, as an unnamed body is ("Uganda's
    foreign ministry"); a name that says its state keeps it ("Russia Ministry of ...")."""
    found = _state_before(ctx, m.span)
    if found is None or found[0] != m.country:
        return
    if not any(_is_country_word(ctx.gaz, t.text) for t in m.span):
        m.name = " ".join(ctx.doc[found[1] : m.span.end].text.split())


def _country_after(ctx: Context, span: Span) -> str | None:
    """ "the Ministry of Foreign Affairs of Chile": a state named with "of" right after; or
    its capital after a comma, as a header places the body ("by the Ministry of Foreign
    Affairs, Dhaka, 15 January")."""
    doc, i = ctx.doc, span.end
    if i >= len(doc):
        return None
    kinds = ("capital",) if doc[i].text == "," else ("country",)
    if doc[i].text != "," and doc[i].lower_ not in ctx.words.member_prepositions:
        return None
    i += 1
    while i < len(doc) and doc[i].lower_ in ctx.words.definite_articles:
        i += 1
    for width in (3, 2, 1):  # "the United States", "South Korea", "Chile"
        entry = ctx.gaz.lookup(doc[i : i + width].text) if i + width <= len(doc) else None
        if entry is not None and entry.kind in kinds and entry.country != "IGO":
            return entry.country
    return None


def _sentence_state(ctx: Context, span: Span, aimed: set[str]) -> str | None:
    """The one state the sentence names by a country name or nationality word, when it is
    not one the body's own act is aimed at; in what the body says, only one on the
    reported clause's subject (`_of_subject`)."""
    states, head = set(), span.root
    while head.dep_ == "compound" and head.head.i != head.i:
        head = head.head  # "External Affairs officials": the officials' verb
    verb = head.head if head.dep_ in ("nsubj", "nsubjpass") else None
    said = (
        {t.i for c in verb.children if c.dep_ in ("ccomp", "xcomp") for t in c.subtree}
        if verb is not None
        else set()
    )
    for token in ctx.tokens[slice(*sentence_bounds(span))]:
        entry = ctx.gaz.lookup(token.text)
        if entry is None or entry.kind not in STATE_KINDS or entry.country in (None, "IGO"):
            continue
        if token.i not in said or _of_subject(token):
            states.add(entry.country)
    return next(iter(states)) if len(states) == 1 and not states & aimed else None


def _of_subject(token: Token) -> bool:
    """In what a body says, its own state is the reported clause's subject or a word on it
    ("said Bolivia would go its own way", "said Polish troops would stay"), not an object
    ("said it had summoned the Chinese ambassador", "said talks with the UAE would end")."""
    if token.dep_ in ("amod", "compound", "poss"):
        token = token.head
    return token.dep_ in SUBJECT_DEPS


def _framing_place(ctx: Context, span: Span) -> str | None:
    """ "In Moscow, the Ministry of Foreign Affairs said": the one state of the places "in"
    on the verb the body is the subject of; not for a body kept abroad ("In Moscow, the
    embassy said" may be any state's)."""
    head = span.root
    if head.dep_ not in ("nsubj", "nsubjpass") or head.lower_ in ctx.words.posted_nouns:
        return None
    shared = ctx.words.shared_place_names
    preps = (c for c in head.head.children if c.dep_ == "prep" and c.lower_ == "in")
    objs = (o for p in preps for o in p.children if o.dep_ == "pobj")
    states = {c for o in objs if (c := place_state(o, ctx.gaz, shared)) is not None}
    return next(iter(states)) if len(states) == 1 else None


def dateline_country(doc: Doc, capital_only: bool = False) -> str | None:
    """ "BEIJING, May 3 -": the state of the dateline's first place (the structure stage
    leaves the dateline in `doc._.layout`): a state it names after a comma ("ST.
    PETERSBURG, Russia"), else its city's state, a capital ("BEIJING") or a city of one
    state ("COLUMBIA, S.C.", places.generated.json). `capital_only`: the capital's state
    only; a story filed from a city ("FRANKFURT -", "MELBOURNE, Australia -") is often
    about people of other states (a central banker, a tennis draw)."""
    gaz = load_gazetteer()
    for block in dateline_blocks(doc):
        if not block.get("place"):
            continue
        parts = [block["place"].split("/")[0].split(",")[0].strip().title()]
        if not capital_only:  # "ODESSA, Ukraine -"
            parts += doc_text(doc)[block["start"] : block["end"]].split(",")[1:]
        named = [gaz.lookup(p.strip(" -\u2013\u2014")) for p in parts[1:]]
        country = next((e.country for e in named if e is not None and e.kind == "country"), None)
        entry = gaz.lookup(parts[0])
        if country is None and entry is not None and entry.country != "IGO":
            country = entry.country
        country = country or (None if capital_only else gaz.place_state(parts[0]))
        if country not in (None, "IGO"):
            return country
    return None
