"""One candidate span -> a mention, or a rejection: an ordered list of small named rules.

Each rule is a function `(ctx, candidate) -> Mention | Rejected | None`; None hands the
candidate on to the next rule, which may have relabelled it. The order is declared in
data: the rules of `patterns/rules.json` whose `function` names one of these functions,
by priority (the component computes it once: `step_order`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Span

from pipeline.actors import orgs, shapes
from pipeline.actors.arrays import positions_in, span_text
from pipeline.actors.datelines import headline_spans
from pipeline.actors.gazetteer import Entry, slug
from pipeline.actors.mention import Context, Mention, Rejected, declared
from pipeline.actors.misspelt import misspelt_state
from pipeline.actors.outlets import RULE_ID as OUTLET
from pipeline.actors.title_names import is_title_only
from pipeline.actors.titles import title_before, without_leading_title
from pipeline.actors.turn_labels import person_turn_labels, press_label_spans
from pipeline.doctext import doc_text
from pipeline.rules import Rule


@dataclass
class Candidate:
    span: Span
    label: str
    title: str | None = None
    title_role: str | None = None
    trail: list[str] = field(default_factory=list)  # relabelling rules, in order

    def relabel(self, label: str, rule_id: str) -> None:
        self.label = label
        self.trail.append(declared(rule_id))

    def mention(self, entry: Entry, rule_id: str, role: str | None = None) -> Mention:
        """A mention of a known actor: person, organisation or state of the gazetteer."""
        return Mention(
            self.span,
            entry.type if entry.kind != "demonym" else "NORP",
            entry.actor_id,
            entry.name,
            entry.country,
            role or entry.role,
            rule_id,
            entry.type,
            rule_trail=[*self.trail],
        )


Verdict = Mention | Rejected | None
Step = Callable[[Context, Candidate], Verdict]


def news_outlet(ctx: Context, c: Candidate) -> Verdict:
    """A dateline's agency or a press turn's outlet (pipeline/actors/outlets.py): a body of
    the media, of the state the gazetteer gives it, else of none."""
    if ctx.sources.get((c.span.start, c.span.end)) != OUTLET:
        return None
    text = span_text(c.span)
    entry = ctx.gaz.lookup(text)
    if entry is not None and entry.type == "ORG":
        return c.mention(entry, OUTLET, role="MED")
    return Mention(c.span, "ORG", f"org:{slug(text)}", text, None, "MED", OUTLET, "ORG")


def non_actor_name(ctx: Context, c: Candidate) -> Verdict:
    if shapes.is_non_actor_name(ctx, c.span):
        return Rejected(c.span, "actor.not.non_actor_name")
    return None


def thing_name(ctx: Context, c: Candidate) -> Verdict:
    if c.label in ("PERSON", "ORG") and shapes.names_a_thing(ctx, c.span):
        return Rejected(c.span, "actor.not.thing_name")
    return None


def vocative(ctx: Context, c: Candidate) -> Verdict:
    if c.label in ("PERSON", "ORG") and shapes.is_vocative(ctx, c.span):
        return Rejected(c.span, "actor.not.vocative")
    return None


def turn_label_person(ctx: Context, c: Candidate) -> Verdict:
    """An organisation span inside a turn label that names a person of the text
    (pipeline/actors/turn_labels.py)."""
    if c.label == "ORG" and _within(ctx, c, "person_turn_labels", person_turn_labels):
        return Rejected(c.span, "actor.not.turn_label_person")
    return None


def press_label(ctx: Context, c: Candidate) -> Verdict:
    """A press turn's label word the recognizer took for a name ("QUESTION (Daily
    Ledger):") (pipeline/actors/turn_labels.py)."""
    if _within(ctx, c, "press_labels", press_label_spans):
        return Rejected(c.span, "actor.not.press_label")
    return None


def _within(ctx: Context, c: Candidate, key: str, find: Callable) -> bool:
    """Does the candidate lie within one of the char spans `find` gives (once per Doc)?"""
    spans = ctx.memo.get(key)
    if spans is None:
        spans = ctx.memo[key] = find(ctx.doc)
    start, end = c.span.start_char, c.span.end_char
    return any(s <= start and end <= e for s, e in spans)


def title_only(ctx: Context, c: Candidate) -> Verdict:
    if is_title_only(ctx, c.span):
        return Rejected(c.span, "actor.not.title_only")
    return None


def headline_word(ctx: Context, c: Candidate) -> Verdict:
    """ "Foreign Minister Warns of Retaliation": in a title-case headline every word is
    capitalised, so a one-word "person" there, or one that ends in a function word
    ("Minister Warns Of New Arrivals"), is a name only if the body has one of its words
    too or it is a person the gazetteer knows."""
    if c.label != "PERSON" or len(c.span) > 3:
        return None
    if len(c.span) > 1 and ctx.tokens[c.span.end - 1].lower_ not in STOP_WORDS:
        return None  # "Lena Dahl quits ...": a name the body calls "she"
    start = c.span.start_char
    headlines = headline_spans(ctx.doc)  # read once per Doc
    if not any(a <= start < b for a, b in headlines):
        return None
    text = span_text(c.span)
    # a function word ("Of") is in any body: only the name's other words are looked for
    words = tuple(w for w in text.lower().split() if w not in STOP_WORDS) or (text.lower(),)
    if ctx.gaz.person(text) is not None:
        return None  # a known person ("Biden")
    # the words' tokens found by their lower form's hash: no Token built for the others
    outside = (ctx.tokens[i] for i in positions_in(ctx.lower_keys, words))
    if any(not any(a <= t.idx < b for a, b in headlines) for t in outside):
        return None  # the body names it too ("PRESIDENT BIDEN:", "Gomez said")
    return Rejected(c.span, "actor.not.headline_word")


def credit_line(ctx: Context, c: Candidate) -> Verdict:
    """ "Image: CAPTAINHOOK / Shutterstock.com": names on a picture's credit line."""
    doc, toks, i = ctx.doc, ctx.tokens, c.span.start - 1
    if ":" not in doc_text(doc)[toks[max(i - 10, 0)].idx : c.span.start_char]:
        return None  # no colon on the line before the name (the walk below goes 11 back)
    while i >= 0 and "\n" not in toks[i].text + toks[i].whitespace_ and c.span.start - i < 12:
        i -= 1
    line = toks[i + 1 : c.span.start]
    colon = next((t.i for t in line if t.text == ":"), None)
    if colon is not None and doc[i + 1 : colon].text.strip().lower() in ctx.words.credit_labels:
        return Rejected(c.span, "actor.not.credit_line")
    return None


def place(ctx: Context, c: Candidate) -> Verdict:
    if shapes.is_place(ctx, c.span):
        return Rejected(c.span, "actor.not.place")
    return None


def normalise_name(ctx: Context, c: Candidate) -> Verdict:
    """Drop a leading title and descriptors from the name, and find the title before it."""
    span = without_leading_title(ctx, c.span) if c.label == "PERSON" else c.span
    stripped = shapes.without_leading_descriptors(ctx, span)
    if stripped is None:
        return Rejected(span, "actor.not.descriptor_only")
    c.span = stripped
    c.title, c.title_role = title_before(ctx, stripped)
    if c.title and not titled_name(ctx, stripped):
        c.title, c.title_role = None, None
    return None


def titled_name(ctx: Context, span: Span) -> bool:
    """Can a title name the span? Not a nationality word ("the state-run Yemeni paper")
    nor a name ending in an organisation's word ("the outlawed Coastal Workers' Party") or
    a group's ("the rebel Delta Liberation Front")."""
    entry = ctx.gaz.lookup(span_text(span))
    if entry is not None and entry.kind == "demonym":
        return False
    last = ctx.title_words[span.end - 1]  # no Token built; no apostrophe in these lists
    return len(span) < 2 or (
        last not in ctx.gaz.org_words and last not in ctx.words.group_name_heads
    )


GAZETTEER_RULES = {
    "capital": "actor.capital_metonymy",
    "demonym": "actor.demonym_group",
    "country": "actor.country_name",
    "organisation": "actor.organisation_gazetteer",
}


def gazetteer(ctx: Context, c: Candidate) -> Verdict:
    entry = ctx.gaz.lookup(span_text(c.span))
    if entry is None and not c.title and (entry := misspelt(ctx, c)) is not None:
        return c.mention(entry, "actor.misspelt_country")
    if entry is None or c.title:
        return None
    if entry.kind == "capital" and not shapes.acts_as_agent(ctx, c.span):
        if shapes.capital_named_as_place(ctx, c.span, c.label):
            # "protests in Baghdad": where the act happens, the state's, as PLOVER codes it
            return c.mention(entry, "actor.capital_place", role=None)
        return Rejected(c.span, "actor.not.capital_as_place")
    if entry.kind == "demonym" and not shapes.is_group_noun(c.span):
        return Rejected(c.span, "actor.not.demonym_adjective")
    return c.mention(entry, GAZETTEER_RULES[entry.kind])


def misspelt(ctx: Context, c: Candidate) -> Entry | None:
    """ "Argentena", "the Camerroon": a misspelt country; a nationality word only as a
    group ("the Ugandian troops" is no actor by itself)."""
    if len(c.span) != 1:
        return None
    entry = misspelt_state(ctx, c.span[0], c.label)
    if entry is not None and entry.kind == "demonym" and not shapes.is_group_noun(c.span):
        return None
    return entry


def known_person(ctx: Context, c: Candidate) -> Verdict:
    # NER takes some well-known surnames for places ("Turkey's Erdogan" as GPE); a place
    # the gazetteer knows was decided by the step before. After a title, the title decides
    # (below), not the surname alone.
    named = c.label in ("PERSON", "ORG", "GAZ") or (c.label in ("GPE", "NORP") and not c.title)
    text = span_text(c.span)
    known, rule_id = ctx.gaz.person(text) if named else None, "actor.person_gazetteer"
    if known is None and c.title and len(c.span) == 1:
        # "Secretary Austin", "Prime Minister Han": a title and a family name that one
        # well-known person has.
        known, rule_id = ctx.gaz.person_by_family_name(text), "actor.person_family_name"
    if known is None:
        return None
    # An international organisation's official stays one whatever the title's words say
    # ("Director General" is no general).
    role = known.role if known.role == "IGO" else c.title_role
    return c.mention(known, rule_id, role=role)


def department(ctx: Context, c: Candidate) -> Verdict:
    if c.label not in ("ORG", "GAZ"):
        return None
    entry = orgs.department_shorthand(ctx, c.span)
    return c.mention(entry, "actor.department_shorthand") if entry is not None else None


def coordinated_place(ctx: Context, c: Candidate) -> Verdict:
    # "Crimea and eastern Ukraine": a place, whatever NER said
    if not c.title and c.label in ("ORG", "PERSON") and shapes.coordinated_with_place(c.span):
        return Rejected(c.span, "actor.not.coordinated_place")
    return None


def titled_person(ctx: Context, c: Candidate) -> Verdict:
    if c.title and c.label in ("ORG", "GAZ", "NORP", "FAC"):
        c.relabel("PERSON", "actor.relabel.titled_person")
    elif c.title and c.label == "GPE" and _titled_surname(ctx, c.span):
        # "Commissioner Hartwig told me": a title names a person, not an unknown place
        c.relabel("PERSON", "actor.relabel.titled_person")
    return None


def _titled_surname(ctx: Context, span: Span) -> bool:
    """A place name NER gives after a title that is no place the gazetteer knows, and that
    no capitalised word follows ("Deputy Port Minister X": a word of the title)."""
    after = ctx.tokens[span.end] if span.end < len(ctx.doc) else None
    if after is not None and after.is_title:
        return False
    return ctx.gaz.lookup(span_text(span)) is None


def person_shaped_org(ctx: Context, c: Candidate) -> Verdict:
    """ "Lam Cheuk-ting", "Dean Carver": an "organisation" with a person's name; a "place"
    with a given name and a second cue ("Ruth Omondi, a researcher at X, said")."""
    if c.title:
        return None
    if c.label == "ORG" and (rule_id := shapes.person_shaped_org(ctx, c.span)):
        c.label = "PERSON"
        ctx.hints[(c.span.start, c.span.end)] = rule_id
    elif c.label == "GPE" and shapes.person_shaped_place(ctx, c.span):
        c.label = "PERSON"
        ctx.hints[(c.span.start, c.span.end)] = "actor.given_name_cue_person"
    return None


def org_after_person_of(ctx: Context, c: Candidate) -> Verdict:
    """ "Ana Lee of Civic Renewal": what a person is "of" is a body."""
    if c.label == "PERSON" and not c.title and shapes.follows_person_of(ctx, c.span):
        c.label = "ORG"
        ctx.hints[(c.span.start, c.span.end)] = "actor.org_after_person_of"
    return None


def org_word_person(ctx: Context, c: Candidate) -> Verdict:
    """ "the Technology Strike Force": named like an organisation."""
    if c.label == "PERSON" and not c.title and ctx.title_words[c.span.end - 1] in ctx.gaz.org_words:
        c.relabel("ORG", "actor.relabel.org_word")
    return None


def acronym_person(ctx: Context, c: Candidate) -> Verdict:
    """ "DAB": an acronym, not a person."""
    if c.label == "PERSON" and ctx.patterns.fits("actor.relabel.acronym", c.span):
        c.relabel("ORG", "actor.relabel.acronym")
    return None


def not_a_name(ctx: Context, c: Candidate) -> Verdict:
    """ "pro-Beijing", "COVID-19", "Joint Statement of X", "Resolutions"."""
    if c.label == "PERSON" and not shapes.looks_like_a_name(ctx, c.span):
        return Rejected(c.span, "actor.not.name_shape")
    return None


def person(ctx: Context, c: Candidate) -> Verdict:
    if c.label != "PERSON":
        return None
    span = c.span
    rule_id = ctx.hints.get((span.start, span.end)) or (
        "actor.person_title" if c.title else "actor.ner_person"
    )
    text = span_text(span)
    return Mention(
        span,
        "PERSON",
        f"person:{slug(text)}",
        _title_case(text),
        None,
        c.title_role,
        rule_id,
        "PERSON",
        rule_trail=[*c.trail],
    )


def _title_case(name: str) -> str:
    """ "HALVERSEN" (a turn's label, a headline) -> "Halversen"; not a short name written
    in capitals as such ("MBS", "AMLO")."""
    words = name.split()
    if not name.isupper():
        return name
    long_word = any(len(w) >= TITLE_CASE_MIN for w in words)
    spoken = len(words) > 1 and all(VOWEL.search(w) for w in words)  # "DANA LEE", not "MBS"
    return name.title() if long_word or spoken else name


TITLE_CASE_MIN = 5  # letters of a word in capitals that is a name, not an acronym
VOWEL = re.compile(r"[AEIOUY]")


def medium(ctx: Context, c: Candidate) -> Verdict:
    if c.label == "ORG" and shapes.published_on(ctx, c.span):
        return Rejected(c.span, "actor.not.medium")
    return None


def org_not_actor(ctx: Context, c: Candidate) -> Verdict:
    if c.label == "ORG" and shapes.is_not_an_actor(ctx, c.span):
        return Rejected(c.span, "actor.not.org_thing")
    return None


def org(ctx: Context, c: Candidate) -> Verdict:
    if c.label != "ORG":
        return None
    span, doc = c.span, ctx.doc
    rule_id = ctx.hints.get((span.start, span.end), "actor.ner_org")
    country, role = None, orgs.org_role(ctx, span)
    if orgs.starts_with_igo(ctx, span):
        # "NATO-Russia Council", "UN General Assembly": a body of the IGO.
        rule_id, country, role = "actor.org_igo_prefix", "IGO", "IGO"
    elif orgs.regional_body(ctx, span):
        rule_id, country, role = "actor.regional_igo", "IGO", "IGO"
    country = country or orgs.country_inside(ctx, span) or orgs.possessor_country(ctx, span)
    if country is None and (known := orgs.person_inside(ctx, span)) is not None:
        # "the Biden Administration": named after a known leader, of their state.
        rule_id, country = "actor.org_named_for_person", known.country
    actor_id, name = orgs.org_id(ctx, span), orgs.strip_the(span_text(span))
    if (place := orgs.posted_place(ctx, span)) is not None:  # one embassy is not another
        actor_id, name = f"{actor_id}-in-{slug(place)}", f"{name} in {place}"
    mention = Mention(
        span,
        "ORG",
        actor_id,
        name,
        country,
        role,
        rule_id,
        "ORG",
        rule_trail=[*c.trail],
    )
    # the title words: no Token built; the marks are listed with both apostrophes
    if span.start >= 2 and ctx.title_words[span.start - 1] in ctx.words.possessive_marks:
        # "Russia's National Security Council" is a name of it too.
        mention.extra["aliases"] = [doc[span.start - 2 : span.end].text]
    return mention


def place_or_adjective(ctx: Context, c: Candidate) -> Verdict:
    """Other GPEs are places; other NORPs are adjectives."""
    return Rejected(c.span, "actor.not.place_or_adjective")


STEPS: dict[str, Step] = {
    step.__name__: step
    for step in (
        news_outlet,
        non_actor_name,
        thing_name,
        vocative,
        turn_label_person,
        press_label,
        title_only,
        headline_word,
        credit_line,
        place,
        normalise_name,
        gazetteer,
        known_person,
        department,
        coordinated_place,
        titled_person,
        person_shaped_org,
        org_after_person_of,
        org_word_person,
        acronym_person,
        not_a_name,
        person,
        org_not_actor,
        medium,
        org,
        place_or_adjective,
    )
}


def step_order(rules: dict[str, Rule]) -> tuple[Step, ...]:
    """The classification rules in the order the rule rows declare (by priority)."""
    rows = sorted(rules.values(), key=lambda r: (r.priority, r.id))
    names = dict.fromkeys(r.function for r in rows if r.function in STEPS)
    if set(names) != set(STEPS):
        raise ValueError(f"actor rules: no row for the steps {set(STEPS) - set(names)}")
    return tuple(STEPS[name] for name in names)


def classify(ctx: Context, span: Span) -> Mention | Rejected:
    source = ctx.sources.get((span.start, span.end))
    candidate = Candidate(span, span.label_, trail=[source] if source else [])
    for step in ctx.steps:
        verdict = step(ctx, candidate)
        if verdict is not None:
            return verdict
    raise AssertionError("the last classification rule decides every candidate")
