"""Who speaks: the subject (or agent) of a cue (the word found by pipeline.claims.climb), an
actor named right before it, and the speaker row with its resolution
(pipeline.actors.resolve)."""

from __future__ import annotations

import bisect
import copy

from spacy.tokens import Token

from pipeline.actors import subjects
from pipeline.actors.arrays import token_sentence_bounds
from pipeline.actors.cataphora import speaker_after_cue
from pipeline.actors.gender import person_sexes
from pipeline.actors.holder_rules import (
    APPOSED_NAME,
    CLAUSAL_SUBJECT,
    CLAUSE_ANTECEDENT,
    FLOATING_QUANTIFIER,
    LISTED_VERB,
    MISLABELLED_SUBJECT,
    NAME_BEFORE_VERB,
    RELATIVE_IN_ASIDE,
    TAG_PARTICIPLE,
    apposed_name,
    clausal_subject,
    clause_antecedent,
    floated_from,
    listed_verb,
    mislabelled_subject,
    relative_pronoun,
    same_number,
    tag_participle,
    word_before_verb,
)
from pipeline.actors.mention_index import mention_index
from pipeline.actors.resolve import resolve_speaker, role_nouns, sorted_mentions
from pipeline.claims.climb import (
    SUBJECT_DEPS,
    climb_to_speaker,
    dateline_word,
    in_dateline,
    unnamed_asker,
)
from pipeline.claims.frames import EXPLETIVES
from pipeline.claims.holder_nouns import holder_noun_rule
from pipeline.claims.lexicon import Lexicon
from pipeline.claims.noun_phrases import np_chars, unresolved_name
from pipeline.claims.tree import has_kid, kids_with
from pipeline.claims.view import DocView

SOURCE_TYPES = {"poll", "document", "data", "media"}  # sources that are no actor
PERSON_PRONOUNS = {"i", "me", "he", "him", "she", "her", "you"}
# what closes an aside between a subject and its verb, and what the parser may hang the
# subject on inside it
ASIDE_MARKS = {",", "-", "—", "–", "(", ")"}
ASIDE_SUBJECT_DEPS = ("nsubj", "nsubjpass")
BEFORE_CUE_DEPS = ("aux", "auxpass", "neg", "advmod")


def speaker_for_cue(view: DocView, cue: Token) -> dict | None:
    if unnamed_asker(cue):
        return None
    if (named := _name_before_verb(view, cue)) is not None:
        return named
    if (tagged := tag_participle(cue)) is not None and view.tok_quote[tagged.i] < 0:
        return mark_found(speaker_row(view, *np_chars(view, tagged)), TAG_PARTICIPLE)
    subj, found_by = climb_to_speaker(cue)
    if subj is None and found_by is not None:
        return None  # a rule found that no one speaks
    if subj is None:
        # "Ana Ruiz, 44, said": a name before an aside, else (", said Anna Kovacs, a
        # spokeswoman for ..."), a name after the cue
        # a name the parser gave no subject's label, tried before a name after the cue
        # (which is then its object) where no subject before an aside is found
        aside = subject_before_aside(view, cue)
        mislabelled = None if aside else _mislabelled(view, cue)
        subj, found_by = _apposed(view, cue) or mislabelled or (None, None)
        after = None if subj else speaker_after_cue(view.doc, cue.idx, cue.idx + len(cue.text))
        after = after or (None if subj else _tag_speaker(view, cue))
        if after:
            return mark_found(speaker_row(view, *after), "actor.speaker.cataphora")
        if subj is None:
            subj, found_by = aside or (None, None)
    elif (tag := subjects.inverted_tag(cue, subj)) is not None:
        # "The deal, said Lopez and others, is dead": the subject before is the content's
        return mark_found(speaker_row(view, *tag), subjects.INVERTED_TAG)
    elif view.tok_quote[subj.i] >= 0:  # the quote's own subject: not who speaks it
        # '"..., [the mayor] can be ...," Lopez said': the parser gave the cue both
        subj, found_by = _subject_outside_quotes(view, cue), None
        if subj is None:  # '"...," Ramos, 58, told AFP': a name before an aside
            subj, found_by = _apposed(view, cue) or subject_before_aside(view, cue) or (None, None)
        after = None if subj else speaker_after_cue(view.doc, cue.idx, cue.idx + len(cue.text))
        if after:  # '"Meh," wrote a farmer': the quote's word is no subject, the noun after is
            return mark_found(speaker_row(view, *after), "actor.speaker.cataphora")
    if subj is None:
        subj, found_by = repaired_subject(view, cue) or (None, None)
    if subj is not None and dateline_word(view, subj):
        subj, found_by = subjects.past_dateline(subj), subjects.NOT_DATELINE
    if subj is None:
        return None
    if (floated := floated_from(subj)) is not None:  # "X and Y both said"
        return mark_found(speaker_row(view, *floated), FLOATING_QUANTIFIER)
    row = speaker_row(view, *_np_past_dateline(view, subj))
    own = found_by is None and subj.head.i == cue.i  # not a subject shared through "and"
    if own and (above := _antecedent_row(view, subj, row)) is not None:
        return mark_found(above, CLAUSE_ANTECEDENT)
    # the plain subject of a clause the cue is part of, not of the cue's own noun phrase
    plain = found_by is None and subj.dep_ == "nsubj" and cue not in subj.subtree
    if plain and (named := _apposed_name_row(view, subj, row)) is not None:
        return named
    return mark_found(row, found_by)


def _apposed_name_row(view: DocView, subj: Token, row: dict | None) -> dict | None:
    """The row of a name in apposition to the subject (`holder_rules.apposed_name`), unless
    the subject's own row names an actor and the name's names none."""
    people, bodies, _ = _lexicon_nouns(view.lex)
    made: list[dict[int, str]] = []

    def labels() -> dict[int, str]:  # only for a name the tagger left untyped, made once
        if not made:
            made.append(_labels(view, subj))
        return made[0]

    name = apposed_name(subj, people, bodies, labels)
    if name is None or view.tok_quote[name.i] >= 0:
        return None
    # the names themselves, not the last one's of-phrase ("Ana Ruiz of the Farmers' Union")
    first = name
    while first.dep_ == "conj":  # "Ana Ruiz and Tom Berg": from the first name
        first = first.head
    named = speaker_row(view, first.left_edge.idx, name.idx + len(name.text))
    if (row or {}).get("actor_id") and not (named or {}).get("actor_id"):
        return None
    return mark_found(named, APPOSED_NAME)


# per lexicon: (the lexicon, the role nouns, its `_lexicon_nouns`)
_LEXICON_NOUNS: dict[int, tuple[Lexicon, dict, tuple[frozenset[str], ...]]] = {}


def _lexicon_nouns(lex: Lexicon) -> tuple[frozenset[str], ...]:
    """The role nouns (role_nouns.json) for people with the lexicon's speaker nouns, those for
    a body (apposed names), and all of them with the speaker nouns (`same_number`): united
    once per lexicon, not for every subject."""
    roles, known = role_nouns(), _LEXICON_NOUNS.get(id(lex))
    if known is None or known[0] is not lex or known[1] is not roles:
        kinds = {k: v.get("kind") for k, v in roles.items()}
        people = frozenset(k for k, kind in kinds.items() if kind in ("person", "group"))
        bodies = frozenset(k for k, kind in kinds.items() if kind == "org")
        nouns = (people | lex.speaker_nouns, bodies, frozenset(roles.keys() | lex.speaker_nouns))
        known = _LEXICON_NOUNS[id(lex)] = (lex, roles, nouns)
    return known[2]


def _labels(view: DocView, tok: Token) -> dict[int, str]:
    """The label of the actor mention each token of the sentence is the last word of."""
    sent, labels = tok.sent, {}
    for m in view.mentions:
        if sent.start_char <= m["start"] and m["end"] <= sent.end_char and m.get("label"):
            span = view.doc.char_span(m["start"], m["end"], alignment_mode="expand")
            if span is not None and len(span) > 0:
                labels[span[-1].i] = m["label"]
    return labels


def _name_before_verb(view: DocView, cue: Token) -> dict | None:
    """Parse errors aside, an actor named right before a verb with no subject is its
    subject ("... Council Anna Petrova declared that ..."); also across an adverb ("...
    France, Yann Le Goff stayed until dark and insisted ...", rule
    actor.speaker.name_before_verb),
    and for a verb coordinated with that one ("... and explained that ...")."""
    verb, m = cue, None
    while m is None:
        if _has_subject(verb):
            return None
        m = mention_ending_before(view, verb)
        if m is None and (verb.dep_ != "conj" or verb.head.i > verb.i):
            return None
        verb = verb if m is not None else verb.head
    head = view.doc.char_span(m["start"], m["end"], alignment_mode="expand")
    ss, se = m["start"], m["end"]
    if head is not None and len(head) > 0:
        ns, ne = np_chars(view, head.root)
        if ns <= m["start"] and m["end"] <= ne:
            ss, se = ns, ne
    row = speaker_row(view, ss, se)
    plain = verb.i == cue.i and view.doc[cue.i - 1].idx + len(view.doc[cue.i - 1]) == m["end"]
    return row if plain else mark_found(row, NAME_BEFORE_VERB)


def _has_subject(verb: Token) -> bool:
    """A subject of its own, also a passive's ("X is expected to ...": not X's claim)."""
    return has_kid(verb, "nsubj", "nsubjpass")


def _antecedent_row(view: DocView, pron: Token, row: dict | None) -> dict | None:
    """ "Ruiz made clear that she backs ...": the subject of the clause above, which the
    pronoun stands for (`holder_rules.clause_antecedent`), when the two resolve to the
    same actor, or, with one of them unresolved, agree in number."""
    subj = clause_antecedent(pron)
    if subj is None or row is None or view.tok_quote[subj.i] >= 0:
        return None
    above = speaker_row(view, *np_chars(view, subj))
    ids = (row.get("actor_id"), (above or {}).get("actor_id"))
    if None not in ids:
        return above if ids[0] == ids[1] else None
    return above if same_number(subj, pron, _lexicon_nouns(view.lex)[2]) else None


def _np_past_dateline(view: DocView, tok: Token) -> tuple[int, int]:
    """`np_chars` of the subject, cut after the dateline's dash when the parser hung the
    dateline on it ("PALM HARBOR, Fla. - [Sen. Ana Ruiz] said")."""
    ss, se = np_chars(view, tok)
    # only the words of the sentence between the phrase's start and its head can be the dash
    first = bisect.bisect_left(view.tok_starts, ss)
    lowers = view.lowers  # a dash's lower form is the dash
    if not any(lowers[i] in subjects.DASHES for i in range(first, tok.i)):
        return ss, se  # no dash at all: the sentence's start need not be looked up
    start = token_sentence_bounds(tok)[0]
    first = max(start, first)
    dash = next((i for i in range(first, tok.i) if lowers[i] in subjects.DASHES), None)
    if dash is not None and in_dateline(view.tokens[start]):
        ss = max(ss, view.tok_starts[dash] + len(lowers[dash]))
        ss += len(view.text[ss:se]) - len(view.text[ss:se].lstrip())
    return ss, se


def _tag_speaker(view: DocView, cue: Token) -> tuple[int, int] | None:
    """'"...," said Ruiz, explaining that ...': a participle on a speech tag whose speaker
    is named after the verb shares that speaker (rule actor.speaker.cataphora)."""
    tag = cue.head
    if cue.tag_ != "VBG" or cue.dep_ not in ("advcl", "xcomp", "conj") or tag.i >= cue.i:
        return None
    found = speaker_after_cue(view.doc, tag.idx, tag.idx + len(tag.text))
    return found if found is not None and found[1] <= cue.idx else None


def mark_found(row: dict | None, found_by: str | None) -> dict | None:
    """The speaker row, marked with the repair rule that found it, if any."""
    if row is not None and found_by is not None:
        row["found_by"] = found_by
    return row


def repaired_subject(view: DocView, cue: Token) -> subjects.Found | None:
    """A subject the parser hung elsewhere (`pipeline.actors.subjects`), outside quotes."""
    for found in (
        subjects.auxiliary_subject(cue),
        subjects.controller_subject(cue),
        subjects.quantifier_subject(cue, view.lex.holder_pronouns),
        subjects.reduced_relative_subject(cue),
        subjects.participle_adjunct(cue),
        _found(clausal_subject(cue), CLAUSAL_SUBJECT),
        _found(listed_verb(cue), LISTED_VERB),
    ):
        if found is not None and view.tok_quote[found[0].i] < 0:
            return found
    return None


def _found(tok: Token | None, rule_id: str) -> subjects.Found | None:
    return None if tok is None else (tok, rule_id)


def _mislabelled(view: DocView, cue: Token) -> subjects.Found | None:
    """A name the parser hung on the cue as no subject (`holder_rules.mislabelled_subject`):
    a proper noun, a named person or body, or a word of an actor's mention."""
    subj = mislabelled_subject(cue)
    if subj is None or view.tok_quote[subj.i] >= 0:
        return None
    named = subj.pos_ == "PROPN" or subj.ent_type_ in ("PERSON", "ORG", "NORP")
    named = named or any(
        m["start"] <= subj.idx < m["end"] and m.get("label") in ("PERSON", "ORG")
        for m in view.mentions
    )
    return (subj, MISLABELLED_SUBJECT) if named else None


def _subject_outside_quotes(view: DocView, cue: Token) -> Token | None:
    """A subject of the cue itself that is outside quotes, or None."""
    return next(
        (
            c
            for c in kids_with(cue, *SUBJECT_DEPS)
            if c.lower_ not in EXPLETIVES and view.tok_quote[c.i] < 0
        ),
        None,
    )


def _apposed(view: DocView, cue: Token) -> subjects.Found | None:
    """A name before an aside before the cue (`subjects.apposed_name`), outside quotes."""
    k = _aside_comma(view, cue)
    if k is None or view.doc[k].text != "," or _time_word(view.doc[k + 1], cue):
        return None  # a name set off by commas only, right before the cue
    sent = view.sent_of(cue)
    found = subjects.apposed_name(cue, k, sent.start) if k > sent.start else None
    return None if found is None or view.tok_quote[found[0].i] >= 0 else found


def subject_before_aside(view: DocView, cue: Token) -> subjects.Found | None:
    """ "Mr. Lopez, now 81 and retired in Lima, said ...": a subject, an aside set off by
    commas, dashes or brackets, then the cue with no subject of its own; the parser hung the
    subject on a verb inside the aside. The nearest such subject left of the cue in its
    sentence, outside quotes and brackets (with the rule that found it past a relative
    clause in the aside), or None."""
    doc = view.doc
    k = _aside_comma(view, cue)
    if k is None:
        return None
    sent = view.sent_of(cue)
    # "..., the port director, Ana Ruiz, bluntly suggested": a name set off by commas
    # right before the cue, which the parser hung elsewhere as an apposition
    name = doc[k - 1] if k > sent.start else None
    if name is not None and name.ent_type_ in ("PERSON", "ORG") and view.tok_quote[name.i] < 0:
        return name, None
    found_by = None
    for t in reversed(doc[sent.start : _before_brackets(doc, k, sent.start)]):
        if t.dep_ in ASIDE_SUBJECT_DEPS and t.i < t.head.i < cue.i and view.tok_quote[t.i] < 0:
            if t.tag_ in ("WDT", "WP") and t.i > sent.start and doc[t.i - 1].text == ",":
                continue  # "Lopez, who sits on the board, said": the aside's own subject
            if relative_pronoun(t):
                found_by = RELATIVE_IN_ASIDE  # "Quist - in a toast that ... - declared"
                continue
            if t.lower_ in EXPLETIVES or t.tag_ in ("WDT", "WP"):
                return None
            # "Sen. Ana Ruiz (D-Ill.), noting ..., said": the comma may follow a parenthesis
            edge = t.right_edge.i
            after = {doc[t.i + 1].text, doc[edge].text, doc[min(edge + 1, len(doc) - 1)].text}
            return (t, found_by) if after & ASIDE_MARKS else None
    return None


def _before_brackets(doc, k: int, start: int) -> int:
    """Where a bracketed aside that closes at token `k` opens (`k` itself otherwise)."""
    if doc[k].text != ")":
        return k
    return next((i for i in range(k - 1, start - 1, -1) if doc[i].text == "("), k)


def _aside_comma(view: DocView, cue: Token) -> int | None:
    """The index of the comma, dash or bracket closing an aside right before a cue with no
    subject of its own ("X, now 81, said", "X - in a speech - declared", "X, who ..., last
    week said"), or None."""
    doc = view.doc
    k = cue.i - 1
    while k > 0 and (doc[k].dep_ in BEFORE_CUE_DEPS or _time_word(doc[k], cue)):
        k -= 1
    if doc[k].text not in ASIDE_MARKS - {"("} or cue.dep_ not in ("ROOT", "conj", "dep"):
        return None
    return None if cue.tag_ == "VBG" else k


def _time_word(tok: Token, cue: Token) -> bool:
    """A word of a time phrase on the cue ("last week said")."""
    phrase = tok if tok.dep_ == "npadvmod" else tok.head
    return phrase.dep_ == "npadvmod" and phrase.head.i == cue.i and phrase.ent_type_ == "DATE"


def mention_ending_before(view: DocView, cue: Token) -> dict | None:
    """An actor mention that ends right before the cue, or before the adverbs on it
    ("Ana Ruiz also said")."""
    if cue.i == 0 or cue.tag_ == "VBG":
        return None
    prev = word_before_verb(cue)
    if prev is None:
        return None
    end = prev.idx + len(prev.text)
    for m in view.mentions:
        if m["end"] == end and m.get("label") in ("PERSON", "ORG", "GPE"):
            return m
        if m["start"] >= end:
            break
    return None


def speaker_row(view: DocView, ss: int, se: int) -> dict | None:
    """The speaker of chars [ss, se): its text and offsets, and the actor it resolves to.
    Each call returns a new row (callers mark theirs); the resolution is made once."""
    if se <= ss:
        return None
    row = view.speaker_rows.get((ss, se))
    if row is None:
        row = view.speaker_rows[ss, se] = _resolved_row(view, ss, se)
    return {k: copy.deepcopy(v) if isinstance(v, (list, dict)) else v for k, v in row.items()}


def _resolved_row(view: DocView, ss: int, se: int) -> dict:
    text = view.text[ss:se]
    if not view.resolution_index:
        view.resolution_index.append(mention_index(view.doc))
    res = resolve_speaker(view.doc, ss, se, index=view.resolution_index[0])
    if res is None:
        res = {
            "actor_id": None,
            "name": unresolved_name(view, ss, se),
            "country": None,
            "role": None,
            "resolved_from": "unresolved",
        }
    return {"text": text, "start": ss, "end": se, **res, "type": speaker_type(view, ss, se, res)}


def speaker_type(view: DocView, ss: int, se: int, res: dict) -> str | None:
    """What kind of source speaks: person, organisation, state... for a resolved actor (its
    entity type); poll, document, data or media for a source that is no actor ("polls
    show", "the report found"); None when unknown."""
    if res.get("actor_id") is not None:
        actor = view.actor_by_id.get(res["actor_id"])
        label = (actor or {}).get("type") or ""
        return view.lex.actor_types.get(label)
    span = view.doc.char_span(ss, se, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    root = span.root
    if root.lower_ in PERSON_PRONOUNS:
        return "person"
    found = view.lex.source_types.get(root.lemma_.lower())
    if found is None and root.i > span.start:  # "exit polls": the compound as a whole
        found = view.lex.source_types.get(f"{root.nbor(-1).lower_} {root.lemma_.lower()}")
    return found


def person_sex(view: DocView, speaker: dict) -> str | None:
    """The sex the text gives the person a speaker row resolved to, or None."""
    actor_id = speaker.get("actor_id")
    if actor_id is None:
        return None
    return person_sexes(view.doc, sorted_mentions(view.doc)).get(actor_id)


def np_speaker(view: DocView, tok: Token) -> dict | None:
    """The speaker named by the noun phrase that `tok` heads; past a dateline the parser
    made a subject ("New York (AFP) – [X] is sure that ...")."""
    if dateline_word(view, tok):
        found = subjects.past_dateline(tok)
        if found is None:
            return None
        tok = found
    return speaker_row(view, *_np_past_dateline(view, tok))


def actor_like(view: DocView, speaker: dict | None) -> bool:
    """A speaker that can hold a belief or intention: a resolved actor, a pronoun, a
    proper name, or a noun for people ("officials", "analysts", "the ministry", or one
    `holder_noun_rule` lets through: "the congressman", "developers")."""
    if speaker is None:
        return False
    lex = view.lex
    text = speaker["text"].lower()
    if speaker.get("actor_id") is not None or text in lex.personal_pronouns:
        return True
    span = view.doc.char_span(speaker["start"], speaker["end"], alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    root = span.root
    lemma = root.lemma_.lower()
    if root.lower_ in lex.holder_pronouns or speaker.get("found_by") == subjects.NAME_FOR_MODAL:
        return True  # "who", "many of them", "few": people, left unnamed; "Will believes"
    if root.pos_ == "PROPN" or lemma in role_nouns() or lemma in lex.speaker_nouns:
        return True
    return holder_noun_rule(root) is not None


def antecedent_holds(view: DocView, speaker: dict) -> bool:
    """A relative pronoun speaks for its antecedent when that can hold a claim: "the
    report, which concluded that ...", "Lopez, who argued that ..." (but not "a forum
    which lets officials discuss ...")."""
    antecedent = relative_antecedent(view, speaker, ("xcomp", "ccomp", "conj"))
    if antecedent is None:
        return False
    held = np_speaker(view, antecedent)
    return actor_like(view, held) or (held or {}).get("type") in SOURCE_TYPES


def relative_antecedent(view: DocView, speaker: dict, climb: tuple[str, ...]) -> Token | None:
    """The noun a relative pronoun's clause hangs on, climbing from the pronoun's verb over
    the dependencies `climb` ("which has vowed to ...", "who met X and said ..."), or None."""
    span = view.doc.char_span(speaker["start"], speaker["end"], alignment_mode="expand")
    if span is None or len(span) != 1:
        return None
    clause = span[0].head
    while clause.dep_ in climb and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ != "relcl" or clause.head.pos_ not in ("NOUN", "PROPN"):
        return None
    return clause.head
