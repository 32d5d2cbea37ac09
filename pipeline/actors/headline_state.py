"""The state a headline is about: "Interview: Bangladesh's health chief on the dengue
surge". Where no state dominates the mentions, the one state the headline names as an
actor or as whose a person or body is (not "US tariffs"), when the body names no other
state more often, is the article's state (rule actor.headline_state):
its people and bodies without a country get it, a guess marked country_from "article"."""

from __future__ import annotations

from collections import Counter

from pipeline.actors.datelines import headline_spans
from pipeline.actors.describe import entry_for
from pipeline.actors.mention import Context, Mention

RULE_ID = "actor.headline_state"
STATE_LABELS = ("GPE", "NORP")


def headline_state(ctx: Context, mentions: list[Mention]) -> str | None:
    """The one state the headline names, unless another is named more often; else None."""
    headlines = headline_spans(ctx.doc)
    if not headlines:
        return None
    states = [m for m in mentions if m.label in STATE_LABELS and m.country not in (None, "IGO")]
    named = {
        m.country
        for m in states
        if any(a <= m.span.start_char < b for a, b in headlines) and _whose_actor(m)
    }
    if len(named) != 1:
        return None
    home = next(iter(named))
    counts = Counter(m.country for m in states)
    return home if all(n <= counts[home] for n in counts.values()) else None


def _whose_actor(m: Mention) -> bool:
    """Does the headline name the state as an actor, or as whose a person or body is
    ("Senegal suspends ...", "Bangladesh's health chief", "Kenyan minister"), not as a
    topic or a thing's owner ("US tariffs", "on tariffs, China and ...")?"""
    root = m.span.root
    if root.dep_ in ("nsubj", "nsubjpass"):
        return True
    if root.dep_ not in ("poss", "amod", "compound"):
        return False
    head = root.head
    while head.dep_ == "compound" and head.head.i != head.i:
        head = head.head  # "Bangladesh's health chief": the chief
    return (entry_for(head) or {}).get("kind") in ("person", "org", "group")
