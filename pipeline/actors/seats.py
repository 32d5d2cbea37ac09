"""A capital that is the seat of an international organisation, as an actor: "Brussels
said the funds would stay frozen" in a story about the European Union is the Union, not
Belgium's government. The capital stands for the organisation when the text names the
organisation or one of its bodies and names no actor of the host state (a Belgian
minister, "Belgium", the word "Belgian" anywhere); otherwise, and as the modifier of a noun
("Brussels police": the city's own), it keeps its state (rule actor.seat_metonymy; the seats
and bodies: patterns/seats.json)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from pipeline.actors.gazetteer import Entry, load_gazetteer
from pipeline.actors.mention import Context, Mention
from pipeline.actors.sentence_states import country_words
from pipeline.rules import load_data

RULE_ID = "actor.seat_metonymy"
METONYMY = "actor.capital_metonymy"


@dataclass(frozen=True)
class Seat:
    organisation: Entry
    body_ids: frozenset[str]  # the actor ids of the organisation and its bodies


@cache
def seats() -> dict[str, Seat]:
    """lowercase capital -> the organisation seated there."""
    gaz, found = load_gazetteer(), {}
    for capital, row in load_data("actors", "seats.json", version=1)["seats"].items():
        organisation = gaz.lookup(row["organisation"])
        bodies = [gaz.lookup(name) for name in row["bodies"]]
        if organisation is None:
            raise ValueError(f"seats.json: {row['organisation']!r} is in no gazetteer")
        ids = frozenset(b.actor_id for b in bodies if b is not None)
        found[capital] = Seat(organisation, ids | {organisation.actor_id})
    return found


def seat_metonymy(ctx: Context, mentions: list[Mention]) -> None:
    """The seat capitals acting in a text about their organisation become it."""
    for capital, seat in seats().items():
        acting = [
            m
            for m in mentions
            if m.rule_id == METONYMY and _text(m) == capital and not _modifier(m)
        ]
        if not acting or not _names_organisation(mentions, seat):
            continue
        host = acting[0].country
        if any(m.country == host for m in mentions if m not in acting):
            continue  # the host state acts too: its capital may be its government
        if _names_state(ctx, host):
            continue  # "Belgian Prime Minister X": no person has a country yet here
        org = seat.organisation
        for m in acting:
            m.label, m.actor_id, m.name = org.type, org.actor_id, org.name
            m.country, m.role, m.type = org.country, org.role, org.type
            m.set_rule(RULE_ID)


def _modifier(m: Mention) -> bool:
    """ "Brussels police": the city's own body, not a capital acting."""
    return m.span.root.dep_ == "compound"


def _names_state(ctx: Context, host: str | None) -> bool:
    """Whether a country name or nationality word anywhere in the text names the host
    state: the host's people or the capital's own apposition ("Brussels, the Belgian
    capital") are in the story."""
    words = country_words(ctx, 0, len(ctx.tokens))  # capitalised, of a state
    return any(ctx.gaz.lookup(t.text).country == host for t in words)


def _text(m: Mention) -> str:
    return m.span.text.lower()


def _names_organisation(mentions: list[Mention], seat: Seat) -> bool:
    prefix = f"desc:{seat.organisation.actor_id}:"  # "the European Union's executive"
    return any(m.actor_id in seat.body_ids or m.actor_id.startswith(prefix) for m in mentions)
