"""spaCy finds our components through the `spacy_factories` entry points."""

from __future__ import annotations

import subprocess
import sys
import textwrap


def run_python(code: str) -> str:
    result = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)], capture_output=True, text=True, timeout=300
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_factories_resolve_without_importing_the_package():
    out = run_python(
        """
        import spacy  # no import of our package: the entry points bring it
        nlp = spacy.blank("en")
        for name in ("claims_actor_linker", "claims_date_tagger", "claims_claim_extractor"):
            nlp.add_pipe(name)
        print(",".join(nlp.pipe_names))
        """
    )
    assert out.strip() == "claims_actor_linker,claims_date_tagger,claims_claim_extractor"


def test_saved_pipeline_loads_back_with_spacy_load(tmp_path):
    out = run_python(
        f"""
        from pipeline.nlp import load_pipeline
        load_pipeline().to_disk({str(tmp_path)!r})
        import spacy
        nlp = spacy.load({str(tmp_path)!r})
        doc = nlp("Moscow has warned Tokyo, the Kremlin said on Monday.")
        print(nlp.pipe_names[-3:], len(doc._.actor_mentions) > 0)
        """
    )
    assert "'claims_event_coder'] True" in out
