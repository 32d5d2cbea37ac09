"""The claim stage's lexicons as data: cue and stance tables loaded from patterns/*.json.

Every file is versioned (`{"version": 2, ...}`) and its entries' keys are checked against an
allowed set, so that a typo in a rule file fails loudly at load time instead of silently. The rules
themselves (ids, confidences, frame table) are in patterns/rules.json, read by ruleset.py.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from pipeline.actors.pronouns import pronouns
from pipeline.rules import load_data

# 2: passive_xcomp and nominal noun_that frames, lemma_fixes, holder/personal/relative pronouns;
#    raising_xcomp (X seemed to ...: the author's evidential, no speaker named)
SUPPORTED_VERSION = 2
GENERATED = "cues.generated.json"  # built by scripts/build_cues.py from WordNet 3.0

# object_stops: object lemmas of no claim of the entry's dobj frame ("posted a loss");
# object_guard: what a phrasal cue's object must be (frames.fitting_object)
CUE_KEYS = {
    *("lemma", "category", "polarity", "cameo", "quad_class", "plover", "frames", "particle"),
    *("object_stops", "object_guard", "clause_first"),
}
NOMINAL_CUE_KEYS = {
    "phrase",
    "lemma",
    "category",
    "polarity",
    "cameo",
    "quad_class",
    "plover",
    "frames",
}
NOMINAL_FRAMES = {"noun_that", "noun_prep", "noun_infinitive"}
NOMINAL_PREPOSITIONS = ("of", "for", "about", "on", "against", "over", "to")
STANCE_VERB_KEYS = {"lemma", "polarity", "mode", "category", "cameo", "plover", "particle"}
FRAMES = {
    "ccomp",
    "xcomp",
    "dobj",
    "dobj_xcomp",
    "prep",
    "prep_xcomp",
    "oprd",
    "as_predicate",
    "dobj_prep",
    "particle_ccomp",
    "particle_dobj",
    "passive_xcomp",
    "raising_xcomp",
    "volition_xcomp",
    "attitude_dobj",
    "perception_ccomp",
}
STANCE_MODES = {"fixed", "carry", "carry_positive", "invert"}


def _load(name: str) -> dict[str, Any]:
    return load_data("claims", name, SUPPORTED_VERSION)


def _check_keys(name: str, entry: dict, allowed: set[str]) -> None:
    extra = set(entry) - allowed
    if extra:
        raise ValueError(f"{name}: unknown keys {sorted(extra)} in {entry!r}")


@dataclass(frozen=True)
class Lexicon:
    cues: dict[str, tuple[dict, ...]]  # lemma -> cue entries (tried in order)
    nominal_cues: tuple[dict, ...]
    stance_verbs: dict[str, dict]
    negative_words: frozenset[str]
    positive_words: frozenset[str]
    negators: frozenset[str]
    hedges: frozenset[str]
    future_markers: frozenset[str]
    conditional_markers: frozenset[str]
    inverting_words: frozenset[str]
    speaker_nouns: frozenset[str]
    stance_prepositions: frozenset[str]
    stance_nouns: frozenset[str]
    cue_lemmas: frozenset[str] = field(default_factory=frozenset)  # speech/cognition cues
    # cues whose only frame is raising_xcomp ("X seemed to ..."): no one speaks, so they are
    # left out of cue_lemmas (no quote attaches to them, no speech tag is cut at them)
    evidential_lemmas: frozenset[str] = field(default_factory=frozenset)
    lemma_fixes: dict[str, str] = field(default_factory=dict)  # word form -> cue lemma
    holder_pronouns: frozenset[str] = field(default_factory=frozenset)
    personal_pronouns: frozenset[str] = field(default_factory=frozenset)
    relative_pronouns: frozenset[str] = field(default_factory=frozenset)
    possessive_pronouns: frozenset[str] = field(default_factory=frozenset)
    nominal_that: dict[str, dict] = field(default_factory=dict)  # noun lemma -> cue entry
    # noun lemma -> cue entry, for every cue noun with any nominal frame
    nominal: dict[str, dict] = field(default_factory=dict)
    # noun lemma -> cue entry, for the nominalisations of cue verbs that the curated list
    # does not hold (cues.json `nominalisations`: "decide" -> "decision")
    derived_nominal: dict[str, dict] = field(default_factory=dict)
    # prepositions whose phrase, right after a cue's object, belongs to the content
    # ("mocked X as a neophyte", "defended his role as ...", "slammed X for failing ...")
    object_prepositions: frozenset[str] = field(default_factory=frozenset)
    # subordinators whose clause, right after a cue's complement, belongs to the content
    # ("said the plan failed, because the money ran out")
    clause_marks: frozenset[str] = field(default_factory=frozenset)
    # dependencies of the cue's phrases after its complement that the content runs on over
    # ("said the plan failed, and that the money ran out")
    content_tail_deps: frozenset[str] = field(default_factory=frozenset)
    # prepositions whose phrase names what a predicate adjective's attitude is about
    attitude_prepositions: frozenset[str] = field(default_factory=frozenset)
    # predicate adjectives of ability, likelihood or schedule: a modality, no attitude
    modal_adjectives: frozenset[str] = field(default_factory=frozenset)
    # lemmas whose only entries come from cues.generated.json (WordNet): their claims carry
    # the indirect.generated_* rule ids, at a lower confidence
    generated_lemmas: frozenset[str] = field(default_factory=frozenset)
    as_it_verbs: frozenset[str] = field(default_factory=frozenset)  # "as X put it"
    # "Asked about X, Y said ...": a question put by an unnamed asker
    question_verbs: frozenset[str] = field(default_factory=frozenset)
    question_prepositions: frozenset[str] = field(default_factory=frozenset)  # asked about X
    topic_prepositions: frozenset[str] = field(default_factory=frozenset)  # warned of X
    # "X reportedly did Y": the author passes on a claim and names no source
    evidential_adverbs: frozenset[str] = field(default_factory=frozenset)
    # "X made a call for ...": verbs whose cue-noun object is their subject's claim
    light_verbs: frozenset[str] = field(default_factory=frozenset)
    # "X made clear that ...": the adjectives of making a thing known, after "make"
    known_adjectives: frozenset[str] = field(default_factory=frozenset)
    # nouns of taking a side, the object of a light verb ("took a swipe at X"): noun lemma
    # -> its category, verbs, prepositions and form (families/light_verbs.py)
    side_nouns: dict[str, dict] = field(default_factory=dict)
    # the word lists of the frames of families/cue_objects.py, light_verbs.py, passives.py
    frame_words: dict[str, frozenset[str]] = field(default_factory=dict)
    # sources that are no actor (sources.json): head noun lemma -> poll, document, data, media
    source_types: dict[str, str] = field(default_factory=dict)
    actor_types: dict[str, str] = field(default_factory=dict)  # entity label -> speaker.type
    # head nouns of a share of those polled ("56 percent would vote for X"): sources.json
    poll_shares: frozenset[str] = field(default_factory=frozenset)
    # verbs that take a clause without reporting anything ("make sure that"): no open frame
    open_frame_stop_verbs: frozenset[str] = field(default_factory=frozenset)
    # objects that name no proposition ("did it"; other pronouns were claims as often)
    open_frame_stop_objects: frozenset[str] = field(default_factory=frozenset)
    # verbs of saying, thinking or feeling (WordNet, cues.generated.json): the open object
    # frame's verbs ("embraced the plan")
    object_verbs: frozenset[str] = field(default_factory=frozenset)
    # those of them that cause a feeling ("angered", "pleased"): a source's are no claim
    emotion_verbs: frozenset[str] = field(default_factory=frozenset)
    # what a source does when it studies or shows its matter ('the study examined X'):
    # with a source as subject, no claim (sources.json source_inquiry_verbs)
    source_inquiry_verbs: frozenset[str] = field(default_factory=frozenset)
    # the word lists of spans.json that bound a content (spans.py): contrast conjunctions,
    # tense tags, speech-time deps and prepositions, the phrases about the speaking
    span_words: dict[str, frozenset[str]] = field(default_factory=dict)


def _cue_table(name: str, entries: list[dict], cues: dict[str, list[dict]]) -> None:
    for entry in entries:
        _check_keys(name, entry, CUE_KEYS)
        bad = set(entry.get("frames", [])) - FRAMES
        if bad:
            raise ValueError(f"{name}: unknown frames {sorted(bad)} in {entry!r}")
        cues.setdefault(entry["lemma"].lower(), []).append(entry)


def _generated_cues(cues: dict[str, list[dict]]) -> frozenset[str]:
    """Adds the WordNet cues (scripts/build_cues.py) for lemmas the curated file does not
    list; returns those lemmas."""
    generated: dict[str, list[dict]] = {}
    _cue_table(GENERATED, _load(GENERATED)["cues"], generated)
    new = {k: v for k, v in generated.items() if k not in cues}
    cues.update(new)
    return frozenset(new)


def _nominal_table(entries: list[dict]) -> dict[str, dict]:
    """noun lemma -> cue entry, for the nominal cues with frames ("according to" has none)."""
    nominal: dict[str, dict] = {}
    for entry in entries:
        _check_keys("cues.json", entry, NOMINAL_CUE_KEYS)
        bad = set(entry.get("frames", [])) - NOMINAL_FRAMES
        if bad:
            raise ValueError(f"cues.json: unknown nominal frames {sorted(bad)} in {entry!r}")
        if entry.get("frames"):
            nominal[entry["lemma"].lower()] = entry
    return nominal


# a verb frame -> the noun frame its nominalisation takes ("decide to" -> "decision to");
# not the prepositional frame: "the speech of X", "the question of X" name no claim
# (train P 33%, 5/15, and 48% without a possessor)
VERB_TO_NOUN_FRAME = {
    "ccomp": "noun_that",
    "particle_ccomp": "noun_that",
    "xcomp": "noun_infinitive",
    "volition_xcomp": "noun_infinitive",
    "dobj_xcomp": "noun_infinitive",
    "prep_xcomp": "noun_infinitive",
}


def derived_nominals(
    cues: dict[str, list[dict]], nominal: dict[str, dict], rules: dict
) -> dict[str, dict]:
    """noun lemma -> cue entry for every nominalisation of a cue verb that `nominal` lacks:
    each "verb ending>noun ending" rewrite of `rules["suffixes"]` that fits ("ide>ision":
    "decide" -> "decision"), and the irregular pairs. Forms that are no English noun are
    harmless: a token matches only when the parse tags it a noun with that lemma."""
    derived: dict[str, dict] = {}
    for verb, entries in cues.items():
        if " " in verb or "_" in verb:
            continue
        frames = {
            VERB_TO_NOUN_FRAME[f]
            for e in entries
            for f in e.get("frames", [])
            if f in VERB_TO_NOUN_FRAME
        }
        if not frames:
            continue
        pairs = (rule.split(">") for rule in rules.get("suffixes", []))
        nouns = [verb[: len(verb) - len(v)] + n for v, n in pairs if verb.endswith(v)]
        nouns += rules.get("irregular", {}).get(verb, [])
        for noun in nouns:
            # a curated noun keeps its own entry; it gains only the frames it lacks
            new = frames - set(nominal.get(noun, {}).get("frames", []))
            if not new or noun in derived or len(noun) < 4:
                continue
            base = {k: v for k, v in entries[0].items() if k not in ("frames", "particle")}
            derived[noun] = {**base, "lemma": noun, "frames": sorted(new), "verb": verb}
    return derived


def _stance_verb_table(entries: list[dict]) -> dict[str, dict]:
    """Stance verbs by lower-case lemma, the first entry of a lemma kept."""
    table: dict[str, dict] = {}
    for entry in entries:
        _check_keys("stance.json", entry, STANCE_VERB_KEYS)
        if entry["mode"] not in STANCE_MODES:
            raise ValueError(f"stance.json: unknown mode in {entry!r}")
        table.setdefault(entry["lemma"].lower(), entry)
    return table


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    cues_data = _load("cues.json")
    cues: dict[str, list[dict]] = {}
    _cue_table("cues.json", cues_data["cues"], cues)
    generated = _generated_cues(cues)
    nominal = _nominal_table(cues_data.get("nominal_cues", []))
    nominal_that = {k: e for k, e in nominal.items() if "noun_that" in e["frames"]}

    stance_data = _load("stance.json")
    stance_verbs = _stance_verb_table(stance_data["stance_verbs"])

    evidential = frozenset(
        k for k, v in cues.items() if all(e.get("frames") == ["raising_xcomp"] for e in v)
    )

    sources = _load("sources.json")
    source_types = {w.lower(): kind for kind, ws in sources["source_types"].items() for w in ws}

    def words(key: str) -> frozenset[str]:
        return frozenset(w.lower() for w in stance_data.get(key, []))

    return Lexicon(
        cues={k: tuple(v) for k, v in cues.items()},
        nominal_cues=tuple(cues_data.get("nominal_cues", [])),
        stance_verbs=stance_verbs,
        negative_words=words("negative_words"),
        positive_words=words("positive_words"),
        negators=words("negators"),
        hedges=words("hedges"),
        future_markers=words("future_markers"),
        conditional_markers=words("conditional_markers"),
        inverting_words=words("inverting_words"),
        speaker_nouns=words("speaker_nouns"),
        stance_prepositions=words("stance_prepositions"),
        stance_nouns=words("stance_nouns"),
        cue_lemmas=frozenset(k for k in cues if k not in evidential),
        evidential_lemmas=evidential,
        lemma_fixes={k.lower(): v.lower() for k, v in cues_data.get("lemma_fixes", {}).items()},
        holder_pronouns=words("holder_pronouns"),
        # one pronoun list for the whole pipeline: the actor stage's
        personal_pronouns=pronouns().personal,
        relative_pronouns=pronouns().relative,
        possessive_pronouns=pronouns().possessive,
        nominal_that=nominal_that,
        nominal=nominal,
        derived_nominal=derived_nominals(cues, nominal, cues_data.get("nominalisations", {})),
        generated_lemmas=generated,
        object_verbs=frozenset(_load(GENERATED).get("object_verbs", [])),
        emotion_verbs=frozenset(_load(GENERATED).get("emotion_verbs", [])),
        source_types=source_types,
        actor_types=dict(sources["actor_types"]),
        poll_shares=frozenset(w.lower() for w in sources.get("poll_shares", [])),
        source_inquiry_verbs=frozenset(w.lower() for w in sources.get("source_inquiry_verbs", [])),
        span_words=_span_words(),
        **_frame_data(cues_data),
        **{key: _word_list(cues_data, key) for key in CUE_WORD_LISTS},
    )


# the word lists of cues.json that the Lexicon holds under the same name
CUE_WORD_LISTS = (
    "object_prepositions",
    "clause_marks",
    "content_tail_deps",
    "attitude_prepositions",
    "modal_adjectives",
    "as_it_verbs",
    "question_verbs",
    "question_prepositions",
    "topic_prepositions",
    "evidential_adverbs",
    "light_verbs",
    "known_adjectives",
    "open_frame_stop_verbs",
    "open_frame_stop_objects",
)


def _frame_data(cues_data: dict) -> dict:
    """The side nouns and the word lists of the claim frames (families/cue_objects.py ...)."""
    words = cues_data.get("frame_words", {})
    return {
        "side_nouns": {k.lower(): v for k, v in cues_data.get("side_nouns", {}).items()},
        "frame_words": {k: frozenset(v) for k, v in words.items() if k != "note"},
    }


def _word_list(cues_data: dict, key: str) -> frozenset[str]:
    return frozenset(w.lower() for w in cues_data.get(key, []))


def _span_words() -> dict[str, frozenset[str]]:
    """The word lists of spans.json (its own version 1)."""
    data = load_data("claims", "spans.json", 1)
    return {k: frozenset(v) for k, v in data.items() if isinstance(v, list)}
