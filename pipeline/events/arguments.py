"""The arguments of an event predicate: who acts (sources) and toward whom (targets), as actor
mentions. Argument phrases are pruned of modifiers ("over its invasion of Ukraine") and of
relative clauses, so an actor only mentioned there is neither source nor target."""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from itertools import accumulate
from operator import attrgetter
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from pipeline.actors.datelines import at_dateline
from pipeline.actors.describe import role_nouns
from pipeline.actors.gazetteer import load_gazetteer
from pipeline.actors.unnamed import GOVERNMENT_NOUNS
from pipeline.claims.tree import kids
from pipeline.doctext import doc_text
from pipeline.events.coding import noun_entry
from pipeline.events.dissent import quit_in_protest
from pipeline.events.folded_names import folded_named
from pipeline.events.lexicon import EventLexicon

if TYPE_CHECKING:
    from pipeline.actors.gazetteer import Entry

OBJECT_DEPS = ("dobj", "obj", "dative", "iobj", "nsubjpass")
CLAUSE_DEPS = ("relcl", "advcl", "ccomp", "xcomp", "parataxis", "conj", "cc", "appos")
SUBJECT_DEPS = ("nsubj", "csubj")
AGENT_PREPS = ("by", "from", "of")  # "pressure from Y", "calls by Y", "demands of Y"

TOKEN_INDEX = attrgetter("i")  # a sort key: cheaper than a lambda per token


def _any_within(sorted_chars: list[int], start: int, end: int) -> bool:
    """Is any of the sorted chars in [start, end)?"""
    k = bisect_left(sorted_chars, start)
    return k < len(sorted_chars) and sorted_chars[k] < end


@dataclass
class Mentions:
    """The doc's actor mentions, by start offset, for quick lookup of a token's mention."""

    doc: Doc
    rows: list[dict]

    def __post_init__(self) -> None:
        self.rows = sorted(self.rows, key=lambda m: m["start"])
        self.starts = [m["start"] for m in self.rows]
        # the furthest end of the mentions up to each one: where none reaches a phrase's
        # first char, no mention covers a token of it
        self.reach = list(accumulate((m["end"] for m in self.rows), max))

    def covering(self, tok: Token) -> dict | None:
        """The mention that contains the token, if any."""
        i = bisect_left(self.starts, tok.idx + 1) - 1
        while i >= 0 and self.rows[i]["end"] > tok.idx:
            if self.rows[i]["start"] <= tok.idx:
                return self.rows[i]
            i -= 1
        return None

    def within(self, tokens: list[Token]) -> list[dict]:
        """Mentions that hold one of these tokens (as `covering` finds it), in text order."""
        idx = sorted({t.idx for t in tokens})  # sorted: a mention's test is one bisection
        last = bisect_left(self.starts, idx[-1] + 1) - 1 if idx else -1
        if last < 0 or self.reach[last] <= idx[0]:
            return []  # no mention starts by the last token and ends after the first
        # `covering` gives a token the last mention starting at or before it, if that one
        # reaches it: mention k is found for the tokens from its start to its end or to the
        # next mention's start, whichever comes first; one test per mention, not per token
        rows, starts = self.rows, self.starts
        seen: list[dict] = []
        for k in range(max(bisect_left(starts, idx[0] + 1) - 1, 0), last + 1):
            m = rows[k]
            end = min(m["end"], starts[k + 1]) if k + 1 < len(rows) else m["end"]
            if _any_within(idx, m["start"], end) and m not in seen:
                seen.append(m)
        return seen


def phrase_tokens(head: Token, lex: EventLexicon, *, source: bool = False) -> list[Token]:
    """The head's phrase without its conjuncts, clauses and modifier prepositional phrases
    (a source's phrase also without participle clauses: "the fact that X did...")."""
    out = [head]
    for child in kids(head):
        if child.dep_ in CLAUSE_DEPS or child.dep_ == "punct" or (source and child.dep_ == "acl"):
            continue
        if in_dateline(child):  # "DHAKA (AP) - Police": the parser hangs the city on the noun
            continue
        if child.dep_ == "prep" and child.lower_ in lex.modifier_preps:
            continue
        out.extend(phrase_tokens(child, lex, source=source))
    return out


def conjuncts(head: Token) -> list[Token]:
    """The head and the heads it is coordinated with ("X and Y")."""
    return [head, *(c for c in head.conjuncts if c.i > head.i)]


def argument_heads(
    pred: Token, lex: EventLexicon, noun: Token | None = None
) -> list[tuple[str, Token]]:
    """(role, head) pairs of the predicate's target arguments, ordered by role (a light verb's
    event noun is none: "opened fire to disperse X")."""
    objects: list[tuple[str, Token]] = []
    preps: list[tuple[int, str, Token]] = []
    order = {p: n for n, p in enumerate(sorted(lex.addressee_preps))}
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in kids(pred))
    for child in kids(pred):
        if child.dep_ in OBJECT_DEPS and (child.dep_ != "nsubjpass" or passive):
            heads = object_heads(pred, child, lex)
            objects.extend(("object", h) for h in heads if noun is None or h.i != noun.i)
        elif child.dep_ == "prep" and (
            child.lower_ in lex.target_preps
            or (child.lower_ in lex.measure_preps and pred.lemma_.lower() in lex.quantity_heads)
            or (child.lower_ in lex.visit_preps and pred.lemma_.lower() in lex.visit_verbs)
        ):
            rank = order.get(child.lower_, len(order))
            for pobj in (c for c in kids(child) if c.dep_ == "pobj"):
                preps.extend((rank, f"prep:{child.lower_}", h) for h in conjuncts(pobj))
        elif child.dep_ == "prep" and child.lower_ == "in":  # "in defiance of Y"
            preps.extend((len(order), "prep:opposing", h) for h in opposed_heads(pred, child, lex))
        elif (
            child.dep_ == "oprd" and pred.lemma_.lower() in lex.naming_verbs and folded_named(child)
        ):
            objects.extend(("object", h) for h in folded_named(child))  # "called Y and Z havens"
        elif child.dep_ in ("xcomp", "ccomp", "oprd"):
            # "urged Japan to stop": the addressee may be parsed as the complement's subject
            for sub in (c for c in kids(child) if c.dep_ in SUBJECT_DEPS):
                objects.extend(("addressee", h) for h in conjuncts(sub))
    preps.extend((len(order), "prep:despite", h) for h in pressing_heads(pred, lex))
    preps.sort(key=lambda p: p[0])
    found = objects + [(role, head) for _, role, head in preps]
    if not found and pred.pos_ in ("VERB", "AUX"):  # "donated and delivered X to Y"
        for verb in (c for c in kids(pred) if c.dep_ == "conj" and c.pos_ == "VERB"):
            if not any(g.dep_ in ("nsubj", "nsubjpass") for g in kids(verb)):
                return argument_heads(verb, lex)
    return found


def object_heads(pred: Token, obj: Token, lex: EventLexicon) -> list[Token]:
    """An object's heads, its conjuncts too; of a naming verb, the actors the parser folded
    into the name ("branded Sweden and Finland havens", events/folded_names.py)."""
    folded = folded_named(obj) if pred.lemma_.lower() in lex.naming_verbs else []
    return folded or conjuncts(obj)


def opposed_heads(pred: Token, prep: Token, lex: EventLexicon) -> list[Token]:
    """Whom an act is done in opposition to: "in defiance of Y", "in protest against Y"
    (events.json opposing_frames); not for a cooperative verb ("withdrew in protest against
    Y" is no retreat toward Y) unless it quits in protest, a protest (events/dissent.py)."""
    entry = lex.verbs.get(pred.lemma_.lower())
    cooperative = entry is not None and "cooperation" in lex.quads.get(entry.category or "", "")
    if cooperative and not quit_in_protest(pred, lex):
        return []
    for noun in (c for c in kids(prep) if c.dep_ == "pobj"):
        for inner in (c for c in kids(noun) if c.dep_ == "prep"):
            if f"in {noun.lower_} {inner.lower_}" in lex.opposing_frames:
                return [h for p in kids(inner) if p.dep_ == "pobj" for h in conjuncts(p)]
    return []


def pressing_heads(pred: Token, lex: EventLexicon) -> list[Token]:
    """Whose pressure a refusal withstands: "refused to withdraw despite calls from Y" (a
    pressure noun, events.json pressure_nouns, with its agent), for a REJECT verb only."""
    entry = lex.verbs.get(pred.lemma_.lower())
    if entry is None or entry.category != "REJECT":
        return []
    out: list[Token] = []
    for tok in [pred, *(c for c in kids(pred) if c.dep_ == "xcomp")]:
        for prep in (c for c in kids(tok) if c.dep_ == "prep" and c.lower_ == "despite"):
            for noun in (c for c in kids(prep) if c.dep_ == "pobj"):
                if noun.lemma_.lower() not in lex.pressure_nouns:
                    continue
                for by in (c for c in kids(noun) if c.dep_ == "prep" and c.lower_ in AGENT_PREPS):
                    out += [h for p in kids(by) if p.dep_ == "pobj" for h in conjuncts(p)]
    return out


def purpose_heads(pred: Token, lex: EventLexicon) -> list[tuple[str, Token]]:
    """The arguments of the act's purpose ("opened fire to disperse X") or result ("...,
    killing X"), for an act that has none of its own; not a source it is reported from
    ("..., citing X")."""
    for verb in (c for c in kids(pred) if c.dep_ == "advcl" and c.pos_ == "VERB"):
        if any(g.dep_ in ("nsubj", "nsubjpass") for g in kids(verb)):
            continue
        if verb.lemma_.lower() in lex.attribution_verbs:
            continue
        if any(c.dep_ == "mark" for c in kids(verb)):
            continue  # "while escorting X", "after meeting X": a time, not a purpose
        if verb.tag_ == "VBG" or any(c.dep_ == "aux" and c.lower_ == "to" for c in kids(verb)):
            return argument_heads(verb, lex)
    return []


def source_heads(pred: Token, noun: Token | None = None) -> list[Token]:
    """The heads of the predicate's source: its subject, a passive's agent, the subject of the
    verb it completes ("agreed to resume talks"), or a noun's possessor or light verb's subject
    (also of a passive light verb with its event noun: "X were engaged in ethnic cleansing")."""
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in kids(pred))
    if passive:
        bys = [c for c in kids(pred) if c.dep_ == "agent"]
        if bys:  # every agent: "by X and by Y" (the second "by" a conjunct of the first)
            bys += [c for b in bys for c in b.conjuncts if c.lower_ == "by"]
            return [h for b in bys for p in kids(b) if p.dep_ == "pobj" for h in conjuncts(p)]
        if noun is not None and noun.dep_ == "pobj" and noun.head.head == pred:
            return [h for c in kids(pred) if c.dep_ == "nsubjpass" for h in conjuncts(c)]
        return []
    for child in kids(pred):
        if child.dep_ in SUBJECT_DEPS and pred.dep_ == "relcl" and child.tag_ in ("WDT", "WP"):
            return conjuncts(pred.head)  # "Hezbollah, which attacked Israel"
        if child.dep_ in SUBJECT_DEPS and not in_dateline(child):
            return conjuncts(child)
        if child.dep_ == "poss":
            return conjuncts(child)
        if child.dep_ == "prep" and child.lower_ in ("between", "among", "by"):
            return [h for p in kids(child) if p.dep_ == "pobj" for h in conjuncts(p)]
    if pred.dep_ in ("xcomp", "conj", "dobj", "obj", "advcl") and pred.head.i != pred.i:
        return source_heads(pred.head)  # "..., killing five": the main clause's subject
    return []


def in_dateline(tok: Token) -> bool:
    """Is the token in the text's dateline? "NAIROBI, Kenya (AP) - Police arrested ...": the
    parser often takes the city for a second subject; where a story was filed acts in nothing."""
    return at_dateline(tok.doc, tok.idx)


def mentions_of(
    heads: list[Token], mentions: Mentions, lex: EventLexicon, *, source: bool = False
) -> list[dict]:
    """One mention per head: the one covering the head, else the first in its phrase, else a
    country the linker left alone ("the Chinese side", "Israeli troops"), else a group noun
    ("protesters", "troops") as an unresolved actor."""
    out: list[dict] = []
    for head in map(lambda h: _counted(h, lex), heads):
        found = mentions.covering(head)
        # the head's phrase, walked only when no mention covers the head (only then is it read)
        phrase = phrase_tokens(head, lex, source=source) if found is None else []
        if found is None:
            inside = mentions.within(phrase)
            found = inside[0] if inside else None
            found = found or gazetteer_mention(phrase, head, lex) or entity_mention(phrase)
        role = group_role(head, lex)
        if role is not None:
            found = found or unresolved(head, phrase)
            found = {**found, "role": role} if found is not None else None
        if found is not None and found not in out:
            out.append(found)
    return out


def group_role(head: Token, lex: EventLexicon) -> str | None:
    """The role of a group noun, also when the tagger took it for a name ("Rebels")."""
    for form in (head.lemma_.lower(), head.lower_, head.lower_.removesuffix("s")):
        if form in lex.group_roles:
            return lex.group_roles[form]
    return None


def _counted(head: Token, lex: EventLexicon) -> Token:
    """The counted noun of a quantity ("hundreds of students" -> students)."""
    if head.lemma_.lower() not in lex.quantity_heads:
        return head
    of = next((c for c in kids(head) if c.dep_ == "prep" and c.lower_ == "of"), None)
    pobj = next((c for c in kids(of) if c.dep_ == "pobj"), None) if of is not None else None
    return pobj if pobj is not None else head


def unresolved(head: Token, phrase: list[Token]) -> dict | None:
    """A group named by a common noun: its phrase up to the noun, no actor id; not a group
    that belongs to someone named by a pronoun ("its troops")."""
    if any(c.dep_ == "poss" and c.pos_ == "PRON" for c in kids(head)):
        return None
    toks = sorted((t for t in phrase if t.i <= head.i), key=TOKEN_INDEX)
    start, end = toks[0].idx, head.idx + len(head.text)
    text = doc_text(head.doc)[start:end]
    return mention_row(text, start, end)


ACTOR_LABELS = ("PERSON", "ORG", "NORP", "GPE")


def entity_at(tok: Token) -> Span | None:
    """The named entity the token is part of, read off the IOB tags around it (`doc.ents`
    builds every entity of the Doc on each access)."""
    if not tok.ent_iob_ or tok.ent_iob_ == "O":
        return None
    doc, start, end = tok.doc, tok.i, tok.i + 1
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return Span(doc, start, end, label=tok.ent_type_)


def entity_mention(phrase: list[Token]) -> dict | None:
    """A named entity the linker did not make an actor ("the Kurdistan Workers Party"), as an
    unresolved actor, when it is the phrase's head or modifies it."""
    idx = {t.i for t in phrase}
    for tok in sorted(phrase, key=TOKEN_INDEX):
        if tok.ent_iob_ != "B" or tok.ent_type_ not in ACTOR_LABELS:
            continue
        ent = entity_at(tok)
        if ent is not None and all(t.i in idx for t in ent) and not _not_actor(ent):
            return mention_row(ent.text, ent.start_char, ent.end_char)
    return None


def _not_actor(ent: Span) -> bool:
    """Did the actor stage find this name to be a thing ("... Programme"), not an actor?"""
    spans = ent.doc._.not_actors or []
    return any(start < ent.end_char and ent.start_char < end for start, end in spans)


def gazetteer_mention(
    phrase: list[Token], head: Token | None = None, lex: EventLexicon | None = None
) -> dict | None:
    """A mention for a country (or its capital: "troops to Kyiv"), or a demonym modifying the
    phrase's head, by the gazetteer.
    A common noun that a country word modifies is an unnamed group of that country
    ("Ugandan opposition candidates": desc:UGA:opposition-candidate), not the state."""
    gazetteer = load_gazetteer()
    for tok in sorted(phrase, key=TOKEN_INDEX):
        # a lower-case word (its lexeme's flag, no string made) has no capital to test
        if tok.is_lower or not tok.text[:1].isupper() or tok.pos_ not in ("PROPN", "ADJ", "NOUN"):
            continue
        first = min([tok, *(c for c in kids(tok) if c.dep_ == "compound")], key=TOKEN_INDEX)
        for start in (first, tok):
            text = doc_text(tok.doc)[start.idx : tok.idx + len(tok.text)]
            entry = gazetteer.lookup(text)
            if entry is not None and entry.kind in ("country", "demonym", "capital"):
                if (
                    lex is not None
                    and head is not None
                    and tok.i < head.i
                    and _group_noun(head, lex)
                ):
                    return _typed_group(start, head, entry)
                end = tok.idx + len(tok.text)
                return mention_row(text, start.idx, end, entry, role=entry.role)
    return None


GOVERNMENT_HEADS = (*GOVERNMENT_NOUNS, "state")  # nouns for a state's government


def _group_noun(head: Token, lex: EventLexicon) -> bool:
    """A noun for people a country word can type ("Ugandan opposition candidates", "Russian
    hackers"): a role or group noun, else a plural agent noun that is no event ("hackers",
    "fishermen"). Not an act or a thing ("an Indian proposal", "the Russian border": the
    state's own)."""
    lemma = head.lemma_.lower()
    if head.pos_ != "NOUN" or lemma in GOVERNMENT_HEADS:
        return False
    if lemma in role_nouns() or lemma in lex.group_roles:
        return True
    plural = head.tag_ == "NNS"
    return plural and noun_entry(head, lex) is None and lemma.endswith(lex.agent_suffixes)


def _typed_group(start: Token, head: Token, entry: Entry) -> dict:
    words = [t for t in head.doc[start.i : head.i + 1] if t.i > start.i and t.is_alpha]
    slug = "-".join([*(t.lower_ for t in words[:-1]), head.lemma_.lower()])
    end = head.idx + len(head.text)
    text = doc_text(head.doc)[start.idx : end]
    name = " ".join([entry.name, *(t.text for t in words)])  # "Guyana ships", as actors do
    row = mention_row(text, start.idx, end, entry, role=None)
    return {**row, "actor_id": f"desc:{entry.country}:{slug}", "name": name}


def mention_row(text: str, start: int, end: int, entry: Entry | None = None, **extra) -> dict:
    """A mention the event stage makes itself: of the gazetteer's actor, else unresolved
    (no actor id, the text as its name)."""
    row = {"text": text, "start": start, "end": end, "actor_id": None, "name": text,
           "country": None}  # fmt: skip
    if entry is not None:
        row.update(actor_id=entry.actor_id, name=entry.name, country=entry.country)
    return {**row, **extra}


def target_dict(m: dict) -> dict:
    keys = ("text", "start", "end", "actor_id", "name", "country")
    return {k: m.get(k) for k in keys}


def speaker_dict(m: dict) -> dict:
    if m.get("source_rule"):  # a member of a set named by a plural ("the two countries")
        return {**target_dict(m), "role": m.get("role"), "resolved_from": "named_set",
                "rule_id": m["source_rule"]}  # fmt: skip
    return {**target_dict(m), "role": m.get("role"), "resolved_from": "mention"}


PLACE_LABELS = ("GPE", "LOC", "FAC")


def location_heads(pred: Token, lex: EventLexicon) -> list[Token]:
    """Places named by the locative phrases of a predicate, of its objects and of the open
    complements it governs ("ordered a curfew across the port city of X", "threatened to ban voting
    in X")."""
    holders, out = [pred], []
    for tok in holders:
        for child in kids(tok):
            if child.dep_ in ("dobj", "obj", "xcomp") and len(holders) < 6:
                holders.append(child)
            if child.dep_ != "prep" or child.lower_ not in lex.location_preps:
                continue
            for pobj in (c for c in kids(child) if c.dep_ == "pobj"):
                place = _place(pobj)
                if place is not None and place not in out:
                    out.append(place)
    return out


def _place(tok: Token) -> Token | None:
    """The proper noun a locative object names: itself, or the name in "the town of X"."""
    if tok.ent_type_ and tok.ent_type_ not in PLACE_LABELS:
        return None  # "in November", "in 2001"
    if tok.pos_ == "PROPN" or tok.ent_type_ in PLACE_LABELS:
        return tok
    of = next((c for c in kids(tok) if c.dep_ == "prep" and c.lower_ == "of"), None)
    name = next((c for c in kids(of) if c.dep_ == "pobj"), None) if of is not None else None
    return name if name is not None and name.pos_ == "PROPN" else None


def place_mentions(heads: list[Token], mentions: Mentions) -> list[dict]:
    """A mention for each place: the actor mention there, else its state by the gazetteer
    ("in Baghdad" -> Iraq), else the place as an unresolved name."""
    out: list[dict] = []
    for head in heads:
        found = mentions.covering(head)
        if found is None:
            ent = entity_at(head)
            toks = list(ent) if ent is not None else [head]
            start, end = toks[0].idx, toks[-1].idx + len(toks[-1].text)
            text = doc_text(head.doc)[start:end]
            entry = load_gazetteer().lookup(text)
            state = entry if entry is not None and entry.kind in ("country", "capital") else None
            found = mention_row(text, start, end, state)
        if found not in out:
            out.append(found)
    return out


def role_mentions(tokens: list[Token], root: Token, lex: EventLexicon) -> list[dict]:
    """Unnamed actors the tokens speak of by a role noun ("the governor", "the state police",
    "the administration"), as unresolved mentions: the subject of the main predicate (or of a
    predicate coordinated with it), or the possessor of its subject or object ("the bank's
    fees were predatory"), headed by one of the lexicon's role nouns, with "the", a possessor
    or a plural ending (not "a governor": no one in particular). A role noun deeper in the
    content is as often a bystander."""
    out = []
    mains = {root.i} | {c.i for c in kids(root) if c.dep_ == "conj"}
    for tok in tokens:
        if tok.pos_ != "NOUN" or not _main_argument(tok, mains):
            continue
        if tok.lemma_.lower() not in lex.unnamed_target_nouns:
            continue
        definite = any(
            (c.dep_ == "det" and c.lower_ == "the") or c.dep_ == "poss" for c in kids(tok)
        )
        if not (definite or tok.tag_ == "NNS"):
            continue
        mods = [c for c in kids(tok) if c.dep_ in ("compound", "amod") and c.i < tok.i]
        first = min([tok, *mods], key=TOKEN_INDEX)
        start, end = first.idx, tok.idx + len(tok.text)
        out.append(mention_row(doc_text(tok.doc)[start:end], start, end))
    return out


def _main_argument(tok: Token, mains: set[int]) -> bool:
    if tok.dep_ == "poss":  # "the bank's fees", "doubted the judge's honesty"
        tok = tok.head
        return tok.dep_ in ("nsubj", "nsubjpass", "dobj") and tok.head.i in mains
    return tok.dep_ in ("nsubj", "nsubjpass") and tok.head.i in mains
