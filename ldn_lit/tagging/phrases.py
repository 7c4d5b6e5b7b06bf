"""The taggers' phrase lists and patterns, kept as data: one TOML file per tagger in tagging/phrases/.

Each top-level table of a file is one entry:

    [protocol]
    doc = "A protocol announces a study that has not happened yet."
    patterns = ['\\bstudy protocol\\b', '\\bwill be randomi[sz]ed\\b']   # regexes, tried as one alternation
    examples = ["This trial will be randomised in 2027."]               # each must match
    counter_examples = ["Patients were randomised."]                    # none may match

A pattern may name another entry of its file with patterns as `{name}`: it stands for that entry's patterns as one
group (a word list that several shapes share is written once). Or `phrases = ["low-dose naltrexone", "LDN"]` instead
of `patterns`: literal words matched whole
(PhraseMatcher: a word-set prefilter first, short all-caps acronyms case-sensitive). Patterns run on
fold()ed text (see text.Rule), so write them in lower case. tests/test_phrases.py runs every entry's
examples and counter-examples, so an entry documents and tests itself; adding a phrase is one edit here.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field, replace
from functools import cache
from importlib import resources

from .text import PhraseMatcher, Rule


@dataclass(frozen=True)
class Entry:
    name: str
    doc: str = ""
    patterns: tuple[str, ...] = ()
    phrases: tuple[str, ...] = ()
    examples: tuple[str, ...] = ()
    counter_examples: tuple[str, ...] = ()
    # any other key an entry carries (weights, labels)
    extra: dict[str, object] = field(default_factory=dict, hash=False, compare=False)

    def matches(self, text: str) -> bool:
        return (rule(self).search(text) if self.patterns else matcher(self).search(text)) is not None


_KNOWN = {"doc", "patterns", "phrases", "examples", "counter_examples"}


def files() -> list[str]:
    """The names of every phrase file shipped (without .toml), sorted."""
    root = resources.files(__package__).joinpath("phrases")
    return sorted(p.name[:-5] for p in root.iterdir() if p.name.endswith(".toml"))


def _read(name: str) -> str:
    return resources.files(__package__).joinpath("phrases", f"{name}.toml").read_text(encoding="utf-8")


@cache
def load(name: str) -> dict[str, Entry]:
    """Every entry of tagging/phrases/<name>.toml, in file order."""
    text = _read(name)
    out: dict[str, Entry] = {}
    for key, body in tomllib.loads(text).items():
        if not isinstance(body, dict):
            raise ValueError(f"phrases/{name}.toml: {key} is not a table")
        if bool(body.get("patterns")) == bool(body.get("phrases")):
            raise ValueError(f"phrases/{name}.toml: [{key}] needs either patterns or phrases")
        out[key] = Entry(key, str(body.get("doc", "")), tuple(body.get("patterns", ())), tuple(body.get("phrases", ())),
                         tuple(body.get("examples", ())), tuple(body.get("counter_examples", ())),
                         {k: v for k, v in body.items() if k not in _KNOWN})
    groups = {k: "(?:" + "|".join(e.patterns) + ")" for k, e in out.items() if e.patterns}
    for key, e in out.items():
        named = tuple(_NAMED.sub(lambda m: groups.get(m.group(1), m.group(0)), p) for p in e.patterns)
        if named != e.patterns:
            out[key] = replace(e, patterns=named)
    return out


_NAMED = re.compile(r"\{([a-z_]+)\}")  # `{name}` in a pattern: another entry of the file (a quantifier holds digits)


def alternation(name: str, key: str) -> str:
    """An entry's patterns as one group, for a tagger that builds its shapes around them (dose, duration, attrition)."""
    return "(?:" + "|".join(f"(?:{p})" for p in load(name)[key].patterns) + ")"


_RULES: dict[Entry | tuple[str, str], Rule] = {}
_MATCHERS: dict[Entry, PhraseMatcher] = {}


def rule(entry: Entry | str, name: str | None = None) -> Rule:
    """The entry's patterns as one Rule: rule(entry), or rule("design", "protocol"), which reads the file only
    when the rule is first used (a tagger's module-level rules cost its importers nothing)."""
    key = entry if isinstance(entry, Entry) else (entry, name or "")
    if key not in _RULES:
        _RULES[key] = Rule(lambda: _joined(key if isinstance(key, Entry) else load(key[0])[key[1]]))
    return _RULES[key]


def _joined(entry: Entry) -> str:
    return "|".join(f"(?:{p})" for p in entry.patterns)


def matcher(entry: Entry | str, name: str | None = None) -> PhraseMatcher:
    """The entry's phrases as one PhraseMatcher: matcher(entry), or matcher("conditions", "cancer")."""
    if isinstance(entry, str):
        assert name is not None
        entry = load(entry)[name]
    if entry not in _MATCHERS:
        _MATCHERS[entry] = PhraseMatcher(list(entry.phrases))
    return _MATCHERS[entry]
