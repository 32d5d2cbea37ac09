"""Score a run's tables against the project's gold annotations (`<id>.gold.json`).

The gold format is described in shared/gold/FORMAT.md. Gold spans carry no offsets, so
everything is matched on text. Per article and micro-averaged over articles (counts are summed
before dividing):

Actors
  match      a gold and a predicted actor match when their normalised alias sets intersect
             (gold: aliases + name; predicted: aliases + name); one-to-one, greedy, largest
             alias overlap first. P = matched / predicted, R = matched / gold, F1.
  country    share of matched pairs with equal country (null == null counts as equal).
  role       share of matched pairs with equal role (null == null counts as equal).
  person_as_org  predicted mentions labelled ORG whose text is an alias of a gold PERSON.

Claims
  match      gold and predicted claims matched one-to-one by token-overlap F of their content
             (lower-cased word tokens, punctuation dropped), F >= 0.5, greedy best score first.
  speaker    predicted speaker.name is the gold speaker's name or one of its aliases (any member
             of a joint speaker list counts); a null gold speaker (unattributed) needs a null
             speaker or one that names no actor (speaker.name null: "analysts said").
  target     the first gold target (name or alias) is among the predicted targets' names/texts;
             with no gold target, correct when nothing is predicted either.
  polarity   stance.polarity equal.  kind: kind equal.  date: date.value equal (null == null).

Dates
  span       the k-th gold occurrence of a text matches the k-th predicted occurrence of the
             same text, white space aside ("last\nweek" in a hard-wrapped copy is "last week")
             (predictions in text order). P/R/F1 over spans.
  value      span matches whose value is equal (and mod too, when gold gives one); P/R/F1 with
             the predicted and gold counts.
  type       share of span matches with equal type.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pipeline.evaluate.metrics import (
    Accuracy,
    Counts,
    accuracy_cell,
    greedy_match,
    group_by,
    prf_cells,
    titled_table,
    token_f,
)
from pipeline.io.readers import iter_jsonl

GOLD_SUFFIX = ".gold.json"
CLAIM_MATCH_THRESHOLD = 0.5
RUN_TABLES = ("articles", "actors", "mentions", "claims", "dates")


class GoldError(ValueError):
    """The gold folder or the run folder cannot be scored (missing files or articles)."""


# --- loading -------------------------------------------------------------------------------


def load_gold(gold_dir: Path) -> dict[str, dict[str, Any]]:
    """Every `*.gold.json` in `gold_dir`, keyed by article id (the file name minus the suffix)."""
    gold_dir = Path(gold_dir)
    if not gold_dir.is_dir():
        raise GoldError(f"gold folder not found: {gold_dir}")
    gold = {}
    for path in sorted(gold_dir.glob(f"*{GOLD_SUFFIX}")):
        article_id = path.name[: -len(GOLD_SUFFIX)]
        with open(path, encoding="utf-8") as handle:
            data = json.load(handle)
        missing = [key for key in ("actors", "claims", "dates") if key not in data]
        if missing:
            raise GoldError(f"{path}: missing {', '.join(missing)}")
        gold[article_id] = data
    if not gold:
        raise GoldError(f"no *{GOLD_SUFFIX} files in {gold_dir}")
    return gold


def load_run(run_dir: Path) -> dict[str, dict[str, list[dict[str, Any]]]]:
    """The run's JSONL tables, as {table: {article_id: rows}}."""
    run_dir = Path(run_dir)
    tables = {}
    for name in RUN_TABLES:
        path = run_dir / f"{name}.jsonl"
        if not path.is_file():
            raise GoldError(f"run folder {run_dir} has no {path.name}")
        tables[name] = group_by(iter_jsonl(path), "article_id")
    return tables


# --- normalisation -------------------------------------------------------------------------

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "`": "'"})
_SPACES = re.compile(r"\s+")


def normalise_alias(text: str) -> str:
    """Case-fold, straight apostrophes, no leading "the ", no trailing possessive 's."""
    text = _SPACES.sub(" ", text.translate(_APOSTROPHES)).strip().lower()
    if text.startswith("the "):
        text = text[4:]
    if text.endswith("'s"):
        text = text[:-2]
    elif text.endswith("s'"):
        text = text[:-1]
    return text.strip()


def alias_set(names: Iterable[str | None]) -> frozenset[str]:
    return frozenset(n for n in (normalise_alias(x) for x in names if x) if n)


def gold_aliases(actor: dict[str, Any]) -> frozenset[str]:
    return alias_set([actor.get("name"), *actor.get("aliases", [])])


# --- scores --------------------------------------------------------------------------------


@dataclass
class ActorScore:
    match: Counts = field(default_factory=Counts)
    country: Accuracy = field(default_factory=Accuracy)
    role: Accuracy = field(default_factory=Accuracy)
    person_as_org: int = 0
    missed: list[str] = field(default_factory=list)  # gold names without a match
    spurious: list[str] = field(default_factory=list)  # predicted names without a match

    def __add__(self, other: ActorScore) -> ActorScore:
        return ActorScore(
            self.match + other.match,
            self.country + other.country,
            self.role + other.role,
            self.person_as_org + other.person_as_org,
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            **self.match.to_dict(),
            "country": self.country.to_dict(),
            "role": self.role.to_dict(),
            "person_as_org": self.person_as_org,
            "missed": self.missed,
            "spurious": self.spurious,
        }


CLAIM_ATTRIBUTES = ("speaker", "target", "polarity", "kind", "date")


@dataclass
class ClaimScore:
    match: Counts = field(default_factory=Counts)
    speaker: Accuracy = field(default_factory=Accuracy)
    target: Accuracy = field(default_factory=Accuracy)
    polarity: Accuracy = field(default_factory=Accuracy)
    kind: Accuracy = field(default_factory=Accuracy)
    date: Accuracy = field(default_factory=Accuracy)
    missed: list[str] = field(default_factory=list)  # gold contents without a match

    def __add__(self, other: ClaimScore) -> ClaimScore:
        return ClaimScore(
            self.match + other.match,
            *(getattr(self, a) + getattr(other, a) for a in CLAIM_ATTRIBUTES),
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            **self.match.to_dict(),
            **{a: getattr(self, a).to_dict() for a in CLAIM_ATTRIBUTES},
            "missed": self.missed,
        }


@dataclass
class DateScore:
    span: Counts = field(default_factory=Counts)
    value: Counts = field(default_factory=Counts)
    type: Accuracy = field(default_factory=Accuracy)
    missed: list[str] = field(default_factory=list)  # gold texts without a span match
    spurious: list[str] = field(default_factory=list)  # predicted texts without one

    def __add__(self, other: DateScore) -> DateScore:
        return DateScore(self.span + other.span, self.value + other.value, self.type + other.type)

    def to_dict(self) -> dict[str, Any]:
        return {
            "span": self.span.to_dict(),
            "value": self.value.to_dict(),
            "type": self.type.to_dict(),
            "missed": self.missed,
            "spurious": self.spurious,
        }


@dataclass
class ArticleScore:
    article_id: str
    actors: ActorScore
    claims: ClaimScore
    dates: DateScore

    def to_dict(self) -> dict[str, Any]:
        return {
            "actors": self.actors.to_dict(),
            "claims": self.claims.to_dict(),
            "dates": self.dates.to_dict(),
        }


@dataclass
class GoldReport:
    gold_dir: Path
    run_dir: Path
    articles: list[ArticleScore]

    @property
    def micro(self) -> ArticleScore:
        """Counts summed over the articles (micro average); lists of misses are left empty."""
        total = ArticleScore("micro", ActorScore(), ClaimScore(), DateScore())
        for article in self.articles:
            total.actors = total.actors + article.actors
            total.claims = total.claims + article.claims
            total.dates = total.dates + article.dates
        return total

    def to_dict(self) -> dict[str, Any]:
        micro = self.micro.to_dict()
        for section in micro.values():
            for key in ("missed", "spurious"):
                section.pop(key, None)
        return {
            "gold_dir": str(self.gold_dir),
            "run_dir": str(self.run_dir),
            "articles": {a.article_id: a.to_dict() for a in self.articles},
            "micro": micro,
        }


# --- scoring -------------------------------------------------------------------------------


def score_gold(gold_dir: Path, run_dir: Path) -> GoldReport:
    """Score every gold article against the run in `run_dir`.

    A gold article that the run lacks, or that the run failed on, is a GoldError naming it.
    """
    gold = load_gold(gold_dir)
    run = load_run(run_dir)
    statuses = {aid: rows[0].get("status", "ok") for aid, rows in run["articles"].items()}
    missing = sorted(aid for aid in gold if aid not in statuses)
    failed = sorted(aid for aid in gold if statuses.get(aid, "ok") != "ok")
    problems = []
    if missing:
        problems.append(f"gold articles missing from the run: {', '.join(missing)}")
    if failed:
        problems.append(f"gold articles the run failed on: {', '.join(failed)}")
    if problems:
        raise GoldError(f"{run_dir}: " + "; ".join(problems))

    scores = []
    for article_id, article_gold in gold.items():
        rows = {name: run[name].get(article_id, []) for name in RUN_TABLES}
        scores.append(
            ArticleScore(
                article_id,
                score_actors(article_gold["actors"], rows["actors"], rows["mentions"]),
                score_claims(article_gold["claims"], rows["claims"], article_gold["actors"]),
                score_dates(article_gold["dates"], rows["dates"]),
            )
        )
    return GoldReport(Path(gold_dir), Path(run_dir), scores)


def score_actors(
    gold: list[dict[str, Any]], pred: list[dict[str, Any]], mentions: list[dict[str, Any]]
) -> ActorScore:
    """Actor P/R/F1, country and role accuracy, and the person_as_org count (module doc)."""
    gold_sets = [gold_aliases(a) for a in gold]
    pred_sets = [alias_set([p.get("name"), *(p.get("aliases") or [])]) for p in pred]
    pairs = greedy_match(
        range(len(gold)), range(len(pred)), lambda i, j: len(gold_sets[i] & pred_sets[j]), 1
    )
    score = ActorScore(match=Counts(len(pairs), len(pred), len(gold)))
    for i, j, _ in pairs:
        score.country.add(gold[i].get("country") == pred[j].get("country"))
        score.role.add(gold[i].get("role") == pred[j].get("role"))
    matched_gold = {i for i, _, _ in pairs}
    matched_pred = {j for _, j, _ in pairs}
    score.missed = [a["name"] for i, a in enumerate(gold) if i not in matched_gold]
    score.spurious = [p.get("name") for j, p in enumerate(pred) if j not in matched_pred]

    person_aliases = frozenset().union(
        *(s for s, a in zip(gold_sets, gold, strict=True) if a.get("type") == "PERSON")
    )
    score.person_as_org = sum(
        1
        for m in mentions
        if m.get("label") == "ORG" and normalise_alias(m.get("text") or "") in person_aliases
    )
    return score


def score_claims(
    gold: list[dict[str, Any]], pred: list[dict[str, Any]], actors: list[dict[str, Any]]
) -> ClaimScore:
    """Claim P/R/F1 and, over matched pairs, speaker/target/polarity/kind/date accuracy."""
    by_name = {a["name"]: gold_aliases(a) for a in actors}

    def aliases_of(name: str) -> frozenset[str]:
        return by_name.get(name) or alias_set([name])

    pairs = greedy_match(
        gold,
        pred,
        lambda g, p: token_f(g["content"], (p.get("content") or {}).get("text") or ""),
        CLAIM_MATCH_THRESHOLD,
    )
    score = ClaimScore(match=Counts(len(pairs), len(pred), len(gold)))
    for i, j, _ in pairs:
        g, p = gold[i], pred[j]
        score.speaker.add(_speaker_ok(g.get("speaker"), p.get("speaker"), aliases_of))
        score.target.add(_target_ok(g.get("targets") or [], p.get("targets") or [], aliases_of))
        score.polarity.add(g.get("polarity") == (p.get("stance") or {}).get("polarity"))
        score.kind.add(g.get("kind") == p.get("kind"))
        score.date.add(g.get("date") == (p.get("date") or {}).get("value"))
    matched = {i for i, _, _ in pairs}
    score.missed = [c["content"] for i, c in enumerate(gold) if i not in matched]
    return score


def _speaker_ok(gold_speaker: Any, pred_speaker: dict[str, Any] | None, aliases_of) -> bool:
    if gold_speaker is None:
        return pred_speaker is None or not pred_speaker.get("name")  # no actor: unattributed
    if pred_speaker is None or not pred_speaker.get("name"):
        return False
    names = gold_speaker if isinstance(gold_speaker, list) else [gold_speaker]
    predicted = normalise_alias(pred_speaker["name"])
    return any(predicted in aliases_of(name) for name in names)


def _target_ok(gold_targets: list[str], pred_targets: list[dict[str, Any]], aliases_of) -> bool:
    if not gold_targets:
        return not pred_targets
    predicted = alias_set(x for t in pred_targets for x in (t.get("name"), t.get("text")))
    return bool(aliases_of(gold_targets[0]) & predicted)


def _words(text: str) -> str:
    return " ".join(text.split())


def score_dates(gold: list[dict[str, Any]], pred: list[dict[str, Any]]) -> DateScore:
    """Date span P/R/F1 by text occurrence, value P/R/F1 and type accuracy (module doc)."""
    pred = sorted(pred, key=lambda d: (d.get("start") is None, d.get("start") or 0))
    queues: dict[str, list[dict[str, Any]]] = {}
    for d in pred:
        queues.setdefault(_words(d["text"]), []).append(d)
    score = DateScore()
    matched_ids: set[int] = set()
    value_ok = 0
    for g in gold:
        queue = queues.get(_words(g["text"]))
        if not queue:
            score.missed.append(g["text"])
            continue
        p = queue.pop(0)
        matched_ids.add(id(p))
        value_ok += g.get("value") == p.get("value") and (
            not g.get("mod") or g["mod"] == p.get("mod")
        )
        score.type.add(g.get("type") == p.get("type"))
    score.spurious = [d["text"] for d in pred if id(d) not in matched_ids]
    score.span = Counts(len(matched_ids), len(pred), len(gold))
    score.value = Counts(value_ok, len(pred), len(gold))
    return score


# --- report --------------------------------------------------------------------------------


def format_report(report: GoldReport) -> str:
    """Three markdown tables (actors, claims, dates): a row per article and a micro row.

    `m/p/g` = matched / predicted / gold; accuracies show (correct/total) over matches.
    """
    articles = [*report.articles, report.micro]
    prf = ["P", "R", "F1", "m/p/g"]
    actors = titled_table(
        "Actors",
        ["article", *prf, "country", "role", "person_as_org"],
        [
            [
                a.article_id,
                *prf_cells(a.actors.match),
                accuracy_cell(a.actors.country),
                accuracy_cell(a.actors.role),
                str(a.actors.person_as_org),
            ]
            for a in articles
        ],
    )
    claims = titled_table(
        "Claims",
        ["article", *prf, *CLAIM_ATTRIBUTES],
        [
            [a.article_id, *prf_cells(a.claims.match)]
            + [accuracy_cell(getattr(a.claims, attr)) for attr in CLAIM_ATTRIBUTES]
            for a in articles
        ],
    )
    dates = titled_table(
        "Dates",
        ["article", *prf, "value P", "value R", "value F1", "type"],
        [
            [
                a.article_id,
                *prf_cells(a.dates.span),
                *prf_cells(a.dates.value)[:3],
                accuracy_cell(a.dates.type),
            ]
            for a in articles
        ],
    )
    header = f"Gold: {report.gold_dir}  Run: {report.run_dir}  ({len(report.articles)} articles)"
    return "\n\n".join([header, actors, claims, dates]) + "\n"
