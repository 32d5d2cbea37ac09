"""The event lexicon (patterns/events.json) and the VADER valence lexicon, loaded once."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from importlib import resources

from pipeline.actors.pronouns import pronouns
from pipeline.rules import Rule, UnknownRuleError, load_data, stage_rules

LEXICON_VERSION = 1


@dataclass(frozen=True)
class Entry:
    """What one word or phrase means as an event."""

    category: str | None
    mode: str | None = None


@dataclass
class EventLexicon:
    quads: dict[str, str]
    polarity: dict[str, str]
    verbs: dict[str, Entry]
    nouns: dict[str, Entry]
    phrases: dict[tuple[str, str], Entry]
    light_verbs: frozenset[str]
    modes: dict[str, dict[str, str]]  # category -> word -> mode
    speech_cues: frozenset[str]
    target_preps: frozenset[str]
    addressee_preps: frozenset[str]
    modifier_preps: frozenset[str]
    reason_preps: frozenset[str]
    circumstance_preps: frozenset[str]
    relation_nouns: frozenset[str]
    query_verbs: frozenset[str]
    question_marks: frozenset[str]
    group_roles: dict[str, str]
    quantity_heads: frozenset[str]
    reversal_verbs: frozenset[str]
    civil_roles: frozenset[str]
    visit_verbs: frozenset[str]
    demand_modals: frozenset[str]
    prep_light_verbs: frozenset[str]
    cue_categories: dict[str, str]
    visit_preps: frozenset[str]
    conditional_marks: frozenset[str]
    first_person: frozenset[str]
    non_event_objects: frozenset[str]
    evaluative_threshold: float
    location_preps: frozenset[str] = frozenset()
    location_quads: frozenset[str] = frozenset()
    location_categories: frozenset[str] = frozenset()
    intention_heads: frozenset[str] = frozenset()
    verb_prefixes: tuple[str, ...] = ()
    non_state_roles: frozenset[str] = frozenset()
    retraction_verbs: frozenset[str] = frozenset()
    symmetric_categories: frozenset[str] = frozenset()
    symmetric_with_categories: frozenset[str] = frozenset()
    response_frames: dict[str, list[tuple[str, ...]]] = field(default_factory=dict)
    act_pronouns: frozenset[str] = frozenset()
    audience_nouns: frozenset[str] = frozenset()
    audience_roles: frozenset[str] = frozenset()
    addressee_object_verbs: frozenset[str] = frozenset()
    speech_addressee_preps: tuple[str, ...] = ()
    speech_topic_preps: tuple[str, ...] = ()
    future_auxiliaries: frozenset[str] = frozenset()
    third_person: frozenset[str] = frozenset()
    negative_implicatives: frozenset[str] = frozenset()
    polarity_shifters: frozenset[str] = frozenset()
    agent_suffixes: tuple[str, ...] = ()
    military_nouns: frozenset[str] = frozenset()
    police_nouns: frozenset[str] = frozenset()
    patient_possessor_nouns: frozenset[str] = frozenset()
    permission_verbs: frozenset[str] = frozenset()
    rhetorical_openers: frozenset[str] = frozenset()
    concessive_marks: frozenset[str] = frozenset()
    negating_adverbs: frozenset[str] = frozenset()
    opposing_preps: frozenset[str] = frozenset()
    unnamed_target_nouns: frozenset[str] = frozenset()
    threatening_modifiers: frozenset[str] = frozenset()
    command_verbs: frozenset[str] = frozenset()
    cooperative_presence_nouns: frozenset[str] = frozenset()
    unconventional_acts: frozenset[str] = frozenset()
    refusal_idioms: frozenset[str] = frozenset()
    expectation_verbs: frozenset[str] = frozenset()
    uncontrolled_verbs: frozenset[str] = frozenset()
    opposing_frames: frozenset[str] = frozenset()
    preparation_verbs: frozenset[str] = frozenset()
    decision_verbs: frozenset[str] = frozenset()
    decided_categories: frozenset[str] = frozenset()
    pressure_nouns: frozenset[str] = frozenset()
    dissent_verbs: frozenset[str] = frozenset()
    verdict_verbs: frozenset[str] = frozenset()
    verdict_words: frozenset[str] = frozenset()
    involvement_nouns: frozenset[str] = frozenset()
    phone_talk_verbs: frozenset[str] = frozenset()
    attribution_verbs: frozenset[str] = frozenset()
    own_forces_categories: frozenset[str] = frozenset()
    measure_preps: frozenset[str] = frozenset()
    recognition_verbs: frozenset[str] = frozenset()
    restitution_verbs: frozenset[str] = frozenset()
    valence_suffixes: tuple[str, ...] = ()
    negating_prefixes: tuple[str, ...] = ()
    known_verbs: frozenset[str] = frozenset()  # first words of every verb key the rules read
    valence: dict[str, float] = field(default_factory=dict)
    naming_verbs: dict[str, str] = field(default_factory=dict)  # verb -> "predicate" | "as"

    def mode(self, category: str | None, words: list[str]) -> str | None:
        """PLOVER's mode where one of the words gives it."""
        by_word = self.modes.get(category or "", {})
        return next((by_word[w] for w in words if w in by_word), None)

    def aims_at_places(self, category: str | None) -> bool:
        """Does an act of this category take a place as its target ("a curfew in X")?"""
        quad = self.quads.get(category or "")
        return category in self.location_categories or quad in self.location_quads


def _entries(by_category: dict[str, list[str]]) -> dict[str, Entry]:
    return {word: Entry(category) for category, words in by_category.items() for word in words}


WORD_SETS = (  # lists of events.json read as sets under their own names
    "light_verbs",
    "target_preps",
    "addressee_preps",
    "modifier_preps",
    "reason_preps",
    "circumstance_preps",
    "relation_nouns",
    "query_verbs",
    "question_marks",
    "quantity_heads",
    "reversal_verbs",
    "civil_roles",
    "visit_verbs",
    "demand_modals",
    "prep_light_verbs",
    "visit_preps",
    "conditional_marks",
    "non_event_objects",
    "location_preps",
    "location_quads",
    "location_categories",
    "intention_heads",
    "non_state_roles",
    "retraction_verbs",
    "symmetric_categories",
    "symmetric_with_categories",
    "act_pronouns",
    "audience_nouns",
    "audience_roles",
    "addressee_object_verbs",
    "future_auxiliaries",
    "negative_implicatives",
    "polarity_shifters",
    "military_nouns",
    "police_nouns",
    "patient_possessor_nouns",
    "permission_verbs",
    "rhetorical_openers",
    "concessive_marks",
    "negating_adverbs",
    "opposing_preps",
    "unnamed_target_nouns",
    "threatening_modifiers",
    "command_verbs",
    "cooperative_presence_nouns",
    "unconventional_acts",
    "refusal_idioms",
    "expectation_verbs",
    "uncontrolled_verbs",
    "opposing_frames",
    "preparation_verbs",
    "decision_verbs",
    "decided_categories",
    "pressure_nouns",
    "dissent_verbs",
    "verdict_verbs",
    "verdict_words",
    "involvement_nouns",
    "phone_talk_verbs",
    "attribution_verbs",
    "own_forces_categories",
    "measure_preps",
    "recognition_verbs",
    "restitution_verbs",
)


@cache
def load_event_lexicon() -> EventLexicon:
    """The event lexicon, with WordNet-generated verbs (never overriding a curated one)."""
    data = load_data("events", "events.json", LEXICON_VERSION)
    verbs = _entries(data["verbs"])
    try:
        generated = load_data("events", "events_wordnet.json", LEXICON_VERSION)
    except FileNotFoundError:
        generated = {"verbs": {}}
    for lemma, entry in _entries(generated["verbs"]).items():
        verbs.setdefault(lemma, entry)
    modes = {
        cat: {w: mode for mode, words in by_mode.items() for w in words}
        for cat, by_mode in data["modes"].items()
    }
    phrases = {(p["verb"], p["noun"]): Entry(p["category"], p.get("mode")) for p in data["phrases"]}
    verb_lists = (verbs, data["light_verbs"], data["prep_light_verbs"], data["visit_verbs"])
    known = {k.split()[0] for words in verb_lists for k in words} | {v for v, _ in phrases}
    return EventLexicon(
        quads={c: v["quad"] for c, v in data["categories"].items()},
        polarity={c: v["polarity"] for c, v in data["categories"].items()},
        verbs=verbs,
        nouns=_entries(data["nouns"]),
        phrases=phrases,
        modes=modes,
        speech_cues=frozenset(data["speech_cue_lemmas"]),
        group_roles=dict(data["group_sources"]),
        cue_categories=dict(data["cue_categories"]),
        naming_verbs=dict(data["naming_verbs"]),
        evaluative_threshold=float(data["evaluative_threshold"]),
        verb_prefixes=tuple(sorted(data["verb_prefixes"], key=len, reverse=True)),
        known_verbs=frozenset(known),
        response_frames=response_frames(data["response_phrases"]),
        valence_suffixes=tuple(data["valence_suffixes"]),
        speech_addressee_preps=tuple(data["speech_addressee_preps"]),
        speech_topic_preps=tuple(data["speech_topic_preps"]),
        agent_suffixes=tuple(data["agent_suffixes"]),
        negating_prefixes=tuple(sorted(data["negating_prefixes"], key=len, reverse=True)),
        valence=load_vader_valence(),
        first_person=pronouns().first_person_forms,  # the pipeline's one pronoun list
        third_person=pronouns().third_person_forms,
        **{name: frozenset(data[name]) for name in WORD_SETS},
    )


def response_frames(phrases: list[str]) -> dict[str, list[tuple[str, ...]]]:
    """Response phrases by their first preposition: "over" -> [()], "in response to" ->
    [("response", "to")]."""
    frames: dict[str, list[tuple[str, ...]]] = {}
    for phrase in phrases:
        first, *rest = phrase.split()
        frames.setdefault(first, []).append(tuple(rest))
    return frames


@cache
def load_vader_valence() -> dict[str, float]:
    """Word -> mean valence (-4..4) from the lexicon that ships in the vaderSentiment wheel
    (MIT). Emoticons and multi-word entries are left out: we score words of a clause. The
    project's supplement (patterns/valence_news.json) adds the words of political praise and
    criticism VADER does not list and overrides the few whose sense differs in news."""
    path = resources.files("vaderSentiment") / "vader_lexicon.txt"
    valence: dict[str, float] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) >= 2 and parts[0].isalpha():
            valence[parts[0]] = float(parts[1])
    news = load_data("events", "valence_news.json", 1)  # political words VADER lacks
    return {**news["words"], **valence, **news["overrides"]}


def prefixed_base(lemma: str, lex: EventLexicon) -> str:
    """The base of a verb formed with a repetition prefix ("reimpose" -> "impose"), when the
    base is a lexicon verb of four letters or more; else an empty string."""
    for prefix in lex.verb_prefixes:
        base = lemma.removeprefix(prefix)
        if base != lemma and len(base) >= 4 and (base in lex.verbs or base in lex.light_verbs):
            return base
    return ""


def event_rule(rule_id: str) -> Rule:
    """A rule declared in patterns/rules.json; raises UnknownRuleError for any other id."""
    try:
        return stage_rules("events")[rule_id]
    except KeyError:
        raise UnknownRuleError(f"rule id {rule_id!r} is not declared by the events stage") from None
