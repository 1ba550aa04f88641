"""The exported HTML: what a reader of a shared report sees of an executed notebook."""
import nbformat

from helpers.report.runner import export_html


def test_an_exported_report_leaves_out_what_cells_wrote_to_stderr(tmp_path):
    """Warnings and progress bars go to stderr: a shared page showed them in red, local paths and all (reader
    jr41). The executed notebook keeps them; the HTML does not."""
    nb = nbformat.v4.new_notebook()
    nb.cells.append(nbformat.v4.new_code_cell("print('x')", outputs=[
        nbformat.v4.new_output("stream", name="stderr", text="/home/me/project/src/plots.py:462: UserWarning: Glyph\n"),
        nbformat.v4.new_output("stream", name="stdout", text="16 articles loaded\n")]))
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    executed = tmp_path / "00.ipynb"
    nbformat.write(nb, str(executed))
    export_html(executed, tmp_path / "00.html")
    html = (tmp_path / "00.html").read_text(encoding="utf-8")
    assert "16 articles loaded" in html
    assert "UserWarning" not in html and "/home/me" not in html
    assert "UserWarning" in executed.read_text(encoding="utf-8")
