"""A form of address makes a person of a name that is also a state's or a capital's
("Ms. Monaco said", "Mr. Jordan said"): the gazetteer's reading gives way (rule
actor.honorific_person; the honorifics of patterns/gender.json)."""

from __future__ import annotations

from pipeline.actors.gazetteer import slug
from pipeline.actors.gender import gender_words
from pipeline.actors.mention import Context, Mention

RULE_ID = "actor.honorific_person"
STATE_RULES = ("actor.country_name", "actor.capital_metonymy")


def honorific_people(ctx: Context, mentions: list[Mention]) -> None:
    """Re-type, in place, the one-word state or capital mentions right after an honorific
    as people of no known state."""
    honorifics = gender_words().honorifics
    for m in mentions:
        if m.rule_id not in STATE_RULES or len(m.span) != 1 or m.span.start == 0:
            continue
        if ctx.tokens[m.span.start - 1].lower_ not in honorifics:
            continue
        m.label = m.type = "PERSON"
        m.actor_id, m.name = f"person:{slug(m.span.text)}", m.span.text
        m.country, m.role = None, None
        m.set_rule(RULE_ID)
