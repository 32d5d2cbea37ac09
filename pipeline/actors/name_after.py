"""An organisation noun and the name right after it: "Portugal's investment agency AICEP
said", "the carmaker Toyota said" (rule actor.speaker.noun_then_name). The parser may leave
the name out of the speaker's phrase (two subjects, or the name taken for the verb's own);
the name, not an unnamed body the noun would make, is who speaks.
"""

from __future__ import annotations

from spacy.tokens import Doc

from pipeline.actors.describe import Description, unnamed_id
from pipeline.actors.mention_index import MentionIndex
from pipeline.doctext import doc_text

RULE_ID = "actor.speaker.noun_then_name"


def name_after(doc: Doc, index: MentionIndex, end: int, desc: Description | None) -> dict | None:
    """The named organisation that starts one space after a phrase headed by an
    organisation noun (with the phrase's state when it has none), else None."""
    if desc is None or desc.kind != "org" or doc_text(doc)[end : end + 1] != " ":
        return None
    for m in index.overlapping(end + 1, end + 2):
        named = m["start"] == end + 1 and not unnamed_id(m.get("actor_id"))
        if named and m.get("label") == "ORG":  # "Portugal's ... agency": Portugal's, if unknown
            return {**m, "country": m.get("country") or desc.country}
    return None
