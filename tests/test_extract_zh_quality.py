"""Quality of the Chinese extractor on the labelled Chinese dev set (index and stock moves).

Scored with the rules of bench/extract_quality.py: same kind, subject (via the
lexicon), direction, and change_pct within 0.05 or the same range.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from briefing.extract import load_lexicon

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT / "tests" / "data" / "extract_dev_zh.jsonl"
BENCH = ROOT / "bench" / "extract_quality.py"


def _bench():
    spec = importlib.util.spec_from_file_location("extract_quality", BENCH)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.skipif(not DEV.is_file(), reason="no Chinese dev set")
@pytest.mark.parametrize("kind", ["index_move", "stock_move"])
def test_precision_and_recall_on_moves(kind):
    bench = _bench()
    counts = bench.score(bench.examples(DEV, None), load_lexicon())
    precision, recall, _ = bench.prf(*counts[kind])
    assert precision >= 0.95 and recall >= 0.90, (kind, counts[kind], precision, recall)
