"""Every custom Doc attribute the pipeline uses, declared in one place.

Values are plain data (str, int, float, dicts and lists of them) so that Docs
survive `Doc.to_bytes()` when `nlp.pipe` runs with several processes.
"""

from __future__ import annotations

from spacy.tokens import Doc

# name -> what it holds
DOC_EXTENSIONS: dict[str, str] = {
    "article_id": "str | None: the article's id",
    "published": "str | None: publication date as ISO YYYY-MM-DD; anchors relative dates",
    "layout": "dict: paragraphs, blocks (headline, dateline, byline, bullet...), turns",
    "chunk_offset": "int | None: where this Doc starts in its article (long articles)",
    "actor_mentions": "list[dict]: text,start,end,label,actor_id,name,country,role,rule_id",
    "not_actors": "list[list[int]]: [start, end] of names the actor stage found to be things",
    "actors": "list[dict]: actor_id,name,type,country,role,aliases,n_mentions,rule_id",
    "dates": "list[dict]: text,start,end,type,value,mod,anchor,rule_id",
    "claims": "list[dict]: one claim row per the output contract, without ids",
}


def register_extensions() -> None:
    """Declare the extensions once; safe to call repeatedly."""
    for name in DOC_EXTENSIONS:
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)


register_extensions()
