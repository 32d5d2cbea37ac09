"""Who can hold a side taken ("X backs Y", "groups that oppose Y"): an actor, not the
reader's "you" nor a share of those polled, nor a lender that finances what it backs; and
a relative pronoun that takes a side, resolved to its antecedent as the actor stage
resolves "who" (the span stays the pronoun's)."""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.claims.noun_phrases import unresolved_name
from pipeline.claims.speakers import actor_like, np_speaker, relative_antecedent
from pipeline.claims.tree import kids
from pipeline.claims.view import DocView
from pipeline.rules import rule


def relative_pronoun(view: DocView, speaker: dict | None) -> bool:
    """A holder that is a relative pronoun, not resolved to an actor ("which", "that")."""
    return bool(
        speaker
        and speaker["actor_id"] is None
        and speaker["text"].lower() in view.lex.relative_pronouns
    )


# a side taken toward someone: "the union, which backed Lopez", "groups that oppose the
# fee" hold it as their antecedent does, with an object as with a clause
SIDE_CATEGORIES = {"support", "opposition", "accusation"}


def side_antecedent(view: DocView, tok: Token, entry: dict, speaker: dict | None) -> dict | None:
    """The antecedent of a relative pronoun that takes a side, who holds it, when it can
    hold one; else the speaker itself (a pronoun that speaks for no one)."""
    if entry.get("category") not in SIDE_CATEGORIES or not relative_pronoun(view, speaker):
        return speaker
    antecedent = relative_antecedent(view, speaker, ("xcomp", "conj"))  # "which met X and backed Y"
    if antecedent is None:
        return speaker
    held = np_speaker(view, antecedent)
    if not side_holder(view, held, tok):
        return speaker
    return unresolved(view, held) if new_group(view, antecedent) else held


def new_group(view: DocView, noun: Token) -> bool:
    """A plural common noun with no definite determiner or possessor ("countries that
    support X", "several Gulf states"): a group the text brings in here, not an actor it
    named before, whatever the role noun would resolve to."""
    if noun.tag_ != "NNS":
        return False
    indefinite = view.lex.frame_words["indefinite_determiners"]
    return not any(c.dep_ in ("det", "poss") and c.lower_ not in indefinite for c in kids(noun))


def unresolved(view: DocView, row: dict) -> dict:
    """A speaker row that names no actor: its own words as a name, if they are one."""
    empty = {"actor_id": None, "country": None, "role": None, "type": None}
    name = unresolved_name(view, row["start"], row["end"])
    return {**row, **empty, "name": name, "resolved_from": "unresolved"}


def relative_speaker(pronoun: dict, held: dict) -> dict:
    """The pronoun resolved to its antecedent's actor, as the actor stage resolves "who"."""
    return {
        **held,
        **{k: pronoun[k] for k in ("text", "start", "end")},
        "name": held.get("name") or held["text"],
        "resolved_from": "relative",
        "rule_id": RELATIVE_RULE,
        "confidence": held.get("confidence", rule(RELATIVE_RULE).confidence),
    }


RELATIVE_RULE = "actor.speaker.relative"


def side_holder(view: DocView, speaker: dict | None, cue: Token | None = None) -> bool:
    """An actor, not "you"; a share of those polled is the attitudes family's poll answer;
    not a lender that backs a loan (frame_words `funding_verbs`, `funding_holders`)."""
    if not actor_like(view, speaker) or speaker["text"].lower() == "you":
        return False
    span = view.doc.char_span(speaker["start"], speaker["end"], alignment_mode="expand")
    if span is None:
        return True
    words = view.lex.frame_words
    funds = cue is not None and view.cue_lemmas[cue.i] in words["funding_verbs"]
    if funds and span.root.lemma_.lower() in words["funding_holders"]:
        return False
    return span.root.lower_ not in view.lex.poll_shares
