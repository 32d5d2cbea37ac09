"""Person titles of the lexicon ("prime minister", "spokeswoman") found around a name."""

from __future__ import annotations

from spacy.tokens import Span, Token

from pipeline.actors.arrays import sentence_bounds
from pipeline.actors.mention import Context


def title_at(ctx: Context, start: int, end: int) -> str | None:
    """Tokens [start, end) as a person title from the lexicon, or None."""
    # Line breaks and no-break spaces are tokens of their own: "Director\nYang".
    tokens = ctx.title_words
    if 0 <= start < end <= len(tokens) and not _may_bound(ctx, tokens[start], tokens[end - 1]):
        return None
    words = " ".join(w for w in tokens[start:end] if w is not None)
    return words if words in ctx.gaz.person_titles else None


def _may_bound(ctx: Context, first: str | None, last: str | None) -> bool:
    """Can a title open with word `first` and close with word `last` (None: a space token,
    not a title's edge)? A cheap test: most windows hold no title."""
    gaz = ctx.gaz  # a token's word holds a space only rarely: no split of the rest
    if first is not None and " " in first:
        first = first.split(" ")[0]
    if last is not None and " " in last:
        last = last.split(" ")[-1]
    return (first is None or first in gaz.person_title_firsts) and (
        last is None or last in gaz.person_title_lasts
    )


def may_open(ctx: Context, start: int) -> bool:
    """Can a title of tokens [start, ...) open with token `start` (`title_at`'s first test)?"""
    return _may_bound(ctx, ctx.title_words[start], None)


def may_close(ctx: Context, end: int) -> bool:
    """Can a title of tokens [..., end) close with token `end - 1` (`title_at`'s first test)?"""
    return _may_bound(ctx, None, ctx.title_words[end - 1])


def title_starting_at(ctx: Context, start: int) -> str | None:
    """The longest person title whose first word is token `start`."""
    widths = range(min(ctx.settings.title_window, len(ctx.doc) - start), 0, -1)
    # every window opens with the same word: most words open no title
    first = next((w for w in ctx.title_words[start : start + widths.start] if w is not None), None)
    if not _may_bound(ctx, first, None):
        return None
    return next((t for w in widths if (t := title_at(ctx, start, start + w))), None)


def title_ending_at(ctx: Context, end: int, floor: int = 0) -> str | None:
    """The longest person title whose last word is just before token `end`."""
    widths = range(min(ctx.settings.title_window, end - floor), 0, -1)
    if not widths or not _may_close(ctx, end, widths.start):
        return None
    return next((t for w in widths if (t := title_at(ctx, end - w, end))), None)


def _may_close(ctx: Context, end: int, width: int) -> bool:
    """Can a title of at most `width` tokens end just before token `end`? Every window ending
    there closes with the same word (the last that is no space), and most words close no
    title; a narrower window holds that word or no word."""
    window = ctx.title_words[max(end - width, 0) : end]
    return _may_bound(ctx, None, next((w for w in reversed(window) if w is not None), None))


def title_before(ctx: Context, span: Span) -> tuple[str | None, str | None]:
    """A person title ending right before the span ("Prime Minister X", "spokeswoman X")."""
    if not _may_close(ctx, span.start, ctx.settings.title_window):
        return None, None  # no title ends there, whatever the sentence's start
    title = title_ending_at(ctx, span.start, floor=sentence_bounds(span)[0])
    return title, ctx.gaz.person_titles.get(title) if title else None


def without_leading_title(ctx: Context, span: Span) -> Span:
    """ "Crown Prince Mohammed bin Salman" -> the name; the title is found before it."""
    title = title_starting_at(ctx, span.start)
    width = len(title.split()) if title else 0
    if not title or width >= len(span):
        return span
    return Span(span.doc, span.start + width, span.end, label=span.label_)


def title_role_in(ctx: Context, start: int, end: int) -> str | None:
    """The role of the title nearest to `end` among tokens [start, end)."""
    for last in range(end, start, -1):
        title = title_ending_at(ctx, last, floor=start)
        if title:
            return ctx.gaz.person_titles[title]
    return None


def attribute_title(ctx: Context, attr: Token) -> str | None:
    """The person title an attribute names ("a research fellow"), with its modifiers or
    alone, or None."""
    words = [t for t in attr.lefts if t.dep_ in ("compound", "amod")] + [attr]
    for title in (" ".join(t.lower_ for t in words), attr.lower_):
        if title in ctx.gaz.person_titles:
            return title
    return None
