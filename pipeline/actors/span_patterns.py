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
        for rule in rules.values():
            if rule.pattern is not None:
                matcher = Matcher(vocab, validate=True)
                matcher.add(rule.id, [rule.pattern])
                self.matchers[rule.id] = matcher

    def fits(self, rule_id: str, span: Span) -> bool:
        """Does the pattern of rule `rule_id` match the whole span?"""
        matcher = self.matchers.get(rule_id)
        if matcher is None:
            raise UnknownRuleError(f"actor rule {rule_id!r} has no pattern")
        return any(start == 0 and end == len(span) for _, start, end in matcher(span))
