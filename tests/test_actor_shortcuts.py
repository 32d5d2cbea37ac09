"""The actor stage's shortcuts give what the plain forms give: the lazily built tokens of a
Context are the Doc's tokens, the form keys of the gazetteer are those of its patterns, and a
test for words before a search of the text finds what the search alone finds."""

from __future__ import annotations

import re

import pytest
import spacy

from pipeline.actors import classify, orgs
from pipeline.actors.gazetteer import normalise_form
from pipeline.actors.mention import DocTokens
from pipeline.actors.sentence_states import country_words, is_country_word

TEXT = "The envoy of Norland met Ana Vale in Port Ell on Monday ."


@pytest.fixture(scope="module")
def doc():
    return spacy.blank("en")(TEXT)


@pytest.mark.parametrize(
    "index",
    [0, 3, -1, -4, slice(2, 6), slice(None, 3), slice(-3, None), slice(5, 2), slice(0, 12, 3)],
)
def test_doc_tokens_index_and_slice_as_a_tuple_of_the_doc(doc, index):
    expected = tuple(doc)[index]
    got = DocTokens(doc)[index]
    as_texts = (lambda x: [t.text for t in x]) if isinstance(index, slice) else (lambda t: t.text)
    assert as_texts(got) == as_texts(expected)


def test_doc_tokens_length_iteration_and_bounds(doc):
    tokens = DocTokens(doc)
    assert len(tokens) == len(doc)
    assert [t.i for t in tokens] == list(range(len(doc)))
    with pytest.raises(IndexError):
        tokens[len(doc)]


def test_doc_tokens_build_each_token_once(doc):
    tokens = DocTokens(doc)
    assert tokens[4] is tokens[4]
    assert tokens[2:5][2] is tokens[4]  # a slice gives the kept tokens too
    assert tokens[-1] is tokens[len(doc) - 1]


def _plain_form(text: str) -> str:
    """The key as the patterns alone make it: every pattern run on every form."""
    text = text.replace("’", "'").strip().lower()
    text = re.sub(r"^the\s+", "", text)
    text = re.sub(r"'s$", "", text)
    return re.sub(r"\s+", " ", text)


@pytest.mark.parametrize(
    "text, key",
    [
        ("Norland", "norland"),  # no article, no possessive, one-space words
        ("The Norland Council", "norland council"),
        ("Theodora Vale", "theodora vale"),  # "the" that is no article
        ("Norland's", "norland"),
        ("Norland’s", "norland"),
        ("the  Port\nEll", "port ell"),  # a line break and a double space
        ("Port\u00a0Ell", "port ell"),  # a no-break space
        ("Port Ell 's", "port ell "),  # the space before a split possessive stays
        ("  the\tNorland  ", "norland"),
    ],
)
def test_form_keys_as_the_patterns_make_them(text, key):
    assert normalise_form(text) == key == _plain_form(text)


@pytest.mark.parametrize(
    "text, written",
    [
        ("The Department of Fisheries said so.", True),
        ("Staff of the Departments of the Fisheries left.", True),
        ("A Fisheries Department spokesman spoke.", True),
        ("Fisheries officials spoke.", False),  # no "Department" at all
        ("The Department of Trade and Fisheries spoke.", False),  # both words, not as a name
        ("The Department of Trade spoke.", False),  # no "Fisheries" at all
    ],
)
def test_department_written_next_to_a_name(text, written):
    assert orgs._department_written(spacy.blank("en")(text), "Fisheries") is written


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Kenyan and French officials met in Oslo.", ["Kenyan", "French"]),  # a capital is none
        ("The talks in Norway ended.", ["Norway"]),
        ("They ate french fries.", []),  # a lower-case word is no country word
        ("The Ukrainian’s view was clear.", ["Ukrainian"]),  # a curly possessive apart
    ],
)
def test_country_words_of_a_sentence(nlp, text, expected):
    ctx = nlp.get_pipe("claims_actor_linker").context(nlp(text))
    found = country_words(ctx, 0, len(ctx.doc))
    assert [t.text for t in found] == expected
    assert found == [t for t in ctx.doc if is_country_word(ctx, t)]  # what a walk finds


@pytest.mark.parametrize(
    "body, rejected",
    [
        ("The minister said the border would close.", True),
        ("The minister warns that the border will close.", False),  # the body has the word
        ("WARNS, said the minister.", False),  # in any case
    ],
)
def test_a_headline_word_is_looked_for_in_the_body(nlp, body, rejected):
    doc = nlp("Foreign Minister Warns of Retaliation\n\n" + body)
    ctx = nlp.get_pipe("claims_actor_linker").context(doc)
    verdict = classify.headline_word(ctx, classify.Candidate(doc[2:3], "PERSON"))
    assert (verdict is not None) is rejected
