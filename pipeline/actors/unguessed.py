"""Who takes no guess of the article's state (rule actor.unguessed_affiliation).

In an article about one state, people and bodies named without a country are guessed to be
that state's (affiliate.guess_article_state). Not a person whose own apposition names the
body they are with ("Ana Ruiz, the lead negotiator for the Harbour Alliance", "a researcher
at the Delta Policy Institute"): their country is that body's, and none is known; nor a
company, research body or charity (patterns/affiliation.json unguessed_roles): a
story about China quotes think tanks and firms of anywhere. A state's institutions, its
parties and its people with no body named still take the guess.
"""

from __future__ import annotations

from functools import cache

from pipeline.actors.mention import Context, Mention
from pipeline.actors.represents import names_body
from pipeline.rules import load_data

RULE_ID = "actor.unguessed_affiliation"


@cache
def unguessed_roles() -> frozenset[str]:
    return frozenset(load_data("actors", "affiliation.json", 1)["unguessed_roles"]["roles"])


def takes_article_guess(ctx: Context, m: Mention, mentions: list[Mention]) -> bool:
    """May the mention (a person or a body with no country) take the article's state? A
    refusal is noted in its trail."""
    if m.label == "ORG":
        refused = m.role in unguessed_roles()
    else:
        refused = m.label == "PERSON" and names_body(ctx, m, mentions)
    if refused and RULE_ID not in m.rule_trail:
        m.note(RULE_ID)
    return not refused
