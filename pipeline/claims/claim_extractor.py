"""Claim extraction: who said, pledged, warned or did what to whom, and with what stance.

Four rule families, each claim naming the rule that produced it (`rule_id`, see
patterns/rules.json for the list and base confidences):

- direct   quoted spans (quotes.py) attached to a cue verb in the same or an adjacent
           sentence: “...,” X said / X said: “...” / ..., saying “...”;
- indirect a cue verb (patterns/cues.json) with its complement: ccomp (warned that ...),
           xcomp (pledged to ...), object + xcomp (urged X to ...), prep (called for ...,
           committed to ...), object predicate (called it a ...), dobj (announced ...),
           passive xcomp (X is expected to ..., holder unnamed), the nominal "according to
           X", a cue noun with a that-clause (her claim that ...), a speech tag in an
           as-clause (as X noted, ...: indirect.as_clause) and the author's evidential
           "X seemed / appears to ..." (indirect.evidential, no speaker named);
           a quote that is a cue's complement (X wrote that “...”) is a direct claim;
- mixed    an indirect claim whose content holds quoted fragments;
- spans    sentences are cut at paragraph breaks; a complement stays in the cue's paragraph,
           stops before a second cue of the same speaker ("said A and urged B": B is the
           second cue's claim, with the first one's speaker) and runs on to the close of a
           quote opened inside it; “A,” X said. “B.”: B goes on with X's quote;
- stance   an actor subject + stance verb + object (patterns/stance.json), no speech cue:
           "Germany imposed sanctions on Iran", passive "Iran was sanctioned by Germany".

The component writes plain dicts to `doc._.claims` (the contract's claim row without
`schema_version`, `article_id` and `claim_id`) and never raises on any text.
"""

from __future__ import annotations

import bisect
import logging
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.pipeline import Pipe
from spacy.tokens import Doc, Span, Token

from pipeline.actors.resolve import resolve_speaker, role_nouns
from pipeline.claims import stance as st
from pipeline.claims.layout_rules import apply_layout
from pipeline.claims.lexicon import Lexicon, load_lexicon
from pipeline.claims.quotes import QuoteSegment, find_quotes

logger = logging.getLogger(__name__)

SUBJECT_DEPS = ("nsubj",)
CLIMB_DEPS = {"advcl", "xcomp", "conj", "pcomp", "prep", "acl"}
NP_RIGHT_DEPS = {"compound", "flat", "nummod", "prep", "pobj", "poss", "case", "amod", "appos"}
EXPLETIVES = {"it", "there"}
INNER_CUE_DEPS = ("conj", "advcl")
LEADING_TRIM = {"that", "whether"}
SPEAKER_MAX_TOKENS = 25
# the more specific pattern wins when a cue has several complements
FRAME_PRIORITY = [
    "raising_xcomp",
    "passive_xcomp",
    "ccomp",
    "particle_ccomp",
    "dobj_xcomp",
    "prep_xcomp",
    "xcomp",
    "prep",
    "oprd",
    "dobj_prep",
    "dobj",
    "particle_dobj",
]
# cue categories whose holder must be an actor (beliefs and intentions of a "structure" are not
# claims)
HOLDER_CATEGORIES = {"intention", "belief", "commitment", "agreement", "proposal"}


@dataclass
class _Ctx:
    doc: Doc
    text: str  # doc.text, built once (spaCy rebuilds it on every access)
    lex: Lexicon
    quotes: list[QuoteSegment]
    tok_quote: list[int]  # token index -> quote segment index or -1
    mentions: list[dict]
    sents: list[Span]
    tok_sent: list[int]  # token index -> sentence index
    tok_starts: list[int]  # token index -> char offset
    used_cues: set[int] = field(default_factory=set)
    # a cue coordinated with or subordinate to another cue and cut out of its content
    # ("X said A and urged B", "X said A, adding B"): the other cue's speaker is its speaker
    pending_inner: dict[int, list[int]] = field(default_factory=dict)  # outer cue -> inner
    inherited: dict[int, dict | None] = field(default_factory=dict)  # inner cue -> speaker
    speech_ranges: list[tuple[int, int]] = field(default_factory=list)


class ClaimExtractor(Pipe):
    """Sets `doc._.claims` to a new list of plain claim dicts, sorted by content and cue."""

    def __init__(
        self, nlp: Language, name: str = "claims_claim_extractor", *, strict: bool = False
    ) -> None:
        self.name = name
        self.strict = strict  # re-raise internal errors (tests); else log and go on
        self.lex = load_lexicon()

    def __call__(self, doc: Doc) -> Doc:
        try:
            claims = self.extract(doc)
        except Exception:
            if self.strict:
                raise
            logger.exception("claim extraction failed; no claims for this doc")
            claims = []
        doc._.claims = apply_layout(claims, doc._.layout, doc._.actors or [], doc.text)
        return doc

    # ------------------------------------------------------------------ driver
    def extract(self, doc: Doc) -> list[dict]:
        text = doc.text
        if not text.strip() or len(doc) == 0 or not doc.has_annotation("DEP"):
            return []
        ctx = self._context(doc)
        claims: list[dict] = []
        for family in (self._direct, self._indirect, self._nominal, self._stance):
            try:
                claims.extend(family(ctx, claims))
            except Exception:
                if self.strict:
                    raise
                logger.exception("claim rule family %s failed", family.__name__)
        seen = set()
        out = []
        for c in sorted(
            claims, key=lambda c: (c["content"]["start"], c["cue"]["start"], c["content"]["end"])
        ):
            key = (c["content"]["start"], c["content"]["end"], c["cue"]["start"])
            if key not in seen:
                seen.add(key)
                out.append(c)
        return out

    def _context(self, doc: Doc) -> _Ctx:
        text = doc.text
        quotes = find_quotes(text)
        tok_quote = [-1] * len(doc)
        q = 0
        for tok in doc:
            while q < len(quotes) and quotes[q].close_end <= tok.idx:
                q += 1
            if q < len(quotes) and quotes[q].open_start <= tok.idx < quotes[q].close_end:
                tok_quote[tok.i] = q
        mentions = sorted(
            (m for m in (doc._.actor_mentions or []) if isinstance(m, dict)),
            key=lambda m: (m["start"], m["end"]),
        )
        sents = _paragraph_sentences(doc)
        tok_sent = [0] * len(doc)
        for k, s in enumerate(sents):
            for i in range(s.start, s.end):
                tok_sent[i] = k
        starts = [t.idx for t in doc]
        return _Ctx(doc, text, self.lex, quotes, tok_quote, mentions, sents, tok_sent, starts)

    # ------------------------------------------------------------------ direct
    def _direct(self, ctx: _Ctx, _prior: list[dict]) -> list[dict]:
        doc = ctx.doc
        cue_toks = [t for t in doc if self._is_cue_verb(ctx, t)]
        claims: list[dict] = []
        group_attr: dict[int, tuple[dict | None, Token, str]] = {}  # group -> speaker, cue
        last_attr: tuple[dict | None, Token, int] | None = None  # speaker, cue, sentence
        for qi, q in enumerate(ctx.quotes):
            if not q.double and not self._standalone(ctx, q):
                continue
            q_toks = self._quote_tokens(ctx, qi)
            if not q_toks:
                continue
            s_first, s_last = ctx.tok_sent[q_toks[0].i], ctx.tok_sent[q_toks[-1].i]
            found = None
            if q.index_in_group > 0 and q.group in group_attr:
                speaker, cue, _ = group_attr[q.group]
                found = (cue, speaker, "direct.quote_continuation")
            elif self._standalone(ctx, q):
                found = self._attach_quote(ctx, q, q_toks, cue_toks, s_first, s_last)
                if (
                    last_attr is not None
                    and last_attr[0] is not None
                    and (found is None or found[2] == "direct.quote_cue_next_sentence")
                    and self._follows_tag(ctx, q, q_toks, last_attr)
                ):
                    # “A,” X said. “B.”: B goes on with X's quote (PolNeAR joins A and B)
                    speaker, cue, _ = last_attr
                    found = (cue, speaker, "direct.quote_after_tag")
                if found is None and last_attr is not None and self._full_sentence(ctx, q, q_toks):
                    speaker, cue, s_prev = last_attr
                    if 0 < s_first - s_prev <= 3 and speaker is not None:
                        found = (cue, speaker, "direct.quote_prev_speaker")
                        later = self._later_speech(ctx, cue_toks, cue, q_toks[0])
                        if later is not None:
                            # “A,” X said. Y said that B. “C.”: C is Y's
                            found = (later, None, "direct.quote_prev_speaker")
            if found is None:
                continue
            cue, speaker, rule_id = found
            if speaker is None and rule_id != "direct.quote_continuation":
                speaker = self._speaker_for_cue(ctx, cue)
            group_attr[q.group] = (speaker, cue, rule_id)
            if rule_id != "direct.quote_prev_speaker":
                ctx.used_cues.add(cue.i)  # (a later speaker's cue keeps its own complement)
            last_attr = (speaker, cue, s_last)
            entry = self._cue_entry(cue)
            for k, (cs, ce) in enumerate(self._quote_pieces(ctx, q)):
                rid = rule_id if k == 0 else "direct.quote_continuation"
                claim = self._make_claim(ctx, "direct", rid, cue, entry, speaker, cs, ce)
                if claim is not None:
                    claims.append(claim)
                    ctx.speech_ranges.append((q.open_start, q.close_end))
        return claims

    def _quote_tokens(self, ctx: _Ctx, qi: int) -> list[Token]:
        q = ctx.quotes[qi]
        a = bisect.bisect_left(ctx.tok_starts, q.start)
        b = bisect.bisect_left(ctx.tok_starts, q.end)
        return [ctx.doc[i] for i in range(a, b)]

    def _standalone(self, ctx: _Ctx, q: QuoteSegment) -> bool:
        """A quote that stands as a clause of its own (not a fragment inside a phrase):
        it opens its paragraph/sentence, or follows ':' ',' a dash, or a cue verb."""
        text = ctx.text
        k = q.open_start - 1
        while k >= 0 and text[k] in " \t\u00a0":
            k -= 1
        if k < 0 or text[k] in "\n:,;—–-(.?!":
            return True
        doc = ctx.doc
        prev = doc.char_span(k, k + 1, alignment_mode="expand")
        if prev is None or len(prev) == 0:
            return False
        tok = prev[0]
        return self._cue_lemma(tok) in ctx.lex.cue_lemmas and tok.tag_.startswith("VB")

    def _later_speech(
        self, ctx: _Ctx, cue_toks: list[Token], cue: Token, first: Token
    ) -> Token | None:
        """The last cue verb with a subject of its own between `cue` and the token `first`,
        outside quotes: someone else spoke in between."""
        later = [
            c
            for c in cue_toks
            if cue.i < c.i < first.i
            and ctx.tok_sent[c.i] > ctx.tok_sent[cue.i]
            and any(d.dep_ in SUBJECT_DEPS and d.lower_ not in EXPLETIVES for d in c.children)
            and c.dep_ in ("ROOT", "conj")
        ]
        return later[-1] if later else None

    def _follows_tag(self, ctx: _Ctx, q: QuoteSegment, q_toks: list[Token], last_attr) -> bool:
        """The quote opens the sentence right after the previous quote's speech tag, in the
        same paragraph, and is a full sentence: “A,” X said. “B.”"""
        _, cue, s_prev = last_attr
        if ctx.tok_sent[q_toks[0].i] != s_prev + 1 or ctx.tok_sent[cue.i] != s_prev:
            return False
        if cue.idx > q.open_start or "\n" in ctx.text[cue.idx : q.open_start]:
            return False
        tag = ctx.sents[s_prev]
        # the tag sentence ends with the cue's clause, after a closing quote
        if not any(ctx.tok_quote[t.i] >= 0 for t in tag if t.i < cue.i):
            return False
        return self._full_sentence(ctx, q, q_toks)

    def _full_sentence(self, ctx: _Ctx, q: QuoteSegment, q_toks: list[Token]) -> bool:
        words = [t for t in q_toks if not t.is_punct and not t.is_space]
        if len(words) < 4:
            return False
        sent = ctx.sents[ctx.tok_sent[q_toks[0].i]]
        outside = [t for t in sent if ctx.tok_quote[t.i] < 0 and not t.is_punct and not t.is_space]
        return len(outside) <= 1

    def _attach_quote(self, ctx, q, q_toks, cue_toks, s_first, s_last):
        """(cue token, None, rule_id) for a standalone quote, or None."""
        doc = ctx.doc
        in_q = {t.i for t in q_toks}
        cands = [c for c in cue_toks if s_first <= ctx.tok_sent[c.i] <= s_last and c.i not in in_q]
        cands = [c for c in cands if not self._has_other_complement(ctx, c, in_q)]
        cue = None
        if cands:
            # a cue that governs the quote wins; else the nearest one
            # (the parser hangs a quote's final punctuation on the sentence root: words only)
            outside = [t for t in q_toks if t.head.i not in in_q]
            heads = {t.head.i for t in outside if not t.is_punct} or {t.head.i for t in outside}
            for c in cands:
                if c.i in heads:
                    cue = c
                    break
            if cue is None:
                for c in cands:
                    if any(h == c.i or c.is_ancestor(doc[h]) for h in heads):
                        cue = c
                        break
            if cue is None:
                cue = min(cands, key=lambda c: min(abs(c.i - q_toks[0].i), abs(c.i - q_toks[-1].i)))
            if self._fragment_of_complement(ctx, cue, in_q):
                return None  # 'said “zero” voters would follow': the clause is the content
            if cue.idx >= q.close_end:
                return cue, None, "direct.quote_cue_after"
            if cue.tag_ == "VBG" and cue.dep_ in ("advcl", "acl", "pcomp", "xcomp", "conj"):
                return cue, None, "direct.quote_participle"
            return cue, None, "direct.quote_cue_before"
        # adjacent sentences: "X said:" | quote | "X said."
        if s_first > 0:
            prev = ctx.sents[s_first - 1]
            pc = [
                c
                for c in cue_toks
                if prev.start <= c.i < prev.end
                and ctx.tok_quote[c.i] < 0
                and not self._has_other_complement(ctx, c, in_q)
            ]
            if pc and self._ends_with_colon(ctx, prev):
                return pc[-1], None, "direct.quote_cue_prev_sentence"
        if s_last + 1 < len(ctx.sents):
            nxt = ctx.sents[s_last + 1]
            words = [t for t in nxt if not t.is_punct and not t.is_space]
            nc = [
                c
                for c in cue_toks
                if nxt.start <= c.i < nxt.end
                and ctx.tok_quote[c.i] < 0
                and not self._has_other_complement(ctx, c, in_q)
            ]
            gap = ctx.text[q.close_end : nxt.start_char]
            if nc and len(words) <= 12 and len(gap) <= 3 and "\n" not in gap:
                return nc[0], None, "direct.quote_cue_next_sentence"
        return None

    def _fragment_of_complement(self, ctx: _Ctx, cue: Token, in_q: set[int]) -> bool:
        """The quote is part of a clause that follows the cue as its complement and goes on
        outside the quote ('He said “zero” voters would follow'): a fragment, not a quote
        standing as the content; the indirect rules make it a mixed claim."""
        first_q = min(in_q, default=-1)
        for c in cue.children:
            if c.dep_ != "ccomp" or c.i < cue.i or first_q < cue.i:
                continue
            sub = [t for t in c.subtree]
            if not in_q <= {t.i for t in sub}:
                continue
            words = [
                t for t in sub if t.i not in in_q and ctx.tok_quote[t.i] < 0 and not t.is_punct
            ]
            words = [t for t in words if not t.is_space and t.lower_ not in LEADING_TRIM]
            if len(words) >= 2 and "\n" not in ctx.text[cue.idx : sub[-1].idx]:
                return True
        return False

    def _ends_with_colon(self, ctx: _Ctx, sent: Span) -> bool:
        toks = [t for t in sent if not t.is_space]
        return bool(toks) and toks[-1].text in (":", ",")

    def _has_other_complement(self, ctx: _Ctx, cue: Token, in_q: set[int]) -> bool:
        """The cue already has a complement that lies outside this quote (it introduces
        other, paraphrased content), so the quote is not its content."""
        first_q, last_q = min(in_q, default=-1), max(in_q, default=-1)
        for c in cue.children:
            if c.dep_ in ("ccomp", "xcomp") and c.i not in in_q:
                sub = [t.i for t in c.subtree]
                if cue.i > last_q and max(sub) < first_q:
                    continue  # "A: “Q,” he said": the parser hung A on the cue; Q is its content
                if not any(i in in_q for i in sub) and any(ctx.tok_quote[i] < 0 for i in sub):
                    return True
        return False

    def _quote_pieces(self, ctx: _Ctx, q: QuoteSegment) -> list[tuple[int, int]]:
        """The quote content split at sentence boundaries (one claim per sentence)."""
        text = ctx.text
        pieces: list[tuple[int, int]] = []
        for s in ctx.sents:
            if s.end_char <= q.start or s.start_char >= q.end:
                continue
            a, b = max(q.start, s.start_char), min(q.end, s.end_char)
            a, b = _trim_chars(text, a, b, trailing=",;")
            if b > a and any(ch.isalnum() for ch in text[a:b]):
                if pieces and len(text[a:b].split()) < 2:
                    pieces[-1] = (pieces[-1][0], b)
                else:
                    pieces.append((a, b))
        if not pieces:
            a, b = _trim_chars(text, q.start, q.end, trailing=",;")
            if b > a:
                pieces.append((a, b))
        return pieces

    # ---------------------------------------------------------------- indirect
    def _indirect(self, ctx: _Ctx, _prior: list[dict]) -> list[dict]:
        doc = ctx.doc
        claims: list[dict] = []
        for tok in doc:
            if tok.i in ctx.used_cues or ctx.tok_quote[tok.i] >= 0:
                continue
            if tok.lower_ == "according":
                claim = self._according_to(ctx, tok)
                if claim is not None:
                    claims.append(claim)
                continue
            if not self._is_cue_verb(ctx, tok, evidential=True):
                continue
            match = (
                self._match_frame(ctx, tok)
                or self._parenthetical(ctx, tok)
                or self._as_clause(ctx, tok)
            )
            if match is None:
                continue
            entry, pattern, a, b, particle = match
            if pattern in ("dobj", "prep_complement"):
                b = self._extend_over_object_preps(ctx, tok, b)
            elif pattern in ("ccomp", "xcomp"):
                b = self._extend_over_clause(ctx, tok, b)
            a, b = self._clip_to_paragraph(ctx, tok, a, b)
            b = self._cut_at_inner_cue(ctx, tok, a, b)
            cs, ce = self._token_range_chars(ctx, a, b)
            if ce <= cs:
                continue
            ce = self._close_open_quote(ctx, cs, ce)
            if ce <= tok.idx and self._quote_between(ctx, ce, tok.idx):
                continue  # "A: “Q,” he said": the quote is the cue's content, not A
            kind = self._quote_kind(ctx, cs, ce)
            if pattern == "evidential":
                if self._inside_speech(ctx, tok.idx) or self._evidential_blocked(ctx, tok):
                    continue
                speaker = None  # the author's own evidential: no one is cited
            elif tok.i in ctx.inherited:
                speaker = ctx.inherited[tok.i]
            else:
                speaker = self._speaker_for_cue(ctx, tok)
            for inner in ctx.pending_inner.pop(tok.i, ()):
                ctx.inherited[inner] = speaker
            if kind == "direct":
                # "X wrote that “...”": a quote that is the cue's complement but does not
                # stand alone, so the direct rules left it
                claims.extend(self._quote_complement(ctx, tok, speaker, cs, ce))
                continue
            rule_id = f"indirect.{pattern}" if kind == "indirect" else f"mixed.{pattern}_with_quote"
            passive = any(c.dep_ == "auxpass" for c in tok.children)
            if (
                entry.get("category") in HOLDER_CATEGORIES
                and not passive  # "X is expected to ...": the holder is left unnamed
                and not self._actor_like(ctx, speaker)
            ):
                continue  # "the structure aims to ...": intentions need an actor holder
            if (
                speaker
                and speaker["actor_id"] is None
                and speaker["text"].lower() in ctx.lex.relative_pronouns
            ):
                continue  # "a forum which lets officials discuss ...": no one is speaking
            claim = self._make_claim(
                ctx, kind, rule_id, tok, entry, speaker, cs, ce, particle=particle
            )
            if claim is not None:
                ctx.used_cues.add(tok.i)
                ctx.speech_ranges.append((cs, ce))
                claims.append(claim)
        return claims

    def _evidential_blocked(self, ctx: _Ctx, tok: Token) -> bool:
        """ "X seemed to ..." is no claim of the author's when it is reported ("Y said X seems
        to ...", "X seems to ..., Y said": a cue verb above it) or when its infinitive is
        itself a cue ("X seemed to suggest that ...": X's own claim, found by that cue)."""
        xcomp = next(c for c in tok.children if c.dep_ == "xcomp")
        if self._is_cue_verb(ctx, xcomp) and self._match_frame(ctx, xcomp) is not None:
            return True
        h = tok  # reported: on the path up to a cue verb ("said X, and Y seemed to" is not)
        while h.head.i != h.i:
            if h.dep_ != "conj" and self._is_cue_verb(ctx, h.head):
                return True
            h = h.head
        return False

    def _extend_over_object_preps(self, ctx: _Ctx, cue: Token, b: int) -> int:
        """The object's content runs on over the cue's prepositional phrases that follow it
        directly ("mocked X as a neophyte ...", "slammed X for failing ..."): the parser
        hangs them on the verb, but they say what the speaker said of X."""
        for c in sorted(cue.children, key=lambda t: t.i):
            if c.i <= b:
                continue
            if c.i != b + 1 or c.dep_ != "prep" or c.lower_ not in ctx.lex.object_prepositions:
                break
            b = c.right_edge.i
        return b

    def _extend_over_clause(self, ctx: _Ctx, cue: Token, b: int) -> int:
        """The complement runs on over a subordinate clause hung on the cue right after it
        ("said the plan failed, because the money ran out"; not "..., adding that ...")."""
        doc = ctx.doc
        for c in cue.children:
            if c.dep_ != "advcl" or c.i <= b:
                continue
            gap = [t for t in doc[b + 1 : c.left_edge.i] if not (t.is_punct or t.is_space)]
            marks = [m for m in c.children if m.dep_ in ("mark", "cc") and m.i < c.i]
            first = doc[c.left_edge.i]
            if (
                not gap
                and (marks or first.dep_ == "cc")
                and (
                    any(m.lower_ in ctx.lex.clause_marks for m in marks)
                    or first.lower_ in ctx.lex.clause_marks
                )
            ):
                return c.right_edge.i
        return b

    def _clip_to_paragraph(self, ctx: _Ctx, cue: Token, a: int, b: int) -> tuple[int, int]:
        """Tokens a..b kept to the cue's paragraph: the parser's subtrees can run over a
        paragraph break, a reported clause does not."""
        text = ctx.text
        lo, hi = ctx.doc[a].idx, ctx.doc[b].idx
        if "\n" not in text[lo:hi]:
            return a, b
        while a < cue.i and "\n" in text[ctx.doc[a].idx : cue.idx]:
            a += 1
        while b > cue.i and "\n" in text[cue.idx : ctx.doc[b].idx]:
            b -= 1
        return a, b

    def _cut_at_inner_cue(self, ctx: _Ctx, cue: Token, a: int, b: int) -> int:
        """The last token of the content once a second cue of the same speaker is cut off:
        "X said A, and urged that B" / "X said A, adding that B", where the parser hung the
        second cue on A's verb. The second cue keeps its own claim and inherits X."""
        doc = ctx.doc
        for t in doc[max(a, cue.i + 1) : b + 1]:
            if t.dep_ not in INNER_CUE_DEPS or not (a <= t.head.i <= b) or t.head.i == cue.i:
                continue
            if t.dep_ == "advcl" and t.tag_ != "VBG":
                continue
            if any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children):
                continue
            if t.left_edge.i <= cue.i or not self._is_cue_verb(ctx, t):
                continue
            if self._match_frame(ctx, t) is None:
                continue
            left = t.left_edge.i
            before = doc[left - 1] if left > 0 else None
            joined = before is not None and before.text in (",", "and", ";", "but", "while")
            if not joined and not any(c.dep_ in ("cc", "mark") and c.i < t.i for c in t.children):
                continue
            ctx.pending_inner.setdefault(cue.i, []).append(t.i)
            return self._end_before(ctx, a, left)
        return b

    def _end_before(self, ctx: _Ctx, a: int, left: int) -> int:
        """The last token before `left`, without the conjunction and commas before it."""
        doc = ctx.doc
        end = left - 1
        while end > a and (doc[end].dep_ == "cc" or doc[end].is_punct or doc[end].is_space):
            end -= 1
        return end

    def _quote_between(self, ctx: _Ctx, start: int, end: int) -> bool:
        return any(start <= q.open_start and q.close_end <= end for q in ctx.quotes)

    def _close_open_quote(self, ctx: _Ctx, cs: int, ce: int) -> int:
        """The content's end moved to the close of a quote that opens inside it and closes
        after it in the same paragraph: 'he would “carpet-bomb them. ... find out.”'."""
        for q in ctx.quotes:
            if q.open_start >= ce:
                break
            inside = cs <= q.open_start and q.start < ce < q.end and q.closed
            if inside and "\n" not in ctx.text[ce : q.end]:
                return q.end
        return ce

    def _quote_complement(
        self, ctx: _Ctx, cue: Token, speaker: dict | None, cs: int, ce: int
    ) -> list[dict]:
        """Direct claims for the quote that holds the complement cs..ce of `cue`, one per
        sentence, unless the direct rules already attributed that quote."""
        q = next((q for q in ctx.quotes if q.open_start <= cs and ce <= q.close_end), None)
        if q is None or self._inside_speech(ctx, q.start):
            return []
        entry = self._cue_entry(cue)
        claims = []
        for k, (a, b) in enumerate(self._quote_pieces(ctx, q)):
            rid = "direct.quote_complement" if k == 0 else "direct.quote_continuation"
            claim = self._make_claim(ctx, "direct", rid, cue, entry, speaker, a, b)
            if claim is not None:
                claims.append(claim)
        if claims:
            ctx.used_cues.add(cue.i)
            ctx.speech_ranges.append((q.open_start, q.close_end))
        return claims

    def _parenthetical(self, ctx: _Ctx, tok: Token):
        """ "The plan, Lopez said, would fail": a speech tag set into the clause it reports
        (the parser's parataxis). The content is that clause, tag included, since a claim's
        content is one span."""
        if tok.dep_ != "parataxis" or tok.head.i == tok.i:
            return None
        entry = next((e for e in ctx.lex.cues.get(self._cue_lemma(tok), ()) if "ccomp" in
                      e.get("frames", [])), None)  # fmt: skip
        if entry is None:
            return None
        head = tok.head
        return entry, "parenthetical", head.left_edge.i, head.right_edge.i, None

    def _as_clause(self, ctx: _Ctx, tok: Token):
        """ "As X noted, the plan failed" / "The plan failed, as X reported": a speech tag in
        an as-clause set off by a comma, with no complement of its own; the content is the
        clause it hangs on, without the tag (the whole clause when the tag sits inside)."""
        doc = ctx.doc
        head = tok.head
        if tok.dep_ != "advcl" or head.i == tok.i or head.pos_ in ("ADJ", "ADV"):
            return None  # "as bad as she said": a comparison
        deps = {c.dep_ for c in tok.children}
        if "auxpass" in deps and "agent" not in deps:
            return None  # "as he was known", "as expected": no one is cited
        if not any(c.dep_ == "mark" and c.lower_ == "as" and c.i < tok.i for c in tok.children):
            return None
        if any(c.dep_ in ("ccomp", "dobj", "xcomp", "oprd", "attr") for c in tok.children):
            return None  # "as opposed to", "as X promised to ...": not a tag
        if any(
            c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in EXPLETIVES | {"you"}
            for c in tok.children
        ):
            return None  # "as it is written", "as you know"
        prts = {c.lower_: c for c in tok.children if c.dep_ == "prt"}
        entry = next(
            (
                e
                for e in ctx.lex.cues.get(self._cue_lemma(tok), ())
                if ("ccomp" in e.get("frames", []) and not e.get("particle"))
                or ("particle_ccomp" in e.get("frames", []) and e.get("particle") in prts)
            ),
            None,
        )
        if entry is None:
            return None
        lo, hi = tok.left_edge.i, tok.right_edge.i
        sent = ctx.sents[ctx.tok_sent[tok.i]]
        before = doc[lo - 1].text if lo > sent.start else None
        after = doc[hi + 1].text if hi + 1 < sent.end else None
        if not (before in (None, ",", "(") or after in (",", ")")):
            return None  # "as they respond to ...": not set off, not a tag
        a, b = head.left_edge.i, head.right_edge.i
        while b > a and (doc[b].is_punct or doc[b].is_space):
            b -= 1
        if lo <= a:
            a = hi + 1
        if hi >= b:
            b = lo - 1
        if b < a:
            return None
        return entry, "as_clause", a, b, prts.get(entry.get("particle"))

    def _match_frame(self, ctx: _Ctx, tok: Token):
        """(cue entry, pattern name, first token, last token, particle token) or None."""
        children = list(tok.children)
        by_dep: dict[str, list[Token]] = {}
        for c in children:
            by_dep.setdefault(c.dep_, []).append(c)
        prts = {c.lower_: c for c in by_dep.get("prt", [])}
        preps = {c.lower_: c for c in by_dep.get("prep", [])}
        for entry in ctx.lex.cues.get(self._cue_lemma(tok), ()):
            frames = entry.get("frames", [])
            particle = entry.get("particle")
            if particle and particle not in prts and particle not in preps:
                continue
            ptok = (prts.get(particle) or preps.get(particle)) if particle else None
            for frame in sorted(frames, key=FRAME_PRIORITY.index):
                m = self._frame(tok, frame, by_dep, ptok)
                if m is not None:
                    pattern, a, b = m
                    return entry, pattern, a, b, ptok
        return None

    def _frame(self, tok: Token, frame: str, by_dep: dict[str, list[Token]], ptok):
        first = lambda dep: (by_dep.get(dep) or [None])[0]  # noqa: E731
        if frame in ("ccomp", "particle_ccomp"):
            c = first("ccomp")
            if c is not None and (frame == "ccomp" or ptok is not None):
                return "ccomp", c.left_edge.i, c.right_edge.i
        elif frame in ("xcomp", "passive_xcomp"):
            # "X is expected / said to ...": a passive cue whose holder goes unnamed
            passive = "auxpass" in by_dep
            c = first("xcomp")
            if c is not None and c.pos_ in ("VERB", "AUX") and c.i > tok.i:
                if passive:
                    return "passive_xcomp", c.left_edge.i, c.right_edge.i
                if frame == "xcomp":
                    return "xcomp", c.left_edge.i, c.right_edge.i
        elif frame == "raising_xcomp":
            # "X seemed / appears to ...": the author's evidential; the content is X plus
            # the infinitive ("what appears to be" and "appearing to" are not claims)
            s, c = first("nsubj"), first("xcomp")
            if (
                s is not None
                and c is not None
                and s.i < tok.i < c.i
                and c.pos_ in ("VERB", "AUX")
                and tok.tag_ != "VBG"
                and s.lower_ not in EXPLETIVES | {"what", "that"}
            ):
                return "evidential", s.left_edge.i, c.right_edge.i
        elif frame == "dobj_xcomp":
            o, x = first("dobj"), first("xcomp")
            if o is not None and x is not None and o.i < x.i:
                return "object_xcomp", o.left_edge.i, x.right_edge.i
        elif frame == "prep":
            if ptok is not None and ptok.dep_ == "prep":
                objs = [c for c in ptok.children if c.dep_ in ("pobj", "pcomp")]
                if objs:
                    return "prep_complement", objs[0].left_edge.i, ptok.right_edge.i
        elif frame == "prep_xcomp":
            if ptok is not None and ptok.dep_ == "prep":
                objs = [c for c in ptok.children if c.dep_ == "pobj"]
                x = first("xcomp")
                if objs and x is not None and x.i > objs[0].i:
                    return "object_xcomp", objs[0].left_edge.i, x.right_edge.i
                if objs:
                    return "prep_complement", objs[0].left_edge.i, ptok.right_edge.i
        elif frame == "oprd":
            o, p = first("dobj"), first("oprd")
            if p is None and o is not None:  # "described the talks as a disaster"
                p = next(
                    (
                        x
                        for x in [*by_dep.get("prep", []), *o.children]
                        if x.dep_ == "prep" and x.lower_ == "as"
                    ),
                    None,
                )
            if o is not None and p is not None and o.i < p.i:
                return "object_predicate", o.left_edge.i, p.right_edge.i
            c = first("ccomp")
            if c is not None:
                return "object_predicate", c.left_edge.i, c.right_edge.i
        elif frame == "dobj_prep":
            o = first("dobj")
            ps = [p for p in by_dep.get("prep", []) if p.lower_ in ("of", "for", "over")]
            if o is not None and ps and o.i < ps[0].i:
                return "object_prep", o.left_edge.i, ps[0].right_edge.i
        elif frame in ("dobj", "particle_dobj"):
            o = first("dobj")
            if o is not None and o.pos_ != "PRON" and (frame == "dobj" or ptok is not None):
                return "dobj", o.left_edge.i, o.right_edge.i
        return None

    def _according_to(self, ctx: _Ctx, tok: Token) -> dict | None:
        doc = ctx.doc
        if tok.i + 1 >= len(doc) or doc[tok.i + 1].lower_ != "to":
            return None
        to = doc[tok.i + 1]
        objs = [c for c in to.children if c.dep_ == "pobj"]
        if not objs:
            return None
        src = objs[0]
        sent = ctx.sents[ctx.tok_sent[tok.i]]
        p_start, p_end = tok.i, max(to.right_edge.i, src.right_edge.i)
        before = [t for t in doc[sent.start : p_start] if not (t.is_punct or t.is_space)]
        after = [t for t in doc[p_end + 1 : sent.end] if not (t.is_punct or t.is_space)]
        if not before and after:
            a, b = p_end + 1, sent.end - 1
        elif before and not after:
            a, b = sent.start, p_start - 1
        elif before and after:
            a, b = sent.start, sent.end - 1
        else:
            return None
        cs, ce = self._token_range_chars(ctx, a, b)
        if ce <= cs:
            return None
        entry = next(
            (e for e in ctx.lex.nominal_cues if e["lemma"] == "according to"),
            {"lemma": "according to", "category": "statement", "polarity": 0.0},
        )
        ss, se = self._np_chars(ctx, src)
        speaker = self._speaker_dict(ctx, ss, se)
        kind = self._quote_kind(ctx, cs, ce)
        rule_id = (
            "indirect.according_to"
            if kind == "indirect"
            else ("mixed.according_to_with_quote" if kind == "mixed" else "direct.quote_cue_before")
        )
        claim = self._make_claim(ctx, kind, rule_id, tok, entry, speaker, cs, ce, particle=to)
        if claim is not None:
            ctx.used_cues.add(tok.i)
            ctx.speech_ranges.append((cs, ce))
        return claim

    # ----------------------------------------------------------------- nominal
    def _nominal(self, ctx: _Ctx, _prior: list[dict]) -> list[dict]:
        """A cue noun with a that-clause: "her claim that ...", "X voiced concern that ...".
        The holder is the noun's possessor, or the subject of the verb that takes the noun
        as its object; else none is named."""
        claims: list[dict] = []
        for tok in ctx.doc:
            entry = ctx.lex.nominal_that.get(tok.lemma_.lower())
            if entry is None or tok.pos_ != "NOUN" or ctx.tok_quote[tok.i] >= 0:
                continue
            if self._inside_speech(ctx, tok.idx):
                continue  # "denied the claim that ...": already the content of a claim
            clause = next(
                (
                    c
                    for c in tok.rights
                    if c.dep_ in ("acl", "ccomp", "appos")
                    and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
                ),
                None,
            )
            if clause is None:
                continue
            cs, ce = self._token_range_chars(ctx, clause.left_edge.i, clause.right_edge.i)
            if ce <= cs:
                continue
            poss = next((c for c in tok.children if c.dep_ == "poss"), None)
            if poss is not None:
                speaker = self._speaker_dict(ctx, *self._np_chars(ctx, poss))
            elif tok.dep_ == "dobj":
                speaker = self._speaker_for_cue(ctx, tok.head)
            else:
                speaker = None
            kind = self._quote_kind(ctx, cs, ce)
            rule_id = {
                "indirect": "indirect.noun_that",
                "mixed": "mixed.noun_that_with_quote",
                "direct": "direct.quote_complement",  # "his claim that “...”"
            }[kind]
            claim = self._make_claim(ctx, kind, rule_id, tok, entry, speaker, cs, ce)
            if claim is not None:
                ctx.speech_ranges.append((cs, ce))
                claims.append(claim)
        return claims

    # ------------------------------------------------------------------ stance
    def _stance(self, ctx: _Ctx, _prior: list[dict]) -> list[dict]:
        doc, lex = ctx.doc, ctx.lex
        claims: list[dict] = []
        for tok in doc:
            if tok.pos_ != "VERB" or tok.i in ctx.used_cues or ctx.tok_quote[tok.i] >= 0:
                continue
            entry = lex.stance_verbs.get(tok.lemma_.lower())
            if entry is None or self._inside_speech(ctx, tok.idx):
                continue
            by_dep: dict[str, list[Token]] = {}
            for c in tok.children:
                by_dep.setdefault(c.dep_, []).append(c)
            passive_subj = (by_dep.get("nsubjpass") or [None])[0]
            agent = (by_dep.get("agent") or [None])[0]
            cue_end = None
            if passive_subj is None and agent is not None and tok.dep_ == "acl":
                # "the plan presented by X to Y": the participle's noun is what was acted on
                agent_objs = [c for c in agent.children if c.dep_ == "pobj"]
                if not agent_objs:
                    continue
                speaker = self._speaker_dict(ctx, *self._np_chars(ctx, agent_objs[0]))
                theme = tok.head  # climb out of "of" phrases: "the plan [of cooperation]"
                while theme.dep_ == "pobj" and theme.head.lower_ == "of" and theme.head.i > 0:
                    theme = theme.head.head
                a, b = theme.left_edge.i, tok.i - 1
                obj_toks = list(doc[a : b + 1])
                recipients = [
                    c
                    for p in by_dep.get("prep", []) + by_dep.get("dative", [])
                    if p.lower_ in self.lex.stance_prepositions
                    for c in p.children
                    if c.dep_ == "pobj"
                ]
                target_range = self._np_chars(ctx, recipients[0]) if recipients else None
                rule_id = "stance.participle_agent"
            elif passive_subj is not None and agent is not None:
                agent_objs = [c for c in agent.children if c.dep_ == "pobj"]
                if not agent_objs:
                    continue
                ss, se = self._np_chars(ctx, agent_objs[0])
                speaker = self._speaker_dict(ctx, ss, se)
                a = passive_subj.left_edge.i
                b = tok.right_edge.i
                obj_toks = [
                    t
                    for t in doc[a : b + 1]
                    if t.i != tok.i and not (agent.i <= t.i <= agent.right_edge.i)
                ]
                rule_id = "stance.passive_agent"
                target_range = self._np_chars(ctx, passive_subj)
            else:
                dobj = (by_dep.get("dobj") or [None])[0]
                preps = [
                    p
                    for p in by_dep.get("prep", []) + by_dep.get("dative", [])
                    if p.lower_ in self.lex.stance_prepositions and p.i > tok.i
                ]
                light = self._light_verb_object(dobj) if dobj is not None else None
                if dobj is not None and dobj.i > tok.i and light is not None:
                    # "took an aggressive posture toward X": the cue runs to the preposition,
                    # the content is its object; the adjective carries the polarity
                    cue_end, target = light
                    a, b = target.left_edge.i, target.right_edge.i
                    rule_id = "stance.light_verb"
                elif dobj is not None and dobj.i > tok.i:
                    a, b = dobj.left_edge.i, dobj.right_edge.i
                    for p in sorted(preps, key=lambda p: p.i):
                        if p.i == b + 1:
                            b = p.right_edge.i
                    rule_id = "stance.verb_object"
                elif preps:
                    p = min(preps, key=lambda p: p.i)
                    objs = [c for c in p.children if c.dep_ in ("pobj", "pcomp")]
                    if not objs:
                        continue
                    a, b = objs[0].left_edge.i, p.right_edge.i
                    rule_id = "stance.verb_prep"
                else:
                    continue
                speaker = self._speaker_for_cue(ctx, tok)
                obj_toks = list(doc[dobj.left_edge.i : b + 1]) if cue_end else list(doc[a : b + 1])
                target_range = None
            if speaker is None or speaker.get("actor_id") is None:
                continue
            cs, ce = self._token_range_chars(ctx, a, b)
            if ce <= cs:
                continue
            obj_total = st.content_polarity(obj_toks, lex)
            if entry["mode"] == "carry" and obj_total == 0:
                continue  # "took office", "joined the meeting": no stance
            negated = st.is_negated(tok, lex)
            score = st.stance_verb_score(entry, obj_total, negated)
            claim = self._make_claim(
                ctx,
                "stance",
                rule_id,
                tok,
                entry,
                speaker,
                cs,
                ce,
                score=score,
                negated=negated,
                target_range=target_range,
                cue_end=cue_end,
            )
            if claim is not None and claim["targets"]:
                claims.append(claim)
        return claims

    def _light_verb_object(self, dobj: Token) -> tuple[Token, Token] | None:
        """(preposition, its object) when the object is a stance noun ("a hard line on X",
        "an aggressive posture toward X"), else None. The parser hangs the preposition on
        the noun or on the verb; either will do when it follows the noun."""
        if dobj.lemma_.lower() not in self.lex.stance_nouns:
            return None
        on_verb = [c for c in dobj.head.children if c.i == dobj.right_edge.i + 1]
        for prep in [*dobj.children, *on_verb]:
            if prep.dep_ == "prep" and prep.lower_ in self.lex.stance_prepositions:
                objs = [c for c in prep.children if c.dep_ == "pobj"]
                if objs:
                    return prep, objs[0]
        return None

    def _actor_like(self, ctx: _Ctx, speaker: dict | None) -> bool:
        """A speaker that can hold a belief or intention: a resolved actor, a pronoun, a
        proper name, or a noun for people ("officials", "analysts", "the ministry")."""
        if speaker is None:
            return False
        text = speaker["text"].lower()
        if speaker.get("actor_id") is not None or text in self.lex.personal_pronouns:
            return True
        span = ctx.doc.char_span(speaker["start"], speaker["end"], alignment_mode="expand")
        if span is None or len(span) == 0:
            return False
        root = span.root
        lemma = root.lemma_.lower()
        if root.lower_ in self.lex.holder_pronouns:
            return True  # "who", "many of them", "few": people, left unnamed
        return root.pos_ == "PROPN" or lemma in role_nouns() or lemma in self.lex.speaker_nouns

    def _inside_speech(self, ctx: _Ctx, idx: int) -> bool:
        return any(a <= idx < b for a, b in ctx.speech_ranges)

    # ----------------------------------------------------------------- helpers
    def _is_cue_verb(self, ctx: _Ctx, tok: Token, *, evidential: bool = False) -> bool:
        lemma = self._cue_lemma(tok)
        return (
            ctx.tok_quote[tok.i] < 0
            and (lemma in ctx.lex.cue_lemmas or (evidential and lemma in ctx.lex.evidential_lemmas))
            and (tok.pos_ in ("VERB", "AUX") or tok.tag_.startswith("VB"))
        )

    def _cue_lemma(self, tok: Token) -> str:
        # the model lemmatizes some cue forms wrongly ("hoping" -> "hop"): cues.json fixes them
        return self.lex.lemma_fixes.get(tok.lower_) or tok.lemma_.lower()

    def _cue_entry(self, tok: Token) -> dict:
        entries = self.lex.cues.get(self._cue_lemma(tok), ())
        plain = [e for e in entries if not e.get("particle")]
        return (plain or list(entries) or [{"category": "statement", "polarity": 0.0}])[0]

    def _quote_kind(self, ctx: _Ctx, cs: int, ce: int) -> str:
        overlap = False
        for q in ctx.quotes:
            if q.close_end <= cs:
                continue
            if q.open_start >= ce:
                break
            if q.open_start <= cs and ce <= q.close_end:
                return "direct"
            if q.double or q.end - q.start > 0:
                overlap = True
        return "mixed" if overlap else "indirect"

    def _token_range_chars(self, ctx: _Ctx, a: int, b: int) -> tuple[int, int]:
        """Char range of tokens a..b (inclusive), trimmed of a leading complementizer and of
        punctuation/space at either end (an opening quote mark at the start is kept off too,
        a closing one at the end as well)."""
        doc = ctx.doc
        a = max(a, 0)
        b = min(b, len(doc) - 1)
        while a <= b and (
            doc[a].is_space
            or (doc[a].is_punct and not doc[a].is_quote)
            or (doc[a].lower_ in LEADING_TRIM and doc[a].dep_ == "mark")
        ):
            a += 1
        while b >= a and (doc[b].is_space or doc[b].is_punct):
            b -= 1
        if b < a:
            return 0, 0
        cs, ce = doc[a].idx, doc[b].idx + len(doc[b].text)
        return _trim_chars(ctx.text, cs, ce)

    def _np_chars(self, ctx: _Ctx, tok: Token) -> tuple[int, int]:
        """The noun phrase headed by tok: its left subtree plus compound/of-phrases to the
        right, without relative clauses, appositions or punctuation."""
        doc = ctx.doc
        left = tok.left_edge.i
        right = tok.i
        for c in tok.rights:
            # "Brazil and Chile": a coordinated subject is one (joint) speaker span
            joins = c.dep_ in ("cc", "conj") and (c.dep_ == "cc" or c.pos_ in ("PROPN", "NOUN"))
            if (c.dep_ in NP_RIGHT_DEPS or joins) and c.left_edge.i == right + 1:
                right = c.right_edge.i
            else:
                break
        # a left subtree reaching across a comma or a quote is not part of the name
        for i in range(tok.i - 1, left - 1, -1):
            if doc[i].is_punct and doc[i].text not in ("-", "’s", "'s", ".", "&"):
                left = i + 1
                break
        if right - left + 1 > SPEAKER_MAX_TOKENS:
            left = max(left, tok.i - SPEAKER_MAX_TOKENS)
        return self._token_range_chars(ctx, left, right)

    def _speaker_token(self, ctx: _Ctx, tok: Token) -> Token | None:
        h = tok
        for _ in range(6):
            for c in h.children:
                if c.dep_ in SUBJECT_DEPS and c.lower_ not in EXPLETIVES:
                    return c
            for c in h.children:
                if c.dep_ == "agent":
                    objs = [o for o in c.children if o.dep_ == "pobj"]
                    if objs:
                        return objs[0]
            if h.dep_ == "acl" and h.head.pos_ in ("NOUN", "PROPN", "PRON"):
                return h.head
            if h.dep_ not in CLIMB_DEPS or h.head.i == h.i:
                return None
            h = h.head
        return None

    def _speaker_for_cue(self, ctx: _Ctx, cue: Token) -> dict | None:
        has_own = any(c.dep_ in SUBJECT_DEPS for c in cue.children)
        if not has_own:
            # parse errors aside, an actor named right before the verb is its subject
            # ("... Council Anna Petrova declared that ...")
            m = self._mention_ending_before(ctx, cue)
            if m is not None:
                head = ctx.doc.char_span(m["start"], m["end"], alignment_mode="expand")
                if head is not None and len(head) > 0:
                    ss, se = self._np_chars(ctx, head.root)
                    if ss <= m["start"] and m["end"] <= se:
                        return self._speaker_dict(ctx, ss, se)
                    return self._speaker_dict(ctx, m["start"], m["end"])
        subj = self._speaker_token(ctx, cue)
        if subj is None or ctx.tok_quote[subj.i] >= 0:
            return None
        ss, se = self._np_chars(ctx, subj)
        return self._speaker_dict(ctx, ss, se)

    def _mention_ending_before(self, ctx: _Ctx, cue: Token) -> dict | None:
        if cue.i == 0 or cue.tag_ == "VBG":
            return None
        prev = ctx.doc[cue.i - 1]
        end = prev.idx + len(prev.text)
        for m in ctx.mentions:
            if m["end"] == end and m.get("label") in ("PERSON", "ORG", "GPE"):
                return m
            if m["start"] >= end:
                break
        return None

    def _speaker_dict(self, ctx: _Ctx, ss: int, se: int) -> dict | None:
        if se <= ss:
            return None
        text = ctx.text[ss:se]
        res = resolve_speaker(ctx.doc, ss, se)
        if res is None:
            is_pron = text.lower() in self.lex.personal_pronouns
            res = {
                "actor_id": None,
                "name": None if is_pron else text,
                "country": None,
                "role": None,
                "resolved_from": "unresolved",
            }
        return {"text": text, "start": ss, "end": se, **res}

    def _targets(
        self,
        ctx: _Ctx,
        cs: int,
        ce: int,
        speaker: dict | None,
        extra: tuple[int, int] | None = None,
    ) -> list[dict]:
        ranges = [(cs, ce)] + ([extra] if extra else [])
        sp_id = speaker.get("actor_id") if speaker else None
        sp_range = (speaker["start"], speaker["end"]) if speaker else (-1, -1)
        # Joint speakers' claims are about their relation: the members are the targets.
        members = (speaker or {}).get("members") or []
        out = [dict(m) for m in members]
        seen = {m.get("actor_id") or m["text"].lower() for m in members}
        # A state official's claim is not "about" their own state.
        own_state = f"gpe:{speaker['country']}" if speaker and speaker.get("country") else None
        for m in ctx.mentions:
            if not any(m["start"] < b and m["end"] > a for a, b in ranges):
                continue
            if not (
                m["start"] >= min(a for a, _ in ranges) and m["end"] <= max(b for _, b in ranges)
            ):
                continue
            if m["start"] < sp_range[1] and m["end"] > sp_range[0]:
                continue
            key = m.get("actor_id") or m["text"].lower()
            if (sp_id is not None and key == sp_id) or key in seen:
                continue
            if key == own_state and not members:
                continue
            seen.add(key)
            out.append(
                {
                    "text": m["text"],
                    "start": m["start"],
                    "end": m["end"],
                    "actor_id": m.get("actor_id"),
                    "name": m.get("name"),
                    "country": m.get("country"),
                }
            )
        return out

    def _make_claim(
        self,
        ctx: _Ctx,
        kind: str,
        rule_id: str,
        cue: Token,
        entry: dict,
        speaker: dict | None,
        cs: int,
        ce: int,
        *,
        particle: Token | None = None,
        score: float | None = None,
        negated: bool | None = None,
        target_range: tuple[int, int] | None = None,
        cue_end: Token | None = None,
    ) -> dict | None:
        doc, lex = ctx.doc, ctx.lex
        text = ctx.text
        cs, ce = _trim_chars(text, cs, ce)
        if ce <= cs:
            return None
        if (
            speaker is not None
            and speaker["start"] < ce
            and speaker["end"] > cs
            and kind != "stance"
            and not cs <= cue.idx < ce  # a speech tag set inside its content keeps its speaker
        ):
            speaker = None  # the subject found lies inside the content: not a speaker
        # cue span: the verb, plus an adjacent particle ("called for", "according to")
        q_start, q_end = cue.idx, cue.idx + len(cue.text)
        lemma = entry.get("lemma") or cue.lemma_.lower()
        if particle is not None and particle.i == cue.i + 1:
            q_end = particle.idx + len(particle.text)
            if " " not in lemma:
                lemma = f"{lemma} {particle.lower_}"
        if cue_end is not None:  # a light-verb cue: "took a hard line on"
            q_end = cue_end.idx + len(cue_end.text)
            lemma = f"{lemma} {cue_end.head.lemma_.lower()} {cue_end.lower_}"
        content_toks = self._tokens_in(ctx, cs, ce)
        if negated is None:
            roots = [t for t in content_toks if t.head.i == t.i or not (cs <= t.head.idx < ce)]
            cue_negated = st.is_negated(cue, lex)
            negated = cue_negated or any(st.is_negated(r, lex) for r in roots)
        else:
            cue_negated = negated
        if score is None:
            total = st.content_polarity(content_toks, lex)
            score = st.speech_score(float(entry.get("polarity") or 0.0), total, cue_negated)
        mod = st.modality(content_toks, cue, lex)
        if (
            mod == "asserted"
            and entry.get("category") in ("commitment", "threat")
            and rule_id.split(".")[1].startswith(("xcomp", "prep"))
        ):
            mod = "future"
        cue_sent = ctx.sents[ctx.tok_sent[cue.i]]
        s_start = min(cue_sent.start_char, self._sent_of_char(ctx, cs).start_char)
        s_end = max(cue_sent.end_char, self._sent_of_char(ctx, ce - 1).end_char)
        s_start, s_end = _trim_chars(text, s_start, s_end)
        clause = [cs, ce, q_start, q_end]
        if speaker is not None:
            clause += [speaker["start"], speaker["end"]]
        base = lex.rules.get(rule_id, 0.5)
        if speaker is None:
            base -= 0.2
        elif speaker.get("actor_id") is None:
            base -= 0.1
        elif speaker.get("resolved_from") in ("pronoun", "role_noun"):
            base -= 0.05
        return {
            "kind": kind,
            "speaker": dict(speaker) if speaker else None,
            "cue": {
                "text": text[q_start:q_end],
                "start": q_start,
                "end": q_end,
                "lemma": lemma,
                "category": entry.get("category", "statement"),
            },
            "content": {"text": text[cs:ce], "start": cs, "end": ce},
            "targets": self._targets(ctx, cs, ce, speaker, target_range),
            "stance": {
                "polarity": st.label(score),
                "category": entry.get("category", "statement"),
                "score": score,
            },
            "negated": bool(negated),
            "modality": mod,
            "date": _claim_date(doc, min(clause), max(clause)),
            "sentence": {"start": s_start, "end": s_end},
            "confidence": round(max(0.0, min(1.0, base)), 3),
            "rule_id": rule_id,
        }

    def _tokens_in(self, ctx: _Ctx, cs: int, ce: int) -> list[Token]:
        span = ctx.doc.char_span(cs, ce, alignment_mode="expand")
        return list(span) if span is not None else []

    def _sent_of_char(self, ctx: _Ctx, c: int) -> Span:
        span = ctx.doc.char_span(c, c + 1, alignment_mode="expand")
        if span is None or len(span) == 0:
            return ctx.sents[0]
        return ctx.sents[ctx.tok_sent[span[0].i]]


def _paragraph_sentences(doc: Doc) -> list[Span]:
    """The parser's sentences, cut again at line breaks: the parser sometimes runs a sentence
    on across a paragraph break ("... a false reason,” he said.\n\nCorker said ..."), and a
    claim's sentence, quote attachment and content never cross a paragraph."""
    out: list[Span] = []
    for sent in doc.sents:
        start = sent.start
        for tok in sent:
            if (
                tok.is_space
                and "\n" in tok.text
                and tok.i + 1 < sent.end
                and any(not t.is_space for t in doc[start : tok.i + 1])
            ):
                out.append(doc[start : tok.i + 1])
                start = tok.i + 1
        out.append(doc[start : sent.end])
    return out


def _trim_chars(text: str, start: int, end: int, trailing: str = "") -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in trailing):
        end -= 1
    return start, end


def _claim_date(doc: Doc, start: int, end: int) -> dict | None:
    """The date stage's `claim_date` if it exists, else a local fallback: a DATE in the
    claim's sentence (basis "sentence"), else the publication date (basis "published")."""
    try:
        from pipeline.dates import date_tagger

        fn = getattr(date_tagger, "claim_date", None)
    except Exception:
        fn = None
    if fn is not None:
        try:
            res = fn(doc, start, end)
            return dict(res) if res is not None else None
        except Exception:
            logger.exception("claim_date failed; using the local fallback")
    return _local_claim_date(doc, start, end)


def _local_claim_date(doc: Doc, start: int, end: int) -> dict | None:
    span = doc.char_span(start, max(start + 1, end), alignment_mode="expand")
    if span is not None and len(span) > 0:
        s_start = span[0].sent.start_char
        s_end = span[-1].sent.end_char
        for d in doc._.dates or []:
            if d.get("type", "DATE") == "DATE" and d["start"] >= s_start and d["end"] <= s_end:
                return {
                    "value": d.get("value"),
                    "text": d["text"],
                    "start": d["start"],
                    "end": d["end"],
                    "basis": "sentence",
                }
    if doc._.published:
        return {
            "value": doc._.published,
            "text": None,
            "start": None,
            "end": None,
            "basis": "published",
        }
    return None
