"""Actor linker: NER plus gazetteers, titles and alias links -> canonical actors.

For every mention of a person, organisation or state it records the canonical actor
(`actor_id`, `name`), the actor's country (ISO alpha-3, `IGO` for international
organisations) and role, and the `rule_id` of the rule that decided it. Results are
plain dicts in `doc._.actor_mentions` and `doc._.actors`.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.pipeline import Pipe
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from pipeline.actors.gazetteer import Entry, load_gazetteer, normalise_form, slug

ACTOR_LABELS = {"PERSON", "ORG", "GPE", "NORP"}
# Dependency labels of a noun acting as a subject or agent.
AGENT_DEPS = {"nsubj", "nsubjpass", "poss", "conj", "appos", "compound"}
TITLE_WINDOW = 4  # tokens before a name searched for a title
AFFILIATION_WINDOW = 14  # tokens before a person searched for a country
DOMINANT_MIN_MENTIONS, DOMINANT_RATIO = 3, 2  # when one state is "the article's" state


@dataclass
class Mention:
    span: Span
    label: str
    actor_id: str
    name: str
    country: str | None
    role: str | None
    rule_id: str
    type: str = ""
    extra: dict = field(default_factory=dict)


class ActorLinker(Pipe):
    """Finds actor mentions and resolves each to one canonical actor per document."""

    def __init__(self, nlp: Language, name: str = "claims_actor_linker") -> None:
        self.name = name
        self.gazetteer = load_gazetteer()
        self.matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        # NER misses some gazetteer names ("the Kremlin", "Diet"); match them case-sensitively.
        forms = sorted(self.gazetteer.match_forms)
        self.matcher.add("GAZETTEER", list(nlp.tokenizer.pipe(forms)))

    def __call__(self, doc: Doc) -> Doc:
        self._hints: dict[tuple[int, int], str] = {}  # span bounds -> rule that made it
        candidates = self._candidates(doc)
        classified = [(span, self._classify(doc, span)) for span in candidates]
        mentions = [m for _, m in classified if m]
        things = [span for span, m in classified if m is None and span.label_ in ("ORG", "PERSON")]
        mentions = self._without_acronyms_of_things(doc, mentions, things)
        self._link_aliases(doc, mentions)
        self._add_affiliations(doc, mentions)
        doc._.actor_mentions = [_mention_dict(m) for m in mentions]
        doc._.actors = _actor_rows(mentions)
        return doc

    # -- finding candidate spans -------------------------------------------------------

    def _candidates(self, doc: Doc) -> list[Span]:
        raw = [self._extend_name(e) for e in doc.ents if e.label_ in ACTOR_LABELS | {"FAC"}]
        # A gazetteer name wins over NER only where it is longer ("US Forces Japan" over
        # "US" + "Japan"); inside a longer entity it is just part of that name.
        matches = [
            Span(doc, start, end, label="GAZ")
            for _, start, end in self.matcher(doc)
            if not any(e.start < end and start < e.end and len(e) >= end - start for e in raw)
        ]
        ents = [
            part
            for e in raw
            if (t := _trim(e))
            for split in self._split_person_of_news_org(t)
            for part in self._split_org_person(split)
        ]
        titled = [
            span
            for span in [*self._titled_names(doc), *self._copular_names(doc)]
            if not any(e.start < span.end and span.start < e.end for e in ents)
        ]
        spans = [s for s in [*ents, *titled, *matches] if len(s)]
        return sorted(filter_spans(spans), key=lambda s: s.start)

    def _extend_name(self, ent: Span) -> Span:
        """ "the Edwin O. Reischauer Center" + "for East Asian Studies": NER often stops
        at an organisation word; the name goes on through "for/of/on" and capitalised words.
        A facility named with an organisation word is an organisation."""
        doc = ent.doc
        if ent.label_ not in ("ORG", "FAC") or ent[-1].lower_ not in self.gazetteer.org_words:
            return ent
        end = ent.end
        if end + 1 < len(doc) and doc[end].lower_ in ("for", "of", "on") and doc[end + 1].is_title:
            end += 1
            while end < len(doc) and (
                doc[end].is_title
                or (
                    doc[end].lower_ in ("and", "of")
                    and end + 1 < len(doc)
                    and doc[end + 1].text[:1].isupper()
                )
            ):
                end += 1
            while doc[end - 1].lower_ in ("and", "of"):
                end -= 1
        return Span(doc, ent.start, end, label="ORG")

    def _titled_names(self, doc: Doc) -> list[Span]:
        """Capitalised names right after a person title that NER missed ("president, Ana Ruiz")."""
        spans = []
        for token in doc:
            if not token.is_title or token.pos_ != "PROPN" or token.i == 0:
                continue
            start = before = token.i
            while before > 1 and doc[before - 1].is_space:
                before -= 1  # "Prime Minister\nArdern": a hard-wrapped line
            comma = doc[before - 1].text == ","
            before -= comma
            title = self._title_ending_at(doc, before)
            if not title:
                continue  # also inside a capitalised name: its first word decides
            end = start
            while (
                end < len(doc)
                and end - start < 4
                and doc[end].pos_ == "PROPN"
                and (doc[end].is_title or doc[end].text.endswith("."))
            ):
                end += 1
            # A lone word names a person right after a title ("Prime Minister Ardern"),
            # but not after a comma ("the president, Thanks"), nor a word of titles or
            # organisations ("Minister Office").
            lone_ok = not comma and self._could_be_a_surname(doc[start])
            if (end - start >= 2 or lone_ok) and self.gazetteer.lookup(doc[start:end].text) is None:
                spans.append(Span(doc, start, end, label="PERSON"))
        return spans

    def _could_be_a_surname(self, token: Token) -> bool:
        gaz = self.gazetteer
        lower = token.lower_
        return (
            token.is_alpha
            and not token.is_upper
            and lower not in gaz.org_words
            and lower not in gaz.non_actor_heads
            and lower not in gaz.person_title_words
        )

    def _split_person_of_news_org(self, ent: Span) -> list[Span]:
        """ "Tanaka of Kyodo": a name, "of" and a news organisation is a reporter of it.
        NER tags the whole as an organisation; the reporter is a person."""
        if ent.label_ not in ("ORG", "PERSON"):
            return [ent]
        of = next((t.i for t in ent[1:] if t.lower_ == "of"), None)
        if of is None or of - ent.start > 3:
            return [ent]
        name = ent.doc[ent.start : of]
        org_start = of + 1
        while org_start < ent.end and ent.doc[org_start].lower_ == "the":
            org_start += 1
        org = ent.doc[org_start : ent.end]
        entry = self.gazetteer.lookup(org.text) if len(org) else None
        if entry is None or entry.kind != "organisation" or entry.role != "MED":
            return [ent]
        if not all(t.pos_ == "PROPN" and t.is_title for t in name):
            return [ent]
        self._hints[(name.start, name.end)] = "actor.person_of_news_org"
        return [
            Span(ent.doc, name.start, name.end, label="PERSON"),
            Span(ent.doc, org.start, org.end, label="ORG"),
        ]

    def _split_org_person(self, ent: Span) -> list[Span]:
        """ "Defence Council Anna Petrova" -> the council, then the person.

        NER merges an organisation and the name that follows it; the split falls after the
        last organisation keyword when two or more capitalised names follow it.
        """
        if ent.label_ != "ORG":
            return [ent]
        keyword_at = [t.i for t in ent if t.lower_ in self.gazetteer.org_words]
        if not keyword_at:
            return [ent]
        cut = keyword_at[-1] + 1
        tail = ent.doc[cut : ent.end]
        if len(tail) < 2 or not all(t.pos_ == "PROPN" and t.is_title for t in tail):
            return [ent]
        return [
            Span(ent.doc, ent.start, cut, label="ORG"),
            Span(ent.doc, cut, ent.end, label="PERSON"),
        ]

    def _copular_names(self, doc: Doc) -> list[Span]:
        """ "Ana Ruiz is a research fellow at ..." -> Ana Ruiz is a person (author bios)."""
        spans = []
        for token in doc:
            if token.lemma_ != "be" or token.pos_ not in ("AUX", "VERB"):
                continue
            subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
            attr = next((c for c in token.children if c.dep_ == "attr"), None)
            if subject is None or attr is None or subject.pos_ != "PROPN":
                continue
            words = [t for t in attr.lefts if t.dep_ in ("compound", "amod")] + [attr]
            title = " ".join(t.lower_ for t in words)
            if title not in self.gazetteer.person_titles and attr.lower_ not in (
                self.gazetteer.person_titles
            ):
                continue
            start = subject.left_edge.i
            name = doc[start : subject.i + 1]
            if 2 <= len(name) <= 4 and all(t.pos_ == "PROPN" and t.is_title for t in name):
                spans.append(Span(doc, start, subject.i + 1, label="PERSON"))
        return spans

    def _without_leading_title(self, span: Span) -> Span:
        """ "Crown Prince Mohammed bin Salman" -> the name; the title is found before it."""
        title = self._title_starting_at(span.doc, span.start)
        width = len(title.split()) if title else 0
        if not title or width >= len(span):
            return span
        return Span(span.doc, span.start + width, span.end, label=span.label_)

    def _title_at(self, doc: Doc, start: int, end: int) -> str | None:
        """Tokens [start, end) as a person title from the lexicon, or None."""
        # Line breaks and no-break spaces are tokens of their own: "Director\nYang".
        words = " ".join(t.lower_ for t in doc[start:end] if not t.is_space).replace("’", "'")
        return words if words in self.gazetteer.person_titles else None

    def _title_starting_at(self, doc: Doc, start: int) -> str | None:
        """The longest person title whose first word is token `start`."""
        widths = range(min(TITLE_WINDOW, len(doc) - start), 0, -1)
        return next((t for w in widths if (t := self._title_at(doc, start, start + w))), None)

    def _title_ending_at(self, doc: Doc, end: int, floor: int = 0) -> str | None:
        """The longest person title whose last word is just before token `end`."""
        widths = range(min(TITLE_WINDOW, end - floor), 0, -1)
        return next((t for w in widths if (t := self._title_at(doc, end - w, end))), None)

    # -- one span -> a mention ---------------------------------------------------------

    def _classify(self, doc: Doc, span: Span) -> Mention | None:
        if self._is_non_actor_name(span):
            return None
        if span.label_ in ("PERSON", "ORG") and (
            self._names_a_thing(span) or self._is_vocative(doc, span)
        ):
            return None  # "the exercise, Freedom Edge"; "Thanks, Paul."
        if self._is_place(doc, span):
            return None  # "from Kandor", "the town of Velmar": a place, whatever NER said
        if span.label_ == "PERSON":
            span = self._without_leading_title(span)
        span = self._without_leading_descriptors(span)
        if span is None:
            return None  # "Localist": a camp's label, no actor
        title, title_role = self._title_before(doc, span)
        entry = self.gazetteer.lookup(span.text)
        if entry is not None and not title:
            return self._gazetteer_mention(span, entry)
        label = span.label_
        known = self.gazetteer.person(span.text) if label in ("PERSON", "ORG", "GAZ") else None
        rule = "actor.person_gazetteer"
        if known is None and title and len(span) == 1:
            # "Secretary Austin", "Prime Minister Han": a title and a family name that one
            # well-known person has.
            known = self.gazetteer.person_by_family_name(span.text)
            rule = "actor.person_family_name"
        if known is not None:
            return Mention(
                span,
                "PERSON",
                known.actor_id,
                known.name,
                known.country,
                title_role or known.role,
                rule,
                "PERSON",
            )
        department = self._department_shorthand(doc, span) if label in ("ORG", "GAZ") else None
        if department is not None:
            return Mention(
                span,
                "ORG",
                department.actor_id,
                department.name,
                department.country,
                department.role,
                "actor.department_shorthand",
                "ORG",
            )
        if not title and label in ("ORG", "PERSON") and _coordinated_with_place(span):
            return None  # "Crimea and eastern Ukraine": a place, whatever NER said
        if title and label in ("ORG", "PERSON", "GAZ", "NORP"):
            label = "PERSON"
        if label == "ORG" and not title and (shape_rule := self._person_shaped_org(span)):
            label = "PERSON"  # "Lam Cheuk-ting", "Dean Carver": a person's name
            self._hints[(span.start, span.end)] = shape_rule
        if label == "PERSON" and not title and self._follows_person_of(doc, span):
            label = "ORG"  # "Ana Lee of Civic Renewal": what a person is "of" is a body
            self._hints[(span.start, span.end)] = "actor.org_after_person_of"
        if label == "PERSON" and not title and span[-1].lower_ in self.gazetteer.org_words:
            label = "ORG"  # "the Technology Strike Force": named like an organisation
        if label == "PERSON" and len(span) == 1 and span.text.isupper() and len(span.text) <= 4:
            label = "ORG"  # "DAB": an acronym, not a person
        if label == "PERSON" and not self._looks_like_a_name(span):
            return None  # "pro-Beijing", "COVID-19", "Joint Statement of X", "Resolutions"
        if label == "PERSON":
            return Mention(
                span,
                "PERSON",
                f"person:{slug(span.text)}",
                span.text,
                None,
                title_role,
                self._hints.get((span.start, span.end))
                or ("actor.person_title" if title else "actor.ner_person"),
                "PERSON",
            )
        if label == "ORG" and self._is_not_an_actor(doc, span):
            return None
        if label == "ORG":
            rule = self._hints.get((span.start, span.end), "actor.ner_org")
            country, role = None, self._org_role(span)
            if self._starts_with_igo(span):
                # "NATO-Russia Council", "UN General Assembly": a body of the IGO.
                rule, country, role = "actor.org_igo_prefix", "IGO", "IGO"
            country = country or self._country_inside(span) or self._possessor_country(span)
            if country is None and (person := self._person_inside(span)) is not None:
                # "the Biden Administration": named after a known leader, of their state.
                rule, country = "actor.org_named_for_person", person.country
            mention = Mention(
                span,
                "ORG",
                self._org_id(span),
                _strip_the(span.text),
                country,
                role,
                rule,
                "ORG",
            )
            if span.start >= 2 and doc[span.start - 1].lower_ in ("'s", "’s"):
                # "Russia's National Security Council" is a name of it too.
                mention.extra["aliases"] = [doc[span.start - 2 : span.end].text]
            return mention
        return None  # other GPEs are places; other NORPs are adjectives

    def _is_place(self, doc: Doc, span: Span) -> bool:
        """One unknown capitalised word that NER calls an organisation, as the object of a
        place preposition ("from Kandor", "at Velmar") or of "of" after a place noun ("the
        town of Velmar"), is a place: not a known organisation or person, an acronym or an
        organisation word, and nowhere in the text the subject of a verb."""
        gaz = self.gazetteer
        if span.label_ != "ORG" or len(span) != 1 or span.text.isupper():
            return False
        word = span[0]
        if not word.is_title or word.lower_ in gaz.org_words:
            return False
        if gaz.lookup(word.text) is not None or gaz.person(word.text) is not None:
            return False
        if word.dep_ != "pobj":
            return False
        prep = word.head
        placed = prep.lower_ in gaz.place_prepositions or (
            prep.lower_ == "of" and prep.head.lower_ in gaz.place_nouns
        )
        if not placed:
            return False
        return not any(t.text == word.text and t.dep_ in ("nsubj", "nsubjpass") for t in doc)

    def _without_leading_descriptors(self, span: Span) -> Span | None:
        """ "Nonpartisan Ana Lee" -> the name; a span that is only a camp's label
        ("Localist") -> None."""
        if span.label_ not in ("PERSON", "ORG"):
            return span
        descriptors = self.gazetteer.name_descriptors
        start = span.start
        while start < span.end and span.doc[start].lower_ in descriptors:
            start += 1
        if start == span.end:
            return None
        if start == span.start or span.label_ != "PERSON":
            return span
        return Span(span.doc, start, span.end, label=span.label_)

    def _person_shaped_org(self, span: Span) -> str | None:
        """An "organisation" shaped like a person's name, or None: a romanised East Asian
        name ("Lam Cheuk-ting": a capitalised word, then a hyphenated given name with a
        lowercase second part), or a common given name and one more capitalised word
        ("Dean Carver") that is no known organisation."""
        gaz = self.gazetteer
        if any(t.lower_ in gaz.org_words for t in span) or gaz.lookup(span.text) is not None:
            return None
        words = [t.text for t in span]
        if (
            len(span) == 4
            and span[0].is_title
            and span[1].is_title
            and words[2] == "-"
            and span[3].is_alpha
            and span[3].is_lower
        ):
            return "actor.romanised_name_person"
        if (
            len(span) == 2
            and all(t.is_title and t.pos_ == "PROPN" for t in span)
            and span[0].lower_ in gaz.given_names
            and gaz.lookup(span[1].text) is None
        ):
            return "actor.given_name_person"
        return None

    def _follows_person_of(self, doc: Doc, span: Span) -> bool:
        """ "Ana Lee of Civic Renewal": a "person" right after a person's name and "of" is
        the body that person belongs to."""
        i = span.start - 1
        if i < 1 or doc[i].lower_ != "of" or len(span) < 2:
            return False
        before = doc[i - 1]
        return before.ent_type_ == "PERSON" and span[0].ent_type_ == "PERSON"

    def _looks_like_a_name(self, span: Span) -> bool:
        """Is a PERSON span shaped like a person's name? Not when a word is lowercase (other
        than "bin", "van"...), a digit, a common noun by its ending ("Competitiveness") or
        lexicon ("Order"), a thing's head ("Summit"), a known organisation ("ASEAN
        Outlook"), a lone common noun by its tag, or the start of a longer place name
        ("Cook" of "Cook Islands")."""
        gaz = self.gazetteer
        doc = span.doc
        if not span[0].text[:1].isupper() or any(c.isdigit() for c in span.text):
            return False
        for token in span:
            lower = token.lower_
            after_hyphen = token.i > span.start and doc[token.i - 1].text == "-"
            # lowercase words: only particles, or after a hyphen ("Kim Jong-un")
            lowercase = token.is_alpha and token.is_lower and lower not in gaz.name_particles
            if lowercase and not after_hyphen:
                return False
            if lower in gaz.non_actor_heads or lower in gaz.non_name_words:
                return False
            if any(lower.endswith(s) and len(lower) >= len(s) + 5 for s in gaz.non_name_suffixes):
                return False
            entry = gaz.lookup(token.text)
            if entry is not None and entry.kind == "organisation" and token.text.isupper():
                return False
        if len(span) == 1 and span[0].tag_ in ("NN", "NNS", "NNPS"):
            return False
        for width in (1, 2):
            longer = doc[span.start : min(span.end + width, len(doc))]
            if len(longer) > len(span) and gaz.lookup(longer.text) is not None:
                return False
        return True

    def _is_non_actor_name(self, span: Span) -> bool:
        """A name of the non_actor_names lexicon, also after a nationality ("the Ukrainian
        Crimea")."""
        names = self.gazetteer.non_actor_names
        if normalise_form(span.text) in names:
            return True
        first = self.gazetteer.lookup(span[0].text)
        return (
            len(span) > 1
            and first is not None
            and first.kind == "demonym"
            and normalise_form(span[1:].text) in names
        )

    def _names_a_thing(self, span: Span) -> bool:
        """A name in apposition to, or compounded with, a thing's noun: "the exercise,
        Freedom Edge", "the exercise Freedom Edge"."""
        root = span.root
        heads = self.gazetteer.non_actor_heads
        if root.dep_ == "appos" and root.head.lower_ in heads and root.head.i < span.start:
            return True
        before = span.doc[span.start - 1] if span.start > 0 else None
        if (
            before is not None
            and before.is_lower
            and before.lower_ in heads
            and (before.head == root or root.head == before)
        ):
            return True
        # "the Treaty on the Non-Proliferation of ...": the rest of a thing's title.
        i = span.start - 1
        while i > 0 and span.doc[i].lower_ in ("the",):
            i -= 1
        return (
            i >= 1
            and span.doc[i].lower_ == "on"
            and span.doc[i - 1].is_title
            and span.doc[i - 1].lower_ in heads
        )

    def _is_vocative(self, doc: Doc, span: Span) -> bool:
        """ "Thanks, Paul.": a one-word name addressed in a press call (no actor we can
        know), after a cue word and a comma and before punctuation."""
        if len(span) != 1 or span.start < 2 or self.gazetteer.person(span.text) is not None:
            return False
        if doc[span.start - 1].text != "," or doc[span.start - 2].lower_ not in (
            self.gazetteer.vocative_cues
        ):
            return False
        return span.end == len(doc) or doc[span.end].is_punct or doc[span.end].is_space

    def _department_shorthand(self, doc: Doc, span: Span) -> Entry | None:
        """ "the Departments of the Treasury and State", "Commerce will act" after the
        "Department of Commerce": X stands for the "Department of X" the gazetteer knows,
        when "Department(s)" is written next to it or the full name is in the text."""
        words = [t for t in span if t.lower_ not in ("the",)]
        if len(words) >= 3 and words[0].lower_ == "departments" and words[1].lower_ == "of":
            words = words[2:]
        if not words or len(words) > 3:
            return None
        name = " ".join(t.text for t in words)
        entry = next(
            (
                e
                for form in (f"Department of {name}", f"Department of the {name}")
                if (e := self.gazetteer.lookup(form)) is not None and e.kind == "organisation"
            ),
            None,
        )
        if entry is None:
            return None
        window = doc[max(span.sent.start, span.start - 8) : min(span.sent.end, span.end + 4)]
        if any(t.lower_ in ("department", "departments") for t in window):
            return entry
        name = re.escape(name)
        pattern = rf"\bDepartments?\s+of\s+(the\s+)?{name}\b|\b{name}\s+Department"
        return entry if re.search(pattern, doc.text) else None

    def _starts_with_igo(self, span: Span) -> bool:
        """Does the name begin with an international organisation's name ("UN ...",
        "NATO-Russia Council")? Then it is a body of that organisation."""
        for width in range(min(4, len(span) - 1), 0, -1):
            entry = self.gazetteer.lookup(span[:width].text)
            if entry is not None and entry.kind == "organisation" and entry.country == "IGO":
                return True
        return False

    def _person_inside(self, span: Span) -> Entry | None:
        """A well-known person named inside an organisation's name ("Biden Administration")."""
        for token in span:
            known = self.gazetteer.person(token.text) if token.is_title else None
            if known is not None and known.country not in (None, "IGO"):
                return known
        return None

    def _without_acronyms_of_things(
        self, doc: Doc, mentions: list[Mention], things: list[Span]
    ) -> list[Mention]:
        """ "the Economic Framework for Prosperity (EFP)": the acronym of a name that is no
        actor is none either, wherever it appears."""
        acronyms = set()
        for span in things:
            after = doc[span.end : span.end + 3]
            if len(after) == 3 and after[0].text == "(" and after[2].text == ")":
                acronyms.add(after[1].text)
        return [
            m
            for m in mentions
            if not (len(m.span) == 1 and m.span.text in acronyms and m.rule_id == "actor.ner_org")
        ]

    def _acts_as_agent(self, span: Span) -> bool:
        """Is a capital acting as its government ("Moscow has noticed"), not a place?
        After a place preposition ("in Madrid") it is a place."""
        root = span.root
        if root.dep_ == "pobj" and root.head.lower_ in self.gazetteer.place_prepositions:
            return False
        return root.dep_ in AGENT_DEPS or root.dep_ in ("pobj", "dobj", "agent")

    def _gazetteer_mention(self, span: Span, entry: Entry) -> Mention | None:
        if entry.kind == "capital" and not self._acts_as_agent(span):
            return None
        if entry.kind == "demonym" and not _is_group_noun(span):
            return None
        rule = {
            "capital": "actor.capital_metonymy",
            "demonym": "actor.demonym_group",
            "country": "actor.country_name",
            "organisation": "actor.organisation_gazetteer",
        }[entry.kind]
        label = "NORP" if entry.kind == "demonym" else entry.type
        return Mention(
            span, label, entry.actor_id, entry.name, entry.country, entry.role, rule, entry.type
        )

    def _title_before(self, doc: Doc, span: Span) -> tuple[str | None, str | None]:
        """A person title ending right before the span ("Prime Minister X", "spokeswoman X")."""
        title = self._title_ending_at(doc, span.start, floor=span.sent.start)
        return title, self.gazetteer.person_titles.get(title) if title else None

    def _country_inside(self, span: Span) -> str | None:
        for token in span:
            entry = self.gazetteer.lookup(token.text)
            if entry is not None and entry.kind in ("country", "demonym") and entry.country:
                return entry.country
        # Multi-word country names ("South Korea"), then organisations the name contains
        # ("Johns Hopkins School of ..." belongs where Johns Hopkins University is).
        for n in (2, 3, 4):
            for i in range(len(span) - n + 1):
                entry = self.gazetteer.lookup(span[i : i + n].text)
                if entry is not None and entry.kind in ("country", "demonym"):
                    return entry.country
                if entry is not None and entry.kind == "organisation" and entry.country != "IGO":
                    return entry.country
        return None

    def _org_id(self, span: Span) -> str:
        """One id for "Russia Ministry of X" and "Russian Ministry of X": the country
        word inside the name is replaced by its code."""
        words = []
        for token in span:
            entry = self.gazetteer.lookup(token.text)
            is_country = entry is not None and entry.kind in ("country", "demonym")
            words.append(entry.country if is_country else token.text)
        return f"org:{slug(' '.join(words))}"

    def _possessor_country(self, span: Span) -> str | None:
        """ "Japan's ruling Liberal Democratic Party" -> JPN, from the possessor."""
        possessors = [c for c in span.root.children if c.dep_ == "poss" and c.i < span.start]
        doc = span.doc
        if span.start >= 2 and doc[span.start - 1].lower_ in ("'s", "’s"):
            possessors.append(doc[span.start - 2])  # the parse may hang it elsewhere
        for token in possessors:
            entry = self.gazetteer.lookup(token.text)
            # Not capitals: a city's name as possessor is more often an institution named
            # after the city ("Princeton's", "Georgetown's") than the state it is capital of.
            if entry is not None and entry.kind in ("country", "organisation"):
                return entry.country if entry.country != "IGO" else None
        return None

    def _is_not_an_actor(self, doc: Doc, span: Span) -> bool:
        """Names of things and fragments of titles that NER tags as organisations."""
        heads = self.gazetteer.non_actor_heads
        root = span.root
        if _name_head(span).lower_ in heads:  # "Individually Tailored Partnership Programme"
            return True  # or "Framework Convention on Climate Change"
        if root.dep_ == "compound" and root.head.lower_ in heads:  # "Security Studies program"
            return True
        # "Emeritus", or "Home" in "Home Secretary": a title's word, not an organisation.
        titles = self.gazetteer.person_titles
        if " ".join(span.text.lower().split()) in titles:  # "National Security Advisor"
            return True
        if self._is_bilateral(span):  # "U.S.-Japan": a relationship, not an actor
            return True
        has_org_word = any(t.lower_ in self.gazetteer.org_words for t in span)
        if not has_org_word and span.end < len(doc) and self._title_starting_at(doc, span.end):
            return True
        # "Minister of Economy, Trade, and Industry": part of a title, not an actor.
        of = span.start - 1
        # "Secretary of the Treasury" too, but not "leader of the LDP" or "head of the
        # Refugee Council": an acronym or a name with an organisation word is an actor.
        skip_the = not has_org_word and not span.text.isupper()
        while of > 0 and (doc[of].is_space or (skip_the and doc[of].lower_ == "the")):
            of -= 1
        if (
            of >= 1
            and doc[of].lower_ == "of"
            and self._title_ending_at(doc, of, floor=span.sent.start)
        ):
            return True
        # "SENIOR ADMINISTRATION OFFICIAL": a word inside a title.
        for start in range(max(span.sent.start, span.start - 2), span.start + 1):
            for end in range(span.end, min(span.sent.end, span.end + 2) + 1):
                if (start, end) != (span.start, span.end) and self._title_at(doc, start, end):
                    return True
        if span[0].is_alpha and span[0].is_lower:  # "united on nuclear disarmament"
            return True
        if len(span) == 1 and span.text.isupper() and _is_acronym_of_words(span):
            return True  # "open-RAN", "radio access network (RAN)": a technology's acronym
        # "their Command and Control systems": one capitalised word modifying a common noun.
        if len(span) == 1 and not span.text.isupper():
            head = root
            while head.dep_ in ("conj", "compound", "amod", "nmod") and head.head is not head:
                head = head.head
            if head is not root and head.pos_ == "NOUN" and head.is_lower:
                return True
        return False

    def _is_bilateral(self, span: Span) -> bool:
        parts = [p for p in span.text.split(" ")[0].split("-") if p]
        if len(parts) < 2:
            return False
        entries = [self.gazetteer.lookup(p) for p in parts]
        return all(e is not None and e.type == "GPE" for e in entries)

    def _org_role(self, span: Span) -> str | None:
        """The role of the longest organisation keyword in the name, matched as whole words
        ("news agency" is MED though "agency" alone is GOV; "Guardian" is not a "guard")."""
        words = f" {' '.join(t.lower_ for t in span)} "
        found = [(kw, role) for kw, role in self.gazetteer.org_keywords if f" {kw} " in words]
        return max(found, key=lambda kr: len(kr[0]))[1] if found else None

    # -- document-level linking --------------------------------------------------------

    def _link_aliases(self, doc: Doc, mentions: list[Mention]) -> None:
        """Surnames -> full names, acronyms -> expansions; relabel ORG surnames as PERSON."""
        full_names: dict[str, Counter[str]] = {}
        surnames: set[str] = set()
        for m in mentions:
            if m.label == "PERSON" and len(m.span) > 1:
                surnames.add(m.span[-1].text)
                for token in (m.span[-1], m.span[0]):  # first too: "Kim" of "Kim Jong Un"
                    full_names.setdefault(token.text, Counter())[m.name] += 1
        # A one-word person (titled or tagged) is a key only when no full name claims it.
        multi_word_keys = set(full_names)
        for m in mentions:
            if m.label == "PERSON" and len(m.span) == 1 and m.span.text not in multi_word_keys:
                full_names.setdefault(m.span.text, Counter())[m.name] += 1
        gazetteer_rules = ("actor.organisation_gazetteer", "actor.department_shorthand")
        for m in mentions:
            if (
                len(m.span) == 1
                and m.span.text in full_names
                and m.type != "GPE"
                and m.rule_id not in gazetteer_rules  # "ASEAN" stays the organisation
            ):
                names = full_names[m.span.text]
                if len(names) == 1 and (m.label, m.name) != ("PERSON", next(iter(names))):
                    full = next(iter(names))
                    m.label, m.type, m.name = "PERSON", "PERSON", full
                    m.actor_id = f"person:{slug(full)}"
                    m.rule_id = "actor.alias_surname"
        # Surnames that NER missed entirely.
        covered = {i for m in mentions for i in range(m.span.start, m.span.end)}
        for token in doc:
            if token.i in covered or token.pos_ != "PROPN" or token.text not in surnames:
                continue  # tokens NER did not tag link by surname only, never by first name
            names = full_names[token.text]
            if len(names) == 1:
                full = next(iter(names))
                mentions.append(
                    Mention(
                        doc[token.i : token.i + 1],
                        "PERSON",
                        f"person:{slug(full)}",
                        full,
                        None,
                        None,
                        "actor.alias_surname_unlabelled",
                        "PERSON",
                    )
                )
        mentions.sort(key=lambda m: m.span.start)
        self._link_given_names(mentions)
        self._link_same_names(mentions)
        self._link_acronyms(doc, mentions)

    def _link_given_names(self, mentions: list[Mention]) -> None:
        """ "Lena and I", "Kenj and I": a one-word name that is the given name, or a short
        form of it, of one person named in full in the text; else the given name of one
        well-known person whose state the text names ("Jake" in a text about the US)."""
        given: dict[str, set[str]] = {}
        owner: dict[str, Mention] = {}
        for m in mentions:
            if m.label == "PERSON" and len(m.name.split()) > 1:
                given.setdefault(m.name.split()[0], set()).add(m.name)
                owner.setdefault(m.name, m)
        states = {m.country for m in mentions if m.type == "GPE" and m.country}
        for m in mentions:
            word = m.span.text
            if (
                len(m.span) != 1
                or m.rule_id not in ("actor.ner_person", "actor.ner_org")
                or not word.istitle()
                or len(word) < 3
            ):
                continue
            names = {
                name
                for first, full in given.items()
                if first == word or (len(word) >= 4 and first.startswith(word))
                for name in full
            }
            if len(names) == 1:
                o = owner[next(iter(names))]
                m.actor_id, m.name, m.country, m.role = o.actor_id, o.name, o.country, o.role
                m.label, m.type, m.rule_id = "PERSON", "PERSON", "actor.alias_given_name"
                continue
            known = self.gazetteer.person_by_given_name(word)
            if m.label == "PERSON" and not names and known and known.country in states:
                m.actor_id, m.name, m.country = known.actor_id, known.name, known.country
                m.role = m.role or known.role
                m.rule_id = "actor.person_given_name"

    def _link_same_names(self, mentions: list[Mention]) -> None:
        """A name found to be an organisation by where it stands ("Ana Lee of Civic
        Renewal") is one wherever NER called it a person."""
        orgs = {m.span.text: m for m in mentions if m.rule_id == "actor.org_after_person_of"}
        for m in mentions:
            o = orgs.get(m.span.text) or (
                orgs.get(m.name) if m.rule_id == "actor.alias_surname_unlabelled" else None
            )
            if o is not None and m is not o and m.label == "PERSON":
                m.actor_id, m.name, m.label, m.type = o.actor_id, o.name, "ORG", "ORG"
                m.country, m.role, m.rule_id = o.country, o.role, "actor.alias_same_name"

    def _link_acronyms(self, doc: Doc, mentions: list[Mention]) -> None:
        expansions: dict[str, Mention] = {}
        for m in mentions:
            if m.label != "ORG" or len(m.span) < 2:
                continue
            initials = "".join(t.text[0] for t in m.span if t.text[:1].isupper())
            if len(initials) >= 2:
                expansions.setdefault(initials, m)
            after = doc[m.span.end : m.span.end + 3]
            if len(after) == 3 and after[0].text == "(" and after[2].text == ")":
                expansions.setdefault(after[1].text, m)
        for m in mentions:
            target = expansions.get(m.span.text)
            if target is not None and len(m.span) == 1 and m is not target:
                m.actor_id, m.name, m.label, m.type = (target.actor_id, target.name, "ORG", "ORG")
                m.country = m.country or target.country
                m.role = m.role or target.role
                m.rule_id = "actor.alias_acronym"
        # Acronyms written right after their expansion are mentions too: "(LDP)".
        covered = {i for m in mentions for i in range(m.span.start, m.span.end)}
        for acronym, target in expansions.items():
            after = doc[target.span.end : target.span.end + 3]
            if len(after) == 3 and after[1].text == acronym and after[1].i not in covered:
                mentions.append(
                    Mention(
                        after[1:2],
                        "ORG",
                        target.actor_id,
                        target.name,
                        target.country,
                        target.role,
                        "actor.alias_acronym",
                        "ORG",
                    )
                )
        mentions.sort(key=lambda m: m.span.start)

    def _add_affiliations(self, doc: Doc, mentions: list[Mention]) -> None:
        """A person's country and role from the words before the name, shared by all mentions."""
        by_start = {m.span.start: m for m in mentions}
        person_at = {i: m for m in mentions if m.label == "PERSON" for i in range(*_bounds(m))}
        for m in mentions:
            if m.label != "PERSON" or m.country:
                continue
            m.country = self._country_of_phrase(doc, m, by_start)
            window_start = self._affiliation_window_start(m.span)
            for i in range(m.span.start - 1, window_start - 1, -1):
                if m.country:
                    break
                other_person = person_at.get(i)
                if other_person is not None and other_person is not m:
                    end = other_person.span.end
                    if end >= len(doc) or doc[end].lower_ not in ("'s", "’s"):
                        break  # "Minister A of Japan, Minister B": Japan is A's
                if self._posted_to(doc, i):
                    continue  # "Afghan Ambassador to the United States X": X is Afghan
                other = by_start.get(i)
                if (
                    other is not None
                    and other is not m
                    and other.country
                    and other.label != "PERSON"
                ):
                    m.country = other.country if other.country != "IGO" else m.country
                    m.role = m.role or (other.role if other.role in ("GOV", "MIL") else None)
                    if m.country:
                        break
                token = doc[i]
                entry = self.gazetteer.lookup(token.text)
                if entry is not None and entry.kind in ("demonym", "country"):
                    m.country = entry.country
                    break
            if not m.country:
                m.country = self._country_in_apposition(m, by_start)
            if m.role is None:
                m.role = self._title_role_in(doc, window_start, m.span.start)
            if m.role is None:
                m.role = self._copular_role(m.span)
        # "the X Center for Y Studies at the Johns Hopkins School of Z": a unit at an
        # institution is where the institution is.
        for m in mentions:
            if m.label != "ORG" or m.country:
                continue
            i = m.span.end
            if i < len(doc) and doc[i].lower_ == "at":
                i += 2 if i + 1 < len(doc) and doc[i + 1].lower_ == "the" else 1
                host = by_start.get(i)
                if host is not None and host.label == "ORG" and host.country not in (None, "IGO"):
                    m.country = host.country
        # All mentions of one actor share what any of them learnt.
        country: dict[str, str] = {}
        role: dict[str, str] = {}
        for m in mentions:
            if m.country:
                country.setdefault(m.actor_id, m.country)
            if m.role:
                role.setdefault(m.actor_id, m.role)
        for m in mentions:
            m.country = m.country or country.get(m.actor_id)
            m.role = m.role or role.get(m.actor_id)
        # In an article about one state, the people and bodies it names without a country
        # most likely belong to that state: a guess, marked as one in `country_from`.
        home = _dominant_state(mentions)
        for m in mentions:
            if home and m.country is None and m.label in ("PERSON", "ORG"):
                # "'... of Afghans,' team member X said": a person in a sentence that
                # names one other nationality and not the article's is of that one.
                near = self._states_in_sentence(m.span) if m.label == "PERSON" else set()
                if near and home not in near:
                    if len(near) == 1:
                        m.country = next(iter(near))
                        m.extra["country_from"] = "sentence"
                    continue
                m.country = home
                m.extra["country_from"] = "article"

    def _states_in_sentence(self, span: Span) -> set[str]:
        """The states named by a country name or nationality word in the span's sentence."""
        states = set()
        for token in span.sent:
            entry = self.gazetteer.lookup(token.text)
            if entry is not None and entry.kind in ("country", "demonym") and entry.country:
                states.add(entry.country)
        return states

    def _country_of_phrase(self, doc: Doc, m: Mention, by_start: dict[int, Mention]) -> str | None:
        """ "Prime Minister Han of the Republic of Korea", "Ana Ruiz of Chile's Senate":
        the state or body named right after the person with "of"."""
        i = m.span.end
        if i >= len(doc) or doc[i].lower_ != "of":
            return None
        i += 1
        while i < len(doc) and doc[i].lower_ == "the":
            i += 1
        other = by_start.get(i)
        if other is not None and other.label != "PERSON" and other.country not in (None, "IGO"):
            return other.country
        return None

    def _country_in_apposition(self, m: Mention, by_start: dict[int, Mention]) -> str | None:
        """ "Fuad Basya, spokesman for the Indonesian military": a state, a nationality or a
        body with a country in the apposition that follows the name."""
        for appos in (c for c in m.span.root.children if c.dep_ == "appos"):
            if appos.i < m.span.end:
                continue
            for token in appos.subtree:
                other = by_start.get(token.i)
                if (
                    other is not None
                    and other.label != "PERSON"
                    and other.country
                    not in (
                        None,
                        "IGO",
                    )
                ):
                    return other.country
                entry = self.gazetteer.lookup(token.text)
                if entry is not None and entry.kind in ("demonym", "country"):
                    return entry.country
        return None

    def _affiliation_window_start(self, span: Span) -> int:
        """Where the noun phrase that introduces a person starts: through an apposition
        ("Japan's prime minister, X") or a title's prepositional phrase ("Norwegian envoy
        to Japan X", which the parser reads as "envoy to [Japan X]")."""
        root = span.root
        left = root.left_edge.i
        if root.dep_ == "appos":
            left = min(left, root.head.left_edge.i)
        title = root.head.head if root.dep_ == "pobj" else None
        if title is not None and title.lower_ in self.gazetteer.person_titles:
            left = min(left, title.left_edge.i)
        return max(left, span.sent.start, span.start - AFFILIATION_WINDOW)

    def _posted_to(self, doc: Doc, i: int) -> bool:
        """Is token i the country a title holder is sent to ("Ambassador to [the] X",
        "envoy to X")? Not after other uses of "to" ("according to the Afghan coach")."""
        j = i - 1
        while j >= 0 and doc[j].lower_ == "the":
            j -= 1
        return j >= 1 and doc[j].lower_ == "to" and self._title_ending_at(doc, j) is not None

    def _copular_role(self, span: Span) -> str | None:
        """ "Ana Ruiz is a graduate student ..." -> the role of 'graduate student' (EDU)."""
        # Not span.root: in "Will Hart is ..." the parser takes "Will" for an auxiliary.
        subject = next((t for t in span if t.dep_ == "nsubj" and t.head.lemma_ == "be"), None)
        if subject is None:
            return None
        titles = self.gazetteer.person_titles
        for attr in (c for c in subject.head.children if c.dep_ == "attr"):
            words = [t for t in attr.lefts if t.dep_ in ("compound", "amod")] + [attr]
            for title in (" ".join(t.lower_ for t in words), attr.lower_):
                if title in titles:
                    return titles[title]
        return None

    def _title_role_in(self, doc: Doc, start: int, end: int) -> str | None:
        """The role of the title nearest to `end` among tokens [start, end)."""
        for last in range(end, start, -1):
            title = self._title_ending_at(doc, last, floor=start)
            if title:
                return self.gazetteer.person_titles[title]
        return None


def _dominant_state(mentions: list[Mention]) -> str | None:
    """The state named at least DOMINANT_MIN_MENTIONS times and DOMINANT_RATIO times as
    often as any other, or None."""
    counts = Counter(m.country for m in mentions if m.label == "GPE" and m.country)
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < DOMINANT_MIN_MENTIONS:
        return None
    if len(ranked) == 2 and ranked[0][1] < DOMINANT_RATIO * ranked[1][1]:
        return None
    return ranked[0][0]


def _bounds(m: Mention) -> tuple[int, int]:
    return m.span.start, m.span.end


def _coordinated_with_place(span: Span) -> bool:
    """A one-word 'organisation' joined by 'and'/'or' to a place name is a place too."""
    if len(span) != 1:
        return False
    root = span.root
    partners = [root.head] if root.dep_ == "conj" else []
    partners += [c for c in root.children if c.dep_ == "conj"]
    return any(p.ent_type_ in ("GPE", "LOC") for p in partners)


def _is_acronym_of_words(span: Span) -> bool:
    """An acronym glued to a lowercase word ("open-RAN") or written after its lowercase
    expansion ("radio access network (RAN)") names a thing."""
    doc, start, acronym = span.doc, span.start, span.text
    if start >= 2 and doc[start - 1].text == "-" and doc[start - 2].is_lower:
        return True
    if start < 1 or doc[start - 1].text != "(" or start - 1 < len(acronym):
        return False
    words = doc[start - 1 - len(acronym) : start - 1]
    return all(t.is_lower for t in words) and "".join(t.text[0] for t in words) == acronym.lower()


def _is_group_noun(span: Span) -> bool:
    root = span.root
    return root.tag_ in ("NNS", "NNPS") and root.dep_ not in ("amod", "compound")


def _trim(ent: Span) -> Span | None:
    """Drop a leading article or possessor and a trailing possessive from an entity span,
    and the line breaks and no-break spaces that NER leaves at its edges."""
    start, end = ent.start, ent.end
    while start < end and (ent.doc[start].is_space or ent.doc[start].lower_ in ("the", "a", "an")):
        start += 1
    # "pro-Beijing New People Party", "Pan-democrat Lam": a camp's label before a name.
    doc = ent.doc
    if (
        ent.label_ in ("ORG", "PERSON")
        and end - start >= 3
        and doc[start + 1].text == "-"
        and (doc[start].is_lower or doc[start + 2].is_lower or doc[start].lower_ in CAMP_PREFIXES)
    ):
        start += 3
    # A name does not run over a blank line ("Joint Press Conference\n\nRose Garden").
    end = next((t.i for t in doc[start + 1 : end] if t.is_space and "\n\n" in t.text), end)
    # "State Council No. 4 of 2025": a number ends the name.
    if ent.label_ == "ORG":
        end = next((t.i for t in doc[start + 1 : end] if _starts_numbering(t)), end)
    # "President Biden's Meeting with ...": a name ends at its possessive.
    if ent.label_ == "PERSON":
        cut = next((t.i for t in ent.doc[start:end] if t.lower_ in ("'s", "’s")), end)
        end = cut
    # "Biden Administration Announces Actions": a headline's verb ends a name, and
    # "Department of Defense (DoD": so does a parenthesis.
    if ent.label_ == "ORG":
        stops = [t.i for t in ent.doc[start + 1 : end] if t.tag_ in ("VBZ", "VBD", "VBP")]
        stops += [t.i for t in ent.doc[start + 1 : end] if t.text == "("]
        end = min([end, *stops])
    # "Harvard's Kennedy School of Government": the possessor is not part of the name.
    if ent.label_ == "ORG" and end - start > 3 and ent.doc[start + 1].lower_ in ("'s", "’s"):
        start += 2
    while end > start and (
        ent.doc[end - 1].is_space
        or ent.doc[end - 1].lower_ in ("'s", "’s", "'", "’")
        or (ent.label_ == "ORG" and ent.doc[end - 1].lower_ in ("of", "and", "the"))
    ):
        end -= 1
    if start >= end:
        return None
    return Span(ent.doc, start, end, label=ent.label_)


CAMP_PREFIXES = ("pro", "anti", "pan", "non")  # "Pro-Beijing DAB": a camp before a name


def _starts_numbering(token: Token) -> bool:
    """ "No. 4", "No 4", "Number 4": the start of a document's number."""
    if token.lower_ not in ("no", "no.", "nos", "nos.", "number"):
        return False
    nxt = token.nbor(1) if token.i + 1 < len(token.doc) else None
    if nxt is not None and nxt.text == "." and nxt.i + 1 < len(token.doc):
        nxt = nxt.nbor(1)
    return nxt is None or nxt.like_num or nxt.text == "."


def _name_head(span: Span) -> Token:
    """The noun a name is about: the word before its first "of/for/on" ("Memorandum" of
    "Memorandum of Cooperation"), else its last word."""
    cut = next((t.i for t in span[1:] if t.lower_ in ("of", "for", "on")), span.end)
    return span.doc[cut - 1]


def _strip_the(text: str) -> str:
    return text[4:] if text.lower().startswith("the ") else text


def _mention_dict(m: Mention) -> dict:
    return {
        "text": m.span.text,
        "start": m.span.start_char,
        "end": m.span.end_char,
        "label": m.label,
        "actor_id": m.actor_id,
        "name": m.name,
        "country": m.country,
        "role": m.role,
        "rule_id": m.rule_id,
    }


def _actor_rows(mentions: list[Mention]) -> list[dict]:
    rows: dict[str, dict] = {}
    for m in mentions:
        row = rows.setdefault(
            m.actor_id,
            {
                "actor_id": m.actor_id,
                "name": m.name,
                "type": m.type or m.label,
                "country": m.country,
                "role": m.role,
                "aliases": [],
                "n_mentions": 0,
                "first_start": m.span.start_char,
                "rule_id": m.rule_id,
                # where the country came from: "mention" (the text around the actor or
                # the gazetteer) or "article" (the state the article is about; a guess)
                "country_from": m.extra.get("country_from", "mention") if m.country else None,
            },
        )
        row["n_mentions"] += 1
        for alias in [m.span.text, *m.extra.get("aliases", [])]:
            if alias not in row["aliases"]:
                row["aliases"].append(alias)
    for row in rows.values():
        row["aliases"] = sorted(row["aliases"])
    return list(rows.values())
