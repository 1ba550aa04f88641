"""``python -m helpers.report``: run every notebook on a corpus and export the HTML reports."""
import sys

from .runner import main

sys.exit(main())
