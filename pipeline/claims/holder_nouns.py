"""Common nouns that can hold a belief, an intention or a side, beyond the role and speaker
nouns (patterns/holders.json): a name the tagger read as a common noun, and a noun for a
person by its agentive suffix ("the congressman thinks", "developers see X as Y"). The
claim's rule stays the frame's; these rules only let its holder through."""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from pipeline.rules import load_data

NAME_AS_NOUN = "holder.name_as_noun"
AGENT_NOUN = "holder.agent_noun"
RULE_IDS = (NAME_AS_NOUN, AGENT_NOUN)


@cache
def _data() -> dict:
    data = load_data("claims", "holders.json", version=1)
    declared = {row["id"] for row in data["rules"]}
    if declared != set(RULE_IDS):
        raise ValueError(f"claims/patterns/holders.json declares {declared}, not {RULE_IDS}")
    return {
        "entities": frozenset(data["entity_labels"]),
        "suffixes": tuple(data["agent_suffixes"]),
        "not_agent": tuple(data["non_agent_endings"]),
    }


def holder_noun_rule(noun: Token) -> str | None:
    """The rule by which a common noun (a speaker's head) can hold a claim, or None."""
    if noun.pos_ != "NOUN":
        return None
    data = _data()
    if noun.ent_type_ in data["entities"] or _capitalised_inside(noun):
        return NAME_AS_NOUN
    lemma = noun.lemma_.lower()
    if lemma.endswith(data["suffixes"]) and not lemma.endswith(data["not_agent"]):
        # "the posters criticizing them": a thing that a participle describes as acting
        # may bear an agent's suffix too; the suffix alone does not tell them apart there
        if any(c.dep_ == "acl" and c.tag_ in ("VBG", "VBN") for c in noun.children):
            return None
        return AGENT_NOUN
    return None


def _capitalised_inside(noun: Token) -> bool:
    """Written with a capital inside its sentence, as a name is; a word in capitals is a
    label or a shout ("FACT SHEET:"), not a name."""
    text = noun.text
    return text[:1].isupper() and not text.isupper() and not noun.is_sent_start
