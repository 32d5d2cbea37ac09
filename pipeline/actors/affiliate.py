"""Affiliation: a person's country and role from the words around the name, an
organisation's from its host institution, shared by all mentions of one actor, and the
article's state as a marked guess."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass, field
from itertools import pairwise

from spacy.tokens import Span, Token

from pipeline.actors.acts import acted_upon, partner, phrase_head, states_in_sentence
from pipeline.actors.arrays import sentence_bounds, sentence_of
from pipeline.actors.bylines import RULE_ID as BYLINE_PERSON
from pipeline.actors.bylines import credited
from pipeline.actors.datelines import holds_dateline
from pipeline.actors.filed_from import filed_from_only
from pipeline.actors.gazetteer import STATE_KINDS
from pipeline.actors.headline_state import RULE_ID as HEADLINE_STATE
from pipeline.actors.headline_state import headline_state
from pipeline.actors.mention import Context, Mention
from pipeline.actors.movements import mention_states, movement, unaimed_states
from pipeline.actors.office_states import JURISDICTION, PLACE_STATE, jurisdiction_state, place_state
from pipeline.actors.org_places import named_place_state
from pipeline.actors.own_content import own_content
from pipeline.actors.ownership import RULE_ID as OWNER_STATE
from pipeline.actors.ownership import owner_state
from pipeline.actors.placing import names_edge
from pipeline.actors.policed import policed_groups
from pipeline.actors.represents import RULE_ID as REPRESENTED_BODY
from pipeline.actors.represents import relation_nouns, represented_country
from pipeline.actors.sentence_states import country_words, describes_actor, free_states
from pipeline.actors.spoken_place import spoken_states, visiting_said
from pipeline.actors.state_bodies import dateline_country, link_state_bodies
from pipeline.actors.title_bodies import title_body_country
from pipeline.actors.title_country import affiliation_window_start, country_before
from pipeline.actors.titles import attribute_title, title_role_in

DOMINANT_MIN_MENTIONS, DOMINANT_RATIO = 3, 2  # when one state is "the article's" state


def affiliate(ctx: Context, mentions: list[Mention]) -> tuple[str, str | None] | None:
    """Countries of bodies and people; returns the article's own state (article_state)."""
    by_start = {m.span.start: m for m in mentions}
    person_at = {i: m for m in mentions if m.label == "PERSON" for i in range(*m.bounds)}
    # Bodies first: a person takes their country from the body they speak for.
    for m in mentions:
        if m.label == "ORG" and not m.country:
            m.country = host_country(ctx, m, by_start) or named_place_state(ctx, m)  # "of Lagos"
            m.country = m.country or country_in_apposition(ctx, m, by_start)  # "X, a Thai firm"
        elif m.label == "ORG" and m.country != "IGO":
            owner = owner_state(ctx, m, mentions)
            if owner is not None and owner != m.country:
                m.country = owner
                m.note(OWNER_STATE)
    home = article_state(ctx, mentions)
    dated = bool(home) and home[1] == "actor.dateline_state"
    link_state_bodies(ctx, mentions, home[0] if home else None, dated)
    for m in mentions:
        if m.label == "PERSON" and not m.country:
            person_affiliation(ctx, m, by_start, person_at)
        if m.label == "PERSON" and not m.country:
            m.country = represented_country(ctx, m, mentions)
            if m.country:
                m.note(REPRESENTED_BODY)
    share_within_actor(mentions)
    spoken_states(ctx, mentions)  # before the article's guess: an office, a place of saying
    share_within_actor(mentions)
    guess_article_state(ctx, mentions, home)
    return home


def affiliate_with_unnamed(
    ctx: Context, mentions: list[Mention], home: tuple[str, str | None] | None
) -> None:
    """Unnamed bodies ("Turkish police", "the Brazilian army") are found after the
    affiliation above: in an article with no state of its own (`home`, from `affiliate`),
    an office holder still without a state takes the one state of its sentence's bodies,
    unnamed ones included (rule actor.sentence_body_state). A person whose country was
    only a guess from the article or the sentence takes that of a body they speak for
    (rule actor.represented_body), unnamed ones included ("China's commerce ministry ...
    a spokesman for the ministry, Li Wen")."""
    represented_over_guess(ctx, mentions)
    policed_groups(ctx, mentions)
    if home is not None:
        return  # the article's own state was the guess for those without one
    for m in mentions:
        if m.country is None and m.label in ("PERSON", "ORG"):
            near, because = body_state(ctx, m, mentions), "actor.sentence_body_state"
            if m.label == "ORG" and movement(ctx, m):  # "the Peruvian navy and the rebel X"
                near, because = mention_states(ctx, m, mentions), "actor.movement_state"
            if not near:
                near, because = jurisdiction_state(ctx, m, mentions), JURISDICTION
            if not near:
                near, because = place_state(ctx, m, mentions), PLACE_STATE
            if len(near) == 1:
                m.country = next(iter(near))
                m.extra["country_from"] = "sentence"
                m.note(because)
    share_within_actor(mentions)


def represented_over_guess(ctx: Context, mentions: list[Mention]) -> None:
    """The body a person speaks for over the state guessed for them before the unnamed
    bodies were found."""
    guessed = [
        m
        for m in mentions
        if m.label == "PERSON"
        and (m.country is None or m.extra.get("country_from") in ("article", "sentence"))
    ]
    found: dict[str, str] = {}
    for m in guessed:
        country = represented_country(ctx, m, mentions)
        if country:
            found.setdefault(m.actor_id, country)
            m.note(REPRESENTED_BODY)
    for m in guessed:  # "Li said" later: the same person
        if m.actor_id in found:
            m.country = found[m.actor_id]
            m.extra.pop("country_from", None)


def person_affiliation(
    ctx: Context, m: Mention, by_start: dict[int, Mention], person_at: dict[int, Mention]
) -> None:
    """A person's country and role from the words before the name, an "of" phrase after
    it, its apposition, a title, or a copular title ("X is a senior fellow")."""
    m.country = country_of_phrase(ctx, m, by_start)
    window_start = affiliation_window_start(ctx, m.span)
    if not m.country:
        country_before(ctx, m, window_start, by_start, person_at)
    if not m.country:  # "Commission trade spokesman X" after "the European Commission"
        m.country = title_body_country(ctx, m, window_start, by_start.values())
    if not m.country:
        m.country = country_in_apposition(ctx, m, by_start)
    if m.role is None:
        m.role = title_role_in(ctx, window_start, m.span.start)
    if m.role is None:
        m.role = copular_role(ctx, m.span)


def host_country(ctx: Context, m: Mention, by_start: dict[int, Mention]) -> str | None:
    """ "the X Center for Y Studies at the Z School of Yale": a unit at an
    institution is where the institution is."""
    doc, i = ctx.doc, m.span.end
    if i >= len(doc) or doc[i].lower_ not in ctx.words.host_prepositions:
        return m.country
    skip = i + 1 < len(doc) and doc[i + 1].lower_ in ctx.words.definite_articles
    host = by_start.get(i + 2 if skip else i + 1)
    if host is not None and host.label == "ORG" and host.country not in (None, "IGO"):
        return host.country
    return m.country


def share_within_actor(mentions: list[Mention]) -> None:
    """All mentions of one actor share what any of them learnt, a country with where it
    came from (a guess stays marked as one on every mention: `country_from`)."""
    country: dict[str, Mention] = {}
    role: dict[str, str] = {}
    for m in mentions:
        if m.country:
            country.setdefault(m.actor_id, m)
        if m.role:
            role.setdefault(m.actor_id, m.role)
    for m in mentions:
        source = country.get(m.actor_id)
        if not m.country and source is not None:
            m.country = source.country
            if "country_from" in source.extra:
                m.extra["country_from"] = source.extra["country_from"]
        m.role = m.role or role.get(m.actor_id)


def article_state(ctx: Context, mentions: list[Mention]) -> tuple[str, str | None] | None:
    """The state the article is about and the rule that says so (None for the state
    most of its mentions name), or None: the dominant state, else its headline's, else its
    dateline's."""
    home = dominant_state(mentions)
    if home is not None:
        return home, None
    if (headline := headline_state(ctx, mentions)) is not None:
        return headline, HEADLINE_STATE
    country = dateline_country(ctx.doc, capital_only=True)  # a city's state is no clue
    if country and filed_from_only(ctx, mentions, country):
        return None  # "ADDIS ABABA, Ethiopia - Sudan's army ...": a story about another state
    return (country, "actor.dateline_state") if country else None


def guess_article_state(
    ctx: Context, mentions: list[Mention], article: tuple[str, str | None] | None
) -> None:
    """In an article about one state, the people and bodies it names without a country
    most likely belong to that state: a guess, marked as one in `country_from`. Without
    such a state, one in a sentence that names one state no other actor there has taken
    is of that state."""
    home, because = article if article else (None, None)
    sents: Sentences | None = None
    for m in mentions:
        if m.label == "PERSON" and m.country is None and credited(m.span):
            m.role = m.role or "MED"  # "By Helen Marsh": who wrote it, of no state told
            m.note(BYLINE_PERSON)
            continue
        if not home and m.country is None and m.label in ("PERSON", "ORG") and m.role != "MED":
            sents = sents or Sentences([sentence_bounds(o.span)[0] for o in mentions])
            near, because = states_free_for(ctx, m, mentions, sents), "actor.sentence_state"
            if m.label == "ORG":
                near &= org_home_states(ctx, m)
            if not near and movement(ctx, m):
                near, because = unaimed_states(ctx, m), "actor.movement_state"
            if not near:
                near, because = opposed_state(ctx, m), "actor.opposed_state"
            if not near:
                near, because = body_state(ctx, m, mentions), "actor.sentence_body_state"
            if len(near) == 1:  # no article state: the one state of its sentence, a guess
                m.country = next(iter(near))
                m.extra["country_from"] = "sentence"
                m.note(because)
        if home and m.country is None and m.label in ("PERSON", "ORG") and m.role != "MED":
            # "'... of Afghans,' team member X said": a person in a sentence that
            # names one other nationality and not the article's is of that one.
            sent = sentence_of(m.span)  # "LONDON - X, a veteran of the Iraq war": home's
            # one away from home ("speaking in X after a meeting of ...") is not of X
            asked = m.label == "PERSON" and not holds_dateline(sent) and not visiting_said(sent)
            near = states_in_sentence(ctx, sent) if asked else set()
            if near and home not in near:
                # not "met Russian officials", "sanctions on X": those are the home's guess
                free, acting = free_states(ctx, sentence_of(m.span))
                if len(free) == 1:
                    m.country = next(iter(free))
                    m.extra["country_from"] = "sentence"
                if free or acting:
                    continue
            m.country = home
            m.extra["country_from"] = "article"
            if because:
                m.note(because)


@dataclass
class Sentences:
    """Per text: the sentence each mention is in and each sentence's country words,
    found once."""

    starts: list[int]  # sentence start of mentions[i]
    countries: dict[int, list[Token]] = field(default_factory=dict)
    ordered: bool = field(init=False)  # the starts rise (mentions in text order): bisect them

    def __post_init__(self) -> None:
        self.ordered = all(a <= b for a, b in pairwise(self.starts))

    def same_sentence(self, mentions: list[Mention], start: int) -> list[Mention]:
        """The mentions whose sentence starts at `start`, in order."""
        if not self.ordered:
            return [o for o, at in zip(mentions, self.starts, strict=True) if at == start]
        lo, hi = bisect_left(self.starts, start), bisect_right(self.starts, start)
        return mentions[lo:hi]


def states_free_for(
    ctx: Context, m: Mention, mentions: list[Mention], sents: Sentences
) -> set[str]:
    """The states its sentence names that no other actor there has taken: not another
    person's ("Prime Minister A of Portugal and Prime Minister B": not B's), nor one named
    inside another actor's phrase ("Eva Lind met Chinese officials": not Lind's), nor one
    an act is aimed at ("President X imposed sanctions on Y", "withdrew from Y"), nor a
    partner in it ("praised the trade deal with Y", "held talks with Y")."""
    sent = sentence_of(m.span)
    if sent.start not in sents.countries:
        sents.countries[sent.start] = [
            t
            for t in country_words(ctx, sent.start, sent.end)
            if not describes_actor(t)
            and not acted_upon(ctx, t)
            and not partner(t)  # 'a trade deal with Chile': the other side's
            and not names_edge(t)
        ]
    others = [o for o in sents.same_sentence(mentions, sent.start) if o is not m]
    taken = {o.country for o in others if o.label == "PERSON"}
    inside = {i for o in others if o.label != "GPE" for i in range(*o.bounds)}
    if m.label == "PERSON":  # "Jim Jordan", "Chad Smith": a name's words name no state
        inside |= set(range(*m.bounds)) | own_content(m)  # nor what they say ("X said Y")
    # "Farmers in South Sudan": a state of more than one word, named as a place (and
    # not the state a word inside it names: "South Sudan" is not Sudan)
    long = [
        o for o in others if o.label == "GPE" and len(o.span) > 1 and o.span.root.i not in inside
    ]
    places = {
        o.country for o in long if not acted_upon(ctx, o.span.root) and not partner(o.span.root)
    }
    inside |= {i for o in long for i in range(*o.bounds)}
    words = [t for t in sents.countries[sent.start] if t.i not in inside]
    return (states_in_sentence(ctx, words) | places) - taken - {"IGO", None}


OFFICE_ROLES = ("GOV", "MIL", "JUD")
MODIFIER_DEPS = ("amod", "compound", "nmod", "poss")


def org_home_states(ctx: Context, m: Mention) -> set[str]:
    """An organisation's state needs stronger evidence than a person's: a nationality or
    country word as a modifier ("a Kenyan charity, the Harbour Forum"), or a state named
    as where the body itself is ("the Harbour Forum in Kenya", "based in Kenya"); never
    a state that acts on its own ("the Forum said the US must pay", rule
    actor.sentence_state) nor the place of an act."""
    states = set()
    for token in country_words(ctx, *sentence_bounds(m.span)):
        if m.span.start <= token.i < m.span.end:
            continue
        if token.dep_ in MODIFIER_DEPS or _place_of(ctx, token, m):
            states.add(ctx.gaz.lookup(token.text).country)
    return states


def _place_of(ctx: Context, token: Token, m: Mention) -> bool:
    """ "the Forum in Kenya", "a group based in Kenya": a place of the body itself."""
    if token.dep_ != "pobj" or token.head.lower_ not in ctx.gaz.place_prepositions:
        return False
    holder = token.head.head
    if holder.tag_ == "VBN" and holder.dep_ in ("acl", "amod"):
        holder = holder.head  # "based in"
    return m.span.start <= holder.i < m.span.end


def opposed_state(ctx: Context, m: Mention) -> set[str]:
    """ "Egyptian demonstrators called for the removal of President X", "Fijian rebels will
    release Prime Minister Y": an office holder named without a state, in a sentence whose
    only states are the nationalities of groups that rise against or protest to their own
    state's rulers (words.json opposing_groups), holds office in that state (rule
    actor.opposed_state)."""
    if m.label != "PERSON" or m.role not in OFFICE_ROLES:
        return set()
    sent = sentence_of(m.span)
    states = states_in_sentence(ctx, sent)
    groups = {
        ctx.gaz.lookup(t.text).country
        for t in country_words(ctx, sent.start, sent.end)
        if t.dep_ in ("amod", "compound") and t.head.lemma_.lower() in ctx.words.opposing_groups
    }
    return groups if len(groups) == 1 and states == groups else set()


def body_state(ctx: Context, m: Mention, mentions: list[Mention]) -> set[str]:
    """An office holder (or a legislator) named without a state, in a sentence whose
    organisations that no act is aimed at are all of one state, holds office in that state
    ("President X imposed sanctions on Y, the White House said", "the Turkish parliament
    approved it, Speaker X said"; rule actor.sentence_body_state); not one an act is
    aimed at ("the German government welcomed President X's plan")."""
    if m.label != "PERSON" or m.role not in (*OFFICE_ROLES, "LEG"):
        return set()
    holder = m.span.root
    while holder.dep_ == "poss":
        holder = holder.head  # "welcomed President X's statement": X's is acted upon
    if acted_upon(ctx, holder):
        return set()
    sent_start = sentence_bounds(m.span)[0]
    bodies = [
        o
        for o in mentions
        if o.label == "ORG"
        and sentence_bounds(o.span)[0] == sent_start
        and o.country not in (None, "IGO")
        and not acted_upon(ctx, phrase_head(o.span.root))
        and not partner(phrase_head(o.span.root))
    ]
    states = {o.country for o in bodies}
    return states if len(states) == 1 else set()


MAX_PREMODIFIERS = 4  # words before a body's name in an "of" phrase ("the Berlin-based")


def country_of_phrase(ctx: Context, m: Mention, by_start: dict[int, Mention]) -> str | None:
    """ "Prime Minister Han of the Republic of Korea", "Ana Ruiz of Chile's Senate",
    "Maria Lopez of the Lima-based Institute for X": the state or body named right after
    the person with "of", after any words that modify the body's name."""
    doc, i = ctx.doc, m.span.end
    if i >= len(doc) or doc[i].lower_ not in ctx.words.member_prepositions:
        return None
    i += 1
    while i < len(doc) and doc[i].lower_ in ctx.words.definite_articles:
        i += 1
    first = i  # "of the Berlin-based Institute": words that modify the name, skipped
    while i < min(first + MAX_PREMODIFIERS, len(doc)) and i not in by_start:
        i += 1
    other = by_start.get(i)
    if other is None or any(not k < doc[k].head.i < other.span.end for k in range(first, i)):
        return None
    if other.label != "PERSON" and other.country not in (None, "IGO"):
        return other.country
    return None


def country_in_apposition(ctx: Context, m: Mention, by_start: dict[int, Mention]) -> str | None:
    """ "Fuad Basya, Indonesia's army spokesman", "X, a Dutch diplomat": a state, a
    nationality or a body with a country in the words before the noun apposed to the name
    (rule actor.represented_body; the noun's for/at/with phrase is represented_country's,
    and a noun of relation says nothing: "X, a veteran of the Iraq war")."""
    igo = False  # "X, the EBRD's head of Central Asia": the body's (a state's first)
    for appos in (c for c in m.span.root.children if c.dep_ == "appos"):
        if appos.i < m.span.end or appos.lemma_.lower() in relation_nouns():
            continue
        for token in ctx.tokens[appos.left_edge.i : appos.i]:
            other = by_start.get(token.i)
            igo = igo or (other is not None and other.label == "ORG" and other.country == "IGO")
            if other is not None and other.label != "PERSON" and other.country not in (None, "IGO"):
                m.note(REPRESENTED_BODY)
                return other.country
            entry = ctx.gaz.lookup(token.text)
            if entry is not None and entry.kind in STATE_KINDS and entry.country != "IGO":
                m.note(REPRESENTED_BODY)
                return entry.country
    if igo:
        m.note(REPRESENTED_BODY)
    return "IGO" if igo else None


def copular_role(ctx: Context, span: Span) -> str | None:
    """ "Ana Ruiz is a graduate student ..." -> the role of 'graduate student' (EDU)."""
    # Not span.root: in "Will Hart is ..." the parser takes "Will" for an auxiliary.
    subject = next(
        (t for t in span if t.dep_ == "nsubj" and t.head.lemma_ in ctx.words.copula_lemmas),
        None,
    )
    if subject is None:
        return None
    for attr in (c for c in subject.head.children if c.dep_ == "attr"):
        title = attribute_title(ctx, attr)
        if title is not None:
            return ctx.gaz.person_titles[title]
    return None


def dominant_state(mentions: list[Mention]) -> str | None:
    """The state named at least DOMINANT_MIN_MENTIONS times and DOMINANT_RATIO times as
    often as any other, or None."""
    counts = Counter(  # states named as actors, not as places ("in Paris")
        m.country
        for m in mentions
        if m.label == "GPE" and m.country and m.rule_id != "actor.capital_place"
    )
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < DOMINANT_MIN_MENTIONS:
        return None
    if len(ranked) == 2 and ranked[0][1] < DOMINANT_RATIO * ranked[1][1]:
        return None
    return ranked[0][0]
