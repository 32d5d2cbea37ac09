"""Namings outside any claim: "Iran branded Y a rogue state", "Poland labelled the militia
terrorists", "the minister called the group a threat".

The claims stage makes a claim of a naming only when its verb is a speech cue ("called");
"branded" and "labelled" name too, and the name they give is a judgement of the named
actor: DISAPPROVE or SUPPORT by the name's valence (events/predicates.py), toward the named
thing (the verb's object), never toward the name ("a Russian puppet" names no target).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from pipeline.events import arguments as args
from pipeline.events import build
from pipeline.events import coding as cd
from pipeline.events import predicates as pr
from pipeline.events.persons import same_actor

if TYPE_CHECKING:
    from pipeline.events.claims import DocState

RULE_ID = "event.naming_act"


def naming_events(st: DocState, words: build.EventWords, claims: list[dict]) -> list[dict]:
    """A stance claim for each naming verb no claim codes, with an actor for its subject and
    a named object: one per source, aimed at the object's actors."""
    out: list[dict] = []
    cue_chars = {k for c in claims for k in range(c["cue"]["start"], c["cue"]["end"])}
    speeches = [
        (c["content"]["start"], c["content"]["end"], c)
        for c in claims
        if c["kind"] in build.SPEECH_CLAIMS
    ]
    for i in words.namings(st.doc):
        tok = st.doc[i]
        if i in st.coded or tok.pos_ not in cd.VERB_POS or tok.idx in cue_chars:
            continue
        if cd.verb_lemma(tok, st.lex) not in st.lex.naming_verbs or not cd.naming(tok, st.lex):
            continue
        st.coded.add(tok.i)
        out += _naming_claims(tok, st, build._container(speeches, tok))
    return out


def _naming_claims(verb: Token, st: DocState, parent: dict | None) -> list[dict]:
    """The claims of one naming, by each of its sources other than the reporting speaker."""
    coding = cd.modify(cd.Coding(None, "event.naming", verb), st.lex)
    sources = args.mentions_of(args.source_heads(verb), st.mentions, st.lex, source=True)
    speaker = (parent or {}).get("speaker")
    out = []
    for source in [m for m in sources if not (parent and same_actor(m, speaker))]:
        claim = build.event_claim(st, coding, source, [], RULE_ID, parent)
        if claim is not None and claim["event"]["category"] is not None:
            out.append(_named_only(claim, verb, st))
    return out


def _named_only(claim: dict, verb: Token, st: DocState) -> dict:
    """The claim less the targets found only in the name given ("branded Y a Russian
    puppet": not Russia), when the named object has an actor."""
    label = {t.i for t in pr.naming_predicate(verb, st.lex)}
    kept = [t for t in claim["targets"] if not _inside(t, label, st)]
    return {**claim, "targets": kept} if kept else claim


def _inside(target: dict, label: set[int], st: DocState) -> bool:
    span = st.span(target["start"], target["end"])
    return span is not None and all(t.i in label for t in span)
