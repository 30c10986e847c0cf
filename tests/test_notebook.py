"""notebooks/explore.ipynb runs from top to bottom on the sample articles, showing DataFrames and charts."""

from pathlib import Path

import nbformat
from nbclient import NotebookClient

ROOT = Path(__file__).resolve().parents[1]


def test_explore_notebook_executes(tmp_path: Path) -> None:
    nb = nbformat.read(ROOT / "notebooks" / "explore.ipynb", as_version=4)
    NotebookClient(nb, timeout=300, kernel_name="python3", resources={"metadata": {"path": str(ROOT / "notebooks")}}).execute()
    outputs = [o for cell in nb.cells if cell.cell_type == "code" for o in cell.get("outputs", [])]
    errors = [o for o in outputs if o.output_type == "error"]
    assert errors == []
    text = "".join(o.get("text", "") + o.get("data", {}).get("text/plain", "") for o in outputs)
    assert "documents" in text and "relations" in text
    assert "Russia" in text
    # DataFrames are shown as HTML tables, charts as images
    tables = [o for o in outputs if "<table" in o.get("data", {}).get("text/html", "")]
    assert len(tables) >= 4
    assert "partnerLabel" in tables[0]["data"]["text/html"]
    images = [o for o in outputs if "image/png" in o.get("data", {})]
    assert len(images) >= 3
    assert any("Nvidia" in o.get("data", {}).get("text/markdown", "") for o in outputs)  # the brief, as Markdown
