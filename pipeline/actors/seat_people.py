"""Officials and sources placed in the seat of an international organisation: "officials in
Brussels", "diplomatic sources in Brussels" in a story about the European Union are the
Union's, not Belgium's, on the terms the seat rule (pipeline/actors/seats.py) takes the
capital itself for the organisation: the text names the organisation or one of its bodies
and no actor of the host state. Only people who speak for an office (seats.json
seat_people: 'officials', 'sources', 'diplomats') move: farmers or police in the capital
stay the host state's. A state's government ("officials") becomes the organisation, anyone
else an unnamed person of it, `desc:<organisation's actor_id>:<noun phrase>` as
org_people.py names them (rule actor.seat_people). A capital seats.json lacks (Addis
Ababa, Vienna) keeps the gazetteer's state.
"""

from __future__ import annotations

from functools import cache

from pipeline.actors.gazetteer import Entry, country_entry, state_adjective
from pipeline.actors.mention import Context, Mention
from pipeline.actors.seats import _names_organisation, _names_state, seats
from pipeline.rules import load_data

RULE_ID = "actor.seat_people"
PLACED = "actor.unnamed_placed"


@cache
def seat_people_nouns() -> frozenset[str]:
    return frozenset(load_data("actors", "seats.json", version=1)["seat_people"])


def seat_people(ctx: Context, mentions: list[Mention]) -> None:
    """The officials and sources placed in a seat capital of a story about its
    organisation become the organisation's."""
    nouns = seat_people_nouns()
    placed = [m for m in mentions if m.rule_id == PLACED and m.span.root.lemma_.lower() in nouns]
    for capital, seat in seats().items():
        here = [m for m in placed if m.span.text.lower().endswith(" " + capital)]
        if not here or not _names_organisation(mentions, seat):
            continue
        host = here[0].country
        if any(m.country == host for m in mentions if m not in here) or _names_state(ctx, host):
            continue  # the host state acts too: its people may be these
        for m in here:
            _of_organisation(m, seat.organisation)


def _of_organisation(m: Mention, org: Entry) -> None:
    state = country_entry(m.country or "")
    if state is not None and m.actor_id == state.actor_id:
        m.actor_id, m.name = org.actor_id, org.name  # "officials in Brussels": the Union
    else:  # desc:BEL:diplomatic-source, "Belgian diplomatic sources"
        key = m.actor_id.rsplit(":", 1)[-1]
        adjective = state_adjective(m.country) + " " if m.country else ""
        if adjective and m.name.startswith(adjective):  # a name made with the adjective
            m.name = f"{org.name} {m.name[len(adjective) :]}"
        m.actor_id = f"desc:{org.actor_id}:{key}"  # a written name stays: "sources in Brussels"
    m.country, m.role = org.country, org.role
    m.set_rule(RULE_ID)
