"""'They' set against 'us' in a quote: "Serbia closed the border. 'They betrayed us,' the
Kosovo minister said."

"They" alone as often stands for no actor ("they were brought up in a conflict"), so it is
read as an actor only where the quote sets it against the speaker's own side: "they" is the
subject of the quote's main clause and "we", "us" or "our" is in the quote. It then stands
for the subject of the main clause of the sentence before the quote, when that subject is an
actor other than a single person and other than the speaker.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from pipeline.claims.tree import kids
from pipeline.events import arguments as args
from pipeline.events.persons import same_actor

if TYPE_CHECKING:
    from pipeline.events.claims import DocState

RULE_ID = "target.they_antecedent"
THEY = ("they", "them")
SUBJECTS = ("nsubj", "nsubjpass")


def they_targets(content: list[Token], st: DocState, quoted: dict | None) -> list[dict]:
    """The actor "they" stands for, at the pronoun's words (see the module's docstring)."""
    root = st.root(content)
    if quoted is None or root is None:
        return []
    they = next((c for c in kids(root) if c.dep_ in SUBJECTS and c.lower_ in THEY), None)
    ours = any(t.pos_ == "PRON" and t.lower_ in st.lex.first_person for t in content)
    if they is None or not ours or they.sent.start == 0:
        return []
    before = st.doc[they.sent.start - 1].sent
    subjects = [c for c in kids(before.root) if c.dep_ in SUBJECTS]
    found = args.mentions_of(subjects, st.mentions, st.lex, source=True)
    group = [m for m in found if _group(m) and not same_actor(m, quoted)]
    end = they.idx + len(they.text)
    return [{**m, "text": they.text, "start": they.idx, "end": end} for m in group[:1]]


def _group(m: dict) -> bool:
    """An actor that "they" can stand for: a state, a body or a group, not one person."""
    actor = m.get("actor_id") or ""
    return bool(actor) and not actor.startswith("person:") and m.get("label") != "PERSON"
