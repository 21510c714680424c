"""The package does no I/O: no files, network, printing, input or logging set-up."""

from __future__ import annotations

import builtins
import io
import logging
import socket
import subprocess
import sys
from collections.abc import Iterator
from typing import Any, NoReturn

import pytest

import rightsreport
from rightsreport.examples import cambodia_2020


class IOAttemptedError(AssertionError):
    """Raised by the traps when the package tries to do I/O."""


def _trap(name: str) -> Any:
    def refuse(*args: object, **kwargs: object) -> NoReturn:
        raise IOAttemptedError(name)

    return refuse


@pytest.fixture
def no_io(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Make every common kind of I/O raise, and watch stdout and stderr."""
    for name in ("open", "print", "input"):
        monkeypatch.setattr(builtins, name, _trap(name))
    monkeypatch.setattr(io, "open", _trap("io.open"))
    monkeypatch.setattr(socket, "socket", _trap("socket"))
    monkeypatch.setattr(socket, "create_connection", _trap("socket"))
    monkeypatch.setattr(subprocess, "Popen", _trap("subprocess"))
    monkeypatch.setattr(logging, "basicConfig", _trap("logging.basicConfig"))
    out, err = io.StringIO(), io.StringIO()
    monkeypatch.setattr(sys, "stdout", out)
    monkeypatch.setattr(sys, "stderr", err)
    handlers = list(logging.getLogger().handlers)
    yield
    assert out.getvalue() == ""
    assert err.getvalue() == ""
    assert logging.getLogger().handlers == handlers


def _public_calls() -> list[tuple[str, Any]]:
    """Exercise the public surface on the worked example."""
    article = cambodia_2020()
    calls: list[tuple[str, Any]] = [
        ("walk", lambda: list(article.walk())),
        ("str dates", lambda: [str(s.period) for s in article.statistics]),
    ]
    for name in ("to_json", "to_dict", "validate", "redact", "to_jsonld"):
        function = getattr(rightsreport, name, None)
        if function is not None:
            calls.append((name, lambda function=function: function(article)))
    return calls


def test_using_the_package_does_no_io(no_io: None) -> None:
    """Using the public API on the worked example touches no I/O."""
    for _, call in _public_calls():
        call()


_AUDIT = """
import sys
events = []
def hook(event, args):
    if event == "open" and isinstance(args[0], str) and args[0].endswith(
        (".py", ".pyc", ".so", ".pth", "/")
    ):
        return  # loading modules
    if event in {"open", "socket.connect", "socket.bind", "subprocess.Popen",
                 "os.system", "builtins.input", "os.exec", "os.spawn"}:
        events.append(event)
sys.addaudithook(hook)
import pkgutil, importlib, rightsreport
for info in pkgutil.walk_packages(rightsreport.__path__, "rightsreport."):
    if info.name != "rightsreport.testing":
        importlib.import_module(info.name)
from rightsreport.examples import cambodia_2020
list(cambodia_2020().walk())
sys.exit(3 if events else 0)
"""


def test_importing_the_package_does_no_io() -> None:
    """A fresh interpreter importing every module prints nothing and opens nothing."""
    result = subprocess.run(  # noqa: S603
        [sys.executable, "-c", _AUDIT], capture_output=True, text=True, check=False
    )
    assert (result.returncode, result.stdout, result.stderr) == (0, "", "")


def test_the_traps_work(no_io: None) -> None:
    """The fixture really refuses I/O (so the test above can fail)."""
    with pytest.raises(IOAttemptedError):
        print("x")  # noqa: T201
    with pytest.raises(IOAttemptedError):
        open("/dev/null")  # noqa: PTH123, SIM115
