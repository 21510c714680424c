"""Every example in the docstrings and in the docs runs, and prints what it says."""

from __future__ import annotations

import doctest
import importlib
import pkgutil
from pathlib import Path
from types import ModuleType

import pytest

import rightsreport

ROOT = Path(__file__).resolve().parent.parent
DOC_FILES = sorted(
    [ROOT / "README.md", *(ROOT / "docs").rglob("*.md")],
    key=str,
)
OPTIONS = doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE


def _modules() -> list[ModuleType]:
    names = [rightsreport.__name__] + [
        info.name
        for info in pkgutil.walk_packages(rightsreport.__path__, "rightsreport.")
    ]
    return [importlib.import_module(name) for name in sorted(names)]


@pytest.mark.parametrize("module", _modules(), ids=lambda module: module.__name__)
def test_docstring_examples(module: ModuleType) -> None:
    """The examples in a module's docstrings run as written."""
    result = doctest.testmod(module, optionflags=OPTIONS, report=True)
    assert result.failed == 0


@pytest.mark.parametrize("path", DOC_FILES, ids=lambda path: path.name)
def test_documentation_examples(path: Path) -> None:
    """The examples in a documentation page run as written."""
    result = doctest.testfile(
        str(path), module_relative=False, optionflags=OPTIONS, encoding="utf-8"
    )
    assert result.failed == 0


def test_every_module_has_examples() -> None:
    """Public modules teach by example: each has at least one doctest."""
    public = [
        module
        for module in _modules()
        if not module.__name__.rpartition(".")[2].startswith("_")
    ]
    finder = doctest.DocTestFinder()
    for module in public:
        assert any(test.examples for test in finder.find(module)), module.__name__
