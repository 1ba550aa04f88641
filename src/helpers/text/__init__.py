"""Text level: one article (its text or its parsed ``Doc``) in, rows or spans out. Never imports ``corpus``."""
