"""Extensions: namespaced keys, JSON values, frozen, hashable, picklable."""

from __future__ import annotations

import math
import pickle

import pytest
from hypothesis import given

from rightsreport import Extensions, FrozenJSONObject, InvalidFieldError
from rightsreport._extensions import thaw, to_extensions
from rightsreport.testing import extensions, json_values


def test_values_are_deep_frozen() -> None:
    """Lists become tuples and objects frozen mappings; thawing restores them."""
    ext = Extensions({"org.example:data": {"tags": ["a", "b"], "n": 1.5, "ok": None}})
    inner = ext["org.example:data"]
    assert isinstance(inner, FrozenJSONObject)
    assert inner["tags"] == ("a", "b")
    assert ext.to_json_data() == {
        "org.example:data": {"tags": ["a", "b"], "n": 1.5, "ok": None}
    }
    assert len(ext) == 1
    assert list(ext) == ["org.example:data"]
    assert repr(Extensions({"x:y": [1]})) == "Extensions({'x:y': [1]})"


def test_equality_and_hash() -> None:
    """Equal content means equal and same hash, whatever the key order."""
    a = Extensions({"x:a": 1, "x:b": [1, 2]})
    b = Extensions({"x:b": (1, 2), "x:a": 1})
    assert a == b
    assert hash(a) == hash(b)
    assert a == {"x:a": 1, "x:b": (1, 2)}
    assert a != Extensions({"x:a": 2, "x:b": [1, 2]})
    assert a.__eq__(3) is NotImplemented


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (
            {"reviewer": 1},
            "'extensions['reviewer']' must be a namespaced key such as 'org.example:reviewer' (got 'reviewer')",
        ),
        (
            {"Org.Example:x": 1},
            "'extensions['Org.Example:x']' must be a namespaced key such as 'org.example:reviewer' (got 'Org.Example:x')",
        ),
        (
            {"x:": 1},
            "'extensions['x:']' must be a namespaced key such as 'org.example:reviewer' (got 'x:')",
        ),
        ({1: 1}, "'extensions' must be str keys (got int)"),
        (
            {"x:y": math.nan},
            "'extensions['x:y']' must be a finite JSON number (got nan)",
        ),
        (
            {"x:y": {1, 2}},
            "'extensions['x:y']' must be a JSON-compatible value (None, bool, int, float, str, list or dict) (got set)",
        ),
        (
            {"x:y": [object()]},
            "'extensions['x:y'][0]' must be a JSON-compatible value (None, bool, int, float, str, list or dict) (got object)",
        ),
        ({"x:y": {"k": {2: 1}}}, "'extensions['x:y']['k']' must be str keys (got int)"),
    ],
)
def test_refused(data: dict[object, object], message: str) -> None:
    """Non-namespaced keys and non-JSON values are refused with their path."""
    with pytest.raises(InvalidFieldError) as caught:
        Extensions(data)  # type: ignore[arg-type]
    assert str(caught.value) == message


def test_nested_objects_take_any_key() -> None:
    """Only top-level keys are namespaced."""
    assert Extensions({"x:y": {"free key": 1}})["x:y"] == {"free key": 1}


def test_depth_is_bounded() -> None:
    """Absurdly deep values are refused, not a RecursionError."""
    value: object = 1
    for _ in range(100):
        value = [value]
    with pytest.raises(InvalidFieldError, match="JSON nested at most 64 deep"):
        Extensions({"x:y": value})


def test_to_extensions() -> None:
    """The models' converter keeps Extensions and converts mappings."""
    ext = Extensions({"x:y": 1})
    assert to_extensions(ext) is ext
    assert to_extensions({"x:y": 1}) == ext
    with pytest.raises(
        InvalidFieldError, match=r"^'extensions' must be a mapping \(got list\)$"
    ):
        to_extensions([])  # type: ignore[arg-type]


@given(extensions())
def test_pickle_round_trip(ext: Extensions) -> None:
    """Extensions pickle to equal values with equal hashes."""
    back = pickle.loads(pickle.dumps(ext))  # noqa: S301
    assert back == ext
    assert hash(back) == hash(ext)
    assert type(back) is Extensions


@given(json_values())
def test_thaw_inverts_freeze(value: object) -> None:
    """Freezing then thawing gives back equal plain JSON."""
    frozen = Extensions({"x:v": value})
    assert thaw(frozen["x:v"]) == value
