"""A place inside an organisation's name says where it is: "University of Lagos" is
Nigerian, "the Harbour Institute of Mombasa" Kenyan (rule actor.org_name_place). The place
is a state, a capital, or a city or region of one state (the place gazetteer) named after
the name's "of"; never a name two states share. (A place as the name's first word is the
name rules' own: "Nairobi Port Authority"; and a region's name there is often an
adjective: "Southern Policy Institute".)
"""

from __future__ import annotations

from pipeline.actors.gazetteer import STATE_KINDS
from pipeline.actors.mention import Context, Mention
from pipeline.actors.spoken_place import ambiguous_places

RULE_ID = "actor.org_name_place"


def name_place_state(ctx: Context, m: Mention) -> str | None:
    """The state of the place an organisation's name holds, else None."""
    words = [t.text for t in ctx.tokens[m.span.start : m.span.end]]
    if len(words) < 2:
        return None
    if "of" in words[1:-1]:
        after = words[words.index("of", 1) + 1 :]
        after = after[1:] if after[0].lower() == "the" else after
        return _state(ctx, " ".join(after), (*STATE_KINDS, "capital"))
    return None


def _state(ctx: Context, text: str, kinds: tuple[str, ...]) -> str | None:
    if not text[:1].isupper() or text.lower() in ambiguous_places():
        return None
    if text.lower() in ctx.words.shared_place_names:
        return None
    entry = ctx.gaz.lookup(text)
    if entry is not None:
        return entry.country if entry.kind in kinds and entry.country != "IGO" else None
    return ctx.gaz.place_state(text)


def named_place_state(ctx: Context, m: Mention) -> str | None:
    """`name_place_state`, noted in the mention's trail when found."""
    state = name_place_state(ctx, m)
    if state is not None:
        m.note(RULE_ID)
    return state
