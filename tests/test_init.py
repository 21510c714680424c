"""The package's ``__all__`` is the whole public surface, sorted and documented."""

from __future__ import annotations

import importlib
import inspect
import pickle
import pkgutil
import types
from pathlib import Path

import rightsreport

DOCS = Path(__file__).resolve().parent.parent / "docs"


def test_all_is_sorted_and_unique() -> None:
    """``__all__`` is sorted and has no duplicates."""
    assert list(rightsreport.__all__) == sorted(set(rightsreport.__all__))


def test_every_name_imports_and_is_documented() -> None:
    """Each public name exists and has a docstring of its own."""
    for name in rightsreport.__all__:
        obj = getattr(rightsreport, name)
        if isinstance(obj, types.UnionType):
            continue  # a type alias (Number, Derivation): documented in docs/
        assert inspect.getdoc(obj), name


def test_all_is_complete() -> None:
    """Every public object the package module holds is in ``__all__``."""
    public = {
        name
        for name, obj in vars(rightsreport).items()
        if not name.startswith("_")
        and not inspect.ismodule(obj)
        and name != "annotations"
    }
    assert public == set(rightsreport.__all__)


def test_public_classes_live_in_the_package() -> None:
    """Public classes name ``rightsreport`` as their module, never a private one."""
    for name in rightsreport.__all__:
        obj = getattr(rightsreport, name)
        if inspect.isclass(obj):
            assert obj.__module__ == "rightsreport", name
            assert pickle.loads(pickle.dumps(obj)) is obj  # noqa: S301


def test_every_public_name_is_in_the_reference() -> None:
    """Every public name appears in the API reference pages."""
    reference = "\n".join(path.read_text("utf-8") for path in DOCS.glob("*.md"))
    missing = [
        name for name in rightsreport.__all__ if f"rightsreport.{name}" not in reference
    ]
    assert missing == []


def test_private_modules_are_private() -> None:
    """Only ``examples`` and ``testing`` are public submodules."""
    public = sorted(
        info.name
        for info in pkgutil.iter_modules(rightsreport.__path__)
        if not info.name.startswith("_")
    )
    assert public == ["examples", "testing"]
    for name in public:
        module = importlib.import_module(f"rightsreport.{name}")
        assert list(module.__all__) == sorted(module.__all__)
