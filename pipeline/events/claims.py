"""Code each claim: its event, polarity toward the target, targets from the event's arguments,
and the nested claims for events inside its content whose source is another actor."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from pipeline.events import arguments as args
from pipeline.events import coding as cd
from pipeline.events.lexicon import EventLexicon, event_rule

SPEECH_KINDS = ("direct", "indirect", "mixed")


@dataclass
class DocState:
    doc: Doc
    lex: EventLexicon
    mentions: args.Mentions
    coded: set[int] = field(default_factory=set)  # token indices already coded as events

    def span(self, start: int, end: int) -> Span | None:
        return self.doc.char_span(start, end, alignment_mode="expand")

    def tokens(self, part: dict | None) -> list[Token]:
        span = self.span(part["start"], part["end"]) if part else None
        return list(span) if span is not None else []


def content_root(tokens: list[Token]) -> Token | None:
    """The content's main predicate: its first verb whose head lies outside, else any root."""
    inside = {t.i for t in tokens}
    roots = [t for t in tokens if t.head.i == t.i or t.head.i not in inside]
    verbs = [t for t in roots if t.pos_ in cd.VERB_POS]
    return (verbs or roots or [None])[0]


def cue_token(st: DocState, claim: dict) -> Token | None:
    span = st.span(claim["cue"]["start"], claim["cue"]["end"])
    return span.root if span is not None and len(span) else None


def code_claim(claim: dict, st: DocState) -> tuple[dict, cd.Coding | None, list[dict]]:
    """The claim with its event, stance and targets recomputed; the coding of its event and
    the sources of that event when it is reported of other actors (for nested claims)."""
    lex = st.lex
    cue = cue_token(st, claim)
    content = st.tokens(claim["content"])
    root = content_root(content)
    coding = cd.code_word(cue, lex, "event.cue_act") if cue is not None else None
    from_content = coding is None and claim["kind"] in SPEECH_KINDS and root is not None
    if from_content:
        coding = cd.code_clause(root, lex, "event.content_predicate")
    if coding is not None:
        coding = cd.modify(coding, lex)
        st.coded.update(t.i for t in (coding.pred, coding.noun) if t is not None)
    speaker = claim.get("speaker")
    threat = conditional_target(root if from_content or coding is None else coding.pred, claim, st)
    nested = nested_sources(coding, speaker, st) if from_content else []
    targets, target_rule = claim_targets(claim, coding, threat, nested, cue, content, st)
    if threat is not None:
        cooperative = coding is not None and lex.quads.get(coding.category or "") in cd.COOPERATION
        pred = coding.pred if coding is not None else (root or cue)
        coding = cd.Coding("AGREE" if cooperative else "THREATEN", "event.conditional_threat", pred)
    event, stance = event_and_stance(coding, targets, content, st, claim)
    event["target_rule_id"] = target_rule if targets else None
    claim = {**claim, "targets": targets, "stance": stance, "event": event}
    if coding is not None:
        claim["negated"] = claim.get("negated") or coding.negated
    return claim, coding, nested


def conditional_target(pred: Token | None, claim: dict, st: DocState) -> dict | None:
    """The actor a conditional is aimed at: the subject of its "if" clause, not the speaker."""
    cond = cd.condition_of(pred, st.lex) if pred is not None else None
    if cond is None:
        return None
    subjects = [c for c in cond.children if c.dep_ in args.SUBJECT_DEPS]
    found = args.mentions_of(subjects, st.mentions, st.lex)
    return next((m for m in found if not same_actor(m, claim.get("speaker"))), None)


def same_actor(m: dict, speaker: dict | None) -> bool:
    if not speaker:
        return False
    if m.get("actor_id") and m.get("actor_id") == speaker.get("actor_id"):
        return True
    return m["start"] < speaker["end"] and speaker["start"] < m["end"]


def nested_sources(coding: cd.Coding | None, speaker: dict | None, st: DocState) -> list[dict]:
    """Sources of an event reported in the content, when they are other actors."""
    if coding is None or coding.category is None:
        return []
    heads = args.source_heads(coding.pred)
    if any(h.lower_ in st.lex.first_person for h in heads):
        return []
    found = args.mentions_of(heads, st.mentions, st.lex)
    return [m for m in found if not same_actor(m, speaker)]


def argument_mentions(coding: cd.Coding, st: DocState) -> list[dict]:
    heads = args.argument_heads(coding.pred, st.lex)
    if coding.noun is not None:
        heads += args.argument_heads(coding.noun, st.lex)
    return args.mentions_of([h for _, h in heads], st.mentions, st.lex)


def claim_targets(claim, coding, threat, nested, cue, content, st) -> tuple[list[dict], str]:
    """Targets by argument role; the content's actors when no argument names one."""
    speaker = claim.get("speaker") or {}
    members = speaker.get("members") or []
    found = [threat] if threat is not None else []
    found += nested
    if coding is not None:
        found += argument_mentions(coding, st)
    if cue is not None:
        found += addressees(cue, st)
    rule_id = "target.condition_subject" if threat is not None else "target.arguments"
    if not found:
        found, rule_id = content_mentions(content, st), "target.content_mentions"
    out = [dict(m) for m in members]
    own_state = f"gpe:{speaker['country']}" if speaker.get("country") else None
    for m in found:
        key = m.get("actor_id") or m["text"].lower()
        if same_actor(m, speaker) and not members:
            continue
        if key == own_state and not members and speaker.get("actor_id") != own_state:
            continue
        if key not in {t.get("actor_id") or t["text"].lower() for t in out}:
            out.append(args.target_dict(m))
    return out, rule_id


def addressees(cue: Token, st: DocState) -> list[dict]:
    """Whom a speech cue addresses or is about: "told Y", "said of Y", "called on Y"."""
    heads = []
    for child in cue.children:
        if child.dep_ in ("dative", "iobj") or (child.dep_ == "dobj" and cue.lemma_ == "tell"):
            heads.append(child)
        elif child.dep_ == "prep" and child.lower_ in ("of", "about", "to"):
            heads.extend(c for c in child.children if c.dep_ == "pobj")
    return args.mentions_of(heads, st.mentions, st.lex)


def content_mentions(content: list[Token], st: DocState) -> list[dict]:
    """Actors mentioned in the content outside modifier phrases and relative clauses."""
    root = content_root(content)
    if root is None:
        return []
    inside = {t.i for t in content}
    kept = [t for t in _pruned(root, st.lex) if t.i in inside]
    others = [t for t in content if t.head.i not in inside and t.i != root.i]
    for other in others:
        kept += [t for t in _pruned(other, st.lex) if t.i in inside]
    return st.mentions.within(kept)


def _pruned(head: Token, lex: EventLexicon) -> list[Token]:
    out = [head]
    for child in head.children:
        if child.dep_ in ("relcl", "acl") or (
            child.dep_ == "prep" and child.lower_ in lex.modifier_preps
        ):
            continue
        out.extend(_pruned(child, lex))
    return out


def event_and_stance(coding, targets, content, st, claim) -> tuple[dict, dict]:
    """The event dict and the stance toward the first target."""
    lex = st.lex
    category = coding.category if coding is not None else None
    rule_id = coding.rule_id if coding is not None else None
    basis, score = "event", 0.0
    if category is None and targets and not (coding is not None and coding.negated):
        skip = {t.i for t in content if st.mentions.covering(t) is not None}
        value = cd.valence(content, lex, skip)
        category = cd.evaluative_category(value, lex)
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
        "reciprocal": bool(
            category in cd.RECIPROCAL and (claim.get("speaker") or {}).get("members")
        ),
        "trigger": None,
    }
    if category is not None:
        event["trigger"] = _trigger(coding, trigger) if trigger else _content_trigger(claim)
    stance = {"polarity": polarity, "category": basis, "score": round(score, 3)}
    if category is None:  # no event toward anyone: the claim keeps the content's polarity
        kept = claim.get("stance") or {}
        stance = {
            "polarity": kept.get("polarity", "neutral"),
            "category": "content",
            "score": kept.get("score", 0.0),
        }
    return event, stance


def _speaker(claim: dict) -> dict:
    return claim.get("speaker") or {}


def _trigger(coding: cd.Coding, tok: Token) -> dict:
    toks = [coding.pred] + ([coding.noun] if coding.noun is not None else [])
    start = min(t.idx for t in toks)
    end = max(t.idx + len(t.text) for t in toks)
    return {"text": tok.doc.text[start:end], "start": start, "end": end}


def _content_trigger(claim: dict) -> dict:
    return {k: claim["content"][k] for k in ("text", "start", "end")}
