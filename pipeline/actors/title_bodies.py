"""A body word in a person's title that is the head noun of an organisation named earlier
in the text is that organisation: "The European Commission said ... Commission trade
spokesman Pieter Jansen said" (rule actor.title_body_alias), as "the Commission" alone is
(rule actor.alias_head_noun). The person takes its country. A state body's title with
no state ("foreign ministry spokeswoman Lin Mei") at a briefing its sentence sets in a
state's capital ("At a regular briefing in Beijing, ...") is that state's official (rule
actor.title_body_capital): spokespeople brief in their own capital.
"""

from __future__ import annotations

from collections.abc import Iterable

from pipeline.actors.mention import Context, Mention
from pipeline.actors.short_names import head_word
from pipeline.actors.state_bodies import body_key

RULE_ID = "actor.title_body_alias"
CAPITAL_RULE_ID = "actor.title_body_capital"
BRIEFING_PREPOSITIONS = ("in",)
SPOKESPEOPLE = ("spokesman", "spokeswoman", "spokesperson")  # a title alone that briefs


def body_in_title(
    ctx: Context, m: Mention, window_start: int, mentions: Iterable[Mention]
) -> Mention | None:
    """The organisation a capitalised word of the title before the person's name stands
    for: the last one named before the title with that head noun, else None."""
    # the title's capitalised words first: most titles have none, and then no head noun
    # of an organisation, nor the words other mentions hold, is worked out
    titled = [t for t in ctx.tokens[window_start : m.span.start] if t.is_title]
    if not titled:
        return None
    words = {t.text for t in titled}
    mentions = list(mentions)
    heads: dict[str, Mention] = {}
    for o in sorted(mentions, key=lambda o: o.span.start):
        if o.span.end > window_start:
            break
        if o.label == "ORG" and (head := head_word(ctx, o)) in words:
            heads[head] = o
    if not heads:
        return None
    named = {i for o in mentions for i in range(*o.bounds)}
    return next((heads[t.text] for t in titled if t.i not in named and t.text in heads), None)


def title_body_country(
    ctx: Context, m: Mention, window_start: int, mentions: Iterable[Mention]
) -> str | None:
    """The country of the body `body_in_title` finds, noted in the person's trail."""
    body = body_in_title(ctx, m, window_start, list(mentions))
    if body is None or body.country is None:
        return briefing_capital(ctx, m, window_start)
    m.note(RULE_ID)
    return body.country


def briefing_capital(ctx: Context, m: Mention, window_start: int) -> str | None:
    """The state of the one capital the person's sentence names after "in", when the title
    before the name is a state body's with no state in it, or a spokesperson's alone (rule
    actor.title_body_capital)."""
    title = [t.lower_ for t in ctx.tokens[window_start : m.span.start] if t.is_alpha]
    body = title[:-1]  # "foreign ministry" of "foreign ministry spokeswoman"
    bare = len(title) == 1 and title[0] in SPOKESPEOPLE  # "Spokesman X told reporters in"
    bodies = (body_key(body[k:]) for k in range(max(len(body) - 4, 0), len(body)))
    if not bare and not any(bodies):
        return None
    sent = m.span.sent
    states = set()
    for prep in (t for t in sent if t.lower_ in BRIEFING_PREPOSITIONS):
        for place in (c for c in prep.children if c.dep_ == "pobj"):
            entry = ctx.gaz.lookup(place.text)  # the look-up normalises the form
            if entry is not None and entry.kind == "capital":
                states.add(entry.country)
    if len(states) != 1:
        return None
    m.note(CAPITAL_RULE_ID)
    return states.pop()
