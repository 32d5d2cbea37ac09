"""The verb of saying a quote hangs on when the verb is outside the cue lexicon: a verb of
the manner of speaking ("chanted", "yelled"), one of WordNet's (cues.generated.json
object_verbs) that is no verb of feeling."""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.claims.climb import has_subject
from pipeline.claims.quotes import QuoteSegment
from pipeline.claims.view import DocView


def object_verb(view: DocView, q: QuoteSegment, q_toks: list[Token]) -> Token | None:
    """ "The crowd chanted “...”", "“...,” yelled a man": a quote that the parser hangs on a
    verb of saying outside the cue lexicon (WordNet's verb.communication and kin,
    cues.generated.json object_verbs; not one of feeling), a verb with a subject of its own,
    next to the quote in its sentence: the quote's cue (rule direct.quote_object_verb)."""
    lex = view.lex
    in_q = {t.i for t in q_toks}
    heads = {t.head.i for t in q_toks if t.head.i not in in_q and not t.is_punct}
    for h in sorted(heads):
        verb = view.tokens[h]
        lemma = view.cue_lemmas[h]
        if (
            verb.pos_ == "VERB"
            and view.tok_quote[h] < 0
            and lemma in lex.object_verbs
            and lemma not in lex.emotion_verbs
            and lemma not in lex.cue_lemmas
            and has_subject(verb)
            and not _quote_in_phrase(view, q, verb)
        ):
            return verb
    return None


def _quote_in_phrase(view: DocView, q: QuoteSegment, verb: Token) -> bool:
    """The quote is a title or name inside a phrase, not what was said: words other than
    the verb's own subject stand between the verb and the quote."""
    if verb.idx < q.open_start:
        between = view.text[verb.idx + len(verb.text) : q.open_start]
    else:
        between = view.text[q.close_end : verb.idx]
    return any(ch.isalnum() for ch in between) and not any(
        s.idx >= min(verb.idx, q.close_end) and s.idx < max(verb.idx, q.open_start)
        for s in verb.children
        if s.dep_ in ("nsubj", "nsubjpass")
    )
