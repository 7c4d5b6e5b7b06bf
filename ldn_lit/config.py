"""Load and validate queries.toml: the searches, the tagging vocabulary, the claims and Entrez settings.

A broken file must fail with one line that names the file, the place and the fix, because a
silently ignored typo means a condition that is never searched.
"""

from __future__ import annotations

import os
import re
import tomllib
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from .errors import LdnLitError
from .vocabulary import CONDITION_SCOPES, OUTCOME_IDS

ID_RE = re.compile(r"^[a-z][a-z0-9_]*$")


class ConfigError(LdnLitError):
    """A problem in queries.toml, phrased for the user (one line, with the fix)."""

    exit_code = 2


@dataclass
class EntrezSettings:
    email: str = ""
    tool: str = "ldn-lit"
    api_key: str | None = None


@dataclass
class Condition:
    id: str
    label: str
    query: str = ""  # empty for other_conditions (tagging only, never searched)
    mesh: list[str] = field(default_factory=list)
    synonyms: list[str] = field(default_factory=list)
    # Words an article uses for the condition that are too ambiguous to tag an abstract with ("MS" is also
    # mass spectrometry): read only in the claims of an article or of `check`. Case-sensitive, whole words.
    claim_synonyms: list[str] = field(default_factory=list)
    searched: bool = True


@dataclass
class Claim:
    """One claim an article makes, in our own words, with what it asserts."""

    id: str
    claim: str
    condition: str  # a condition id, or "any"
    outcomes: list[str] = field(default_factory=list)
    direction: str = "positive"  # the claim's kind (claims.KINDS): positive/null/negative, mechanism, dose, ...
    cited_journal: str | None = None
    scope: list[str] = field(default_factory=list)  # conditions a descriptive claim lists ("MS, Crohn's and RA")
    condition_label: str = ""  # the condition's label in queries.toml ("Crohn's disease"), for what people read


@dataclass
class ArticleInfo:
    """The article whose [[claims]] these are ([article] of queries.toml): what a digest names in its heading."""

    title: str
    url: str = ""  # where a reader finds it; empty when it has no public address

    @property
    def heading(self) -> str:
        """'"Low Dose Naltrexone (LDN)"', quoted, as a heading names it."""
        return f"\u201c{self.title}\u201d"


@dataclass
class Config:
    path: Path
    entrez: EntrezSettings
    drug_query: str
    conditions: list[Condition]
    other_conditions: list[Condition] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    article: ArticleInfo | None = None  # [article]: whose claims [[claims]] are

    def condition(self, cid: str) -> Condition:
        for c in self.conditions + self.other_conditions:
            if c.id == cid:
                return c
        known = ", ".join(c.id for c in self.conditions)
        raise ConfigError(f"unknown condition '{cid}' (known: {known})")

    def search_term(self, condition: Condition) -> str:
        """The full PubMed query for one condition: drug part AND condition part."""
        return f"{self.drug_query} AND ({condition.query})"

    @property
    def all_conditions(self) -> list[Condition]:
        return self.conditions + self.other_conditions

    @property
    def condition_labels(self) -> dict[str, str]:
        """Condition id -> its label ('crohns_disease' -> "Crohn's disease"): what a person reads."""
        return {c.id: c.label for c in self.all_conditions}


_TOP_KEYS = {"entrez", "drug", "conditions", "other_conditions", "claims", "article"}
_ARTICLE_KEYS = {"title", "url"}
_ENTREZ_KEYS = {"email", "tool", "api_key"}
_DRUG_KEYS = {"query"}
_CONDITION_KEYS = {"id", "label", "query", "mesh", "synonyms", "claim_synonyms"}
_CLAIM_KEYS = {"id", "claim", "condition", "outcomes", "direction", "cited_journal"}
CLAIM_DIRECTIONS = ("positive", "negative", "null", "mechanism", "dose", "any", "descriptive")


def default_config_path() -> Path:
    """env LDN_LIT_CONFIG, else ./queries.toml, else the copy shipped in the package."""
    env = os.environ.get("LDN_LIT_CONFIG")
    if env:
        return Path(env)
    local = Path("queries.toml")
    if local.exists():
        return local
    return Path(str(resources.files("ldn_lit") / "queries.toml"))


def load_config(path: Path | str | None = None) -> Config:
    path = Path(path) if path is not None else default_config_path()
    try:
        text = path.read_text(encoding="utf-8-sig")  # a BOM (Windows editors) is not an error
    except FileNotFoundError:
        raise ConfigError(f"{path}: file not found; pass --config PATH or create queries.toml") from None
    except (OSError, UnicodeDecodeError) as e:
        raise ConfigError(f"{path}: cannot read ({e}); check the file's permissions and encoding") from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as e:
        raise ConfigError(f"{path}: invalid TOML: {e}; fix the syntax at that line") from None
    return parse_config(data, path)


def _fail(path: Path, msg: str) -> ConfigError:
    return ConfigError(f"{path}: {msg}")


def _string(table: dict[str, Any], key: str, where: str, path: Path, required: bool = True) -> str:
    value = table.get(key, "")
    if not isinstance(value, str):
        raise _fail(path, f"'{key}' in {where} must be a string")
    if required and not value.strip():
        raise _fail(path, f"'{key}' in {where} is empty; give it a value")
    return value.strip()


def _check_keys(table: dict[str, Any], allowed: set[str], where: str, path: Path) -> None:
    for key in table:
        if key not in allowed:
            raise _fail(path, f"unknown key '{key}' in {where}; allowed keys: {', '.join(sorted(allowed))}")


def parse_config(data: dict[str, Any], path: Path) -> Config:
    def fail(msg: str) -> ConfigError:
        return _fail(path, msg)

    def check_keys(table: dict[str, Any], allowed: set[str], where: str) -> None:
        _check_keys(table, allowed, where, path)

    def string(table: dict[str, Any], key: str, where: str, required: bool = True) -> str:
        return _string(table, key, where, path, required)

    def str_list(table: dict[str, Any], key: str, where: str) -> list[str]:
        value = table.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise fail(f"'{key}' in {where} must be a list of strings")
        return [v.strip() for v in value if v.strip()]

    check_keys(data, _TOP_KEYS, "the top level")

    entrez_t = data.get("entrez", {})
    if not isinstance(entrez_t, dict):
        raise fail("[entrez] must be a table")
    check_keys(entrez_t, _ENTREZ_KEYS, "[entrez]")
    entrez = EntrezSettings(
        email=os.environ.get("LDN_LIT_EMAIL") or string(entrez_t, "email", "[entrez]", False),
        tool=string(entrez_t, "tool", "[entrez]", False) or "ldn-lit",
        api_key=os.environ.get("NCBI_API_KEY") or string(entrez_t, "api_key", "[entrez]", False) or None,
    )

    drug_t = data.get("drug")
    if not isinstance(drug_t, dict):
        raise fail("missing [drug] table with query = '...'; add the naltrexone search")
    check_keys(drug_t, _DRUG_KEYS, "[drug]")
    drug_query = string(drug_t, "query", "[drug]")

    seen: set[str] = set()

    def conditions(key: str, searched: bool) -> list[Condition]:
        items = data.get(key, [])
        if not isinstance(items, list):
            raise fail(f"'{key}' must be an array of tables: write [[{key}]]")
        out = []
        for i, t in enumerate(items, 1):
            where = f"[[{key}]] #{i}"
            if not isinstance(t, dict):
                raise fail(f"{where} must be a table")
            check_keys(t, _CONDITION_KEYS if searched else _CONDITION_KEYS - {"query"}, where)
            cid = string(t, "id", where)
            where = f"[[{key}]] id '{cid}'"
            if not ID_RE.match(cid):
                raise fail(f"id '{cid}' must be snake_case (a-z, 0-9, _), e.g. '{_snake(cid)}'")
            if cid in seen:
                raise fail(f"duplicate id '{cid}'; each condition id must be unique")
            seen.add(cid)
            out.append(
                Condition(
                    id=cid,
                    label=string(t, "label", where, False) or cid,
                    query=string(t, "query", where) if searched else "",
                    mesh=str_list(t, "mesh", where),
                    synonyms=str_list(t, "synonyms", where),
                    claim_synonyms=str_list(t, "claim_synonyms", where),
                    searched=searched,
                )
            )
        return out

    conds = conditions("conditions", True)
    if not conds:
        raise fail("no [[conditions]] defined; add at least one condition to search")
    others = conditions("other_conditions", False)

    claims = parse_claims(data.get("claims", []), {c.id: c.label for c in conds + others}, path)
    article_t = data.get("article")
    article = None
    if article_t is not None:
        if not isinstance(article_t, dict):
            raise fail("[article] must be a table with title = '...' and url = '...'")
        check_keys(article_t, _ARTICLE_KEYS, "[article]")
        url = string(article_t, "url", "[article]", False)
        if url and not re.match(r"https?://\S+$", url):
            raise fail(f"url '{url}' in [article] must start with http:// or https://, or be empty")
        article = ArticleInfo(string(article_t, "title", "[article]"), url)
    return Config(path, entrez, drug_query, conds, others, claims, article)


def parse_claims(items: Any, condition_ids: dict[str, str], path: Path) -> list[Claim]:
    """The [[claims]] array of a queries.toml or of a separate claims file (`digest --article`);
    `condition_ids` maps each condition id to its label."""

    def fail(msg: str) -> ConfigError:
        return _fail(path, msg)

    def string(table: dict[str, Any], key: str, where: str, required: bool = True) -> str:
        return _string(table, key, where, path, required)

    claims: list[Claim] = []
    claim_ids: set[str] = set()
    if not isinstance(items, list):
        raise fail("'claims' must be an array of tables: write [[claims]]")
    for i, t in enumerate(items, 1):
        where = f"[[claims]] #{i}"
        if not isinstance(t, dict):
            raise fail(f"{where} must be a table")
        _check_keys(t, _CLAIM_KEYS, where, path)
        cid = string(t, "id", where)
        where = f"[[claims]] id '{cid}'"
        if cid in claim_ids:
            raise fail(f"duplicate claim id '{cid}'; each claim id must be unique")
        claim_ids.add(cid)
        cond = string(t, "condition", where, False) or "any"
        if cond != "any" and cond not in condition_ids and cond not in CONDITION_SCOPES:
            raise fail(f"{where}: condition '{cond}' is not a condition id (or use \"any\" or one of "
                       f"{', '.join(CONDITION_SCOPES)})")
        direction = string(t, "direction", where, False) or "positive"
        if direction not in CLAIM_DIRECTIONS:
            raise fail(f"{where}: direction '{direction}' must be one of {', '.join(CLAIM_DIRECTIONS)}")
        outcomes = t.get("outcomes", [])
        if not isinstance(outcomes, list) or not all(isinstance(o, str) for o in outcomes):
            raise fail(f"'outcomes' in {where} must be a list of strings")
        unknown = [o for o in outcomes if o not in OUTCOME_IDS]
        if unknown:
            raise fail(f"{where}: unknown outcome '{unknown[0]}' (it could never match a record); "
                       f"use one of {', '.join(OUTCOME_IDS)}")
        claims.append(Claim(id=cid, claim=string(t, "claim", where), condition=cond, outcomes=outcomes,
                            direction=direction, cited_journal=string(t, "cited_journal", where, False) or None,
                            condition_label=condition_ids.get(cond, "")))
    return claims


def _snake(s: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", s.lower()).strip("_") or "condition_id"
