"""Quality on the labelled development set (and the reference article when present).

The scorer is bench/extract_quality.py: a fact matches a label when kind, canonical
subject and direction agree and change_pct is within 0.05 (or the range agrees).
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from briefing.extract import load_lexicon

ROOT = Path(__file__).resolve().parents[1]
REFERENCE = ROOT.parent / "shared" / "reference" / "hktech-article.txt"  # CI: ../shared


def _scorer():
    spec = importlib.util.spec_from_file_location("extract_quality",
                                                  ROOT / "bench" / "extract_quality.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


@pytest.fixture(scope="module")
def counts():
    scorer = _scorer()
    rows = scorer.examples(ref_text=REFERENCE)
    assert len(rows) >= 100
    result = scorer.score(rows, load_lexicon())
    for kind in scorer.KINDS:  # the other kinds are reported, not asserted
        p, r, f = scorer.prf(*result[kind])
        print(f"{kind}: P={p:.2f} R={r:.2f} F1={f:.2f}")
    return scorer, result


@pytest.mark.parametrize("kind", ["index_move", "stock_move"])
def test_move_precision_and_recall(counts, kind):
    scorer, result = counts
    precision, recall, _ = scorer.prf(*result[kind])
    assert precision >= 0.95, f"{kind} precision {precision:.3f}"
    assert recall >= 0.90, f"{kind} recall {recall:.3f}"


@pytest.mark.skipif(not REFERENCE.is_file(), reason="no ../shared/reference in this checkout")
def test_reference_article_key_facts():
    scorer = _scorer()
    rows = [r for r in scorer.examples(ref_text=REFERENCE) if r["id"] == "reference-hktech"]
    result = scorer.score(rows, load_lexicon())
    for kind in ("index_move", "stock_move"):
        _tp, fp, fn = result[kind]
        assert fp == 0 and fn == 0, (kind, result[kind])


def test_the_probe_set_keeps_its_quality():
    """~4,300 paragraphs written by independent testers to find where the extractor misreads
    real report language (tests/data/extract_probe_en.jsonl): a guard against regressions,
    with floors a little under today's figures."""
    scorer = _scorer()
    rows = scorer.examples(ROOT / "tests" / "data" / "extract_probe_en.jsonl", ref_text=None)
    result = scorer.score(rows, load_lexicon())
    for kind in ("index_move", "stock_move"):
        precision, recall, _ = scorer.prf(*result[kind])
        assert precision >= 0.96 and recall >= 0.88, (kind, precision, recall)
    precision, recall, _ = scorer.prf(*[sum(result[k][i] for k in scorer.KINDS)
                                        for i in range(3)])
    assert precision >= 0.95 and recall >= 0.88, (precision, recall)



@pytest.mark.parametrize("labelled,found,text,same", [
    ("Target Corp", "Target", "Target fell 13%.", True),  # a lexicon name with its suffix
    # labelled short, found by the full name the text told
    ("Arcadium", "Arcadium Lithium", "Rio agreed to buy Arcadium Lithium. Arcadium's shares soared.",
     True),
    ("TSMC ADR", "TSMC", "TSMC ADR -3.1%", False),  # the ADR is no TSMC
    ("Arcadium Lithium", "Arcadium", "Arcadium Lithium rose. Arcadium soared.", False),
])
def test_a_company_s_subject_as_labelled_and_as_found(labelled, found, text, same):
    scorer = _scorer()
    label = {"kind": "stock_move", "subject": labelled, "direction": "up", "change_pct": 2}
    fact = {**label, "subject": found}
    assert scorer.matches(label, fact, load_lexicon(), "US", text) is same
