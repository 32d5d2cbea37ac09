"""Whose an organisation is when a state's possessive stands before it: "China's Taiwan
Affairs Office" is China's, whatever state a word of its name names (rule
actor.owner_state); not when the possessive belongs to a noun after the name ("Iran's
Hezbollah allies": the allies are Iran's, Hezbollah is not)."""

from __future__ import annotations

from pipeline.actors.mention import Context, Mention

RULE_ID = "actor.owner_state"


def owner_state(ctx: Context, m: Mention, mentions: list[Mention]) -> str | None:
    """The state whose possessive right before the organisation hangs on a word of its
    name, or None."""
    i = m.span.start - 1
    if i < 1 or ctx.doc[i].lower_ not in ctx.words.possessive_marks:
        return None
    owner = next((o for o in mentions if o.span.end == i and o.label == "GPE"), None)
    if owner is None or owner.country == "IGO":
        return None
    head = owner.span.root.head  # the noun the possessive belongs to
    return owner.country if m.span.start <= head.i < m.span.end else None
