"""Code each claim: its event, polarity toward the target, targets from the event's arguments,
and the nested claims for events inside its content whose source is another actor."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import numpy as np
from spacy.attrs import DEP, HEAD, POS
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from pipeline.claims.tree import kids
from pipeline.doctext import doc_text
from pipeline.events import antecedents as ante
from pipeline.events import appeals, sets
from pipeline.events import arguments as args
from pipeline.events import coding as cd
from pipeline.events import evaluation as ev
from pipeline.events import predicates as pr
from pipeline.events import unnamed_targets as un
from pipeline.events.lexicon import EventLexicon, event_rule
from pipeline.events.persons import pronoun_targets, same_actor
from pipeline.events.source_acts import civil_protest, force_acts, own_forces, reported_doer
from pipeline.events.they import they_targets

SPEECH_KINDS = ("direct", "indirect", "mixed")
# the children `audience` and `topics` read: an object, a dative or a preposition
ADDRESSEE_DEPS = ("dative", "iobj", "dobj", "prep")
RELCL, PREP = get_string_id("relcl"), get_string_id("prep")  # as DocState.deps holds them


@dataclass
class DocState:
    doc: Doc
    lex: EventLexicon
    mentions: args.Mentions
    coded: set[int] = field(default_factory=set)  # token indices already coded as events
    free_of: list = field(default_factory=list)  # [content, free_of_modifiers(content)]
    named_groups: list | None = None  # the sets of actors named together (events/sets.py)
    story_parties: list | None = None  # the story's two states (unnamed_targets.py)
    party_rows: dict | None = None  # each of the two states' mentions (unnamed_targets.py)
    lookback: un.LookbackIndex | None = None  # blank lines and cues (unnamed_targets.py)
    roots: list = field(default_factory=list)  # [content, content_root(content)]
    heads: tuple[int, ...] = field(init=False)  # token index -> its head's index
    deps: tuple[int, ...] = field(init=False)  # token index -> its dependency label's id
    pos: tuple[int, ...] = field(init=False)  # token index -> its part of speech's id

    def __post_init__(self) -> None:
        # read once from the Doc's arrays: `tok.head` makes a Token, `tok.dep_` a string look-up
        arr = self.doc.to_array([HEAD, DEP, POS]).reshape(-1, 3)
        offsets = arr[:, 0].astype(np.int64)
        self.heads = tuple((offsets + np.arange(len(self.doc), dtype=np.int64)).tolist())
        self.deps, self.pos = tuple(arr[:, 1].tolist()), tuple(arr[:, 2].tolist())

    def root(self, content: list[Token]) -> Token | None:
        """The content's main predicate, kept for the last content: a claim's coding, its
        target search and its stance each ask for it."""
        if not self.roots or self.roots[0] is not content:
            self.roots[:] = [content, content_root(content, self.heads)]
        return self.roots[1]

    def span(self, start: int, end: int) -> Span | None:
        return self.doc.char_span(start, end, alignment_mode="expand")

    def tokens(self, part: dict | None) -> list[Token]:
        span = self.span(part["start"], part["end"]) if part else None
        return list(span) if span is not None else []


def content_root(tokens: list[Token], heads: Sequence[int]) -> Token | None:
    """The content's main predicate: its first verb whose head lies outside, else any root.
    (`heads`: token index -> its head's index, DocState.heads.)"""
    if not tokens:
        return None
    a, b = tokens[0].i, tokens[-1].i
    if b - a + 1 == len(tokens):  # a span's tokens: the test reads indices, not Tokens
        roots = [tokens[i - a] for i in range(a, b + 1) if heads[i] == i or not a <= heads[i] <= b]
    else:
        inside = {t.i for t in tokens}
        roots = [t for t in tokens if heads[t.i] == t.i or heads[t.i] not in inside]
    return next((t for t in roots if t.pos_ in cd.VERB_POS), roots[0] if roots else None)


def cue_token(st: DocState, claim: dict) -> Token | None:
    span = st.span(claim["cue"]["start"], claim["cue"]["end"])
    return span.root if span is not None and len(span) else None


def code_claim(claim: dict, st: DocState) -> tuple[dict, cd.Coding | None, list[dict]]:
    """The claim with its event, stance and targets recomputed; the coding of its event and
    the sources of that event when it is reported of other actors (for nested claims)."""
    claim = sets.joint_speaker(claim, st)  # "both sides said": each member speaks
    cue = cue_token(st, claim)
    content = st.tokens(claim["content"])
    root = st.root(content)
    coding, inner, from_content = claim_coding(claim, cue, root, st)
    speaker = claim.get("speaker")
    if coding is not None and speaker:
        coding = civil_protest(coding, speaker, st.lex)
        doer = reported_doer(coding) if from_content else speaker  # who does the act
        coding = force_acts(coding, doer, st.lex)
    threat = conditional_target(root if from_content or coding is None else coding.pred, claim, st)
    defied = coding is not None and coding.rule_id == "event.defiance"  # Y's act is refused
    nested = nested_sources(coding, speaker, st) if from_content and not defied else []
    typed = coding is not None and speakers_act(coding, from_content, st)
    own = argument_mentions(coding, st, typed) if coding is not None else []
    same = inner is not None and coding is not None and inner.pred.i == coding.pred.i
    of_inner = own if same else (argument_mentions(inner, st) if inner is not None else [])
    found = [threat] if threat is not None else []
    if not from_content:  # "warned Y that ...": the act's own Y first
        found += own
    found += nested + of_inner
    if coding is not None and coding.rule_id == "event.modal_demand":  # "Y must ...": Y
        heads = args.source_heads(coding.pred, coding.noun)
        found = args.mentions_of(heads, st.mentions, st.lex, source=True) + found
    targets, target_rule = claim_targets(claim, coding, found, cue, content, st)
    if threat is not None:
        target_rule = "target.condition_subject"
        cooperative = (
            coding is not None and st.lex.quads.get(coding.category or "") in cd.COOPERATION
        )
        pred = coding.pred if coding is not None else (root or cue)
        coding = cd.Coding("AGREE" if cooperative else "THREATEN", "event.conditional_threat", pred)
    event, stance = event_and_stance(coding, targets, content, st, claim)
    event, stance = un.partner_stance(stance, event, target_rule)
    stance = appeals.even_handed(stance, event["category"], coding.pred if coding else None)
    event["target_rule_id"] = target_rule if targets else None
    event["reported"] = bool(nested)  # the event's source is another actor (nested claims)
    claim = {**claim, "targets": targets, "stance": stance, "event": event}
    if coding is not None:
        claim["negated"] = claim.get("negated") or coding.negated
    return claim, coding, nested


def claim_coding(claim: dict, cue: Token | None, root: Token | None, st: DocState):
    """The claim's event: its cue when the cue is the act, else (speech) its content's
    predicate. An intention whose content is a conflict act is a threat. Returns the coding,
    the content's own coding, and whether the event is the content's."""
    lex = st.lex
    if cd.question(claim, cue, st.doc, lex):  # asks, does not assert: no stance of the speaker's
        for tok in (cue, root):
            st.coded.update(t.i for t in [tok] if t is not None)
        pred = cue if cue is not None else root
        if cd.rhetorical(claim, st.doc, lex):  # "Why should anyone believe Y?": a reproach
            return cd.Coding("DISAPPROVE", "event.rhetorical_question", pred), None, False
        return cd.Coding(None, "event.question", pred), None, False
    coding = cd.code_word(cue, lex, "event.cue_act") if cue is not None else None
    if coding is not None and cd.retracted(cue, lex) and cd.cooperative(coding, lex):
        coding = cd.Coding("REJECT", "event.retracted", cue)  # "reneged on its pledge"
    inner = cd.code_clause(root, lex, "event.content_predicate") if root is not None else None
    inner = cd.modify(inner, lex) if inner is not None else None
    speech = coding is None and claim["kind"] in SPEECH_KINDS
    if speech and root is not None and cd.modal_demand(root, lex):
        coding, speech = cd.Coding("DEMAND", "event.modal_demand", root), False
    from_content = speech and inner is not None
    if from_content:
        coding = inner
    elif coding is not None:
        coding = cd.modify(coding, lex)
        conflict = inner is not None and lex.quads.get(inner.category or "", "").endswith(
            "conflict"
        )
        if coding.category == "AGREE" and conflict:
            coding = cd.Coding("THREATEN", "event.intent_conflict", coding.pred, inner.noun)
    category = lex.cue_categories.get(claim["cue"].get("category") or "")
    if cue is not None and cd.naming(cue, lex):  # "called Y a stunt": an evaluation of Y
        category = None if coding is None else category
        if from_content:  # "described the talks as constructive": judged, not reported
            coding, from_content = None, False
        coding = coding or cd.Coding(None, "event.naming", cue)
    if coding is None and cue is not None and category is not None:
        coding = cd.modify(cd.Coding(category, "event.cue_category", cue), lex)
    for part in (coding, inner):
        if part is not None:
            st.coded.update(t.i for t in (part.pred, part.noun) if t is not None)
    return coding, inner, from_content


def speakers_act(coding: cd.Coding, from_content: bool, st: DocState) -> bool:
    """Is the event the speaker's own act: its cue's ("urged donors to act"), or its
    content's done by "we" or "I" ("'We urge donors to act,' she said")? Only such an act's
    object named by its kind is a target; another's ("said X would work with partners") is
    not the speaker's stance."""
    if not from_content:
        return True
    return any(c.dep_ == "nsubj" and cd.first_person(c, st.lex) for c in kids(coding.pred))


def conditional_target(pred: Token | None, claim: dict, st: DocState) -> dict | None:
    """The actor a conditional is aimed at: the subject of its "if" clause, not the speaker."""
    cond = cd.condition_of(pred, st.lex) if pred is not None else None
    if cond is None:
        return None
    subjects = [c for c in kids(cond) if c.dep_ in args.SUBJECT_DEPS]
    found = args.mentions_of(subjects, st.mentions, st.lex)
    return next((m for m in found if not same_actor(m, claim.get("speaker"))), None)


def nested_sources(coding: cd.Coding | None, speaker: dict | None, st: DocState) -> list[dict]:
    """Sources of an event reported in the content, when they are other actors."""
    if coding is None or coding.category is None:
        return []
    heads = args.source_heads(coding.pred, coding.noun)
    if any(cd.first_person(h, st.lex) for h in heads):
        return []
    found = sets.source_mentions(heads, st, speaker)
    return [m for m in found if not same_actor(m, speaker)]


def argument_mentions(coding: cd.Coding, st: DocState, typed: bool = False) -> list[dict]:
    """The actors of the event's arguments, in role order; for an argument that names an act
    done by someone ("demanded an admission by X", "protests against abuses by X"), who did
    it; with `typed`, a group named by its kind ("urged the international community") for an
    argument that names no actor (only a claim's targets: no new claim is made for one)."""
    heads = args.argument_heads(coding.pred, st.lex, coding.noun)
    if coding.noun is not None:
        heads += args.argument_heads(coding.noun, st.lex)
    heads = heads or args.purpose_heads(coding.pred, st.lex)
    out: list[dict] = []
    for _, head in heads:
        # "thanked both governments", "criticised the juntas' strategy": the set named before
        found = sets.members(head, st) or sets.possessor_members(head, st)
        found = found or ante.act_agents(head, st.mentions, st.lex, coding.category == "DEMAND")
        found = found or args.mentions_of([head], st.mentions, st.lex)
        found = found or (sets.typed_group(head, st) if typed else [])
        out += [m for m in found if m not in out and not own_forces(m, coding, st.doc, st.lex)]
    return out


def claim_targets(
    claim: dict,
    coding: cd.Coding | None,
    found: list[dict],
    cue: Token | None,
    content: list[Token],
    st: DocState,
) -> tuple[list[dict], str]:
    """Targets by argument role, less the speaker and its own state (a joint speaker's
    members are each other's targets)."""
    speaker = claim.get("speaker") or {}
    members = speaker.get("members") or []
    own_state = state_of(speaker, st.lex)

    def keep(m: dict) -> bool:
        if members:
            return not any(same_actor(m, x) for x in [speaker, *members])
        own = own_state is not None and m.get("actor_id") == own_state != speaker.get("actor_id")
        return not (same_actor(m, speaker) or own)

    quoted = speaker if claim["kind"] == "direct" else None  # "'He caved,' X said": not X
    found, rule_id = candidate_targets(coding, found, cue, content, st, keep, quoted=quoted)
    out, rule_id = cd.joint_targets(coding, found, rule_id, members)
    for m in found:
        key = m.get("actor_id") or m["text"].lower()
        if key not in {t.get("actor_id") or t["text"].lower() for t in out}:
            out.append(args.target_dict(m))
    return out, rule_id


def candidate_targets(
    coding: cd.Coding | None,
    found: list[dict],
    cue: Token | None,
    content: list[Token],
    st: DocState,
    keep: Callable[[dict], bool],
    partners: Sequence[dict] = (),
    quoted: dict | None = None,
) -> tuple[list[dict], str]:
    """The targets and the id of the rule that found them: see _candidate_targets; an actor
    named by what it is ("both governments", events/sets.py) records that rule's id."""
    found, rule_id = _candidate_targets(coding, found, cue, content, st, keep, partners, quoted)
    return found, next((m["target_rule"] for m in found if m.get("target_rule")), rule_id)


def _candidate_targets(
    coding: cd.Coding | None,
    found: list[dict],
    cue: Token | None,
    content: list[Token],
    st: DocState,
    keep: Callable[[dict], bool],
    partners: Sequence[dict] = (),
    quoted: dict | None = None,
) -> tuple[list[dict], str]:
    """The event's arguments, found by the caller, and the cue's addressees (those `keep`
    keeps); when none names an actor: the other members of a compound source of a reciprocal
    event, else the agent of the act a conflict act answers before any unnamed arguments;
    with no arguments at all, in turn, the act an "it" stands for, the place a material act
    is aimed at, the agent of the act it answers, the actor a definite noun stands for ("the
    regime"), the content's actors, and last those named outside the content
    (events/unnamed_targets.py)."""
    addressed = [m for m in (addressees(cue, st) if cue is not None else []) if keep(m)]
    if coding is None and not found and addressed:  # "told Y that Z ...": about Z, then Y
        about = [m for m in content_mentions(content, st) if keep(m)]
        said_of = [m for m in topics(cue, st) if keep(m)]  # "'...,' X said of Y": Y first
        if about:
            rest = [m for m in about + addressed if m not in said_of]
            return said_of + rest, "target.content_mentions"
    found = [m for m in found + addressed if keep(m)]
    if any(m.get("actor_id") for m in found):
        return found, "target.arguments"
    reciprocal = cd.joint_act(coding)  # "X and Y failed to agree", "blamed each other"
    if not found and reciprocal and partners:
        return list(partners), "target.compound_partner"
    answered = []
    if coding is not None:  # "expelled two diplomats in response to X's attacks": X first
        answered = ante.responded_agents(coding.pred, coding.category, st.mentions, st.lex)
        answered = [m for m in answered if keep(m)]
    if found:
        return (answered + found, "target.response") if answered else (found, "target.arguments")
    category = coding.category if coding is not None else None

    def kept() -> list[Token]:  # the content less its modifiers, as two rules read it
        return free_of_modifiers(content, st)

    fallbacks = [
        ("target.antecedent", lambda: ante.antecedent_agents(cue, content, st.mentions, st.lex)),
        ("target.act_agent", lambda: pr.act_targets(coding, st.root(content), st)),
        ("target.location", lambda: place_targets(coding, st) if coding is not None else []),
        ("target.response", lambda: answered),
        ("target.named_set", lambda: sets.content_members(st.root(content), st, keep, category)),
        ("target.definite_actor", lambda: un.definite_actors(kept(), st, keep)),
        ("target.content_mentions", lambda: content_mentions(content, st)),
        ("target.pronoun", lambda: pronoun_targets(content, st, quoted)),
        ("target.they_antecedent", lambda: they_targets(content, st, quoted)),
        ("target.role_noun", lambda: un.judged_roles(coding, content, kept(), st)),
    ]
    for rule_id, find in fallbacks:
        found = [m for m in find() if keep(m)]
        if found:
            return found, rule_id
    coded = category is not None  # an exchange's partner only for a content of no act
    return un.context_targets(cue, st, keep, coded)  # outside: answered act, addressee


def state_of(speaker: dict, lex: EventLexicon) -> str | None:
    """The state a speaker acts for (`gpe:<ISO3>`), which is then no target of its acts: a
    state's officials and bodies; not its civilians, opposition, press or businesses ("French
    farmers said they would blockade Paris": Paris is the target)."""
    if not speaker.get("country") or speaker.get("role") in lex.non_state_roles:
        return None
    return f"gpe:{speaker['country']}"


def place_targets(coding: cd.Coding, st: DocState) -> list[dict]:
    """The places a material act (or a threat of one) is aimed at, for an act whose arguments
    name no actor ("imposed a curfew in X")."""
    if not st.lex.aims_at_places(coding.category):
        return []
    heads = args.location_heads(coding.pred, st.lex)
    if coding.noun is not None:
        heads += args.location_heads(coding.noun, st.lex)
    return args.place_mentions(heads, st.mentions)


def addressees(cue: Token, st: DocState) -> list[dict]:
    """Whom a speech cue addresses or is about: "told Y", "said of Y", "called on Y"; not an
    audience ("told reporters")."""
    if not any(c.dep_ in ADDRESSEE_DEPS for c in kids(cue)):
        return []  # most cues have no phrase that could name one: looked at once, not twice
    return sorted(audience(cue, st) + topics(cue, st), key=lambda m: m["start"])


def audience(cue: Token, st: DocState) -> list[dict]:
    """Whom a speech cue addresses ("told Y", "said to Y"), less an audience of reporters."""
    told = [
        c for c in kids(cue)
        if c.dep_ in ("dative", "iobj")
        or (c.dep_ == "dobj" and cue.lemma_ in st.lex.addressee_object_verbs)
    ]  # fmt: skip
    told += _pobjs(cue, st.lex.speech_addressee_preps)
    told = [h for h in told if h.lemma_.lower() not in st.lex.audience_nouns]
    found = args.mentions_of(told, st.mentions, st.lex)
    return [m for m in found if m.get("role") not in st.lex.audience_roles]


def topics(cue: Token, st: DocState) -> list[dict]:
    """Whom a speech cue is about: "said of Y", "spoke about Y"."""
    return args.mentions_of(_pobjs(cue, st.lex.speech_topic_preps), st.mentions, st.lex)


def _pobjs(tok: Token, preps: tuple[str, ...]) -> list[Token]:
    return [
        g for c in kids(tok) if c.dep_ == "prep" and c.lower_ in preps
        for g in kids(c) if g.dep_ == "pobj"
    ]  # fmt: skip


def content_mentions(content: list[Token], st: DocState) -> list[dict]:
    """Actors mentioned in the content outside reason phrases ("over its invasion of X") and
    relative clauses (but for an infinitive's: "an honor to serve alongside X")."""
    kept = free_of_modifiers(content, st)
    found = st.mentions.within(kept)
    if found:
        return found
    unlinked = args.gazetteer_mention(kept) or args.entity_mention(kept)  # the linker left it
    return [unlinked] if unlinked else []


def free_of_modifiers(content: list[Token], st: DocState) -> list[Token]:
    """The content less its reason phrases and relative clauses (not an infinitive's); the
    last content's answer is kept, as two target searches of one claim ask for it."""
    if st.free_of and st.free_of[0] is content:
        return list(st.free_of[1])
    kept = _free_of_modifiers(content, st)
    st.free_of[:] = [content, kept]
    return list(kept)


def _free_of_modifiers(content: list[Token], st: DocState) -> list[Token]:
    excluded: set[int] = set()
    for tok in content:
        dep = st.deps[tok.i]
        relative = dep == RELCL and not _infinitive(tok)
        if relative or (dep == PREP and tok.lower_ in st.lex.reason_preps):
            excluded.update(t.i for t in tok.subtree)
    return [t for t in content if t.i not in excluded] if excluded else list(content)


def _infinitive(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.tag_ == "TO" for c in kids(verb))


def event_and_stance(coding, targets, content, st, claim) -> tuple[dict, dict]:
    """The event dict and the stance toward the first target."""
    lex = st.lex
    category = coding.category if coding is not None else None
    rule_id = coding.rule_id if coding is not None else None
    basis, score = "event", 0.0
    unasserted = coding is not None and (coding.negated or coding.rule_id == "event.question")
    named = coding is not None and coding.rule_id == "event.naming" and bool(targets)
    if judged := pr.judged(coding, st.root(content), st, unasserted):
        category, rule_id, basis, score, named = *judged, True
    elif category is None and targets and not unasserted:
        value = target_valence(content, targets[0], claim, st)
        category = ev.evaluative_category(value, lex)
        if category is not None:
            rule_id, basis = "event.evaluative", "evaluation"
            score = max(-1.0, min(1.0, value / 4.0))
    polarity = lex.polarity.get(category or "", "neutral")
    if basis == "event":
        score = {"positive": 1.0, "negative": -1.0}.get(polarity, 0.0)
    if rule_id is not None:
        event_rule(rule_id)  # every emitted id is declared
    words = coding.words() if coding is not None else []
    trigger = coding.noun or coding.pred if coding is not None else None
    event = {
        "category": category,
        "quad": lex.quads.get(category or ""),
        "mode": lex.mode(category, words) or (coding.mode if coding is not None else None),
        "rule_id": rule_id if category is not None or rule_id else None,
        "reciprocal": cd.reciprocal(coding, category, claim, targets, lex),
        "trigger": None,
    }
    if category is not None:
        event["trigger"] = _trigger(coding, trigger) if trigger else _content_trigger(claim)
    stance = {"polarity": polarity, "category": basis, "score": round(score, 3)}
    if category is None and not (unasserted or named):  # the content's polarity
        kept = claim.get("stance") or {}
        stance = {
            "polarity": kept.get("polarity", "neutral"),
            "category": "content",
            "score": kept.get("score", 0.0),
        }
    return event, stance


def target_valence(content: list[Token], target: dict, claim: dict, st: DocState) -> float:
    """The valence of the content's evaluation of the target: of all of it when the target
    is what the speech is about ("'They betrayed us,' X said of Y"), else of the clauses
    about the target."""
    cue = cue_token(st, claim)
    about = cue is not None and target["start"] in {m["start"] for m in topics(cue, st)}
    about = about or (cue is not None and named_object(cue, target, st.lex))
    scope = content if about else ev.evaluative_scope(content, target, st.lex)
    skip = {t.i for t in scope if st.mentions.covering(t) is not None or ev.within(t, target)}
    return ev.valence(scope, st.lex, skip)


def named_object(cue: Token, target: dict, lex: EventLexicon) -> bool:
    """Is the target in the object a naming verb names ("called the South Korean president
    a traitor")? Then the whole naming is about it."""
    obj = cd.direct_object(cue) if cd.naming(cue, lex) else None
    return obj is not None and any(ev.within(t, target) for t in obj.subtree)


def _trigger(coding: cd.Coding, tok: Token) -> dict:
    toks = [coding.pred] + ([coding.noun] if coding.noun is not None else [])
    start = min(t.idx for t in toks)
    end = max(t.idx + len(t.text) for t in toks)
    return {"text": doc_text(tok.doc)[start:end], "start": start, "end": end}


def _content_trigger(claim: dict) -> dict:
    return {k: claim["content"][k] for k in ("text", "start", "end")}
