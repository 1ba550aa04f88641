"""A person's age written beside their name (text.ages)."""
import pytest

from helpers.text.ages import age_beside


@pytest.mark.parametrize("text,name,age", [
    ("his father, Christopher Grant, 45, a businessman, said", "Christopher Grant", 45),
    ("and Meryl Grant, 43.", "Meryl Grant", 43),
    ("Grant (45) said", "Grant", 45),
    ("Mr Grant, aged 45, said", "Mr Grant", 45),
    ("the 45-year-old businessman Christopher Grant said", "Christopher Grant", 45),
    ("45-year-old Christopher Grant said", "Christopher Grant", 45),
    ("Smith, 45 and Jones, 40, were held", "Smith", 45),
])
def test_an_age_beside_a_name_is_read(text, name, age):
    s = text.index(name)
    got = age_beside(text, s, s + len(name))
    assert got is not None and got[0] == age and text[got[1]:got[2]] == str(age), got


@pytest.mark.parametrize("text,name", [
    ("a 12-year-old boy and his father Christopher Grant", "Christopher Grant"),  # the boy's age
    ("Smith, 45, 23 and 12 were the scores", "Smith"),  # a list of numbers
    ("John Smith, 1998, said", "John Smith"),  # a year, not an age
    ("Christopher Grant, a businessman of 45", "Christopher Grant"),  # away from the name: not read
])
def test_other_numbers_near_a_name_are_no_age(text, name):
    s = text.index(name)
    assert age_beside(text, s, s + len(name)) is None
