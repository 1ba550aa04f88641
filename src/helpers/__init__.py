"""Helpers for comparing how several news articles tell one story.

One module per task:

- ``config``      paths, defined once
- ``corpus``      load a folder of articles into tidy DataFrames (``load_corpus``)
- ``cleaning``    page-boilerplate, byline, title and URL detection for plain text
- ``sentences``   rule-based paragraph and sentence splitting with character offsets
- ``nlp``         the spaCy model, loaded once; each article parsed once
- ``similarity``  TF-IDF with a background of general English; alignment; provenance
- ``entities``    named entities with general fixes for news text
- ``figures``     people/organisations/places merged across articles, with roles
- ``quotes``      direct quotes and quoted phrases with speakers
- ``numbers``     numeric figures with hedges and what they count
- ``timeline``    time expressions (TIMEX3) resolved against publication dates; events
- ``compare``     discrepancies between articles
- ``report``      HTML rendering (escaped) and the report runner
"""

__version__ = "0.1.0"
