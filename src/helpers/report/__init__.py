"""The report layer: escaped HTML rendering, charts and the notebook runner. Built on ``helpers.corpus``."""
