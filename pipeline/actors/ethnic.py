"""Ethnic groups: "ethnic Hungarians", "ethnic Turkish villagers" name people by descent, not
by citizenship, so they are not the state their demonym names (rule actor.ethnic_group).

Such a group belongs to the state where the sentence places it ("ethnic Hungarians in
Romania" -> ROU, actor `desc:ROU:ethnic-hungarian`), else to no state (`ethnic:hungarian`):
their kin state is a wrong country, and "Ethnic Hungarians marched ..." is no act of
Hungary's.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from pipeline.actors.arrays import sentence_bounds
from pipeline.actors.mention import Context, Mention

ETHNIC_WORDS = ("ethnic",)
LOCATIVE_PREPS = ("in", "near", "inside", "across", "throughout", "within")


def ethnic_groups(ctx: Context, mentions: list[Mention]) -> None:
    """Re-type the demonym mentions an "ethnic" modifier makes a people, in place, and
    the groups named by where they live."""
    for m in mentions:
        if _resident_group(ctx, m.span):  # unnamed, so of any label
            _place_residents(ctx, m, mentions)
            continue
        if m.label == "PERSON" or not _ethnic(ctx, m.span):
            continue
        demonym = next((t for t in m.span if ctx.gaz.lookup(t.text) is not None), None)
        if demonym is None:
            continue
        home = _residence(ctx, m.span, mentions, exclude=m.country)
        words = [t.lemma_.lower() for t in m.span if t.i >= demonym.i and t.is_alpha]
        words[0] = demonym.lower_.removesuffix("s")
        slug = "-".join(["ethnic", *words])
        m.actor_id = f"desc:{home}:{slug}" if home else f"ethnic:{'-'.join(words)}"
        m.country = home
        m.role = m.role if m.role not in (None, "GOV") else None
        m.name = m.span.text if _ethnic_inside(m.span) else f"ethnic {m.span.text}"
        if home:
            m.extra["country_from"] = "residence"
        m.set_rule("actor.ethnic_group")


def _resident_group(ctx: Context, span: Span) -> bool:
    """ "the Hungarian population", "the Turkish minority", "Russian immigrants": a
    nationality word on a noun of people who live somewhere (words.json
    resident_group_nouns)."""
    root = span.root
    return root.lemma_.lower() in ctx.words.resident_group_nouns and any(
        (e := ctx.gaz.lookup(t.text)) is not None and e.kind == "demonym" for t in span
    )


def _place_residents(ctx: Context, m: Mention, mentions: list[Mention]) -> None:
    """ "the Hungarian population of Slovakia", "Russian immigrants in Israel": of the
    one state the sentence places people in, or the group's noun is "of", as CAMEO and
    PLOVER code people by where they live (rule actor.resident_group); with no such
    state, the nationality word's (the Hungarian population of Hungary)."""
    home = _residence(ctx, m.span, mentions, exclude=m.country, own=m.span.root)
    if home is None:
        return
    words = [t.lemma_.lower() for t in m.span if t.is_alpha and t.lower_ not in ("the", "a")]
    m.actor_id = f"desc:{home}:{'-'.join(words)}"
    m.country, m.name = home, m.span.text
    m.role = m.role if m.role not in (None, "GOV") else None
    m.extra["country_from"] = "residence"
    m.set_rule("actor.resident_group")


def _ethnic(ctx: Context, span: Span) -> bool:
    """ "ethnic" in the span or right before it, read from the Doc's lower forms (made once
    per Doc; "ethnic" has no apostrophe to straighten): no Token is built."""
    words = ctx.title_words
    return any(words[i] in ETHNIC_WORDS for i in range(max(span.start - 1, 0), span.end))


def _ethnic_inside(span: Span) -> bool:
    return any(t.lower_ in ETHNIC_WORDS for t in span)


def _residence(
    ctx: Context,
    span: Span,
    mentions: list[Mention],
    exclude: str | None,
    own: Token | None = None,
) -> str | None:
    """The one state the sentence places people in ("in X", "near X's border"), or the
    group's own noun is "of" ("the population of X"), if any."""
    found: set[str] = set()
    for tok in ctx.tokens[slice(*sentence_bounds(span))]:
        of_own = own is not None and tok.head.lower_ == "of" and tok.head.head == own
        if tok.dep_ == "pobj" and (tok.head.lower_ in LOCATIVE_PREPS or of_own):
            places = [tok, *tok.conjuncts]  # "in X and Y"
            for place in [*places, *(c for p in places for c in p.children if c.dep_ == "poss")]:
                country = _state_of(ctx, place, mentions)
                if country and country != exclude:
                    found.add(country)
    return next(iter(found)) if len(found) == 1 else None


def _state_of(ctx: Context, tok: Token, mentions: list[Mention]) -> str | None:
    for m in mentions:
        if m.span.start <= tok.i < m.span.end and m.actor_id.startswith("gpe:"):
            return m.country
    entry = ctx.gaz.lookup(tok.text)
    return entry.country if entry is not None and entry.kind in ("country", "capital") else None
