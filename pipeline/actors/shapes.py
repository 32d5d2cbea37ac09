"""Tests of a candidate span's shape and surroundings: is it a name, a place, a thing?"""

from __future__ import annotations

import numpy as np
from spacy.attrs import DEP, ORTH
from spacy.strings import get_string_id
from spacy.tokens import Span, Token

from pipeline.actors.arrays import column, sentence_bounds, span_text
from pipeline.actors.bylines import credited
from pipeline.actors.describe import entry_for
from pipeline.actors.gazetteer import normalise_form
from pipeline.actors.gender import given_name_sex, pronoun_sex
from pipeline.actors.mention import Context
from pipeline.actors.placing import acts_as_agent as acts_as_agent
from pipeline.actors.placing import capital_named_as_place as capital_named_as_place
from pipeline.actors.placing import known_place_name
from pipeline.actors.posted_names import after_portfolio_title
from pipeline.actors.title_holder import apposition_head
from pipeline.actors.titles import (
    may_close,
    may_open,
    title_at,
    title_ending_at,
    title_starting_at,
)
from pipeline.actors.two_subjects import past_vocative

ADDRESSES = ("http:", "https:", "www.")


def is_non_actor_name(ctx: Context, span: Span) -> bool:
    """A name of the non_actor_names lexicon, also after a nationality ("the Ukrainian
    Crimea"), or an e-mail or web address ("press@example.com", a release's contact)."""
    names, text = ctx.gaz.non_actor_names, span_text(span)
    if normalise_form(text) in names or "@" in text or text.lower().startswith(ADDRESSES):
        return True
    if len(span) < 2:  # no word after a nationality: its word is not looked up
        return False
    first = ctx.gaz.lookup(ctx.tokens[span.start].text)
    demonym = first is not None and first.kind == "demonym"
    return demonym and normalise_form(span_text(span, 1)) in names


def names_a_thing(ctx: Context, span: Span) -> bool:
    """A name in apposition to, or compounded with, a thing's noun: "the exercise,
    Freedom Edge", "the exercise Freedom Edge"."""
    root, toks = span.root, ctx.tokens
    lowers = ctx.title_words  # the word lists read here hold no apostrophe
    heads = ctx.gaz.non_actor_heads
    if root.dep_ == "appos" and root.head.lower_ in heads and root.head.i < span.start:
        # not "the envoy for the Dialogue, Ana Ruiz": the name the parser hangs on the
        # thing ending a title's phrase is the title holder's
        return span.label_ != "PERSON" or apposition_head(root).i == root.head.i
    before = toks[span.start - 1] if span.start > 0 else None
    if (
        before is not None
        and lowers[before.i] in heads
        and before.is_lower
        and (before.head == root or root.head == before)
    ):
        return True
    # "the Treaty on the Non-Proliferation of ...": the rest of a thing's title.
    i = span.start - 1
    while i > 0 and lowers[i] in ctx.words.definite_articles:
        i -= 1
    return (
        i >= 1
        and lowers[i] in ctx.words.thing_title_prepositions
        and lowers[i - 1] in heads
        and toks[i - 1].is_title
    )


def published_on(ctx: Context, span: Span) -> bool:
    """ "in a post on Telegram", "wrote on Facebook": a name after "on" on a noun of words
    put out (words.json medium_nouns) or a verb of putting them out (publishing_verbs) is
    the platform they went out on, not an actor."""
    root = span.root
    on = root.head
    if root.dep_ != "pobj" or on.lower_ != "on" or on.i != span.start - 1:
        return False
    host, words = on.head, ctx.words
    if host.pos_ == "VERB":
        return host.lemma_.lower() in words.publishing_verbs
    return host.pos_ == "NOUN" and host.lemma_.lower() in words.medium_nouns


def subjects_of(verb: Token) -> list[Token]:
    return [c for c in verb.children if c.dep_ == "nsubj"]


def is_vocative(ctx: Context, span: Span) -> bool:
    """ "Thanks, Paul.": a one-word name addressed in a press call (no actor we can
    know), after a cue word and a comma and before punctuation."""
    toks = ctx.tokens  # the Doc's tokens: none built here
    if len(span) != 1 or ctx.gaz.person(span_text(span)) is not None:
        return False
    word = toks[span.start]
    if word.dep_ == "nsubj" and past_vocative(word.head, subjects_of(word.head)) is not None:
        return True  # "Q: Maria, the minister said ...": whom the question is put to
    if span.start < 2:
        return False
    if toks[span.start - 1].text != "," or toks[span.start - 2].lower_ not in ctx.gaz.vocative_cues:
        return False
    return span.end == len(toks) or toks[span.end].is_punct or toks[span.end].is_space


def is_place(ctx: Context, span: Span) -> bool:
    """One unknown capitalised word that NER calls an organisation (or a person, but for a
    given name) and the text writes before a comma and a country's name ("Sines,
    Portugal"), or an organisation as the object of a place preposition ("from Kandor",
    "at Velmar") or of "of" after a place noun ("the town of Velmar"), is a place: not a
    known organisation or person, an acronym or an organisation word; after a preposition,
    nowhere in the text the subject of a verb."""
    gaz = ctx.gaz
    if span.label_ not in ("ORG", "PERSON") or span_text(span).isupper():
        return False
    if _names_a_place_noun(ctx, span) or known_place_name(ctx, span):
        return True
    if len(span) != 1:
        return False
    word = span[0]
    if not word.is_title or word.lower_ in gaz.org_words:
        return False
    if gaz.lookup(word.text) is not None or gaz.person(word.text) is not None:
        return False
    if word.text in _placed_in_state(ctx) and not given_name_sex(word.text):
        return True  # "in Sines, Portugal" somewhere in the text: "Sines gives us" too
    if word.dep_ != "pobj" or span.label_ != "ORG":
        return False
    prep = word.head
    placed = prep.lower_ in gaz.place_prepositions or (
        prep.lower_ in ctx.words.member_prepositions and prep.head.lower_ in gaz.place_nouns
    )
    if not placed:
        return False
    return word.text not in _subject_words(ctx)


def _names_a_place_noun(ctx: Context, span: Span) -> bool:
    """ "Azerbaijan's Gazakh district", "the Tavush province": a name compounded with a
    lower-case place noun right after it is the place's name, whatever NER calls it; not a
    person or organisation the gazetteer knows."""
    root = span.root
    noun = root.head
    if root.dep_ != "compound" or noun.i != span.end or not noun.is_lower:
        return False
    if noun.lemma_.lower() not in ctx.gaz.place_nouns:
        return False
    text = span_text(span)
    return ctx.gaz.lookup(text) is None and ctx.gaz.person(text) is None


COMMA = get_string_id(",")


def _placed_in_state(ctx: Context) -> set[str]:
    """The capitalised words the text writes right before a comma and a country's name
    ("Sines, Portugal", "Kakuma, Kenya"): places of that state, found once per Doc."""
    words = ctx.memo.get("placed_in_state")
    if words is None:
        words = ctx.memo["placed_in_state"] = set()
        doc, n = ctx.doc, len(ctx.doc)
        for i in np.flatnonzero(column(doc, ORTH) == COMMA).tolist():
            if 0 < i < n - 1 and doc[i - 1].is_title and not doc[i - 1].whitespace_:
                entry = ctx.gaz.lookup(doc[i + 1].text)
                after = doc[i + 2] if i + 2 < n else None
                if entry is not None and entry.kind == "country" and not _possessive(after):
                    words.add(doc[i - 1].text)
    return words


def _possessive(token: Token | None) -> bool:
    return token is not None and token.tag_ == "POS"  # "Ana Ruiz, Peru's envoy": no place


# the subject labels' ids (spaCy's symbols, not string hashes) as in `Doc.to_array(DEP)`
SUBJECT_LABELS = (get_string_id("nsubj"), get_string_id("nsubjpass"))


def _subject_words(ctx: Context) -> set[str]:
    """The words the Doc has as the subject of a verb, found once per Doc."""
    words = ctx.memo.get("subject_words")
    if words is None:
        deps = column(ctx.doc, DEP)  # no Token's label read
        at = np.flatnonzero((deps == SUBJECT_LABELS[0]) | (deps == SUBJECT_LABELS[1]))
        orths, strings = column(ctx.doc, ORTH)[at].tolist(), ctx.doc.vocab.strings
        words = ctx.memo["subject_words"] = {strings[h] for h in set(orths)}  # no Token built
    return words


def without_leading_descriptors(ctx: Context, span: Span) -> Span | None:
    """ "Nonpartisan Ana Lee" -> the name; a span that is only a camp's label
    ("Localist") -> None."""
    if span.label_ not in ("PERSON", "ORG"):
        return span
    start = span.start
    while start < span.end and ctx.tokens[start].lower_ in ctx.gaz.name_descriptors:
        start += 1
    if start == span.end:
        return None
    if start == span.start or span.label_ != "PERSON":
        return span
    return Span(span.doc, start, span.end, label=span.label_)


def coordinated_with_place(span: Span) -> bool:
    """A one-word 'organisation' joined by 'and'/'or' to a place name is a place too."""
    if len(span) != 1:
        return False
    root = span.root
    partners = [root.head] if root.dep_ == "conj" else []
    partners += [c for c in root.children if c.dep_ == "conj"]
    return any(p.ent_type_ in ("GPE", "LOC") for p in partners)


def person_shaped_org(ctx: Context, span: Span) -> str | None:
    """The rule id when an "organisation" is shaped like a person's name, else None: a
    romanised East Asian name ("Lam Cheuk-ting": a capitalised word, then a hyphenated
    given name with a lowercase second part), or a common given name and one more
    capitalised word ("Dean Carver") that is no known organisation."""
    gaz = ctx.gaz
    if any(t.lower_ in gaz.org_words for t in span) or gaz.lookup(span_text(span)) is not None:
        return None
    if ctx.patterns.fits("actor.romanised_name_person", span):
        return "actor.romanised_name_person"
    if (
        ctx.patterns.fits("actor.given_name_person", span)
        and span[0].lower_ in gaz.given_names
        and gaz.lookup(span[1].text) is None
    ):
        return "actor.given_name_person"
    if given_name_with_cue(ctx, span):
        return "actor.given_name_cue_person"
    return None


def person_shaped_place(ctx: Context, span: Span) -> bool:
    """A "place" NER tags that no gazetteer knows, opening with a given name and with a
    second cue that it is someone ("Ruth Omondi, a researcher at X, said"); a given name
    alone is not enough ("Alice Springs")."""
    if ctx.gaz.lookup(span_text(span)) is not None:
        return False
    return all(ctx.gaz.lookup(t.text) is None for t in span) and given_name_with_cue(ctx, span)


PERSON_PRONOUN_DEPS = ("nsubj", "nsubjpass")


def given_name_with_cue(ctx: Context, span: Span) -> bool:
    """ "Ximena Delgado, a spokeswoman, said", "Ximena Delgado ... She said": two or three
    capitalised words that open with a given name of one sex (the SSA list), and a
    second cue that it is someone: a person noun in apposition, or the next subject
    "he"/"she" of that sex with no other person named before it, or a byline or credit
    line that names it ("By Lucas Ferreira | January 22"; bylines.credited). A
    given name alone is not enough ("Mercedes Benz said it ..."); a first word the list
    lacks needs both cues ("Estonia's prime minister, Kadri Lepp, said she ...")."""
    if not 2 <= len(span) <= 3 or not all(t.is_title for t in span):
        return False
    if span[-1].lower_ in ctx.gaz.org_words:
        return False
    sex = given_name_sex(span[0].text)
    if sex is None:  # a given name the list lacks: both cues ("Kadri Lepp, ... said she")
        return _apposed_person_noun(ctx, span) and _bound_pronoun(span, None)
    return _apposed_person_noun(ctx, span) or _bound_pronoun(span, sex) or credited(span)


def _apposed_person_noun(ctx: Context, span: Span) -> bool:
    """A person noun apposed to the name: a role noun of a person ("a spokeswoman") or a
    person title ("a researcher", "a professor")."""
    root = span.root
    nouns = [c for c in root.children if c.dep_ == "appos" and c.i >= span.end]
    if root.dep_ == "appos":
        nouns.append(root.head)
    return any(
        (entry_for(n) or {}).get("kind") == "person"
        or (n.pos_ == "NOUN" and n.lemma_.lower() in ctx.gaz.person_titles)
        for n in nouns
    )


def _bound_pronoun(span: Span, sex: str | None) -> bool:
    doc = span.doc
    sent_end = span.sent.end
    end = doc[sent_end].sent.end if sent_end < len(doc) else sent_end
    for token in doc[span.end : end]:
        if token.ent_type_ == "PERSON":
            return False
        if token.dep_ in PERSON_PRONOUN_DEPS and pronoun_sex(token.lower_) is not None:
            return sex is None or pronoun_sex(token.lower_) == sex
    return False


def follows_person_of(ctx: Context, span: Span) -> bool:
    """ "Ana Lee of Civic Renewal": a "person" right after a person's name and "of" is
    the body that person belongs to."""
    doc, i = ctx.doc, span.start - 1
    if i < 1 or doc[i].lower_ not in ctx.words.member_prepositions or len(span) < 2:
        return False
    return doc[i - 1].ent_type_ == "PERSON" and span[0].ent_type_ == "PERSON"


def looks_like_a_name(ctx: Context, span: Span) -> bool:
    """Is a PERSON span shaped like a person's name? Not when a word is lowercase (other
    than "bin", "van"...), a digit, a common noun by its ending ("Competitiveness") or
    lexicon ("Order"), a thing's head ("Summit"), a known organisation ("ASEAN
    Outlook"), a lone common noun by its tag, or the start of a longer place name
    ("Cook" of "Cook Islands")."""
    gaz, doc, toks = ctx.gaz, span.doc, ctx.tokens  # the Doc's tokens: none built here
    if not toks[span.start].text[:1].isupper() or any(c.isdigit() for c in span_text(span)):
        return False
    for token in toks[span.start : span.end]:
        lower = token.lower_
        after_hyphen = token.i > span.start and toks[token.i - 1].text == "-"
        # lowercase words: only particles, or after a hyphen ("Kim Jong-un")
        lowercase = token.is_alpha and token.is_lower and lower not in gaz.name_particles
        if lowercase and not after_hyphen:
            return False
        if lower in gaz.non_actor_heads or lower in gaz.non_name_words:
            return False
        if any(lower.endswith(s) and len(lower) >= len(s) + 5 for s in gaz.non_name_suffixes):
            return False
        entry = gaz.lookup(token.text)
        if entry is not None and entry.kind == "organisation" and token.text.isupper():
            return False
    if len(span) == 1 and toks[span.start].tag_ in ("NN", "NNS", "NNPS"):
        return False
    for width in (1, 2):
        longer = doc[span.start : min(span.end + width, len(doc))]
        if len(longer) > len(span) and gaz.lookup(span_text(longer)) is not None:
            return False
    return True


def is_not_an_actor(ctx: Context, span: Span) -> bool:
    """Names of things and fragments of titles that NER tags as organisations."""
    doc, heads, root = ctx.doc, ctx.gaz.non_actor_heads, span.root
    if name_head(ctx, span).lower_ in heads:  # "Individually Tailored Partnership Programme"
        return True  # or "Framework Convention on Climate Change"
    if root.dep_ == "compound" and root.head.lower_ in heads:  # "Security Studies program"
        return True
    # "Emeritus", "National Security Advisor", or "Home" in "Home Secretary": a title or
    # a title's word, not an organisation.
    if " ".join(span_text(span).lower().split()) in ctx.gaz.person_titles:
        return True
    if is_bilateral(ctx, span):  # "U.S.-Japan": a relationship, not an actor
        return True
    words = ctx.title_words[span.start : span.end]
    has_org_word = not ctx.gaz.org_words.isdisjoint(words)
    if has_org_word and len(span) == 1 and words[0] in ctx.gaz.business_words:
        has_org_word = False  # "Energy" of "Energy Minister X": a business's word alone
    if not has_org_word and span.end < len(doc) and title_starting_at(ctx, span.end):
        return True
    if _is_in_a_title(ctx, span, has_org_word):
        return True
    particle = span[0].lower_ in ctx.gaz.name_particles and len(span) > 1 and span[1].text == "-"
    if span[0].is_alpha and span[0].is_lower and not particle:
        return True  # "united on nuclear disarmament", "el Nino"; not "al-Shabaab"
    if len(span) == 1 and span_text(span).isupper() and is_acronym_of_words(span):
        return True  # "open-RAN", "radio access network (RAN)": a technology's acronym
    return _modifies_a_common_noun(span)


def _is_in_a_title(ctx: Context, span: Span, has_org_word: bool) -> bool:
    """ "Minister of Economy, Trade, and Industry", "SENIOR ADMINISTRATION OFFICIAL": part
    of a person title, not an actor."""
    words, lowers = ctx.words, ctx.title_words  # None for a space; no apostrophe in the lists
    of = span.start - 1
    sent_start, sent_end = sentence_bounds(span)
    # "Secretary of the Treasury" too, but not "leader of the LDP" or "head of the
    # Refugee Council": an acronym or a name with an organisation word is an actor.
    skip_the = not has_org_word and not span_text(span).isupper()
    while of > 0 and (lowers[of] is None or (skip_the and lowers[of] in words.definite_articles)):
        of -= 1
    if (
        of >= 1
        and lowers[of] in words.member_prepositions
        and title_ending_at(ctx, of, floor=sent_start)
    ):
        return True
    # "the AU Commissioner for Political Affairs": a portfolio right after "for" (no "the",
    # no acronym: "an envoy for the UN Foundation" is an actor's)
    portfolio = lowers[span.start - 1] == "for" and not span_text(span).isupper()
    if portfolio and after_portfolio_title(ctx, span.start):
        return True
    # a title opens and closes with words of titles: the windows' edges are tested once
    starts = [i for i in range(max(sent_start, span.start - 2), span.start + 1) if may_open(ctx, i)]
    ends = [i for i in range(span.end, min(sent_end, span.end + 2) + 1) if may_close(ctx, i)]
    for start in starts:
        for end in ends:
            if (start, end) != (span.start, span.end) and title_at(ctx, start, end):
                return True
    return False


def _modifies_a_common_noun(span: Span) -> bool:
    """ "their Command and Control systems": one capitalised word modifying a common noun."""
    if len(span) != 1 or span_text(span).isupper():
        return False
    root = head = span.root
    while head.dep_ in ("conj", "compound", "amod", "nmod") and head.head is not head:
        head = head.head
    return head is not root and head.pos_ == "NOUN" and head.is_lower


def is_bilateral(ctx: Context, span: Span) -> bool:
    parts = [p for p in span_text(span).split(" ")[0].split("-") if p]
    if len(parts) < 2:
        return False
    entries = [ctx.gaz.lookup(p) for p in parts]
    return all(e is not None and e.type == "GPE" for e in entries)


def is_acronym_of_words(span: Span) -> bool:
    """An acronym glued to a lowercase word ("open-RAN") or written after its lowercase
    expansion ("radio access network (RAN)") names a thing."""
    doc, start, acronym = span.doc, span.start, span_text(span)
    if start >= 2 and doc[start - 1].text == "-" and doc[start - 2].is_lower:
        return True
    if start < 1 or doc[start - 1].text != "(" or start - 1 < len(acronym):
        return False
    words = doc[start - 1 - len(acronym) : start - 1]
    return all(t.is_lower for t in words) and "".join(t.text[0] for t in words) == acronym.lower()


def is_group_noun(span: Span) -> bool:
    root = span.root
    return root.tag_ in ("NNS", "NNPS") and root.dep_ not in ("amod", "compound")


def name_head(ctx: Context, span: Span) -> Token:
    """The noun a name is about: the word before its first "of/for/on" ("Memorandum" of
    "Memorandum of Cooperation"), else its last word."""
    continuers, lowers = ctx.words.name_continuers, ctx.title_words  # no apostrophe in these
    cut = next((i for i in range(span.start + 1, span.end) if lowers[i] in continuers), span.end)
    return ctx.tokens[cut - 1]
