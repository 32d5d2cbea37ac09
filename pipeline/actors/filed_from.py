"""A dateline names where a story was filed, which is not always what it is about:
"ADDIS ABABA, Ethiopia (Reuters) - Sudan's army and the rebels signed a truce ..." is
about Sudan. The dateline's state is the article's state (rule actor.dateline_state)
unless the story after the dateline never names it and names another state as the owner
of its actors ("Sudan's army", "Somalia's president"): a state that only acts or is acted
upon ("Peru fined an Oslo bank") may be a visitor to the dateline's story."""

from __future__ import annotations

from pipeline.actors.datelines import dateline_end
from pipeline.actors.mention import Context, Mention

OWNER_DEPS = ("poss",)


def filed_from_only(ctx: Context, mentions: list[Mention], country: str) -> bool:
    """Is `country` (the dateline's) only where the story was filed from?"""
    end = dateline_end(ctx.doc)
    after = [
        m
        for m in mentions
        if m.label == "GPE" and m.span.start_char >= end and m.country not in (None, "IGO")
    ]
    if any(m.country == country for m in after):
        return False
    return any(m.span.root.dep_ in OWNER_DEPS for m in after)
