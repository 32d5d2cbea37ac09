"""Targets of a claim whose content names no actor, found where news names them otherwise.

A content often speaks of an actor named before by a definite noun ("North Korea fired a
missile. Seoul said the regime was escalating tensions": North Korea); a claim made in
answer to an act is aimed at that act's agent ("Responding to Beijing's announcement, the
ministry said the plan was illegal": Beijing; "Russia expelled five diplomats. In response,
Estonia said ...": Russia); and a claim made in an exchange with an actor is addressed to it
("In a letter to the EU, X said the rules were unacceptable": the EU). Each is a weaker
reading than an actor the content names, so each is tried only when none is (lower
confidence, patterns/rules.json). Also here: role nouns a content judges ("the governor").
The words are data: patterns/unnamed_targets.json.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any

from spacy.attrs import IDX
from spacy.symbols import NOUN, VERB
from spacy.tokens import Doc, Token

from pipeline.actors.arrays import token_sentence_bounds
from pipeline.claims.tree import kids
from pipeline.doctext import doc_text
from pipeline.events import antecedents as ante
from pipeline.events import arguments as args
from pipeline.events import bridging as br
from pipeline.events import evaluation as ev
from pipeline.events.coding import COOPERATION, code_word
from pipeline.events.persons import PRONOUN_ARGUMENT_IDS
from pipeline.rules import load_data

if TYPE_CHECKING:
    from pipeline.events.claims import DocState

Keep = Callable[[dict], bool]


@cache
def table() -> dict[str, Any]:
    return load_data("events", "unnamed_targets.json", 1)


def person(m: dict) -> bool:
    return (m.get("actor_id") or "").startswith("person:") or m.get("label") == "PERSON"


def definite_actors(kept: list[Token], st: DocState, keep: Keep) -> list[dict]:
    """The actors the content's definite nouns stand for ("the regime"), at those nouns'
    words, when the content (less its modifiers, `kept`) names no actor itself."""
    if any(m.get("actor_id") for m in st.mentions.within(kept)):
        return []
    rule = table()["definite_actor"]
    out: list[dict] = []
    for tok in kept:
        if st.deps[tok.i] not in PRONOUN_ARGUMENT_IDS or not definite_noun(tok, st, rule):
            continue
        found = meant_actor(tok, st, keep, tok.lower_ in rule["state_nouns"])
        if found is not None and found not in out:
            start = tok.left_edge.idx
            words = doc_text(tok.doc)[start : tok.idx + len(tok.text)]
            out.append({**found, "text": words, "start": start, "end": tok.idx + len(tok.text)})
    return out


def definite_noun(tok: Token, st: DocState, rule: dict) -> bool:
    """A noun of the list with "the" (this, these...), no possessor and no name of its own
    ("the regime"; not "the Syrian regime", "Assad's regime", "a government")."""
    if tok.pos_ != "NOUN" or tok.lower_ not in rule["nouns"]:
        return False  # the word as listed: "countries", a plural, is a set (events/sets.py)
    mods = list(kids(tok))
    if any(c.dep_ == "poss" or c.pos_ == "PROPN" or c.ent_type_ for c in mods):
        return False
    named = (st.mentions.covering(t) for t in tok.subtree if t.i <= tok.i)
    if any(m is not None and m.get("actor_id") for m in named):
        return False  # a role mention the linker left unresolved is no name
    modified = any(c.lower_ in rule["modifiers"] for c in mods)
    if tok.lower_ in rule["modified_nouns"] and not modified:
        return False  # "the country" alone is as often the story's own
    return any(c.dep_ == "det" and c.lower_ in rule["determiners"] for c in mods)


def meant_actor(tok: Token, st: DocState, keep: Keep, state: bool) -> dict | None:
    """The actor a definite noun stands for, within the look-back: the agent of the last
    act before it, else the most recent actor named; a state for a state noun; never a
    person, a media outlet, the dateline's place, nor an actor named only as the source of a
    report ("X fired a missile, Y's military said") or in a speaker's own phrase ("Z, the
    leader of the W party, said")."""
    first = br.window_start(tok, table()["definite_actor"]["lookback_sentences"])
    sources = report_sources(tok.doc, first, tok.i, st)

    def fits(m: dict) -> bool:
        actor = m.get("actor_id") or ""
        if not actor or person(m) or m.get("role") in st.lex.audience_roles:
            return False
        if (state and not actor.startswith("gpe:")) or args.at_dateline(tok.doc, m["start"]):
            return False
        return keep(m) and not any(m["start"] <= i.idx < m["end"] for i in sources)

    for i in range(tok.i - 1, first - 1, -1):  # the agent of the last act
        verb = tok.doc[i]
        if br.last_act(verb, st.lex) and verb.i not in {s.i for s in sources}:
            found = [m for m in br.clause_agents(verb, st.mentions, st.lex) if fits(m)]
            if found:
                return found[0]
    lo = tok.doc[first].idx
    named = [m for m in st.mentions.rows if lo <= m["start"] and m["end"] <= tok.idx]
    return next((m for m in reversed(named) if fits(m)), None)


def report_sources(doc: Any, first: int, end: int, st: DocState) -> list[Token]:
    """The words that name whoever reports speech between `first` and `end`: the speakers
    of claims ("according to X") and the subject phrase of a verb of speech, with its
    appositions ("Z, the leader of the W party")."""
    lo, hi = doc[first].idx, doc[end].idx
    speakers = (c.get("speaker") for c in doc._.claims or [])
    out = [t for s in speakers if s and lo <= s["start"] < hi for t in st.tokens(s)]
    for verb in doc[first:end]:
        if verb.lemma_.lower() in st.lex.speech_cues and verb.pos_ == "VERB":
            for subj in (c for c in kids(verb) if c.dep_ in ("nsubj", "nsubjpass")):
                out += list(subj.subtree)
    return out


def context_targets(
    cue: Token | None, st: DocState, keep: Keep, coded: bool = False
) -> tuple[list[dict], str]:
    """Targets outside the content: the agent of the act the claim answers, else the
    addressee of the exchange it is made in, else, for a content that codes no act of its
    own (`coded`), the partner of the exchange its speaker held just before, else the other
    state of a story about two (`story_dyad_partner`)."""
    if cue is None:
        return [], "target.content_mentions"
    holders = [cue] + ([cue.head] if cue.dep_ == "conj" else [])
    searches = (
        (table()["answered_act"]["rule_id"], lambda h: answered_agents(h, st, keep)),
        (table()["setting_addressee"]["rule_id"], lambda h: setting_addressees(h, st)),
    )
    for rule_id, find in searches:
        found = [m for h in holders for m in find(h) if keep(m)]
        if found:
            return found, rule_id
    found = [] if coded else exchange_partners(cue, st, keep)
    if found:
        return found, table()["exchange_partner"]["rule_id"]
    found = [m for m in story_dyad_partner(cue, st) if keep(m)]
    return found, table()["story_dyad"]["rule_id"] if found else "target.content_mentions"


def story_dyad_partner(cue: Token, st: DocState) -> list[dict]:
    """In a story about two states, each named more than twice as often as any third, a
    claim of one of them (its speaker's country) aimed at no one the text names is aimed at
    the other: its mention nearest before the cue, else its first."""
    if st.story_parties is None:  # the same for every claim of the Doc: found once
        st.story_parties = story_parties(st.mentions.rows)
    parties, country = st.story_parties, speaker_country(cue, st)
    if country is None or f"gpe:{country}" not in parties:
        return []
    other = next(actor for actor in parties if actor != f"gpe:{country}")
    if _third_state_near(cue, st, parties):
        return []  # its paragraph is about another state too: not the story's two
    if st.party_rows is None:  # each party's mentions, found once per Doc
        st.party_rows = {
            a: [m for m in st.mentions.rows if m.get("actor_id") == a] for a in parties
        }
    rows = st.party_rows[other]
    before = [m for m in rows if m["end"] <= cue.idx]
    return [before[-1] if before else rows[0]]


def story_parties(mentions: list[dict]) -> list[str]:
    """The two states a story is about (their actor ids), or none: the two named most, each
    at least `min_mentions` times, and any third less than `third_share` as often."""
    rule = table()["story_dyad"]
    counts: dict[str, int] = {}
    for m in mentions:
        actor = m.get("actor_id") or ""
        if actor.startswith("gpe:"):
            counts[actor] = counts.get(actor, 0) + 1
    ranked = sorted(counts.items(), key=lambda pair: -pair[1])
    if len(ranked) < 2 or ranked[1][1] < rule["min_mentions"]:
        return []
    if len(ranked) > 2 and ranked[2][1] >= rule["third_share"] * ranked[1][1]:
        return []  # a third state nearly as present: no dyad
    return [actor for actor, _ in ranked[:2]]


def _third_state_near(cue: Token, st: DocState, parties: list[str]) -> bool:
    """Does the cue's paragraph, up to the end of its sentence, name a state that is neither
    of the two, or an international organisation (a claim may be about either)?"""
    first = paragraph_start(cue, table()["story_dyad"]["lookback_sentences"], st)
    lo, hi = cue.doc[first].idx, cue.sent.end_char
    starts = st.mentions.starts  # the rows sorted by start: those from lo to hi only
    rows = st.mentions.rows[bisect_left(starts, lo) : bisect_left(starts, hi)]
    return any(m.get("actor_id") not in parties and _party(m) for m in rows)


def _party(m: dict) -> bool:
    actor = m.get("actor_id") or ""
    return actor.startswith("gpe:") or (m.get("country") == "IGO" and m.get("label") == "ORG")


def answered_agents(holder: Token, st: DocState, keep: Keep) -> list[dict]:
    """Who did the act the claim answers: "Responding to X's announcement", "in response to
    strikes by X", "Reacting to X"; or, for a bare "In response,", the last act before."""
    rule = table()["answered_act"]
    acts = ante.responded_acts(holder, st.lex)
    for clause in (c for c in kids(holder) if c.dep_ == "advcl"):
        if clause.lemma_.lower() in rule["verbs"]:
            acts += objects(clause, rule["verb_preps"])
    found = [m for act in acts for m in act_doers(act, st)]
    if found:
        return found
    bare = [
        c for p in kids(holder) if p.dep_ == "prep" and p.lower_ == "in"
        for c in kids(p) if c.dep_ == "pobj" and c.lemma_.lower() in rule["bare_nouns"]
        and not any(g.dep_ == "prep" for g in kids(c))
    ]  # fmt: skip
    return last_agents(holder, st, keep, rule["lookback_sentences"]) if bare else []


def objects(word: Token, preps: list[str]) -> list[Token]:
    return [
        g for c in kids(word) if c.dep_ == "prep" and c.lower_ in preps
        for g in kids(c) if g.dep_ == "pobj"
    ]  # fmt: skip


def act_doers(act: Token, st: DocState) -> list[dict]:
    """The actor an answered phrase names ("Reacting to Moscow"), else its act's agent."""
    named = st.mentions.covering(act)
    if named is not None and named.get("actor_id"):
        return [named]
    own = [m for m in ante.agents_of(act, st.mentions, st.lex) if m.get("actor_id")]
    return own or br.bridged_agents([act], st.mentions, st.lex)


def last_agents(holder: Token, st: DocState, keep: Keep, lookback: int) -> list[dict]:
    """The agent of the last act or claim in the sentences before the holder's that one
    answers: a verb that does an act of the event lexicon or reports speech, but no act of
    cooperation or a friendly one ("Y visited Tallinn"), and no agent of the speaker's own
    state (`keep` rejects the speaker and its state)."""
    country = speaker_country(holder, st)
    for i in range(holder.sent.start - 1, br.window_start(holder, lookback) - 1, -1):
        tok = holder.doc[i]
        speech = tok.lemma_.lower() in st.lex.speech_cues
        if not (speech or br.last_act(tok, st.lex)) or friendly(tok, st):
            continue
        found = [m for m in br.clause_agents(tok, st.mentions, st.lex) if m.get("actor_id")]
        found = [m for m in found if keep(m) and not (country and m.get("country") == country)]
        if found:
            return found
    return []


def friendly(verb: Token, st: DocState) -> bool:
    """Is the verb an act of cooperation or a positive one ("met", "visited", "praised"),
    which nothing answers "in response"?"""
    coding = code_word(verb, st.lex, "event.cue_act")
    category = coding.category if coding is not None else None
    if category is None:
        return False
    quad = st.lex.quads.get(category)
    return quad in COOPERATION or st.lex.polarity.get(category) == "positive"


def speaker_country(cue: Token, st: DocState) -> str | None:
    """The country of the speaker of the claim whose cue holds the word (the first such
    claim with a speaker)."""
    return lookback_index(st).countries.get(cue.idx)


def setting_addressees(holder: Token, st: DocState) -> list[dict]:
    """Whom the exchange a claim is made in addresses: "in a letter to X", "in talks with
    X", "Speaking to X", "addressing X"; not an audience ("told reporters", a media outlet)."""
    rule = table()["setting_addressee"]
    heads: list[Token] = []
    for prep in (c for c in kids(holder) if c.dep_ == "prep"):
        for noun in (g for g in kids(prep) if g.dep_ == "pobj"):
            if noun.lemma_.lower() in rule["nouns"] or noun.lower_ in rule["nouns"]:
                # "in a note to Y": the parser hangs "to Y" on the noun or on "in"
                heads += objects(noun, rule["noun_preps"]) + objects(prep, rule["noun_preps"])
    for clause in (c for c in kids(holder) if c.dep_ == "advcl"):
        if clause.lemma_.lower() in rule["verbs"]:
            heads += objects(clause, rule["verb_preps"])
            heads += [c for c in kids(clause) if c.dep_ == "dobj"]
    heads = [h for h in heads if h.lemma_.lower() not in st.lex.audience_nouns]
    found = args.mentions_of(heads, st.mentions, st.lex)
    # a state or an actor of known kind: an outlet the linker left bare ("speaking to CNN")
    # is an audience more often than an addressee
    known = [m for m in found if m.get("role") or (m.get("actor_id") or "").startswith("gpe:")]
    return [m for m in known if m.get("role") not in st.lex.audience_roles]


def judged_roles(coding: Any, content: list[Token], kept: list[Token], st: DocState) -> list[dict]:
    """Unnamed actors named by a role noun that the claim judges ("said the governor had not
    been helpful"); a coded event's arguments were searched already, and a role noun outside
    them, or one the content says nothing good or bad of, is a bystander."""
    if coding is not None and coding.category is not None:
        return []
    root = st.root(content)
    found = args.role_mentions(kept, root, st.lex) if root else []
    return [m for m in found if abs(role_valence(content, m, st)) >= st.lex.evaluative_threshold]


def role_valence(content: list[Token], m: dict, st: DocState) -> float:
    scope = ev.evaluative_scope(content, m, st.lex)
    return ev.valence(scope, st.lex, {t.i for t in scope if ev.within(t, m)})


def exchange_partners(holder: Token, st: DocState, keep: Keep) -> list[dict]:
    """The partner of the nearest exchange before the cue that the speaker (an actor `keep`
    rejects) held: "X spoke today with Y. X reaffirmed ...": Y. Only within the paragraph
    and the `lookback_sentences` before; a sentence between that tells of another claim or
    act ends the search, as the claim may now answer that instead."""
    rule = table()["exchange_partner"]
    doc, first = holder.doc, paragraph_start(holder, rule["lookback_sentences"], st)
    end, own = holder.i, token_sentence_bounds(holder)[0]  # (`.sent` walks the tokens)
    while end > first:
        start, sent_end = token_sentence_bounds(doc[end - 1])
        for i in range(end - 1, max(start, first) - 1, -1):
            # only a verb or a noun tells of an exchange: no Token made for the other words
            found = partners_at(doc[i], st, keep) if st.pos[i] in (VERB, NOUN) else []
            if found:
                return found
        if start != own and tells_other_news(doc[start:sent_end], st, rule):
            return []
        end = start
    return []


@dataclass(frozen=True)
class LookbackIndex:
    """What the searches over the sentences before a cue read for every claim, found once
    per Doc (DocState.lookback): the tokens that hold a blank line, the claims' cues by
    their start, and the country of the speaker of each cue's words."""

    breaks: list[int]  # token indices, in order
    cue_starts: list[int]
    cues: list[dict]
    countries: dict[int, str | None]  # a cue word's first char -> its speaker's country


def lookback_index(st: DocState) -> LookbackIndex:
    if st.lookback is None:
        claims = st.doc._.claims or []
        cues = sorted((c["cue"] for c in claims if c.get("cue")), key=lambda cue: cue["start"])
        countries: dict[int, str | None] = {}
        for claim in claims:  # the first claim with a speaker whose cue holds a word
            cue = claim["cue"]
            if claim.get("speaker"):
                for t in st.tokens(cue):
                    if cue["start"] <= t.idx < cue["end"]:
                        countries.setdefault(t.idx, claim["speaker"].get("country"))
        breaks = blank_line_tokens(st.doc)
        st.lookback = LookbackIndex(breaks, [cue["start"] for cue in cues], cues, countries)
    return st.lookback


def blank_line_tokens(doc: Doc) -> list[int]:
    """The tokens whose text with its space holds a blank line ("\n\n"), in order: read
    from the text, where each token's text with its space runs to the next one's start."""
    text = doc_text(doc)
    out: list[int] = []
    at = text.find("\n\n")
    starts = doc.to_array(IDX).tolist() if at >= 0 else []
    while at >= 0:  # every blank line's place, overlapping ones too
        i = bisect_right(starts, at) - 1
        end = starts[i + 1] if i + 1 < len(starts) else len(text)
        if at + 2 <= end and (not out or out[-1] != i):
            out.append(i)
        at = text.find("\n\n", at + 1)
    return out


def paragraph_start(head: Token, lookback: int, st: DocState) -> int:
    """The first token of the `lookback` sentences before the head's that lies in the head's
    paragraph (after the last blank line): a new paragraph is as often a new topic."""
    first = br.window_start(head, lookback)
    breaks = lookback_index(st).breaks
    last = bisect_left(breaks, head.i) - 1  # the last blank line before the head
    return breaks[last] + 1 if last >= 0 and breaks[last] >= first else first


def tells_other_news(sent: Any, st: DocState, rule: dict) -> bool:
    """Does the sentence hold a claim or an act other than the exchange going on ("They
    discussed trade" continues the meeting; "X said ..." or "Y fired ..." does not)?"""
    index = lookback_index(st)  # only the sentence's claims: no span for the rest
    a, b = (
        bisect_left(index.cue_starts, sent.start_char),
        bisect_left(index.cue_starts, sent.end_char),
    )
    cues = {t.i for cue in index.cues[a:b] for t in st.tokens(cue)}
    doc = sent.doc
    for i in range(sent.start, sent.end):
        # a verb of an act, or a cue: no Token made for the other words (last_act is False)
        if i in cues or (st.pos[i] == VERB and br.last_act(doc[i], st.lex)):
            coding = code_word(doc[i], st.lex, "event.cue_act")
            if coding is None or coding.category not in rule["exchange_categories"]:
                return True
    return False


def partners_at(tok: Token, st: DocState, keep: Keep) -> list[dict]:
    """The partners of an exchange the word tells of, if the speaker held it."""
    rule, setting = table()["exchange_partner"], table()["setting_addressee"]
    if tok.pos_ == "VERB" and tok.lemma_.lower() in rule["verbs"]:
        holders = [c for c in kids(tok) if c.dep_ in ("nsubj", "nsubjpass")]
        heads = objects(tok, rule["preps"])
        for obj in (c for c in kids(tok) if c.dep_ == "dobj"):
            if tok.lemma_.lower() in rule["object_verbs"]:
                heads.append(obj)
            elif obj.lemma_.lower() in setting["nouns"] or obj.lower_ in setting["nouns"]:
                heads += objects(obj, rule["preps"])  # "held talks with Y"
    elif tok.pos_ == "NOUN" and tok.lower_ in setting["nouns"]:
        holders = [c for c in kids(tok) if c.dep_ == "poss"]  # "X's call with Y"
        heads = objects(tok, rule["preps"])
    else:
        return []
    # the words themselves name the actors: "met Y", not "met resistance from Y"
    held = [st.mentions.covering(h) for h in holders]
    if not heads or not any(m is not None and m.get("actor_id") and not keep(m) for m in held):
        return []
    found = [st.mentions.covering(h) for h in heads]
    found = [m for m in found if m is not None and m.get("actor_id") and keep(m)]
    return [m for m in found if m.get("role") not in st.lex.audience_roles]


def partner_stance(stance: dict, event: dict, target_rule: str) -> tuple[dict, dict]:
    """No event and a neutral stance toward an exchange's partner, which is found only for a
    claim whose content codes no act: what the content says ("X stressed it would invest at
    home", "X said the results were disappointing") is no act or stance toward a partner the
    content does not speak of or to."""
    if target_rule != table()["exchange_partner"]["rule_id"]:
        return event, stance
    event = {**event, "category": None, "quad": None, "mode": None, "rule_id": None}
    event.update(reciprocal=False, trigger=None)
    return event, {"polarity": "neutral", "category": "content", "score": 0.0}
