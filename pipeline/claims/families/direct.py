"""Direct claims: quoted spans (quotes.py) attached to a cue verb in the same or an adjacent
sentence: “...,” X said / X said: “...” / ..., saying “...”; a further sentence or
paragraph of the quotation goes on with the same speaker."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from pipeline.claims.build import Claim, make_claim
from pipeline.claims.claimed import Claimed
from pipeline.claims.climb import has_subject
from pipeline.claims.frames import cue_entry, is_cue_verb
from pipeline.claims.leads import lead_in_start
from pipeline.claims.open_tags import open_tag
from pipeline.claims.quotes import QuoteSegment, stray_mark
from pipeline.claims.spans import (
    CLOSING_MARKS,
    LEADING_TRIM,
    SPEECH_TIME_ENTS,
    bare_lead,
    quote_overlaps,
    quote_pieces,
    run_over_tag,
    setting_phrase,
    token_range_chars,
)
from pipeline.claims.speakers import speaker_for_cue
from pipeline.claims.tree import kids
from pipeline.claims.view import DocView, quote_tokens

CUE_AFTER = "direct.quote_cue_after"
CUE_BEFORE = "direct.quote_cue_before"
PARTICIPLE = "direct.quote_participle"
PREV_SENTENCE = "direct.quote_cue_prev_sentence"
NEXT_SENTENCE = "direct.quote_cue_next_sentence"
CONTINUATION = "direct.quote_continuation"
AFTER_TAG = "direct.quote_after_tag"
AFTER_CLAUSE_TAG = "direct.quote_after_clause_tag"
PREV_SPEAKER = "direct.quote_prev_speaker"
COLON_VERB = "direct.quote_colon_verb"
COLON_CLAUSE = "direct.quote_colon_clause"
OPEN_TAG = "direct.quote_open_tag"  # open_tags.py: "“...,” the mayor fumed"
# the rule ids this family writes (checked against patterns/rules.json)
RULE_IDS = (CUE_AFTER, CUE_BEFORE, PARTICIPLE, PREV_SENTENCE, NEXT_SENTENCE, CONTINUATION,
            AFTER_TAG, PREV_SPEAKER, COLON_VERB, COLON_CLAUSE, AFTER_CLAUSE_TAG,
            OPEN_TAG)  # fmt: skip
PATTERNS: tuple[str, ...] = ()


@dataclass(frozen=True)
class Attribution:
    """A quote's cue, speaker (None: found from the cue) and rule."""

    cue: Token
    speaker: dict | None
    rule_id: str


@dataclass(frozen=True)
class _Last:
    """The previous attributed quote: its speaker, cue and last sentence."""

    speaker: dict | None
    cue: Token
    sent: int


def find_direct(view: DocView, claimed: Claimed) -> tuple[list[Claim], Claimed]:
    cues = view.lex.cue_lemmas
    listed = (view.tokens[i] for i in view.cue_words.where_in(cues))
    cue_toks = [t for t in listed if is_cue_verb(view, t)]
    claims: list[Claim] = []
    group_attr: dict[int, Attribution] = {}  # quotation group -> its attribution
    last: _Last | None = None
    for qi, q in enumerate(view.quotes):
        if not q.double and not standalone(view, q):
            continue
        q_toks = quote_tokens(view, qi)
        if not q_toks:
            continue
        found = attribute(view, q, q_toks, cue_toks, group_attr.get(q.group), last)
        if found is None:
            found = colon_verb(view, q)
        if found is None and q.index_in_group == 0:
            verb = open_tag(view, q, q_toks)  # '“...,” the mayor fumed': a tag, any verb
            found = Attribution(verb, None, OPEN_TAG) if verb is not None else None
        if found is None:
            continue
        cue, speaker, rule_id = found.cue, found.speaker, found.rule_id
        if speaker is None and rule_id != CONTINUATION:
            speaker = speaker_for_cue(view, cue)
        group_attr[q.group] = Attribution(cue, speaker, rule_id)
        if rule_id not in (PREV_SPEAKER, AFTER_CLAUSE_TAG):
            # a later speaker's cue keeps its complement, a clause tag's cue its clause
            claimed = claimed.use_cue(cue.i)
        last = _Last(speaker, cue, view.tok_sent[q_toks[-1].i])
        entry = cue_entry(view.lex, cue)
        pieces = quote_pieces(view, q)
        if rule_id in (CUE_AFTER, OPEN_TAG) and pieces:
            pieces[-1] = (pieces[-1][0], run_on_end(view, q, cue, pieces[-1][1]))
            pieces[-1] = (pieces[-1][0], run_over_tag(view, cue, pieces[-1][1]))
            pieces[0] = (lead_words_start(view, q, cue, pieces[0][0]), pieces[0][1])
            if setting_phrase(view, lead_words(view, q, cue)):
                # "In a statement, “...,” X said": the lead frames this quote, no other
                claimed = claimed.add_speech(view.sent_of(cue).start_char, q.open_start)
        if rule_id == CUE_BEFORE and pieces:
            pieces[0] = (lead_in_start(view, q, cue, speaker, pieces[0][0]), pieces[0][1])
        if rule_id in (CUE_BEFORE, PARTICIPLE) and pieces:
            pieces[0] = (complement_start(view, q, cue, pieces[0][0]), pieces[0][1])
        for k, (cs, ce) in enumerate(pieces):
            rid = rule_id if k == 0 else CONTINUATION
            kind = "direct" if q.open_start <= cs and ce <= q.close_end else "mixed"
            claim = make_claim(view, kind, rid, cue, entry, speaker, cs, ce)
            if claim is not None:
                claims.append(claim)
                claimed = claimed.add_speech(q.open_start, q.close_end)
    return claims, claimed


def _tag_speaker(view: DocView, cue: Token, group: Attribution) -> dict | None:
    """The speaker of a closing paragraph's own tag; a pronoun left unresolved ("she
    added") is the quotation's speaker, as when the paragraph went on with it."""
    speaker = speaker_for_cue(view, cue)
    if speaker is None or (speaker.get("name") is None and _pronoun(view, speaker)):
        return group.speaker or speaker
    return speaker


def _pronoun(view: DocView, speaker: dict) -> bool:
    span = view.doc.char_span(speaker["start"], speaker["end"])
    return span is not None and len(span) == 1 and span[0].tag_ == "PRP"


def attribute(
    view: DocView,
    q: QuoteSegment,
    q_toks: list[Token],
    cue_toks: list[Token],
    group: Attribution | None,
    last: _Last | None,
) -> Attribution | None:
    """The attribution of one quote segment, or None."""
    s_first, s_last = view.tok_sent[q_toks[0].i], view.tok_sent[q_toks[-1].i]
    if q.index_in_group > 0 and group is not None:
        own = attach_quote(view, q, q_toks, cue_toks, s_first, s_last) if q.closed else None
        if own is not None and own.rule_id == CUE_AFTER and own.cue.i != group.cue.i:
            # a paragraph of the quotation with a speech tag of its own
            return Attribution(own.cue, _tag_speaker(view, own.cue, group), CUE_AFTER)
        return Attribution(group.cue, group.speaker, CONTINUATION)
    if not standalone(view, q):
        return None
    found = attach_quote(view, q, q_toks, cue_toks, s_first, s_last)
    if (
        last is not None
        and last.speaker is not None
        and (found is None or found.rule_id == NEXT_SENTENCE)
        and follows_tag(view, q, q_toks, last)
    ):
        # “A,” X said. “B.”: B goes on with X's quote (PolNeAR joins A and B)
        return Attribution(last.cue, last.speaker, AFTER_TAG)
    if found is None or found.rule_id == NEXT_SENTENCE:
        tag = clause_tag(view, cue_toks, s_first - 1)
        if tag is not None and follows_tag(view, q, q_toks, tag):
            # A is “b,” X said. “C.”: C goes on with X's claim, made by the indirect rules
            return Attribution(tag.cue, tag.speaker, AFTER_CLAUSE_TAG)
    if (
        found is None
        and last is not None
        and full_sentence(view, q_toks)
        and 0 < s_first - last.sent <= 3
        and last.speaker is not None
    ):
        later = later_speech(view, cue_toks, last.cue, q_toks[0])
        if later is not None:
            # “A,” X said. Y said that B. “C.”: C is Y's
            return Attribution(later, None, PREV_SPEAKER)
        return Attribution(last.cue, last.speaker, PREV_SPEAKER)
    return found


def colon_verb(view: DocView, q: QuoteSegment) -> Attribution | None:
    """ "X sighed: “...”": a verb outside the cue lexicon, with a subject of its own, then a
    colon and the quote; the verb is the cue."""
    text = view.text
    k = q.open_start - 1
    while k >= 0 and text[k] in " \t\u00a0":
        k -= 1
    if k < 1 or text[k] != ":":
        return None
    before = view.doc.char_span(k - 1, k, alignment_mode="expand")
    if before is None or len(before) == 0:
        return None
    verb = before[-1]
    if verb.pos_ == "VERB" and view.tok_quote[verb.i] < 0 and has_subject(verb):
        return Attribution(verb, None, COLON_VERB)
    verb = clause_verb(verb)
    if verb is None or view.tok_quote[verb.i] >= 0 or not has_subject(verb):
        return None
    return Attribution(verb, None, COLON_CLAUSE)


def clause_verb(tok: Token) -> Token | None:
    """The verb whose clause ends with `tok` before a colon ("X issued the following
    statement:", "X fired back:", "X gave Y a compliment:"), or None: the verb must head
    its sentence's clause, not a phrase inside a noun ("the plan X announced:")."""
    h = tok
    while h.pos_ != "VERB" and h.head.i != h.i:
        h = h.head
    # the parser may hang the clause on the quote's verb, as its ccomp
    heads = h.dep_ in ("ROOT", "conj") or (h.dep_ == "ccomp" and h.head.i > tok.i)
    if h.pos_ != "VERB" or not heads or tok.right_edge.i > h.right_edge.i:
        return None
    return h


def standalone(view: DocView, q: QuoteSegment) -> bool:
    """A quote that stands as a clause of its own (not a fragment inside a phrase):
    it opens its paragraph/sentence, or follows ':' ',' a dash, or a cue verb."""
    text = view.text
    k = q.open_start - 1
    while k >= 0 and text[k] in " \t\u00a0":
        k -= 1
    j = k
    while j > 0 and text[j] in CLOSING_MARKS:
        j -= 1
    if j < k and text[j] in ".?!":
        return True  # after a sentence that ends in a quoted title: … on “This Week.” “B.”
    if k < 0 or text[k] in "\n:,;—–-(.?!":
        return True
    prev = view.doc.char_span(k, k + 1, alignment_mode="expand")
    if prev is None or len(prev) == 0:
        return False
    tok = prev[0]
    return view.cue_lemmas[tok.i] in view.lex.cue_lemmas and tok.tag_.startswith("VB")


def later_speech(view: DocView, cue_toks: list[Token], cue: Token, first: Token) -> Token | None:
    """The last cue verb with a subject of its own between `cue` and the token `first`,
    outside quotes: someone else spoke in between."""
    later = [
        c
        for c in cue_toks
        if cue.i < c.i < first.i
        and view.tok_sent[c.i] > view.tok_sent[cue.i]
        and has_subject(c)
        and c.dep_ in ("ROOT", "conj")
    ]
    return later[-1] if later else None


def clause_tag(view: DocView, cue_toks: list[Token], sent: int) -> _Last | None:
    """The speech tag that ends sentence `sent`, after a clause with a quoted part
    ("The plan is “dead,” X said."): its cue verb, the sentence's root, with a subject."""
    if sent < 0:
        return None
    root = view.sents[sent].root
    if root not in cue_toks or not has_subject(root) or view.tok_quote[root.i] >= 0:
        return None
    return _Last(speaker_for_cue(view, root), root, sent)


def follows_tag(view: DocView, q: QuoteSegment, q_toks: list[Token], last: _Last) -> bool:
    """The quote opens the sentence right after the previous quote's speech tag, in the
    same paragraph, and is a full sentence: “A,” X said. “B.”"""
    cue, s_prev = last.cue, last.sent
    if view.tok_sent[q_toks[0].i] != s_prev + 1 or view.tok_sent[cue.i] != s_prev:
        return False
    if cue.idx > q.open_start or "\n" in view.text[cue.idx : q.open_start]:
        return False
    tag = view.sents[s_prev]
    # the tag sentence ends with the cue's clause, after a closing quote
    if not any(view.tok_quote[t.i] >= 0 for t in tag if t.i < cue.i):
        return False
    return full_sentence(view, q_toks, min_words=1)  # “A,” X said. “Not now.”


def full_sentence(view: DocView, q_toks: list[Token], min_words: int = 4) -> bool:
    words = [t for t in q_toks if not t.is_punct and not t.is_space]
    if len(words) < min_words:
        return False
    sent = view.sent_of(q_toks[0])
    outside = [t for t in sent if view.tok_quote[t.i] < 0 and not t.is_punct and not t.is_space]
    return len(outside) <= 1


def attach_quote(view, q, q_toks, cue_toks, s_first, s_last) -> Attribution | None:
    """The cue of a standalone quote in its own sentences, else in the sentence before
    (ending with a colon) or a short one after it; None when no cue is found."""
    in_q = {t.i for t in q_toks}
    cands = [c for c in cue_toks if s_first <= view.tok_sent[c.i] <= s_last and c.i not in in_q]
    cands = [c for c in cands if not has_other_complement(view, c, in_q)]
    if cands:
        cue = _governing_cue(view, cands, q_toks, in_q)
        if fragment_of_complement(view, cue, in_q):
            return None  # 'said “zero” voters would follow': the clause is the content
        if term_quote(view, q_toks) and not opens_sentence(view, q, cue):
            return None  # 'called the plan “a sham”': the indirect rules' mixed claim
        if cue.idx >= q.close_end:
            return Attribution(cue, None, CUE_AFTER)
        if cue.tag_ == "VBG" and cue.dep_ in ("advcl", "acl", "pcomp", "xcomp", "conj"):
            return Attribution(cue, None, PARTICIPLE)
        return Attribution(cue, None, CUE_BEFORE)
    return adjacent_cue(view, q, cue_toks, in_q, s_first, s_last)


def _governing_cue(view: DocView, cands: list[Token], q_toks: list[Token], in_q: set[int]):
    """A cue that governs the quote wins, else the nearest one (the parser hangs a quote's
    final punctuation on the sentence root: its words count)."""
    outside = [t for t in q_toks if t.head.i not in in_q]
    heads = {t.head.i for t in outside if not t.is_punct} or {t.head.i for t in outside}
    for c in cands:
        if c.i in heads:
            return c
    for c in cands:
        if any(h == c.i or c.is_ancestor(view.tokens[h]) for h in heads):
            return c
    return min(cands, key=lambda c: min(abs(c.i - q_toks[0].i), abs(c.i - q_toks[-1].i)))


def _cues_in(view: DocView, cue_toks: list[Token], sent: Span, in_q: set[int]) -> list[Token]:
    return [
        c
        for c in cue_toks
        if sent.start <= c.i < sent.end
        and view.tok_quote[c.i] < 0
        and not has_other_complement(view, c, in_q)
    ]


def adjacent_cue(view, q, cue_toks, in_q, s_first, s_last) -> Attribution | None:
    """ "X said:" | quote | "X said.": a cue in the sentence before or after the quote."""
    if s_first > 0:
        prev = view.sents[s_first - 1]
        pc = _cues_in(view, cue_toks, prev, in_q)
        if pc and ends_with_colon(prev):
            return Attribution(pc[-1], None, PREV_SENTENCE)
    if s_last + 1 < len(view.sents):
        nxt = view.sents[s_last + 1]
        words = [t for t in nxt if not t.is_punct and not t.is_space]
        nc = _cues_in(view, cue_toks, nxt, in_q)
        gap = view.text[q.close_end : nxt.start_char]
        if nc and len(words) <= 12 and len(gap) <= 3 and "\n" not in gap:
            return Attribution(nc[0], None, NEXT_SENTENCE)
    return None


def fragment_of_complement(view: DocView, cue: Token, in_q: set[int]) -> bool:
    """The quote is part of a clause that follows the cue as its complement and goes on
    outside the quote ('He said “zero” voters would follow'): a fragment, not a quote
    standing as the content; the indirect rules make it a mixed claim."""
    first_q = min(in_q, default=-1)
    for c in kids(cue):
        if c.dep_ != "ccomp" or c.i < cue.i or first_q < cue.i:
            continue
        sub = list(c.subtree)
        if not in_q <= {t.i for t in sub}:
            continue
        words = [t for t in sub if t.i not in in_q and view.tok_quote[t.i] < 0 and not t.is_punct]
        words = [t for t in words if not t.is_space and t.lower_ not in LEADING_TRIM]
        if len(words) >= 2 and "\n" not in view.text[cue.idx : sub[-1].idx]:
            return True
    return False


def run_on_end(view: DocView, q: QuoteSegment, cue: Token, end: int) -> int:
    """'“We teach nothing” against it in the meetings, he said.': a quote that stops
    mid-sentence (no punctuation inside its close) and runs on in the author's words up to
    the speech tag after it; the content runs on with it, to the tag's comma, over the
    quoted words set into that run ('“The plan” is “a sham,” he said'), an apostrophe
    ("didn't") being no quote mark."""
    text = view.text
    if q.end < 1 or not text[q.end - 1].isalnum() or q.close_end >= cue.idx:
        return end
    gap = text[q.close_end : cue.idx]
    comma = gap.rfind(",")
    words = gap[:comma]
    if comma < 0 or not words[:2].strip() or "\n" in words:
        return end
    inner = [p for p in view.quotes if q.close_end <= p.open_start < cue.idx]
    if any(standalone(view, p) for p in inner) or stray_mark(words, inner, q.close_end):
        return end
    if not words.lstrip()[:1].islower():
        return end  # '“...” Nate Silver, who ...': the speaker's name, not the author's words
    return q.close_end + len(words.rstrip())


def lead_words_start(view: DocView, q: QuoteSegment, cue: Token, start: int) -> int:
    """'Given the polls, “we will win,” she said.': words of the author's that open the
    quote's sentence and end with a comma are part of what was said; the content starts
    with the sentence (not over another quote, a paragraph break or a cue verb). Not a
    lead that tells when or how it was said ("On Monday,", "In a statement,") or only
    links to the sentence before ("Still,")."""
    words = lead_words(view, q, cue)
    if not words:
        return start
    dated = any(t.ent_type_ in SPEECH_TIME_ENTS for t in words)
    if dated or bare_lead(words) or setting_phrase(view, words):
        return start
    return view.sent_of(cue).start_char


def lead_words(view: DocView, q: QuoteSegment, cue: Token) -> list[Token]:
    """The author's words that open the sentence of a quote (its first segment) and end
    with a comma right before it, with no cue verb among them; else none."""
    sent = view.sent_of(cue)
    lead = view.text[sent.start_char : q.open_start].rstrip()
    plain = lead.endswith(",") and _plain_gap(view, sent.start_char, q.open_start)
    if q.index_in_group > 0 or not plain:
        return []
    toks = [t for t in sent if t.idx < q.open_start]
    if any(is_cue_verb(view, t) for t in toks):
        return []
    return [t for t in toks if not (t.is_punct or t.is_space)]


def _plain_gap(view: DocView, start: int, end: int) -> bool:
    """Chars [start, end) are the author's words of one paragraph: no quote, no colon."""
    gap = view.text[start:end]
    return "\n" not in gap and ":" not in gap and not quote_overlaps(view, start, end)


def complement_start(view: DocView, q: QuoteSegment, cue: Token, start: int) -> int:
    """'She said the fees had risen, “and the boats are gone.”', 'arguing that if the
    fees rise, “the boats will go”': a clausal complement of the cue that begins between
    the cue and the quote goes on into the quote; the content starts with the complement
    (without its "that")."""
    gap_start = cue.idx + len(cue.text)
    if not view.text[gap_start : q.open_start].strip(" ,"):
        return start
    if not _plain_gap(view, gap_start, q.open_start):
        return start
    for c in kids(cue):
        first = c.left_edge
        if c.dep_ not in ("ccomp", "xcomp") or not cue.i < first.i or first.idx >= q.open_start:
            continue
        last = view.doc.char_span(first.idx, q.open_start, alignment_mode="contract")
        if last is None or any(is_cue_verb(view, t) for t in last):
            return start
        cs, ce = token_range_chars(view, first.i, last[-1].i)
        return cs if ce > cs else start
    return start


def term_quote(view: DocView, q_toks: list[Token]) -> bool:
    """A quote with no verb inside a sentence of the author's (a term, a name, a slogan:
    'dubbed the plan “Harbour First”'): not a quote standing as a claim. On PolNeAR train
    such quotes were a direct claim 86 times in 191 (their cue's phrase, quote included,
    is the content)."""
    return not any(t.pos_ in ("VERB", "AUX") for t in q_toks) and not full_sentence(view, q_toks)


def opens_sentence(view: DocView, q: QuoteSegment, cue: Token) -> bool:
    """'“Not even one,” he said.': a quote that opens its sentence, its cue after it; what
    it holds is speech however short, not a term in the author's sentence."""
    if cue.idx < q.close_end:
        return False
    gap = view.text[q.close_end : cue.idx]  # the speech tag right after: ', he said'
    comma = "," in view.text[q.end : q.close_end] + gap[:2]  # “...,” he said / “...”, he said
    if len(gap.split()) > 4 or not comma:
        return False
    sent = view.sent_of(cue)
    return not view.text[sent.start_char : q.open_start].strip()


def ends_with_colon(sent: Span) -> bool:
    toks = [t for t in sent if not t.is_space]
    return bool(toks) and toks[-1].text in (":", ",")


def has_other_complement(view: DocView, cue: Token, in_q: set[int]) -> bool:
    """The cue already has a complement that lies outside this quote (it introduces
    other, paraphrased content), so the quote is not its content."""
    first_q, last_q = min(in_q, default=-1), max(in_q, default=-1)
    for c in kids(cue):
        if c.dep_ in ("ccomp", "xcomp") and c.i not in in_q:
            sub = [t.i for t in c.subtree]
            if cue.i > last_q and max(sub) < first_q:
                continue  # "A: “Q,” he said": the parser hung A on the cue; Q is its content
            if cue.i > last_q and min(sub) > cue.i and tag_adjunct(view, cue, c):
                continue  # "“Q,” said X, who ...": a relative clause, no content of the cue
            if not any(i in in_q for i in sub) and any(view.tok_quote[i] < 0 for i in sub):
                return True
    return False


def tag_adjunct(view: DocView, cue: Token, clause: Token) -> bool:
    """A clause after a speech tag whose first word after the tag is a relative pronoun
    or a subordinator of time or cause (spans.json `tag_adjunct_openers`: 'she said as the
    crowd booed', 'said X, who ...'): the parser's complement of the tag's verb, but a
    clause about the speaker or the moment, not what was said."""
    end = cue.i
    for c in kids(cue):
        if c.dep_ == "nsubj" and c.i > cue.i:  # 'said Ana Lopez, who ...'
            end = c.right_edge.i
    nxt = next((t for t in view.doc[end + 1 : clause.left_edge.i + 1] if not t.is_punct), None)
    return nxt is not None and nxt.lower_ in view.lex.span_words["tag_adjunct_openers"]
