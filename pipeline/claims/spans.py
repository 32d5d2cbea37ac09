"""Spans of a claim: token ranges turned into trimmed char ranges, noun phrases, and the
small rules that widen or cut a content span (over a quote, a clause, a paragraph)."""

from __future__ import annotations

from spacy.strings import get_string_id
from spacy.tokens import Span, Token

from pipeline.claims.climb import CLAUSE_SUBJECT_DEPS
from pipeline.claims.frames import EXPLETIVES, is_cue_verb, match_frame
from pipeline.claims.quotes import QuoteSegment
from pipeline.claims.tree import has_kid, kid_labels, kids, kids_with
from pipeline.claims.view import DocView, quote_between

# a content leaves out "that", which says nothing, but keeps "whether": "asked whether the
# port would close" reports a question, not that it would close (PolNeAR's contents keep it)
LEADING_TRIM = {"that"}
SPEECH_TIME_ENTS = {"DATE", "TIME"}
CLOSING_MARKS = "”\"'’"  # the marks that close a quote (an apostrophe looks like one)
BARE_LEAD_POS = ("ADV", "CCONJ", "SCONJ", "INTJ", "PART")  # "Still,", "But,", "And yet,"
TAG_DEPS = ("nsubj", "nsubjpass", "dobj", "dative")  # the speech tag's own phrases
MARK_DEP = get_string_id("mark")
BRACKETS = {")": "(", "]": "["}  # a closing bracket and its opener


def trim_chars(text: str, start: int, end: int, trailing: str = "") -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in trailing):
        end -= 1
    return start, end


def token_range_chars(view: DocView, a: int, b: int) -> tuple[int, int]:
    """Char range of tokens a..b (inclusive), trimmed of a leading "that" and of
    punctuation/space at either end (an opening quote mark at the start is kept off too,
    a closing one at the end as well)."""
    # each token read once, from the view (a `doc[i]` is a new Token at every call)
    tokens, lowers, deps = view.tokens, view.lowers, view.dep_ids
    a = max(a, 0)
    b = min(b, len(tokens) - 1)
    while a <= b:
        t = tokens[a]
        if not (
            t.is_space
            or (t.is_punct and not t.is_quote)
            or (lowers[a] in LEADING_TRIM and deps[a] == MARK_DEP)
        ):
            break
        a += 1
    while b >= a and (tokens[b].is_space or tokens[b].is_punct) and not _closes(tokens, a, b):
        b -= 1
    if b < a:
        return 0, 0
    starts = view.tok_starts
    cs, ce = starts[a], starts[b] + len(tokens[b])
    return trim_chars(view.text, cs, ce)


def _closes(tokens: list[Token], a: int, b: int) -> bool:
    """Does token b close a bracket opened inside the span ("the Parties to the Nauru
    Agreement (PNA)")? A span keeps it: cut, the span ends on an open bracket."""
    opener = BRACKETS.get(tokens[b].text)
    return opener is not None and any(t.text == opener for t in tokens[a:b])


def tokens_in(view: DocView, cs: int, ce: int) -> list[Token]:
    span = view.doc.char_span(cs, ce, alignment_mode="expand")
    return list(span) if span is not None else []


def sent_of_char(view: DocView, c: int) -> Span:
    span = view.doc.char_span(c, c + 1, alignment_mode="expand")
    if span is None or len(span) == 0:
        return view.sents[0]
    return view.sents[view.tok_sent[span[0].i]]


def quote_pieces(view: DocView, q: QuoteSegment) -> list[tuple[int, int]]:
    """The quote content split at sentence boundaries (one claim per sentence)."""
    text = view.text
    pieces: list[tuple[int, int]] = []
    for s in view.sents:
        if s.end_char <= q.start or s.start_char >= q.end:
            continue
        a, b = max(q.start, s.start_char), min(q.end, s.end_char)
        a, b = trim_chars(text, a, b, trailing=",;")
        if b > a and any(ch.isalnum() for ch in text[a:b]):
            if pieces and len(text[a:b].split()) < 2:
                pieces[-1] = (pieces[-1][0], b)
            else:
                pieces.append((a, b))
    if not pieces:
        a, b = trim_chars(text, q.start, q.end, trailing=",;")
        if b > a:
            pieces.append((a, b))
    return pieces


def close_open_quote(view: DocView, cs: int, ce: int, cue: Token | None = None) -> int:
    """The content's end moved to the close of a quote that opens inside it and closes
    after it in the same paragraph: 'he would “carpet-bomb them. ... find out.”'; a
    content before its `cue` first runs on over the speech tag (`run_over_tag`)."""
    if cue is not None and ce <= cue.idx and not quote_between(view, ce, cue.idx):
        ce = run_over_tag(view, cue, ce)
    elif cue is not None and cs < cue.idx < ce:
        ce = end_before_tag(view, cue, cs, ce)
    for q in view.quotes:
        if q.open_start >= ce:
            break
        inside = cs <= q.open_start and q.start < ce < q.end and q.closed
        if inside and "\n" not in view.text[ce : q.end]:
            return run_past_quote(view, q.end)
    return run_past_quote(view, ce)


def run_past_quote(view: DocView, ce: int) -> int:
    """A content that ends with a quote closed mid-sentence runs on over the words that
    finish its sentence ('called the plan “a gift” to the banks of the city'): the parser
    often ends the quoted phrase's subtree at the mark. Not over a clause with a subject of
    its own, a cue verb (a speech tag), a date or a line break."""
    text, doc = view.text, view.doc
    k = ce
    while k < len(text) and text[k] in ",.?!":
        k += 1
    if k >= len(text) or text[k] not in CLOSING_MARKS:
        return ce
    while k < len(text) and text[k] in CLOSING_MARKS:
        k += 1
    if text[k : k + 1] != " " or not text[k + 1 : k + 2].islower():
        return ce
    first = doc.char_span(k + 1, k + 2, alignment_mode="expand")
    if first is None or len(first) == 0:
        return ce
    toks = [t for t in doc[first[0].i : view.sent_of(first[0]).end] if not t.is_space]
    if any(_ends_run(view, t) for t in toks) or "\n" in text[k : toks[-1].idx]:
        return ce
    words = [t for t in toks if not t.is_punct]
    return words[-1].idx + len(words[-1].text) if words else ce


def _ends_run(view: DocView, tok: Token) -> bool:
    """A speech tag's cue verb, the subject of a clause of its own, or a date (when it was
    said: "called X “a sham” on Monday")."""
    subject = tok.dep_ in ("nsubj", "nsubjpass") and tok.head.i > tok.i
    return is_cue_verb(view, tok) or subject or tok.ent_type_ in SPEECH_TIME_ENTS


def quote_overlaps(view: DocView, start: int, end: int) -> bool:
    """Some quote segment of the document, marks included, overlaps chars [start, end)
    (an apostrophe is no quote: "the council’s vote")."""
    return any(q.open_start < end and start < q.close_end for q in view.quotes)


def setting_phrase(view: DocView, words: list[Token]) -> bool:
    """`words` open with a phrase that tells how or where the speaking happened: "in a
    statement", "in an interview", "at a rally" (spans.json `speech_event_nouns`, or a
    document or the press of sources.json)."""
    lists = view.lex.span_words
    if not words or words[0].lower_ not in lists["setting_prepositions"]:
        return False
    objs = kids_with(words[0], "pobj")
    nouns, types = lists["speech_event_nouns"], view.lex.source_types
    return any(
        o.lemma_.lower() in nouns or types.get(o.lemma_.lower()) in ("document", "media")
        for o in objs
    )


def speech_time_phrase(view: DocView, words: list[Token]) -> bool:
    """`words` open with when it was said: a bare date ("Monday", "last week") or one
    after a preposition of time ("on Monday", "at noon"); not a deadline ("by May")."""
    if not words:
        return False
    first = words[0]
    if first.ent_type_ in SPEECH_TIME_ENTS:
        return True
    dated = any(t.ent_type_ in SPEECH_TIME_ENTS for t in first.subtree)
    return dated and first.lower_ in view.lex.span_words["speech_time_prepositions"]


def bare_lead(words: list[Token]) -> bool:
    """An adverb or a conjunction alone ("Still,", "But,", "And yet,"): the author's link
    to the sentence before, no part of what was said."""
    return bool(words) and all(t.pos_ in BARE_LEAD_POS for t in words)


def clip_to_paragraph(view: DocView, cue: Token, a: int, b: int) -> tuple[int, int]:
    """Tokens a..b kept to the cue's paragraph: the parser's subtrees can run over a
    paragraph break, a reported clause does not."""
    text, starts = view.text, view.tok_starts
    lo, hi = starts[a], starts[b]
    if "\n" not in text[lo:hi]:
        return a, b
    while a < cue.i and "\n" in text[starts[a] : cue.idx]:
        a += 1
    while b > cue.i and "\n" in text[cue.idx : starts[b]]:
        b -= 1
    return a, b


def end_before(view: DocView, a: int, left: int) -> int:
    """The last token before `left`, without the conjunction and commas before it."""
    doc = view.tokens  # each made once: a `doc[i]` is a new Token at every call
    end = left - 1
    while end > a and (doc[end].dep_ == "cc" or doc[end].is_punct or doc[end].is_space):
        end -= 1
    return end


def extend_over_object_preps(view: DocView, cue: Token, b: int) -> int:
    """The object's content runs on over the cue's prepositional phrases that follow it
    directly ("mocked X as a neophyte ...", "slammed X for failing ..."): the parser
    hangs them on the verb, but they say what the speaker said of X."""
    for c in kids(cue):
        if c.i <= b:
            continue
        if c.i != b + 1 or c.dep_ != "prep" or c.lower_ not in view.lex.object_prepositions:
            break
        b = c.right_edge.i
    return b


def extend_over_clause(view: DocView, cue: Token, b: int) -> int:
    """The complement runs on over a subordinate clause hung on the cue right after it
    ("said the plan failed, because the money ran out"; not "..., adding that ...")."""
    doc, marks_ok = view.tokens, view.lex.clause_marks
    for c in kids(cue):
        if c.dep_ != "advcl" or c.i <= b:
            continue
        gap = [t for t in doc[b + 1 : c.left_edge.i] if not (t.is_punct or t.is_space)]
        marks = [m for m in kids_with(c, "mark", "cc") if m.i < c.i]
        first = doc[c.left_edge.i]
        if (
            not gap
            and (marks or first.dep_ == "cc")
            and (any(m.lower_ in marks_ok for m in marks) or first.lower_ in marks_ok)
        ):
            return c.right_edge.i
    return b


def extend_over_colon(view: DocView, b: int) -> int:
    """A clausal complement that ends at a colon runs on over what the colon introduces,
    to the end of that sentence in the same paragraph ("argued that X was wrong: his
    words were ..."): the elaboration is part of what was said."""
    doc = view.tokens
    k = b + 1
    while k < len(doc) and doc[k].text in ('"', "”", "’", "'"):
        k += 1
    if k + 1 >= len(doc) or doc[k].text != ":" or "\n" in doc[k].whitespace_:
        return b
    nxt = doc[k + 1]
    if nxt.is_space or "\n" in view.text[doc[k].idx : nxt.idx]:
        return b
    end = view.sent_of(nxt).end - 1
    while end > k and (doc[end].is_space or "\n" in view.text[nxt.idx : doc[end].idx]):
        end -= 1
    return end if end > k else b


def extend_to_clause_end(view: DocView, cue: Token, b: int) -> int:
    """The content runs on over the cue's own phrases after its complement, to the end of
    the cue's clause ("said the plan failed, and that the money ran out", "urged X to act
    in the spring"), as PolNeAR's contents do; a phrase of another kind (a speech tag, an
    inverted subject) or one headed by a cue verb ("..., and urged B": its own claim) ends
    it. The cue's subtree is at hand: no pass over the document."""
    tail_deps, cue_lemmas = view.lex.content_tail_deps, view.lex.cue_lemmas
    time_deps = view.lex.span_words["speech_time_deps"]
    for c in (c for c in kids(cue) if c.i > cue.i):  # `cue.rights`
        if c.i <= b or c.dep_ in ("punct", "cc"):
            continue
        if c.dep_ not in tail_deps:
            break
        if view.cue_lemmas[c.i] in cue_lemmas and c.pos_ == "VERB" and not _act_of(view, cue, c):
            break  # "..., and urged B", "..., but Y says B": a claim of its own
        if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and not _goes_on(view, c):
            break  # "called X a Y and left": an act of the speaker's, no content
        if c.dep_ in time_deps and _speech_time(view, c):
            break  # "announced X at a meeting on May 3": when it was said, the claim's date
        b = c.right_edge.i
    return b


def _speech_time(view: DocView, phrase: Token) -> bool:
    """A phrase of the cue's that tells when it was said: a date ("on Monday", "last
    week", "at a meeting on May 3"), not one in a quote ("vowed to act “today”") nor one of
    a preposition that dates something else ("for June 5", "before the vote on May 3")."""
    if view.tok_quote[phrase.i] >= 0 or not any(
        t.ent_type_ in SPEECH_TIME_ENTS for t in phrase.subtree
    ):
        return False
    if phrase.dep_ == "prep":
        return phrase.lower_ in view.lex.span_words["speech_time_prepositions"]
    return phrase.ent_type_ in SPEECH_TIME_ENTS


def contrasted(view: DocView, conj: Token) -> bool:
    """A conjunct joined to its head by a contrast ("said A, but planned B", "said she
    backs A but doubts B"): PolNeAR's content goes on over it, whatever its verb, and a cue
    verb in it keeps a claim of its own (A +3, B +6 contents matched at 80% coverage)."""
    contrast = view.lex.span_words["contrast_conjunctions"]
    ccs = [t for t in kids_with(conj.head, "cc") if t.i < conj.i]
    return conj.dep_ == "conj" and bool(ccs) and ccs[-1].lower_ in contrast


def _act_of(view: DocView, cue: Token, conj: Token) -> bool:
    """ "said A, but planned B": the speaker's next act, joined by a contrast, is still
    said and keeps a claim of its own: one with a frame, or with no object ("..., but
    planned new cuts" ends the content), and no subject of its own, a passive's with its
    agent or an expletive included ("..., but the plan was criticized by Y": Y's claim).
    Only after a clause: "praised A but criticized B" are two stances, not one content."""
    return (
        contrasted(view, conj)
        and not _speaker_of_its_own(conj)
        and has_kid(cue, "ccomp", "xcomp")
        and (match_frame(view, conj) is not None or not _noun_object(conj))
    )


def _noun_object(verb: Token) -> bool:
    """ "..., but planned new cuts": a cue with no frame and a noun for its object, which
    the object rules (cue_objects.py) give a claim of its own, outside any content."""
    return any(c.pos_ in ("NOUN", "PROPN") for c in kids_with(verb, "dobj"))


def _speaker_of_its_own(conj: Token) -> bool:
    """A subject, clausal or expletive ("it was announced that"), or a passive one with
    its agent ("the plan was criticized by Y"); a passive with none ("..., but the rise
    was expected later", "..., but who are considered") names no one else who speaks."""
    deps = set(kid_labels(conj))
    if deps & (set(CLAUSE_SUBJECT_DEPS) - {"nsubjpass"}):
        return True
    subj = next(iter(kids_with(conj, "nsubjpass")), None)
    return subj is not None and ("agent" in deps or subj.lower_ in EXPLETIVES)


def _goes_on(view: DocView, conj: Token) -> bool:
    """A verb conjunct of the cue that goes on with what was said: one with a subordinator
    ("..., and that B") or a contrast ("said A, but the money ran out", "backs A but will
    not fund it"); "..., and the crowd cheered" is the author's."""
    return _marked(conj) or contrasted(view, conj) or _present_after_past(view, conj)


def _present_after_past(view: DocView, conj: Token) -> bool:
    """ "said A was over, and the town has to act": a clause with a subject of its own in the
    present tense (or with a modal) after a cue in the past is no narrative of the author's,
    which goes on in the past ("..., and the crowd cheered"), but more of what was said."""
    words = view.lex.span_words
    if conj.head.tag_ not in words["past_tags"]:
        return False
    if not has_kid(conj, *CLAUSE_SUBJECT_DEPS):
        return False
    tags = [conj.tag_] + [c.tag_ for c in kids_with(conj, "aux", "auxpass")]
    return any(t in words["present_tags"] for t in tags)


def _marked(clause: Token) -> bool:
    """A clause with a subordinator of its own ("..., and that B")."""
    return has_kid(clause, "mark")


def stranded_subject_start(view: DocView, cue: Token, a: int) -> int:
    """'stressed the effort to buy books is urgent': the parser made the clause's subject
    the cue's object and the clause, without a subject, its complement; the content starts
    with that object, right before the clause. On PolNeAR train (samples A and B) it fires
    8 times, 5 more contents matched at 80% coverage, none lost."""
    doc = view.tokens
    verb = doc[a]
    while verb.dep_ in ("mark", "aux", "auxpass", "neg", "advmod") and verb.i < len(doc) - 1:
        verb = doc[verb.i + 1]
    if verb.head.i != cue.i or verb.dep_ != "ccomp" or verb.pos_ not in ("VERB", "AUX"):
        return a
    if has_kid(verb, "nsubj", "nsubjpass", "expl", "csubj"):
        return a
    obj = next((c for c in kids_with(cue, "dobj") if cue.i < c.i < a), None)
    if obj is None or any(t.is_punct or t.is_space for t in doc[obj.left_edge.i : a]):
        return a
    return obj.left_edge.i


def run_over_tag(view: DocView, cue: Token, ce: int) -> int:
    """ "The fees will be cut, she said, by the end of May.", '“We will cut the fees,” she
    said, “by May.”': a content before its speech tag runs on over the tag when the
    sentence goes on after the tag's comma with a phrase that finishes the content (a
    lower-case word or a quote of one; not a clause of its own, a cue verb, a quote with a
    verb, the speaker's apposition, or a phrase about the speaking: `_about_speaking`):
    one span, the tag inside it, as for a tag set into its clause."""
    sent = view.sent_of(cue)
    if ce > cue.idx or ce < sent.start_char:
        return ce
    words = _tag_tail(view, cue)
    if not words:
        return ce
    if any(_ends_run(view, t) and t.ent_type_ not in SPEECH_TIME_ENTS for t in words):
        return ce
    if any(t.pos_ in ("VERB", "AUX") and view.tok_quote[t.i] >= 0 for t in words):
        return ce  # a quote that says something of its own: the direct rules' claim
    if view.tok_quote[words[0].i] < 0 and _about_speaking(view, cue, words):
        return ce
    return words[-1].idx + len(words[-1].text)


def _tag_tail(view: DocView, cue: Token) -> list[Token]:
    """The words after a speech tag's comma to the end of the sentence (the tag: the cue
    and its subject or object, "said Ann Ruiz, the ..."), when they go on in lower case
    in the same paragraph; else none."""
    doc, text = view.tokens, view.text
    sent = view.sent_of(cue)
    tag = [c.right_edge.i for c in kids_with(cue, *TAG_DEPS) if c.i > cue.i]
    after = max([cue.i, *tag])
    comma = next((t for t in doc[after + 1 : sent.end] if t.text == ","), None)
    if comma is None or any(
        t.pos_ in ("VERB", "AUX") or t.is_quote for t in doc[cue.i + 1 : comma.i]
    ):
        return []
    tail = [t for t in doc[comma.i + 1 : sent.end] if not t.is_space]
    words = [t for t in tail if not (t.is_punct or t.is_quote)]
    if not words or not words[0].text[:1].islower() or "\n" in text[comma.idx : words[-1].idx]:
        return []
    return words


def end_before_tag(view: DocView, cue: Token, cs: int, ce: int) -> int:
    """ "The fees will be cut, she said, in an interview.": a content with its speech tag
    inside ends before the tag when what follows the tag's comma tells of the speaking
    (`_about_speaking`): the parser hangs that on the cue, inside the reported clause. Not
    when no clause comes before the tag ("But as I said, based on X, we will go"): there the
    parser hung the reported clause itself on the cue."""
    words = _tag_tail(view, cue)
    if not words or words[-1].idx >= ce or view.tok_quote[words[0].i] >= 0:
        return ce
    if not _about_speaking(view, cue, words):
        return ce
    subj = [c.left_edge.i for c in kids_with(cue, "nsubj", "nsubjpass") if c.i < cue.i]
    first = min([cue.i, *subj])
    doc = view.tokens
    k = first - 1
    while k >= 0 and (doc[k].is_punct or doc[k].is_space) and not doc[k].is_quote:
        k -= 1
    if k < 0 or doc[k].idx < max(cs, view.sent_of(cue).start_char):
        return ce
    if not _verb_between(doc, cs, k):
        return ce
    return doc[k].idx + len(doc[k].text)


def _verb_between(doc, cs: int, k: int) -> bool:
    """Whether a verb stands among the tokens from char `cs` to token `k`."""
    while k >= 0 and doc[k].idx >= cs:
        if doc[k].pos_ in ("VERB", "AUX"):
            return True
        k -= 1
    return False


def _about_speaking(view: DocView, cue: Token, words: list[Token]) -> bool:
    """An unquoted tail after a speech tag that tells of the speaking itself, a phrase the
    parser hangs on the cue: when ("..., she said, on Monday"), how or where (", in a
    statement"), or a participle or clause of the cue verb's (", smiling", ", without
    elaborating", ", as she left"). Not the rest of a clause the tag was set into ("The
    plan, she said, was dropped")."""
    first = words[0]
    if first.head.i != cue.i and not (first.head.head.i == cue.i and first.dep_ == "mark"):
        return False
    if speech_time_phrase(view, words) or setting_phrase(view, words):
        return True
    phrase = [t for t in words if cue.is_ancestor(t) and view.tok_quote[t.i] < 0]
    return any(_of_cue_verb(cue, t) for t in phrase)


def _of_cue_verb(cue: Token, tok: Token) -> bool:
    """A clause or participle on the cue (", smiling", ", as she left"), or one inside a
    preposition of it (", without elaborating")."""
    if tok.pos_ not in ("VERB", "AUX"):
        return False
    on_cue = tok.head.i == cue.i and tok.dep_ in ("advcl", "xcomp")
    in_prep = tok.dep_ == "pcomp" and tok.head.head.i == cue.i
    return on_cue or in_prep or (tok.tag_ in ("VBG", "VBN") and tok.head.i == cue.i)
