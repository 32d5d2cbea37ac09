"""The `Matcher` patterns of actor rules: a rule row's pattern is tested against a whole
candidate span ("Wong Kai-ming" against a romanised name's shape)."""

from __future__ import annotations

from spacy.matcher import Matcher
from spacy.tokens import Span
from spacy.vocab import Vocab

from pipeline.rules import Rule, UnknownRuleError


class SpanPatterns:
    def __init__(self, vocab: Vocab, rules: dict[str, Rule]) -> None:
        self.matchers: dict[str, Matcher] = {}
        # a pattern without operators ("OP") matches exactly as many tokens as it has
        # specs: a span of another length cannot fit it, and the matcher need not run
        self.lengths: dict[str, int | None] = {}
        for rule in rules.values():
            if rule.pattern is not None:
                matcher = Matcher(vocab, validate=True)
                matcher.add(rule.id, [rule.pattern])
                self.matchers[rule.id] = matcher
                fixed = all("OP" not in spec for spec in rule.pattern)
                self.lengths[rule.id] = len(rule.pattern) if fixed else None

    def fits(self, rule_id: str, span: Span) -> bool:
        """Does the pattern of rule `rule_id` match the whole span?"""
        matcher = self.matchers.get(rule_id)
        if matcher is None:
            raise UnknownRuleError(f"actor rule {rule_id!r} has no pattern")
        length = self.lengths[rule_id]
        if length is not None and length != len(span):
            return False
        return any(start == 0 and end == len(span) for _, start, end in matcher(span))
