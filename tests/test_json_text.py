"""json_text.dumps writes what json.dumps(asdict(...), ensure_ascii=False, indent=2) writes, byte for byte,
whatever the values (the fast path and the fallback). Values are SYNTHETIC."""

import json
from dataclasses import asdict, dataclass, field

import pytest

from ldn_lit import json_text


@dataclass
class Row:
    pmid: str
    dose_mg: list[float] = field(default_factory=list)
    n: int | None = None
    flag: bool = False
    note: str | None = None
    pair: tuple[int, int] = (1, 2)

    def __post_init__(self) -> None:
        self.computed = "not a field: never written"


@dataclass
class Verdict:
    rows: list[Row]
    table: dict[str, object]
    best: Row | None = None


def _reference(obj):
    plain = [asdict(x) for x in obj] if isinstance(obj, list) else asdict(obj)
    return json.dumps(plain, ensure_ascii=False, indent=2)


@pytest.mark.parametrize("value", [
    4.5, 0.5, 3.0, 45.5, 0.0001, 1e16, 1e22, 123456789012.5, -0.0,  # the fast path
    1e-05, 0.00003, 1e-07, 2.5e-12,  # floats under 1e-4: orjson writes them otherwise, the fallback writes them
])
def test_floats_as_python_writes_them(value):
    v = Verdict([Row("1", [value, 1.5], 12)], {"median": value, "findings": {"positive": 2}})
    assert json_text.dumps(v) == _reference(v)


def test_strings_empty_values_nesting_and_lists_of_dataclasses():
    rows = [Row("2", [], None, True, 'a "quoted" é \u2028 \\ \x00\x1f\t\n text', (3, 4)), Row("3")]
    v = Verdict(rows, {"empty_list": [], "empty_dict": {}, "none": None, "nested": {"a": [{"b": []}]}}, rows[0])
    assert json_text.dumps([v, v]) == _reference([v, v])
    assert "computed" not in json_text.dumps(v)  # fields only, as asdict


def test_what_orjson_refuses_is_written_by_the_standard_library():
    v = Verdict([Row("4", n=2**70)], {"n": 1})  # beyond 64 bits
    assert json_text.dumps(v) == _reference(v)
    w = Verdict([Row("5")], {1: "an int key"})  # json.dumps turns it into "1"
    assert json_text.dumps(w) == _reference(w)


def test_numbers_in_text_keep_the_fast_path(monkeypatch):
    v = Verdict([Row("6", [4.5], note="doi 10.0000/synth.1; type-2 and phase-1e-5 words; 0.00001 in text")],
                {"quote": "value: 0.00001", "line": "1e-7"})
    expected = _reference(v)

    def slow(*a, **k):
        raise AssertionError("the standard library was asked")

    monkeypatch.setattr(json_text.json, "dumps", slow)
    assert json_text.dumps(v) == expected


@pytest.mark.parametrize("text", [
    b'{\n  "p": 1e-05\n}', b'1e-07', b'[\n  0.00001,\n  2\n]', b'{\n  "a": "p<0.0001",\n  "b": 0.00003\n}',
    b'{\n  "a": "p<0.0001 and 1e-5",\n  "b": 4.5\n}', b'{\n  "doi": "10.0000/x",\n  "n": 3\n}',
    b'{\n  "x": [\n    1,\n    2.5e-12\n  ]\n}', b'{\n  "q": "0.00001"\n}', b'0.00001', b'{\n  "a": 10.00001\n}',
    b'{\n  "a": "' + b'p<0.0001; ' * 50 + b'",\n  "b": 1e-08,\n  "c": 1\n}',
])
def test_the_small_float_look_agrees_with_the_whole_text_search(text):
    """_small_float asks only the lines that hold a candidate: the same answer as searching the whole text."""
    assert json_text._small_float(text) == bool(json_text._SMALL_FLOAT.search(text))
    padded = b'{\n  "before": "p<0.0001",\n' + text + b'\n}'
    assert json_text._small_float(padded) == bool(json_text._SMALL_FLOAT.search(padded))


@dataclass
class Empty:
    pass


@dataclass
class One:
    value: float


@pytest.mark.parametrize("obj", [[Empty(), One(4.5), Verdict([Row("7")], {"one": One(0.5)})],
                                 [Empty(), One(1e-05)]])  # the fast path, and the fallback
def test_a_dataclass_of_no_field_or_one_is_written_as_asdict_gives_it(obj):
    assert json_text.dumps(obj) == _reference(obj)
