"""Unnamed but typed actors: "a senior Turkish official", "Brazilian officials", "Poland's
state grid operator", "the Chinese foreign ministry" name no one, yet say whose they are.

Each becomes an actor of that state (rule actor.unnamed_typed): the person the text
introduces with that title ("a new Japanese prime minister ... Japan's prime minister,
Shigeru Ishiba"), else `gpe:<ISO3>` for a state's government ("Brazilian authorities"),
`org:<ISO3>:<body>` for a body every state has (actors/patterns/state_bodies.json),
`desc:<ISO3>:<noun phrase>` for anyone else ("desc:TUR:official",
"desc:POL:state-grid-operator"). A state's officials are coded as the state here
("Brazilian officials": gpe:BRA); a speaker they name is those people
(pipeline/actors/state_people.py). The name keeps the text's number ("Danish dairy
farmers"); the id keys the noun's lemma ("desc:DNK:dairy-farmer"), so that one group
written in the singular and in the plural is one actor. A state body with no state in the
phrase ("police", "the army") takes the one state its sentence names, else the article's
(actor.unnamed_in_context, a guess that speaker resolution leaves aside).
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache

from spacy.tokens import Span, Token

from pipeline.actors.affiliate import article_state, states_in_sentence
from pipeline.actors.arrays import sentence_of
from pipeline.actors.authored import act_authors
from pipeline.actors.compat import introductions
from pipeline.actors.describe import (
    Description,
    describe,
    entry_for,
    of_organisation,
    role_noun_tokens,
    unrecognised,
)
from pipeline.actors.ethnic import ETHNIC_WORDS
from pipeline.actors.gazetteer import STATE_KINDS, country_entry, state_adjective
from pipeline.actors.mention import Context, Mention, mention_dict, one_line
from pipeline.actors.misspelt import misspelt_state
from pipeline.actors.org_people import org_people
from pipeline.actors.peoples import national_peoples
from pipeline.actors.places import located_places
from pipeline.actors.placing import known_place_name, place_name
from pipeline.actors.state_bodies import body_key, state_body_id
from pipeline.actors.words import default_words
from pipeline.rules import load_data, rule

# nouns for a state's government ("Brazilian officials" are coded as the state)
GOVERNMENT_NOUNS = ("government", "authority", "administration", "official", "side")
# the rules of unnamed actors a speaker phrase names itself ("Officials in Moscow said")
UNNAMED_RULES = ("actor.unnamed_typed", "actor.unnamed_placed", "actor.seat_people")
MODIFIER_DEPS = ("amod", "compound", "nmod", "poss", "npadvmod")
POSTED_PLACE = ("in", "to")  # "the embassy in Seoul", "the mission to the UN"
WRITTEN_NAME_IDS = ("desc:", "org:")  # a body or person, not a state's government


def unnamed_actor(desc: Description, country: str) -> dict | None:
    """actor_id, name, country and role of the unnamed actor a description of a state names."""
    state = country_entry(country)
    if state is None:
        return None
    # "Danish dairy farmers", "senior Turkish official"
    adjective, core = state_adjective(country), desc.written_core.split()
    if len(core) > 1 and core[0] in adjective.split():  # "Korean official" under SEOUL
        core = core[1:]  # is a "South Korean official", not a "South Korean Korean" one
        desc = replace(desc, modifiers=desc.modifiers[1:], shown=desc.shown[1:])
    named = " ".join([*desc.seniority, adjective, *core])
    key = body_key([*desc.modifiers, desc.noun]) if desc.kind in ("org", "state") else None
    if key is not None and key != "government":
        actor_id, name = state_body_id(country, key), named
    elif (
        key == "government"
        or _regime(desc)
        or desc.kind == "state"
        or (desc.plural and desc.noun in GOVERNMENT_NOUNS)
    ):
        actor_id, name = state.actor_id, state.name
    else:
        actor_id, name = f"desc:{country}:{desc.slug}", named
    role = desc.role or ("GOV" if actor_id == state.actor_id else None)
    return {"actor_id": actor_id, "name": name, "country": country, "role": role}


def state_body_actor(desc: Description, m: dict) -> dict | None:
    """ "the embassy", "the ministry" resolved to a state: that state's body
    (`org:IRN:embassy`), not the state itself."""
    if m.get("label") != "GPE" or not m.get("country") or desc.kind != "org":
        return None
    if body_key([*desc.modifiers, desc.noun]) in (None, "government"):
        return None
    return unnamed_actor(desc, m["country"])


def _regime(desc: Description) -> bool:
    """ "Mali's military government", "the interim government": the state's government."""
    regime = default_words().regime_modifiers
    return desc.noun == "government" and bool(desc.modifiers) and set(desc.modifiers) <= regime


def unnamed_mentions(ctx: Context, mentions: list[Mention]) -> list[Mention]:
    """The unnamed typed actors of the text that no mention covers: an organisation's
    people first ("Hamas's political leader" is no Palestinian official)."""
    owned = org_people(ctx, mentions)
    covered = {i for m in [*mentions, *owned] for i in range(*m.bounds)}
    country_at = {i: m.country for m in mentions if m.country for i in range(*m.bounds)}
    rows: list[dict] | None = None  # the named people, for the first unnamed person only
    intro = None
    article = article_state(ctx, mentions)
    home = article[0] if article else None
    found = []
    for token in (ctx.tokens[i] for i in role_noun_tokens(ctx.doc)):  # the rest have no entry
        if token.i in covered or not (token.pos_ == "NOUN" or token.is_lower):
            continue
        entry = entry_for(token)
        if entry is None or not entry.get("unnamed") or of_organisation(token):
            continue
        for mention in _unnamed_mention(ctx, token, country_at, home):
            if mention.role is None and entry.get("role_of_partner"):
                mention.role = _partner_role(token, mentions + found)
            if mention.label == "PERSON":
                if rows is None:
                    rows = [mention_dict(m) for m in mentions if m.label == "PERSON"]
                    intro = introductions(ctx.doc, rows)
                _link_to_named(mention, rows, intro)
            found.append(mention)
    covered |= {i for m in found for i in range(*m.bounds)}
    more = act_authors(ctx, covered) + located_places(ctx, covered)
    return owned + found + more + national_peoples(ctx, covered)


def _link_to_named(mention: Mention, people: list[dict], intro: dict) -> None:
    """ "Kenya's agriculture minister, Wanjiru Kamau", "a new Japanese prime minister ...
    Japan's prime minister, Shigeru Ishiba": the person in apposition, else the first
    person of that state the text introduces with that title after the phrase (or the
    only one before it), is the actor the phrase names (rule actor.unnamed_linked)."""
    head = mention.span.root
    apposed = [
        p
        for child in head.children
        if child.dep_ == "appos"
        for p in people
        if p["start"] <= child.idx < p["end"]
    ]
    titled = [
        p
        for p in people
        if p["country"] == mention.country and head.lower_ in intro.get(p["actor_id"], ())
    ]
    after = [p for p in titled if p["start"] >= mention.span.start_char]
    before = {p["actor_id"]: p for p in titled if p["start"] < mention.span.start_char}
    named = next(iter(apposed + after), None)
    if named is None and len(before) == 1:
        named = next(iter(before.values()))
    if named is not None:
        mention.actor_id, mention.name = named["actor_id"], named["name"]
        mention.role = mention.role or named["role"]
        mention.extra.pop("unnamed", None)
        mention.set_rule("actor.unnamed_linked")


def _state_body(desc: Description) -> bool:
    """ "the police", "the army", "the government": a body every state has."""
    return body_key([*desc.modifiers, desc.noun]) is not None


def _context_country(ctx: Context, head: Token, home: str | None) -> str | None:
    """ "Police arrested ...": no state in the phrase; the one state its sentence names,
    else the article's."""
    near = states_in_sentence(ctx, sentence_of(head)) - {"IGO", None}
    return next(iter(near)) if len(near) == 1 else home


def _phrase_start(head: Token) -> int:
    """Where the phrase a noun heads starts: after its determiners."""
    lefts = [t for t in head.lefts if t.dep_ not in ("det", "poss", "case", "predet", "punct")]
    return lefts[0].i if lefts else head.i


def _country_word(ctx: Context, token: Token) -> str | None:
    """A nationality or country word, or a misspelt one ("Argentinan military")."""
    # a capitalised word NER left untagged is read as a place ("Noorway military")
    label = token.ent_type_ or ("GPE" if token.pos_ == "PROPN" and token.is_title else "")
    entry = ctx.gaz.lookup(token.text) or misspelt_state(ctx, token, label)
    if entry is not None and entry.kind in STATE_KINDS and entry.country != "IGO":
        return entry.country
    return None


PLACE_KINDS = ("capital", "country")
PLACE_LABELS = ("GPE", "LOC")


@cache
def placed_words() -> dict:
    """Prepositions, nouns and participles of placing an unnamed actor (placed.json)."""
    return load_data("actors", "placed.json", 1)


def _placed_in(ctx: Context, head: Token) -> tuple[int, str | None] | None:
    """ "guards in Minsk", "farmers from Norway", "a nurse from Tampere", "the council of
    Tete province": the end of the capital, state, or city or region of one state that the
    noun's "in", "from" or "of" phrase names, and its state. A city or region counts only
    where NER calls it a place, a place noun follows it ("the Union", "Kent": no), or the
    places list knows the name NER took for an actor's and the people are no officials."""
    words_of = placed_words()
    for prep in (c for c in head.rights if c.dep_ == "prep" and c.lower_ in words_of["placed_by"]):
        if prep.lower_ == "in" and head.lemma_.lower() in words_of["origin_coded"]:
            continue
        if prep.lower_ == "in" and _posted(ctx, head):
            return prep.right_edge.i + 1, None  # "the embassy in Washington": not its state
        for place in (c for c in prep.children if c.dep_ == "pobj"):
            end = place.i + 1
            words = place_name(ctx, [t for t in place.subtree if t.i <= place.i])
            named = place.ent_type_ in PLACE_LABELS
            if len(words) > 1 and place.lemma_.lower() in ctx.gaz.place_nouns:
                place, named = words[-2], True  # "the council of Tete province": Tete
            text = ctx.doc[words[0].i : place.i + 1].text if words else ""
            entry = ctx.gaz.lookup(text) if place.text[:1].isupper() else None
            if entry is not None and entry.kind in PLACE_KINDS and entry.country != "IGO":
                country = entry.country
            else:  # "a nurse from Tampere": a city or region of one state NER calls a place
                named = named or (words and _people_of_known_place(ctx, head, words[0].i, end))
                country = ctx.gaz.place_state(text) if entry is None and named else None
            if country is not None and text.lower() in words_of["ambiguous_places"]:
                return end, None  # "police in Georgia": no state, and no guess either
            if country is not None and text.lower() not in ctx.words.shared_place_names:
                return end, country
    return None


def _people_of_known_place(ctx: Context, head: Token, start: int, end: int) -> bool:
    """ "doctors in Johor Bahru": people of a place NER took for an actor that the places
    list gives to one state are of that state; its officials may be an authority of the
    place's own ("officials in Tiraspol"): no guess."""
    official = (entry_for(head) or {}).get("role") == "GOV"
    return not official and known_place_name(ctx, ctx.doc[start:end])


def _posted(ctx: Context, head: Token) -> bool:
    """A noun of a body or people posted abroad ("embassy", "diplomatic sources")."""
    words = [head.lemma_.lower(), *(c.lower_ for c in head.lefts if c.dep_ == "amod")]
    return any(w in ctx.words.posted_nouns for w in words)


def _country_phrase(ctx: Context, token: Token) -> tuple[int, str] | None:
    """Where a nationality or country word ending at the token starts, and its state: one
    word ("Turkish", a misspelt "Argentinan") or several capitalised ones ("South Korean",
    "Ivory Coast")."""
    for size in (3, 2):
        start = token.i - size + 1
        words = ctx.tokens[max(start, 0) : token.i + 1]
        if start < 0 or not all(t.text[:1].isupper() and t.pos_ != "DET" for t in words):
            continue
        entry = ctx.gaz.lookup(ctx.doc[start : token.i + 1].text)
        if entry is not None and entry.kind in STATE_KINDS and entry.country != "IGO":
            return start, entry.country
    country = _country_word(ctx, token)
    return (token.i, country) if country is not None else None


def _unnamed_mention(
    ctx: Context, head: Token, country_at: dict[int, str], home: str | None
) -> list[Mention]:
    """The unnamed actor a noun heads, and one more for each nationality coordinated with
    its own ("Hungarian and Romanian officials": Hungarian ones, and Romanian officials)."""
    start, country, joined, written = None, None, [], None
    for child in head.lefts:
        if child.dep_ not in MODIFIER_DEPS:
            continue
        if child.dep_ == "poss" and (country := country_at.get(child.i)) not in (None, "IGO"):
            # "Poland's state grid operator": the possessor is a mention of its own
            start, joined, written = child.right_edge.i + 1, [], child.left_edge.i
        elif child.lemma_ in placed_words()["leading_participles"] and child.tag_ == "VBN":
            # "a Chilean-led force": the state that leads it, unless a place says whose it is
            if _placed_in(ctx, head) is not None:
                continue
            led_by = [found for c in child.lefts if (found := _country_phrase(ctx, c))]
            start, country = (child.left_edge.i, led_by[-1][1]) if led_by else (start, country)
        elif _country_phrase(ctx, child) is not None:
            chain = sorted([child, *child.conjuncts], key=lambda t: t.i)
            joined = [(t, c) for t in chain if (c := _country_phrase(ctx, t)) is not None]
            (start, country), joined = joined[-1][1], [(t, c[1]) for t, c in joined[:-1]]
    if start is None:
        start, country = _compound_nationality(ctx, head) or (None, country)
    outer = entry_for(head.head) or {}
    if start is None and head.dep_ == "compound" and head.i > 0 and not outer.get("unnamed"):
        # "Danish navy tugboats", "Peruvian opposition mayors": the nationality word
        # before a noun compounded on another (a thing's, or one that types no unnamed
        # actor) is the parser's modifier of that other noun, and qualifies this one
        before = ctx.tokens[head.i - 1]
        if before.head.i == head.head.i and before.dep_ in MODIFIER_DEPS:
            start, country = _country_phrase(ctx, before) or (None, None)
    rule_id, end = "actor.unnamed_typed", head.i + 1
    if start is None and (placed := _placed_in(ctx, head)) is not None:
        start, (end, country) = _phrase_start(head), placed
        rule_id = "actor.unnamed_placed"
        if any(t.lower_ in ETHNIC_WORDS for t in ctx.tokens[max(start - 1, 0) : end]):
            start, end = None, head.i + 1  # "ethnic minorities in X": ethnic.py places them
    if start is None:
        start, country = _phrase_start(head), None
        rule_id = "actor.unnamed_in_context"
    elif country is None or start > head.i:
        return []
    desc = describe(ctx.doc[start : head.i + 1])
    if desc is None or desc.noun != head.lemma_.lower():  # the parser took another root
        desc = describe(ctx.doc[head.i : head.i + 1])
    if desc is None:
        return []
    if rule_id == "actor.unnamed_in_context":
        # the sentence's states are read only for a body every state has ("police"), not
        # one of an authority no state recognises ("the self-styled foreign ministry")
        state_body = _state_body(desc) and not unrecognised(head)
        country = _context_country(ctx, head, home) if state_body else None
        if country is None:
            return []
    spans = [(ctx.doc[t.i : t.i + 1], c, None) for t, c in joined]
    in_context = rule_id == "actor.unnamed_in_context"  # no state written: a constructed name
    name = None if in_context else written_name(ctx, head, written, start, end)
    spans.append((ctx.doc[start:end], country, name))
    return [m for span, c, n in spans if (m := _mention(span, desc, c, rule_id, n)) is not None]


def _compound_nationality(ctx: Context, head: Token) -> tuple[int, str] | None:
    """ "A Chinese embassy spokesperson in Vientiane": the parser hangs the nationality on
    the body's noun compounded before the head; it says whose the person is, before any
    place."""
    for child in head.lefts:
        if child.dep_ != "compound" or (entry_for(child) or {}).get("kind") != "org":
            continue  # "Indian External Affairs officials": no body's noun
        for word in child.lefts:
            if word.dep_ in ("amod", "compound") and (found := _country_phrase(ctx, word)):
                return found
    return None


def written_name(ctx: Context, head: Token, possessor: int | None, start: int, end: int) -> str:
    """The name of an unnamed actor as the text writes it, from the words that say whose it
    is (and a word of seniority before them) to its noun, in the number written: "Uganda's
    foreign ministry", "Danish dairy farmers", "senior Turkish official", and a posted
    body's place, "the Russian embassy in Seoul" (an embassy elsewhere is another one); no
    determiner."""
    first = possessor if possessor is not None else start
    if possessor is None and start < head.i:  # "a commerce ministry spokesman": all of it
        first = min(first, ctx.doc[start].left_edge.i)
    if _posted(ctx, head):
        places = [c for c in head.rights if c.dep_ == "prep" and c.lower_ in POSTED_PLACE]
        end = max([end, *(p.right_edge.i + 1 for p in places if p.i == end)])
    first = _after_dateline(ctx, first, head)
    while first < end - 1 and ctx.doc[first].dep_ == "det":
        first += 1
    before = ctx.doc[first - 1] if first > 0 else None  # "a senior Indonesian diplomat"
    if (
        before is not None
        and before.head.i == head.i
        and before.lower_ in ctx.words.seniority_words
    ):
        first -= 1
    name = one_line(ctx.doc[first:end].text)
    opener = ctx.doc[first]  # "Sources in Cairo said": a capital only for the sentence
    if opener.is_sent_start and opener.pos_ == "NOUN" and not opener.ent_type_:
        name = name[:1].lower() + name[1:]
    return name


def _after_dateline(ctx: Context, first: int, head: Token) -> int:
    """The first word of a name past a dateline before the noun: the parser may join
    "COLOMBO -" to the lead's subject ("COLOMBO - Sri Lanka's finance ministry said")."""
    layout = ctx.doc._.layout
    ends = [b["end"] for b in layout["blocks"] if b["kind"] == "dateline"] if layout else []
    for end in (e for e in ends if ctx.doc[first].idx < e <= head.idx):
        span = ctx.doc.char_span(end, head.idx, alignment_mode="expand")
        first = span.start if span is not None and len(span) else first
        while first < head.i and (ctx.doc[first].is_space or ctx.doc[first].is_punct):
            first += 1
    return first


def _mention(
    span: Span, desc: Description, country: str, rule_id: str, name: str | None = None
) -> Mention | None:
    actor = unnamed_actor(desc, country)
    if actor is None:
        return None
    if name and actor["actor_id"].startswith(WRITTEN_NAME_IDS):  # a state keeps its own name
        actor = {**actor, "name": name}
    label = "ORG" if desc.kind in ("org", "state") else "NORP" if desc.plural else "PERSON"
    mention = Mention(
        span, label, actor["actor_id"], actor["name"], country, actor["role"], rule_id, label,
    )  # fmt: skip
    mention.extra["unnamed"] = True
    return mention


def _partner_role(head: Token, mentions: list[Mention]) -> str:
    """ "Mali's foreign minister met his Algerian counterpart": a noun of someone's equal
    (role_of_partner in role_nouns.json) takes the role of its verb's subject, the
    subject's mention's own ("Minister Ana Ruiz met ..."), else its noun's; else GOV, an
    office's equal (an organisation after it names the actor instead: of_organisation)."""
    subjects = [c for c in head.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    for subject in subjects if head.dep_ in ("dobj", "obj") else ():
        own = next((m.role for m in mentions if subject.i in range(*m.bounds)), None)
        if role := own or (entry_for(subject) or {}).get("role"):
            return role
    return "GOV"


INDEFINITE_RULE = "actor.speaker.indefinite"


def _writes_name(desc: Description) -> bool:
    """Does an indefinite phrase write a name before its noun: a modifier written as a
    name ("European", "Commission", "A Western diplomat") or an abbreviation ("G7 leaders",
    "EU diplomats")?"""
    if any(word[:1].isupper() for word in desc.shown):
        return True
    words = (desc.indefinite or "").split()
    lowered = [w.lower() for w in words]
    before = words[: lowered.index(desc.written)] if desc.written in lowered else words
    # a capital past the phrase's first word, which a sentence's start may capitalise
    return any(_abbreviation(w) for w in before) or any(w[:1].isupper() for w in before[1:])


def _without_article(phrase: str | None) -> str | None:
    """ "A Western diplomat" -> "Western diplomat": a name has no article."""
    words = (phrase or "").split(" ", 1)
    if len(words) == 2 and words[0].lower() in default_words().indefinite_articles:
        return words[1]
    return phrase


def _abbreviation(word: str) -> bool:
    """ "G7", "EU", "OPEC+": two capitals, or a capital and a digit."""
    capitals = sum(c.isupper() for c in word)
    return capitals > 1 or (capitals == 1 and word[:1].isupper() and any(map(str.isdigit, word)))


def indefinite_speaker(desc: Description) -> dict:
    """An indefinite speaker phrase (pipeline/actors/indefinite.py): the unnamed actor of
    the state its own words name, else no actor: the whole phrase its name when it writes a
    name before its noun ("European shipping groups", "a Commission spokesman"), else none,
    an unattributed source ("environmental groups", "diplomats in Brussels")."""
    actor = unnamed_actor(desc, desc.country) if desc.country else None
    if actor is None:
        name = _without_article(desc.indefinite) if _writes_name(desc) else None
        actor = {"actor_id": None, "name": name, "country": None, "role": None}
    return {**actor, "resolved_from": "unnamed", "rule_id": INDEFINITE_RULE,
            "confidence": rule(INDEFINITE_RULE).confidence}  # fmt: skip
