"""Sphinx configuration: MyST pages, API reference from docstrings."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))
# The extension that renders the validation codes from rightsreport.RULES.
sys.path.insert(0, str(Path(__file__).resolve().parent / "_ext"))

import rightsreport

project = "rightsreport"
author = "The rightsreport developers"
copyright = "2026, the rightsreport developers"
release = rightsreport.__version__
version = release

extensions = [
    "myst_parser",
    "sphinx.ext.autodoc",
    "sphinx.ext.napoleon",
    "sphinx.ext.intersphinx",
    "sphinx.ext.doctest",
    "rightsreport_rules",
]
source_suffix = {".md": "markdown", ".rst": "restructuredtext"}
master_doc = "index"
exclude_patterns = ["_build"]
myst_enable_extensions = ["colon_fence", "deflist"]
myst_heading_anchors = 3

autodoc_member_order = "bysource"
autodoc_typehints = "description"
autodoc_default_options = {"members": True, "show-inheritance": False}
napoleon_google_docstring = True
napoleon_numpy_docstring = False
napoleon_use_ivar = True

intersphinx_mapping: dict[str, tuple[str, None]] = {}
nitpicky = False

html_theme = "alabaster"
# report.schema.json, kept current by tests/test_schema.py, at a stable address.
html_static_path = ["_static"]
html_title = "rightsreport"
