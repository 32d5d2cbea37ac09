"""New claims made by the event coder: nested events reported in a claim's content, and events
found in sentences where no claim codes them."""

from __future__ import annotations

import numpy
from spacy.attrs import LEMMA, LOWER, POS
from spacy.strings import get_string_id
from spacy.symbols import NOUN, VERB
from spacy.tokens import Doc, Token

from pipeline.claims.tree import kids
from pipeline.dates.claim_dates import claim_date
from pipeline.doctext import doc_text
from pipeline.events import arguments as args
from pipeline.events import coding as cd
from pipeline.events import sets
from pipeline.events.claims import (
    DocState,
    argument_mentions,
    candidate_targets,
    event_and_stance,
    same_actor,
    state_of,
)
from pipeline.events.lexicon import EventLexicon, event_rule
from pipeline.events.source_acts import civil_protest, force_acts
from pipeline.structure.blocks import NON_BODY


def event_claim(
    st: DocState,
    coding: cd.Coding,
    source: dict,
    partners: list[dict],
    rule_id: str,
    parent: dict | None,
) -> dict | None:
    """A stance claim for one source of an event: its targets are the event's arguments, or,
    for a reciprocal event with no argument, the other members of a compound source."""
    pred = coding.pred
    speaker = args.speaker_dict(source)
    coding = force_acts(civil_protest(coding, speaker, st.lex), speaker, st.lex)
    aside = [] if cd.joint_act(coding) else partners  # "X and Y attacked Z": not each other

    def keep(m: dict) -> bool:
        return _other_actor(m, speaker, st.lex) and not any(same_actor(m, p) for p in aside)

    arguments = _reporter_as_patient(coding, parent, st) + argument_mentions(coding, st)
    found, target_rule = candidate_targets(
        coding, arguments, None, _own_clause(pred, parent, st), st, keep, partners,
    )  # fmt: skip
    targets = [t for t in _other_actors(found, speaker, st.lex) if keep(t)]
    if not targets:
        return None  # a new claim is made only for an event toward someone
    sent = pred.sent
    start, end = _clause(pred, parent)
    claim = {
        "kind": "stance",
        "speaker": speaker,
        "cue": _cue(pred),
        "content": {"text": doc_text(st.doc)[start:end], "start": start, "end": end},
        "targets": targets,
        "negated": coding.negated,
        "modality": "future" if cd.is_future(pred, st.lex) else "asserted",
        "date": _event_date(st, pred, start, end, parent),
        "sentence": (parent or {}).get("sentence")
        or {"start": sent.start_char, "end": sent.end_char},
        "confidence": event_rule(rule_id).confidence,
        "rule_id": rule_id,
    }
    event, stance = event_and_stance(coding, targets, [], st, claim)
    event["reciprocal"] = event["reciprocal"] or _between(coding, targets, partners)
    event["target_rule_id"] = target_rule if targets else None
    claim.update(event=event, stance=stance)
    if parent is not None:
        claim["parent"] = parent_ref(parent)
    return claim


def _own_clause(pred: Token, parent: dict | None, st: DocState) -> list[Token]:
    """The tokens of the event's clause its fallback targets are looked for in: not the
    predicate, nothing outside the parent's content, and no attribution the parser hung on
    the predicate ("..., quoting X", "according to X", "..., X reported"): its sources report
    the act, they are not its targets."""
    lo, hi = (parent["content"]["start"], parent["content"]["end"]) if parent else (0, 1 << 62)
    dropped = {pred.i}
    for tok in pred.subtree:
        if tok.i != pred.i and _attribution(tok, st.lex):
            dropped.update(t.i for t in tok.subtree)
    return [t for t in pred.subtree if t.i not in dropped and lo <= t.idx < hi]


def _attribution(tok: Token, lex: EventLexicon) -> bool:
    """A verb of speech or reporting, or "according to", that modifies the event."""
    if tok.lower_ == "according" and any(c.lower_ == "to" for c in kids(tok)):
        return True
    return tok.pos_ == "VERB" and tok.lemma_.lower() in lex.attribution_verbs


def _reporter_as_patient(coding: cd.Coding, parent: dict | None, st: DocState) -> list[dict]:
    """The reporting speaker, for a reported act's argument that is a pronoun standing for
    it: "we"/"us", or the subject "it"/"they" of the clause the cue reports ("Ukraine said
    it had been attacked by X": X -> Ukraine)."""
    speaker = (parent or {}).get("speaker") or {}
    if not speaker.get("actor_id") or speaker.get("start") is None:
        return []
    cue = parent["cue"]
    reported = coding.pred.head.idx >= cue["start"] and coding.pred.head.idx < cue["end"]
    for _, head in args.argument_heads(coding.pred, st.lex, coding.noun):
        first = cd.first_person(head, st.lex)
        subject = reported and head.dep_ == "nsubjpass" and head.lower_ in ("it", "they")
        if first or subject:
            return [{**args.target_dict(speaker), "role": speaker.get("role")}]
    return []


def _between(coding: cd.Coding, targets: list[dict], partners: list[dict]) -> bool:
    """A reciprocal act between the members of a compound source ("a partnership between X
    and Y"): no target is another party than a partner (a place, an actor of no known
    state or a go-between is none, as in `cd.between_members`); not "X and Y sent aid to Z"."""
    keys = {p.get("actor_id") or p["text"].lower() for p in partners}
    others = cd.other_parties(coding, targets, partners)
    inside = all((t.get("actor_id") or t["text"].lower()) in keys for t in others)
    joint = coding.category in cd.RECIPROCAL or cd.parties.mutual(coding.pred)
    return joint and bool(partners) and inside


def _event_date(
    st: DocState, pred: Token, start: int, end: int, parent: dict | None
) -> dict | None:
    """The event's own date ("attacked the town on Sunday"), else, for an event reported in
    a claim, the date of that report (an undated "X attacked Y, officials said" is dated as
    the statement is), else the discourse's or the publication's date. A past act that
    nothing dates stays undated, bound by its report's date when that has one."""
    cue_end = pred.idx + len(pred.text)
    own = claim_date(st.doc, start, end, cue_start=pred.idx, cue_end=cue_end, kind="stance")
    undated = own is None or own.get("basis") == "published"
    if parent is not None and parent.get("date") and undated:
        return parent["date"]
    reported = ((parent or {}).get("date") or {}).get("value")
    if own is not None and own.get("value") is None and own.get("not_after") and reported:
        return {**own, "not_after": reported}  # no day of its own: not after its report's
    return own


def parent_ref(parent: dict) -> dict:
    """How a nested claim names its parent before ids exist: the parent's cue and content
    spans (offsets, so that chunk shifting moves them too); see table.resolve_parents."""
    return {
        "cue": {"start": parent["cue"]["start"], "end": parent["cue"]["end"]},
        "content": {"start": parent["content"]["start"], "end": parent["content"]["end"]},
    }


def _other_actors(found: list[dict], speaker: dict, lex: EventLexicon) -> list[dict]:
    """The found mentions as targets, once each, without the source and its own state."""
    return [args.target_dict(m) for m in _unique(found) if _other_actor(m, speaker, lex)]


def _other_actor(m: dict, speaker: dict, lex: EventLexicon) -> bool:
    """Neither the source nor, for a person or body of a state, that state."""
    own_state = state_of(speaker, lex)
    if speaker.get("resolved_from") == "named_set":  # members share the plural's words
        return m.get("actor_id") != speaker.get("actor_id")
    if same_actor(m, speaker):
        return False
    return not (own_state and m.get("actor_id") == own_state)


def _unique(mentions: list[dict]) -> list[dict]:
    out: list[dict] = []
    keys: set[str] = set()
    for m in mentions:
        key = m.get("actor_id") or m["text"].lower()
        if key not in keys:
            keys.add(key)
            out.append(m)
    return out


def _cue(pred: Token) -> dict:
    end = pred.idx + len(pred.text)
    particle = next((c for c in kids(pred) if c.dep_ == "prt" and c.i == pred.i + 1), None)
    lemma = pred.lemma_.lower()
    if particle is not None:
        end = particle.idx + len(particle.text)
        lemma = f"{lemma} {particle.lower_}"
    return {
        "text": doc_text(pred.doc)[pred.idx : end],
        "start": pred.idx,
        "end": end,
        "lemma": lemma,
        "category": "event",
    }


def _edges(toks: list[Token]) -> tuple[int, int]:
    """The character span of tokens, without white space or punctuation at either edge."""
    toks = [t for t in toks if not t.is_space]
    while len(toks) > 1 and toks[-1].is_punct:
        toks.pop()
    while len(toks) > 1 and toks[0].is_punct:
        toks.pop(0)
    return toks[0].idx, toks[-1].idx + len(toks[-1].text)


def _clause(pred: Token, parent: dict | None) -> tuple[int, int]:
    """The event's clause (the predicate's subtree, without a dateline the parser hung on
    it), inside the parent's content if any."""
    start, end = _edges([t for t in pred.subtree if not args.in_dateline(t)] or [pred])
    if parent is not None:
        start = max(start, parent["content"]["start"])
        end = min(end, parent["content"]["end"])
    return start, end


def nested_claims(parent: dict, coding: cd.Coding | None, sources: list[dict], st: DocState):
    """One claim per source of an event reported in the parent's content."""
    if coding is None or not sources:
        return []
    out = []
    for source in sources:
        partners = [m for m in sources if m is not source]
        claim = event_claim(st, coding, source, partners, "event.nested", parent)
        if claim is not None:
            out.append(claim)
    return out


class EventWords:
    """The tokens whose lemma is one of the event lexicon's single-word verbs (as a VERB) or
    nouns (as a NOUN): one vectorised test over the Doc's lemma and POS arrays, where a
    Matcher would build a Token object for every token."""

    def __init__(self, lex) -> None:
        verbs = {k.split()[0] for k in lex.verbs} | lex.visit_verbs | {v for v, _ in lex.phrases}
        verbs |= (
            lex.verdict_verbs | lex.phone_talk_verbs | lex.recognition_verbs
        )  # idioms: "found Y guilty", "spoke by phone", "recognized Y"
        verbs |= {v.split()[0] for v in lex.restitution_verbs}  # "returned X to Y"
        nouns = {k.split()[-1] for k in lex.nouns}  # "tear gas": its head word
        self.verbs, self.nouns = _ids(verbs), _ids(nouns)
        # naming verbs by lemma, or by a regular form the tagger mislemmatised
        self.naming_lemmas = _ids(lex.naming_verbs)
        self.naming_forms = _ids(cd.regular_forms(lex.naming_verbs))

    def __call__(self, doc: Doc) -> list[int]:
        """The indices of the event words, in order."""
        arr = doc.to_array([LEMMA, POS]).astype(numpy.uint64)
        lemma, pos = arr[:, 0], arr[:, 1]
        verb = _listed(lemma, self.verbs) & (pos == VERB)
        noun = _listed(lemma, self.nouns) & (pos == NOUN)
        return numpy.flatnonzero(verb | noun).tolist()

    def namings(self, doc: Doc) -> list[int]:
        """The indices of the tokens that may be naming verbs ("branded"), in order."""
        arr = doc.to_array([LEMMA, LOWER]).astype(numpy.uint64)
        found = _listed(arr[:, 0], self.naming_lemmas) | _listed(arr[:, 1], self.naming_forms)
        return numpy.flatnonzero(found).tolist()


def _ids(words) -> numpy.ndarray:
    """The sorted string ids of the words, for `_listed`."""
    return numpy.array(sorted(get_string_id(w) for w in words), dtype=numpy.uint64)


def _listed(keys: numpy.ndarray, table: numpy.ndarray) -> numpy.ndarray:
    """keys in `table` (sorted): a binary search per key, several times quicker than
    numpy.isin's sort of both for a Doc's few thousand tokens."""
    if not len(table):
        return numpy.zeros(len(keys), dtype=bool)
    at = numpy.minimum(numpy.searchsorted(table, keys), len(table) - 1)
    return table[at] == keys


SPEECH_CLAIMS = ("direct", "indirect", "mixed")


def sentence_events(st: DocState, words: EventWords, claims: list[dict]) -> list[dict]:
    """Stance claims for event words that no claim codes, when an actor is their source.
    An event inside a speech claim's content is nested under that claim."""
    out = []
    cue_chars = {k for c in claims for k in range(c["cue"]["start"], c["cue"]["end"])}
    outside = _boilerplate(st.doc)
    speeches = [  # those that can hold an event, with their contents' chars
        (c["content"]["start"], c["content"]["end"], c)
        for c in claims
        if c["kind"] in SPEECH_CLAIMS
    ]
    for i in words(st.doc):
        if i in st.coded:  # tested before the Token is made
            continue
        tok = st.doc[i]
        at = tok.idx
        if at in cue_chars or any(s <= at < e for s, e in outside):
            continue
        coding = _sentence_coding(tok, st)
        if coding is None or coding.category is None:
            continue
        st.coded.update(t.i for t in (coding.pred, coding.noun) if t is not None)
        parent = _container(speeches, tok)
        heads = args.source_heads(coding.pred, coding.noun)
        sources = sets.source_mentions(heads, st)
        speaker = (parent or {}).get("speaker")
        sources = [m for m in sources if not (parent and same_actor(m, speaker))]
        for source in sources:
            partners = [m for m in sources if m is not source]
            claim = event_claim(st, coding, source, partners, _rule(parent), parent)
            if claim is not None:
                out.append(claim)
    return out


def _boilerplate(doc: Doc) -> list[tuple[int, int]]:
    """Front matter other than the headline, and press boilerplate: no act is reported there
    (a headline that reports an act keeps it, as a headline that reports a claim does)."""
    layout = doc._.layout or {}
    kinds = NON_BODY - {"headline"}
    return [(b["start"], b["end"]) for b in layout.get("blocks", ()) if b["kind"] in kinds]


def _rule(parent: dict | None) -> str:
    return "event.nested" if parent is not None else "event.sentence_act"


def _sentence_coding(tok: Token, st: DocState) -> cd.Coding | None:
    """A noun that a light verb governs is coded with that verb ("lodged a protest", "went
    on strike"); any other event noun only as a subject ("talks between X and Y resumed")."""
    if tok.dep_ == "compound" and tok.head.pos_ in cd.NOUN_POS:
        tok = tok.head  # "peace talks", "border clashes": the phrase's head carries it
    verb = _governing_verb(tok, st.lex)
    if verb is not None:
        coding = cd.code_word(verb, st.lex, "event.cue_act")
        if coding is not None:
            return cd.modify(coding, st.lex) if verb.i not in st.coded else None
    if tok.pos_ in cd.NOUN_POS and tok.dep_ not in ("nsubj", "nsubjpass", "ROOT"):
        return None  # an event noun in a modifier ("over its invasion of X") is no act
    coding = cd.code_word(tok, st.lex, "event.cue_act")
    return cd.modify(coding, st.lex) if coding is not None else None


def _governing_verb(tok: Token, lex: EventLexicon) -> Token | None:
    """The verb of which a noun is the object, directly, through a preposition, or through
    a measure of it ("provide 25,000 tons of aid"), or as a passive's subject ("aid was
    delivered ... by Y")."""
    if tok.pos_ not in cd.NOUN_POS:
        return None
    head = tok.head
    if tok.dep_ == "pobj" and head.dep_ == "prep":
        head = head.head
        if head.lemma_.lower() in lex.quantity_heads and head.dep_ in ("dobj", "obj"):
            return head.head if head.head.pos_ == "VERB" else None
    elif tok.dep_ not in ("dobj", "obj", "nsubjpass"):
        return None
    return head if head.pos_ == "VERB" else None


def _container(speeches: list[tuple[int, int, dict]], tok: Token) -> dict | None:
    """The (first) speech claim whose content (its start and end chars, read once per Doc)
    holds the token, if any."""
    at = tok.idx
    for start, end, claim in speeches:
        if start <= at < end:
            return claim
    return None
