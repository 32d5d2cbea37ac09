"""Indirect (and mixed) claims: a cue verb (patterns/cues.json) with its complement: ccomp
(warned that ...), xcomp (pledged to ...), object + xcomp (urged X to ...), prep (called
for ..., committed to ...), object predicate (called it a ...), dobj (announced ...),
passive xcomp (X is expected to ..., holder unnamed), a speech tag set into the clause
(parenthetical) or in an as-clause, and the author's evidential "X seemed to ..." (no
speaker). Where the parser did not hang the content on the cue, frames of their own: a
speech tag after its clause ("..., police said"), a for-to clause ("called for X to ..."),
a by-agent ("was criticized by X"), a passive predicate ("is seen as"), an about/of/against
phrase of a verb of saying ("complained about") and a misread object clause. Phrase cues
("according to X", "In a poll, ...", "reportedly") are in `phrases`. A content with quoted
fragments makes a mixed claim; a quote that is the cue's whole complement (X wrote that
“...”) a direct one, and a quote of whole sentences right after an indirect claim goes on
with it.

A complement stays in the cue's paragraph, runs over a subordinate clause hung on the cue,
stops before a second cue of the same speaker ("said A and urged B": B is the second cue's
claim, with the first one's speaker) and runs on to the close of a quote opened inside it.
"""

from __future__ import annotations

from spacy.strings import get_string_id
from spacy.tokens import Token

from pipeline.actors.orphan_tags import RULE_ID as ORPHAN_TAG
from pipeline.actors.subjects import kept_from
from pipeline.claims import frames, medium_frames, reply_frames, topic_frames
from pipeline.claims.build import Claim, make_claim
from pipeline.claims.claimed import Claimed
from pipeline.claims.colon_runs import object_colon_end, tag_colon_end
from pipeline.claims.extent import list_tail_end, object_predicate_end
from pipeline.claims.families import phrases
from pipeline.claims.families.direct import full_sentence
from pipeline.claims.frames import (
    FrameMatch,
    cue_entry,
    is_cue_verb,
    match_frame,
    propositional_clause,
)
from pipeline.claims.framing import FRAMING_PREPOSITIONS
from pipeline.claims.holders import relative_pronoun, relative_speaker, side_antecedent, side_holder
from pipeline.claims.leads import fronted_lead_start
from pipeline.claims.other_clauses import set_apart_cue
from pipeline.claims.spans import (
    clip_to_paragraph,
    close_open_quote,
    contrasted,
    end_before,
    extend_over_clause,
    extend_over_colon,
    extend_over_object_preps,
    extend_to_clause_end,
    quote_pieces,
    stranded_subject_start,
    token_range_chars,
)
from pipeline.claims.speakers import (
    SOURCE_TYPES,
    actor_like,
    antecedent_holds,
    mark_found,
    np_speaker,
    speaker_for_cue,
)
from pipeline.claims.tags import (
    as_clause,
    parenthetical,
    speech_tag,
    tag_subject,
)
from pipeline.claims.tree import has_kid, kids, kids_with
from pipeline.claims.view import DocView, quote_between, quote_kind
from pipeline.claims.viewpoints import VIEWPOINT_PREPOSITIONS

# the first word of a fronted phrase that frames a sentence as a view ("To her critics,",
# "In her view,", "From his point of view,")
FRAMED_PREPOSITIONS = FRAMING_PREPOSITIONS | VIEWPOINT_PREPOSITIONS
# the labels of a second cue hung on the content's verb, as label ids
INNER_CUE_DEP_IDS = frozenset((get_string_id("conj"), get_string_id("advcl")))
QUOTE_COMPLEMENT = "direct.quote_complement"
CONTINUATION = "direct.quote_continuation"
QUOTE_AFTER = "direct.quote_after_indirect"
# the rule ids this family writes, and the patterns it looks up in rules.json's frame_rules
RULE_IDS = (QUOTE_COMPLEMENT, CONTINUATION, QUOTE_AFTER)
# a cue from the generated WordNet lexicon makes a claim only with a clausal complement that
# states something, under its own (less confident) rule id. With an infinitive it makes none:
# on PolNeAR train "X looked to ..." was right 43% of the time, and "X forced Y to ..." 51%,
# with the wrong holder (Y's act, not X's claim) half of the time. As a speech tag ("the
# plan, X quipped, is dead"; "..., as X speculated") the frame itself says it reports, and
# in the passive ("the fee is intended to ...") the infinitive is what is meant or projected
GENERATED_PATTERNS = {
    "ccomp": "generated_ccomp",
    "parenthetical": "generated_tag",
    "as_clause": "generated_tag",
    "speech_tag": "generated_tag",
    "passive_xcomp": "generated_passive_xcomp",
}
# a cue of thinking with a clause that states nothing itself ("wondered whether ...",
# "knew how ..."): a claim under its own rule id (PolNeAR counts the question or the
# knowledge as held); on PolNeAR train 62% right (15 of 24)
WH_CLAUSE = {"belief": "belief_wh_clause"}
# a generated cue with a wh-clause ("learned how ...", "is still determining whether ...")
GENERATED_WH = {"ccomp": "generated_wh_clause"}
PATTERNS = (
    *frames.PATTERNS,
    *phrases.PATTERNS,
    medium_frames.MEDIUM,
    medium_frames.PHRASE,
    reply_frames.REPLY,
    "speech_tag",
    *sorted(set(GENERATED_PATTERNS.values())),
    *WH_CLAUSE.values(),
    *GENERATED_WH.values(),
)
# the author's own evidentials and unnamed holders: no one is cited
AUTHOR_PATTERNS = {"evidential", "evidential_conjunct", "evidential_predicate", "passive_predicate"}
# the content of these is the clause the cue's tag is set into, not the cue's own phrases
SPEECH_TAG_PATTERNS = {"parenthetical", "as_clause", "speech_tag"}


def find_indirect(view: DocView, claimed: Claimed) -> tuple[list[Claim], Claimed]:
    """The claims of the cues in text order. A cue verb inside the content of a claim made
    before it makes none: what it reports is part of that claim ("X said he believes Y",
    "X said Y claimed Z"). On PolNeAR train such nested claims were right 15% of the time
    (114 of 761; 7% for the clause of the outer cue itself). Not so in a clause set apart
    with a holder of its own ("..., while Y said Z", "..., which Y says ...": 64%,
    `other_clauses.set_apart_cue`)."""
    claims: list[Claim] = []
    lowers, lemmas = view.lowers, view.lemmas  # a Token's lower_ and lemma_ are decoded anew
    for tok in _candidates(view):
        if tok.i in claimed.used_cues or view.tok_quote[tok.i] >= 0:
            continue
        lower = lowers[tok.i]
        if lower == "according" or (lower == "words" and phrases.words_of(view, tok)):
            found, claimed = phrases.according_to(view, claimed, tok)
        elif lower in FRAMED_PREPOSITIONS:
            found, claimed = phrases.framed(view, claimed, tok)
        elif lower in view.lex.evidential_adverbs:
            found, claimed = phrases.adverb_claims(view, claimed, tok)
        elif (
            claimed.inside_speech(tok.idx)
            and not _contrasted_act(view, claimed, tok)
            and not set_apart_cue(view, tok)
        ):
            continue  # "X said he believes Y": part of X's claim, no claim of its own
        elif is_cue_verb(view, tok, evidential=True) or lemmas[tok.i] in view.lex.as_it_verbs:
            found, claimed = _cue_claims(view, claimed, tok)
        else:
            continue
        claims.extend(found)
    more, claimed = quotes_after(view, claimed, claims)
    return claims + more, claimed


def quotes_after(
    view: DocView, claimed: Claimed, claims: list[Claim]
) -> tuple[list[Claim], Claimed]:
    """ "X argued that A. “B.”": a quote that stands as whole sentences right after an
    indirect claim, with no cue of its own and no other claim on it, goes on with that
    claim's cue and speaker (PolNeAR joins A and B into one attribution)."""
    out: list[Claim] = []
    for claim in claims:
        if claim.kind == "direct" or claim.speaker is None:
            continue
        q = _next_quote(view, claim.content["end"])
        if q is None or claimed.inside_speech(q.start):
            continue
        cue = view.doc.char_span(
            claim.cue["start"], claim.cue["start"] + 1, alignment_mode="expand"
        )
        if cue is None or len(cue) == 0:
            continue
        entry = cue_entry(view.lex, cue[0])
        for k, (a, b) in enumerate(quote_pieces(view, q)):
            rid = QUOTE_AFTER if k == 0 else CONTINUATION
            made = make_claim(view, "direct", rid, cue[0], entry, claim.speaker, a, b)
            if made is not None:
                out.append(made)
        claimed = claimed.add_speech(q.open_start, q.close_end)
    return out, claimed


def _next_quote(view: DocView, end: int):
    """The quote that opens right after char `end` (past the sentence's end and at most
    one paragraph break) and fills its sentences, or None."""
    text = view.text
    for q in view.quotes:
        if q.open_start < end:
            continue
        gap = text[end : q.open_start]
        if gap.strip(" .\u00a0\n”’\"'") or gap.count("\n") > 2 or "." not in gap + text[end - 1]:
            return None
        toks = [t for t in view.doc if q.start <= t.idx < q.end]
        if not toks or not full_sentence(view, toks) or q.index_in_group > 0:
            return None
        return q
    return None


def _candidates(view: DocView) -> list[Token]:
    """The tokens that can open an indirect claim: "according", "words", a cue or evidential
    lemma, an "as it" verb; every other token is passed over."""
    lex = view.lex
    by_lower = view.lower_words.where_in(
        ("according", "words"), FRAMED_PREPOSITIONS, lex.evidential_adverbs
    )
    by_cue = view.cue_words.where_in(lex.cue_lemmas, lex.evidential_lemmas)
    by_lemma = view.lemma_words.where_in(lex.as_it_verbs)
    return [view.tokens[i] for i in sorted({*by_lower, *by_cue, *by_lemma})]


def complement_chars(view: DocView, claimed: Claimed, tok: Token, match: FrameMatch):
    """The content chars (cs, ce) of a matched cue, and the record with the inner cue that
    was cut off it; cs == ce when nothing is left."""
    _, pattern, a, b, _ = match
    if pattern in OBJECT_PATTERNS:
        b, _ = object_predicate_end(view, tok, extend_over_object_preps(view, tok, b))
    elif pattern in ("ccomp", "xcomp"):
        b = extend_over_colon(view, extend_over_clause(view, tok, b))
        a = fronted_lead_start(view, tok, stranded_subject_start(view, tok, a))
    if pattern not in SPEECH_TAG_PATTERNS and b > tok.i:  # not over the cue ("Q, X told Y")
        b = extend_to_clause_end(view, tok, b)
        b, _ = list_tail_end(view, tok, a, b)
        b = b if pattern in ("ccomp", "xcomp") else object_colon_end(view, tok, b)
    else:
        b = tag_colon_end(view, tok, b)
    a, b = clip_to_paragraph(view, tok, a, b)
    b, claimed = cut_at_inner_cue(view, claimed, tok, a, b)
    cs, ce = token_range_chars(view, a, b)
    if ce <= cs:
        return 0, 0, claimed
    return cs, close_open_quote(view, cs, ce, tok), claimed


def _cue_claims(view: DocView, claimed: Claimed, tok: Token) -> tuple[list[Claim], Claimed]:
    """The claims of one cue verb (none, one, or one per sentence of a quoted complement)."""
    match = (
        topic_frames.question_put(view, tok)
        or medium_frames.medium_clause(view, tok)
        or medium_frames.object_clause_first(view, tok)
        or match_frame(view, tok)
        or parenthetical(view, tok)
        or as_clause(view, tok)
        or speech_tag(view, tok)
        or frames.passive_agent(view, tok)
        or topic_frames.topic_prep(view, tok)
        or frames.passive_predicate(view, tok)
        or frames.object_clause(view, tok)
        or medium_frames.phrase_clause(view, tok)
        or reply_frames.reply_word(view, tok)
    )
    if match is None:
        return [], claimed
    entry, pattern, _, _, particle = match
    rule_pattern = _rule_pattern(view, tok, match)
    if not rule_pattern:
        return [], claimed
    cs, ce, claimed = complement_chars(view, claimed, tok, match)
    if ce <= cs:
        return [], claimed
    if ce <= tok.idx and quote_between(view, ce, tok.idx):
        return [], claimed  # "A: “Q,” he said": the quote is the cue's content, not A
    kind = quote_kind(view, cs, ce)
    if pattern in AUTHOR_PATTERNS and (
        claimed.inside_speech(tok.idx) or evidential_blocked(view, tok)
    ):
        return [], claimed
    speaker = _speaker_of(view, claimed, tok, pattern)
    holder = side_antecedent(view, tok, entry, speaker)  # "groups that back X": groups
    speaker = speaker if holder is speaker else relative_speaker(speaker, holder)
    claimed = claimed.hand_down(tok.i, speaker)
    if kind == "direct":
        # "X wrote that “...”": a quote that is the cue's complement but does not stand
        # alone, so the direct rules left it
        return quote_complement(view, claimed, tok, speaker, cs, ce)
    if not _holder_ok(view, tok, entry, holder):
        return [], claimed
    if unperformed(tok, pattern) and not raised(view, tok):
        return [], claimed
    if pattern in SIDE_PATTERNS and not side_holder(view, holder, tok):
        return [], claimed
    if pattern == "pronoun_object" and not actor_like(view, holder):
        return [], claimed  # "the ads criticizing them": no one who takes a side
    rule_id = view.rules.rule_for(rule_pattern, kind)
    claim = make_claim(view, kind, rule_id, tok, entry, speaker, cs, ce, particle=particle)
    if claim is None:
        return [], claimed
    return [claim], claimed.use_cue(tok.i).add_speech(cs, ce)


def _speaker_of(view: DocView, claimed: Claimed, tok: Token, pattern: str) -> dict | None:
    """Who holds the claim of a cue matched by `pattern`."""
    if pattern in AUTHOR_PATTERNS:
        return None  # the author's own evidential: no one is cited
    if pattern == "speech_tag":  # the tag's own subject, whatever else the parser gave
        subj = tag_subject(tok)
        orphan = subj is not None and subj.head.i != tok.i  # the parser joined it elsewhere
        return mark_found(np_speaker(view, subj), ORPHAN_TAG) if orphan else np_speaker(view, subj)
    if pattern in ("passive_agent", "question_put"):  # the asker, when a by-phrase names one
        agent = frames.agent_of(tok)
        return np_speaker(view, agent) if agent is not None else None
    if tok.i in claimed.inherited:
        return claimed.inherited[tok.i]
    return speaker_for_cue(view, tok)


def _rule_pattern(view: DocView, tok: Token, match: FrameMatch) -> str:
    """The frame_rules pattern of a match: a generated cue's own (or "" when its frame
    makes no claim), the wh-clause one of a cue of thinking, else the frame's."""
    entry, pattern = match[0], match[1]
    if view.cue_lemmas[tok.i] in view.lex.generated_lemmas:
        rule_pattern = GENERATED_PATTERNS.get(pattern, "")
        if rule_pattern and not _propositional(view.doc, match):
            rule_pattern = GENERATED_WH.get(pattern, "")
        return rule_pattern
    if entry.get("category") in WH_CLAUSE and not _propositional(view.doc, match):
        return WH_CLAUSE[entry["category"]]
    return pattern


def _propositional(doc, match: FrameMatch) -> bool:
    """A generated cue's clause must state something (`frames.propositional_clause`)."""
    _, pattern, a, b, _ = match
    if pattern != "ccomp":
        return True
    return propositional_clause(doc[a : b + 1].root)


def _holder_ok(view: DocView, tok: Token, entry: dict, speaker: dict | None) -> bool:
    """Intentions and beliefs need an actor holder ("the structure aims to ..." is none),
    unless a that-clause says what is held ("the couple worried that ...": on PolNeAR
    train 46 of 72 such claims right, 27 of 41 with no subject at all: "it is important
    to remember that ...");
    a relative pronoun speaks for no one ("a forum which lets officials discuss ...") unless
    it reports a clause for an antecedent that can hold one ("the report, which found that
    ...": on PolNeAR train, with an object instead of a clause, under half are claims)."""
    clausal = has_kid(tok, "ccomp")
    passive = has_kid(tok, "auxpass")
    if (
        entry.get("category") in view.rules.holder_categories
        and not passive  # "X is expected to ...": the holder is left unnamed
        and not clausal  # "the couple worried that ...": a clause says it is held
        and not actor_like(view, speaker)
        and (speaker or {}).get("type") not in SOURCE_TYPES  # "surveys demonstrate that"
    ):
        return False
    return not (
        relative_pronoun(view, speaker) and not (clausal and antecedent_holds(view, speaker))
    )


# a side taken or a wish: its holder must be one who can hold it, not the reader ("you")
SIDE_PATTERNS = {"attitude_object", "volition_xcomp", "attitude_gerund"}


OBJECT_PATTERNS = {"dobj", "pronoun_object", "prep_complement"}
EMBEDDED_DEPS = {"ccomp", "relcl", "acl"}


def unperformed(tok: Token, pattern: str) -> bool:
    """A cue in its base form whose act is not reported as done: an infinitive that takes
    an object ("refused to endorse X", "a plan to discuss Y") or a verb under a modal in an
    embedded clause ("said he would endorse X", "a deal that would oppose Y"). On PolNeAR
    train these were right 43%, 31% and 10% of the time; a clause that is reported
    ("declined to say that ...") stays a claim. Nor is an act that "from" keeps the object
    from ("barred the mayor from criticizing X", "barred firms from claiming that ...")."""
    if kept_from(tok):
        return True
    if tok.tag_ != "VB":
        return False
    aux = kids_with(tok, "aux")
    infinitive = any(a.lower_ == "to" for a in aux) and tok.dep_ in ("xcomp", *EMBEDDED_DEPS)
    if pattern in OBJECT_PATTERNS and infinitive:
        return True
    return tok.dep_ in EMBEDDED_DEPS and any(a.tag_ == "MD" for a in aux)


def raised(view: DocView, tok: Token) -> bool:
    """An infinitive whose act is reported as done, not merely wanted or denied: under a
    raising verb ("X seemed to endorse Y": the author's view of X's act), an aspectual one
    ("X continued to defend Y", cues.json frame_words `aspectual_verbs`) or an adjective of
    the manner or time of an act that happened ("X was quick to endorse Y": `act_adjectives`;
    not "too quick"); none of them negated ("X did not seem to endorse Y", "X was careful
    not to criticize Y")."""
    head = tok.head
    if tok.dep_ != "xcomp" or _negated(tok) or _negated(head):
        return False
    words = view.lex.frame_words
    if head.pos_ == "ADJ" and head.dep_ == "acomp":
        too = any(c.lower_ == "too" for c in kids(head))
        adjective = head.lemma_.lower() in words["act_adjectives"]
        return adjective and not too and not _negated(head.head)
    lemma = view.cue_lemmas[head.i]
    return lemma in view.lex.evidential_lemmas or lemma in words["aspectual_verbs"]


def _negated(tok: Token) -> bool:
    return has_kid(tok, "neg")


def evidential_blocked(view: DocView, tok: Token) -> bool:
    """ "X seemed to ..." is no claim of the author's when it is reported ("Y said X seems
    to ...", "X seems to ..., Y said": a cue verb above it) or when its infinitive is
    itself a cue ("X seemed to suggest that ...": X's own claim, found by that cue)."""
    xcomp = next(iter(kids_with(tok, "xcomp")), None)
    if xcomp is not None and is_cue_verb(view, xcomp) and match_frame(view, xcomp) is not None:
        return True
    h = tok  # reported: on the path up to a cue verb ("said X, and Y seemed to" is not)
    while h.head.i != h.i:
        if h.dep_ != "conj" and is_cue_verb(view, h.head):
            return True
        h = h.head
    return False


def cut_at_inner_cue(
    view: DocView, claimed: Claimed, cue: Token, a: int, b: int
) -> tuple[int, Claimed]:
    """The last token of the content once a second cue of the same speaker is cut off:
    "X said A, and urged that B" / "X said A, adding that B", where the parser hung the
    second cue on A's verb; also after a comma inside a quote that closes A ("X said A
    was “dead,” adding that B"). The second cue keeps its own claim and inherits X."""
    tokens, deps, heads = view.tokens, view.dep_ids, view.tok_heads
    for i in range(max(a, cue.i + 1), min(b + 1, len(deps))):
        if deps[i] not in INNER_CUE_DEP_IDS or not (a <= heads[i] <= b) or heads[i] == cue.i:
            continue
        t = tokens[i]
        if t.dep_ == "advcl" and t.tag_ != "VBG":
            continue
        if has_kid(t, "nsubj", "nsubjpass"):
            continue
        if t.left_edge.i <= cue.i or not is_cue_verb(view, t):
            continue
        if _agrees_with_clause(cue, t):
            continue  # "said she backs A but opposes B": B goes on with A's verb, not X's
        if match_frame(view, t) is None:
            continue
        if contrasted(view, t):  # "said A, but planned B": B stays in, X's claim as well
            claimed = claimed.defer_inner(cue.i, t.i)
            continue
        left = t.left_edge.i
        before = _break_before(tokens, left)
        joined = before is not None and before.text in (",", "and", ";", "but", "while")
        if not joined and not any(c.i < t.i for c in kids_with(t, "cc", "mark")):
            continue
        return end_before(view, a, left), claimed.defer_inner(cue.i, t.i)
    return b, claimed


def _break_before(tokens, left: int) -> Token | None:
    """The word before token `left`, past a quote that a comma closed ("X said A was
    “dead,” adding that B": the comma inside the quote sets B apart all the same)."""
    k = left - 1
    if k > 0 and tokens[k].is_quote and tokens[k - 1].text == ",":
        k -= 1
    return tokens[k] if k >= 0 else None


def _contrasted_act(view: DocView, claimed: Claimed, tok: Token) -> bool:
    """ "X said A, but planned B", "X said she opposed A but understood B": a cue verb
    joined by a contrast to a cue with its claim, or to the reported verb in another
    tense, is X's act of its own and keeps its claim inside X's content; so is one that
    `cut_at_inner_cue` left in the content to wait for X ("said he backed A but feared B")."""
    if not contrasted(view, tok):
        return False
    waits = tok.i in claimed.inherited or any(tok.i in v for v in claimed.pending_inner.values())
    return waits or tok.head.i in claimed.used_cues or tok.tag_ != tok.head.tag_


def _agrees_with_clause(cue: Token, inner: Token) -> bool:
    """A coordinated verb in the tense of the reported clause's verb and not in the cue's
    goes on with the reported clause ("said she backs A but opposes B")."""
    return inner.dep_ == "conj" and inner.tag_ == inner.head.tag_ and inner.tag_ != cue.tag_


def quote_complement(
    view: DocView, claimed: Claimed, cue: Token, speaker: dict | None, cs: int, ce: int
) -> tuple[list[Claim], Claimed]:
    """Direct claims for the quote that holds the complement cs..ce of `cue`, one per
    sentence, unless the direct rules already attributed that quote."""
    q = next((q for q in view.quotes if q.open_start <= cs and ce <= q.close_end), None)
    if q is None or claimed.inside_speech(q.start):
        return [], claimed
    entry = cue_entry(view.lex, cue)
    claims = []
    for k, (a, b) in enumerate(quote_pieces(view, q)):
        rid = QUOTE_COMPLEMENT if k == 0 else CONTINUATION
        claim = make_claim(view, "direct", rid, cue, entry, speaker, a, b)
        if claim is not None:
            claims.append(claim)
    if claims:
        claimed = claimed.use_cue(cue.i).add_speech(q.open_start, q.close_end)
    return claims, claimed
