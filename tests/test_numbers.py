"""Numbers: figures in text and what is no figure (constructed text)."""


def test_the_generic_pronoun_one_is_no_figure_but_a_count_of_one_is():
    """Reader V6 (PolNeAR): "If one looks back" counted 1."""
    from helpers.text.numbers import extract_numbers
    got = extract_numbers("If one looks back, one sees three failures. One can argue it either way. "
                          "Two were hurt and one died. He has one son.")
    assert list(got["text"]) == ["three", "Two", "one", "one"], got
