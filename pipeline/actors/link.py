"""Document-level linking passes: surnames, given names, same names and acronyms.

Each pass that decides a mention again appends its rule to the mention's `rule_trail`;
the mention's `rule_id` is the last rule that decided it.
"""

from __future__ import annotations

from collections import Counter

from spacy.attrs import ORTH
from spacy.tokens import Span, Token

from pipeline.actors.arrays import span_text, word_positions
from pipeline.actors.datelines import in_headline
from pipeline.actors.gazetteer import slug
from pipeline.actors.mention import Context, Mention, Rejected
from pipeline.actors.short_names import link_short_names
from pipeline.doctext import doc_text

GAZETTEER_RULES = ("actor.organisation_gazetteer", "actor.department_shorthand")


def without_acronyms_of_things(
    ctx: Context, mentions: list[Mention], things: list[Span]
) -> tuple[list[Mention], list[Rejected]]:
    """ "the Economic Framework for Prosperity (EFP)": the acronym of a name that is no
    actor is none either, wherever it appears."""
    acronyms = {
        after[1].text
        for span in things
        if len(after := ctx.tokens[span.end : span.end + 3]) == 3  # the Doc's tokens
        and after[0].text == "("
        and after[2].text == ")"
    }
    kept, rejected = [], []
    for m in mentions:
        if len(m.span) == 1 and span_text(m.span) in acronyms and m.rule_id == "actor.ner_org":
            rejected.append(Rejected(m.span, "actor.not.acronym_of_thing"))
        else:
            kept.append(m)
    return kept, rejected


def link_all(ctx: Context, mentions: list[Mention]) -> None:
    """Every linking pass, in order."""
    link_surnames(ctx, mentions)
    link_compound_surnames(mentions)
    link_given_names(ctx, mentions)
    link_same_names(mentions)
    link_acronyms(ctx, mentions)
    link_short_names(ctx, mentions)


def _full_names(ctx: Context, mentions: list[Mention]) -> tuple[dict[str, Counter[str]], set[str]]:
    """Name word -> the full names it is part of, and the surnames of multi-word names."""
    full_names: dict[str, Counter[str]] = {}
    surnames: set[str] = set()
    toks = ctx.tokens  # the Doc's tokens: none built here
    for m in mentions:
        if m.label == "PERSON" and len(m.span) > 1:
            surnames.add(toks[m.span.end - 1].text)
            for token in (toks[m.span.end - 1], toks[m.span.start]):  # "Kim" of "Kim Jong Un"
                full_names.setdefault(token.text, Counter())[m.name] += 1
    # A one-word person (titled or tagged) is a key only when no full name claims it.
    multi_word_keys = set(full_names)
    for m in mentions:
        one_word = m.label == "PERSON" and len(m.span) == 1
        if one_word and (text := span_text(m.span)) not in multi_word_keys:
            full_names.setdefault(text, Counter())[m.name] += 1
    return full_names, surnames


def link_surnames(ctx: Context, mentions: list[Mention]) -> None:
    """Surnames -> full names; ORG surnames relabelled as PERSON; surnames NER missed."""
    full_names, surnames = _full_names(ctx, mentions)
    for m in mentions:
        if (
            len(m.span) == 1
            and span_text(m.span) in full_names
            and m.type != "GPE"
            and m.rule_id not in GAZETTEER_RULES  # "ASEAN" stays the organisation
        ):
            names = full_names[span_text(m.span)]
            if len(names) == 1 and (m.label, m.name) != ("PERSON", next(iter(names))):
                full = next(iter(names))
                m.label, m.type, m.name = "PERSON", "PERSON", full
                m.actor_id = f"person:{slug(full)}"
                m.set_rule("actor.alias_surname")
    covered = {i for m in mentions for i in range(m.span.start, m.span.end)}
    for i in word_positions(ctx.doc, ORTH, surnames):
        token = ctx.tokens[i]
        if token.i in covered or not _name_like(ctx, token):
            continue  # tokens NER did not tag link by surname only, never by first name
        after = ctx.tokens[token.i + 1] if token.i + 1 < len(ctx.tokens) else None
        if after is not None and after.is_title and after.pos_ == "PROPN":
            continue  # the first word of another name ("Asia Maritime ...")
        names = full_names[token.text]
        if len(names) == 1:
            full = next(iter(names))
            span = ctx.doc[token.i : token.i + 1]
            rule_id = "actor.alias_surname_unlabelled"
            mentions.append(
                Mention(span, "PERSON", f"person:{slug(full)}", full, None, None, rule_id, "PERSON")
            )
    mentions.sort(key=lambda m: m.span.start)


def _name_like(ctx: Context, token: Token) -> bool:
    """A token that can be a surname the tagger missed: a proper noun, or a capitalised
    word inside a body sentence ('...," Tremblay told' in hard-wrapped text: a noun to the
    tagger). A sentence's first word and a headline's words are capitalised anyway."""
    if token.pos_ == "PROPN":
        return True
    return token.is_title and not token.is_sent_start and not in_headline(ctx.doc, token.idx)


def link_compound_surnames(mentions: list[Mention]) -> None:
    """A person's name of several tokens that ends one longer full name of the text is that
    person: a surname of two words or with a hyphen ("Ms. Diallo Kane" after "Aminata
    Diallo Kane", "Minister Ofosu-Mensah" after "Elizabeth Ofosu-Mensah"). One-token
    surnames are link_surnames'."""
    endings: dict[tuple[str, ...], set[str]] = {}
    for m in mentions:
        words = tuple(m.name.split())
        if m.label == "PERSON" and len(words) > 1 and all(map(_name_word, words)):
            for k in range(1, len(words)):
                endings.setdefault(words[k:], set()).add(m.name)
    for m in mentions:
        if m.label != "PERSON" or len(m.span) < 2:
            continue
        names = endings.get(tuple(m.name.split()), set())
        if len(names) == 1 and m.name not in names:
            m.name = next(iter(names))
            m.actor_id = f"person:{slug(m.name)}"
            m.set_rule("actor.alias_compound_surname")


def _name_word(word: str) -> bool:
    """A capitalised word of letters, hyphens or apostrophes ("Diallo", "O'Neill")."""
    return word[0].isupper() and word.replace("-", "").replace("'", "").isalpha()


def link_given_names(ctx: Context, mentions: list[Mention]) -> None:
    """ "Lena and I", "Kenj and I": a one-word name that is the given name, or a short
    form of it, of one person named in full in the text; else the given name of one
    well-known person whose state the text names ("Jake" in a text about the US)."""
    given: dict[str, set[str]] = {}
    owner: dict[str, Mention] = {}
    for m in mentions:
        if m.label == "PERSON" and len(m.name.split()) > 1:
            given.setdefault(m.name.split()[0], set()).add(m.name)
            owner.setdefault(m.name, m)
    states = {m.country for m in mentions if m.type == "GPE" and m.country}
    for m in mentions:
        if len(m.span) != 1 or m.rule_id not in ("actor.ner_person", "actor.ner_org"):
            continue
        word = span_text(m.span)
        if not word.istitle() or len(word) < 3:
            continue
        names = {
            name
            for first, full in given.items()
            if first == word or (len(word) >= 4 and first.startswith(word))
            for name in full
        }
        if len(names) == 1:
            o = owner[next(iter(names))]
            m.actor_id, m.name, m.country, m.role = o.actor_id, o.name, o.country, o.role
            m.label, m.type = "PERSON", "PERSON"
            m.set_rule("actor.alias_given_name")
            continue
        known = ctx.gaz.person_by_given_name(word)
        if m.label == "PERSON" and not names and known and known.country in states:
            m.actor_id, m.name, m.country = known.actor_id, known.name, known.country
            m.role = m.role or known.role
            m.set_rule("actor.person_given_name")


def link_same_names(mentions: list[Mention]) -> None:
    """A name found to be an organisation by where it stands ("Ana Lee of Civic
    Renewal") is one wherever NER called it a person."""
    orgs = {span_text(m.span): m for m in mentions if m.rule_id == "actor.org_after_person_of"}
    if not orgs:
        return  # most texts: no name to carry over
    for m in mentions:
        o = orgs.get(span_text(m.span)) or (
            orgs.get(m.name) if m.rule_id == "actor.alias_surname_unlabelled" else None
        )
        if o is not None and m is not o and m.label == "PERSON":
            m.actor_id, m.name, m.label, m.type = o.actor_id, o.name, "ORG", "ORG"
            m.country, m.role = o.country, o.role
            m.set_rule("actor.alias_same_name")


def _expansions(ctx: Context, mentions: list[Mention]) -> dict[str, Mention]:
    """Acronym -> the organisation it abbreviates: its initials, or what is written in
    parentheses right after it."""
    expansions: dict[str, Mention] = {}
    toks = ctx.tokens  # the Doc's tokens: none built here
    for m in mentions:
        if m.label != "ORG" or len(m.span) < 2:
            continue
        words = toks[m.span.start : m.span.end]
        initials = "".join(t.text[0] for t in words if t.text[:1].isupper())
        if len(initials) >= 2:
            expansions.setdefault(initials, m)
        after = toks[m.span.end : m.span.end + 3]
        if len(after) == 3 and after[0].text == "(" and after[2].text == ")":
            expansions.setdefault(after[1].text, m)
    return expansions


def link_acronyms(ctx: Context, mentions: list[Mention]) -> None:
    expansions = _expansions(ctx, mentions)
    for m in mentions:
        target = expansions.get(span_text(m.span)) if len(m.span) == 1 else None
        if target is not None and m is not target:
            m.actor_id, m.name, m.label, m.type = (target.actor_id, target.name, "ORG", "ORG")
            m.country = m.country or target.country
            m.role = m.role or target.role
            m.set_rule("actor.alias_acronym")
    # Acronyms written right after their expansion are mentions too: "(LDP)".
    covered = {i for m in mentions for i in range(m.span.start, m.span.end)}
    for acronym, target in expansions.items():
        after = ctx.tokens[target.span.end : target.span.end + 3]
        if len(after) == 3 and after[1].text == acronym and after[1].i not in covered:
            t, rule_id = target, "actor.alias_acronym"
            span = ctx.doc[after[1].i : after[1].i + 1]
            mentions.append(
                Mention(span, "ORG", t.actor_id, t.name, t.country, t.role, rule_id, "ORG")
            )
            covered.add(after[1].i)
        if len(after) == 3 and after[0].text == "(" and after[1].text == acronym:
            _later_uses(ctx, acronym, target, covered, mentions)
    mentions.sort(key=lambda m: m.span.start)


def _later_uses(
    ctx: Context, acronym: str, target: Mention, covered: set[int], mentions: list[Mention]
) -> None:
    """An acronym the text defines in parentheses is that organisation wherever it is
    written later, also where a title word follows it and the name was taken for the
    title's ("an NIS official": the NIS's official, not a title "NIS official")."""
    if not acronym.isupper() or len(acronym) < 2:
        return
    text, at = doc_text(ctx.doc), target.span.end_char
    while (at := text.find(acronym, at + 1)) >= 0:
        span = ctx.doc.char_span(at, at + len(acronym))
        if span is None or len(span) != 1 or span.start in covered:
            continue
        t = target
        mentions.append(
            Mention(
                span, "ORG", t.actor_id, t.name, t.country, t.role, "actor.alias_acronym", "ORG"
            )
        )
        covered.add(span.start)
