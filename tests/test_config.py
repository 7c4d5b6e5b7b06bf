"""queries.toml: the shipped default and every way a broken file must fail (one line, with the fix)."""

import re
from pathlib import Path

import pytest

from ldn_lit.config import ConfigError, load_config

REQUIRED = ["multiple_sclerosis", "crohns_disease", "ulcerative_colitis", "rheumatoid_arthritis",
            "fibromyalgia", "crps", "hashimotos_thyroiditis", "psoriasis", "long_covid", "me_cfs",
            "cancer", "diabetic_neuropathy", "sjogrens", "sle_lupus", "systemic_sclerosis",
            "dermatomyositis", "chronic_pain"]
SHIPPED = Path(__file__).resolve().parents[1] / "ldn_lit" / "queries.toml"

GOOD = """
[entrez]
email = "someone@example.org"
[drug]
query = "naltrexone[tiab]"
[[conditions]]
id = "fibromyalgia"
label = "Fibromyalgia"
query = "fibromyalgia[tiab]"
synonyms = ["fibromyalgia"]
"""


def write(tmp_path, text):
    p = tmp_path / "queries.toml"
    p.write_text(text)
    return p


def test_shipped_default_covers_the_required_conditions(monkeypatch):
    monkeypatch.delenv("NCBI_API_KEY", raising=False)
    cfg = load_config(SHIPPED)
    ids = [c.id for c in cfg.conditions]
    assert set(REQUIRED) <= set(ids)
    assert {"alcohol_use_disorder", "opioid_use_disorder"} <= {c.id for c in cfg.other_conditions}
    for c in cfg.conditions:
        term = cfg.search_term(c)
        assert term.startswith(cfg.drug_query) and c.query in term and c.synonyms
    assert cfg.entrez.tool == "ldn-lit" and cfg.entrez.api_key is None


def test_the_repository_copy_is_the_shipped_default():
    """./queries.toml wins when ldn-lit runs from a clone's root: it must say what the package's copy says, or a clone
    tags records otherwise than an installed ldn-lit and the tests do (a synonym added to one copy only did so)."""
    root = SHIPPED.parents[1] / "queries.toml"
    if not root.exists():  # an installed package without the repository around it
        pytest.skip("no repository copy of queries.toml")
    assert root.read_text(encoding="utf-8") == SHIPPED.read_text(encoding="utf-8")


def test_env_api_key_wins(tmp_path, monkeypatch):
    monkeypatch.setenv("NCBI_API_KEY", "from-env")
    cfg = load_config(write(tmp_path, GOOD.replace('[drug]', 'api_key = "from-file"\n[drug]')))
    assert cfg.entrez.api_key == "from-env"


@pytest.mark.parametrize("text, expected", [
    ("[drug\nquery='x'", "invalid TOML"),
    (GOOD + "\n[[conditions]]\nid = 'fibromyalgia'\nquery = 'x[tiab]'\n", "duplicate id 'fibromyalgia'"),
    (GOOD.replace('query = "fibromyalgia[tiab]"', 'query = "  "'),
     "'query' in [[conditions]] id 'fibromyalgia' is empty"),
    (GOOD.replace('label = "Fibromyalgia"', 'lable = "Fibromyalgia"'), "unknown key 'lable'"),
    (GOOD.replace('id = "fibromyalgia"', 'id = "Fibro Myalgia"'), "must be snake_case"),
    (GOOD.replace("[drug]\nquery = \"naltrexone[tiab]\"\n", ""), "missing [drug]"),
    (GOOD + "\n[extra]\n", "unknown key 'extra' in the top level"),
    (GOOD + "\n[[claims]]\nid='c1'\nclaim='x'\ncondition='nope'\n", "condition 'nope' is not a condition id"),
    (GOOD + "\n[[claims]]\nid='c1'\nclaim='x'\noutcomes=['pain', 'relapse_rat']\n",
     "unknown outcome 'relapse_rat' (it could never match a record); use one of pain, fatigue,"),
])
def test_broken_files_fail_with_one_line_naming_the_problem(tmp_path, text, expected):
    p = write(tmp_path, text)
    with pytest.raises(ConfigError) as e:
        load_config(p)
    msg = str(e.value)
    assert expected in msg and str(p) in msg and "\n" not in msg


def test_bad_toml_message_names_the_line(tmp_path):
    p = write(tmp_path, GOOD + "\nbroken = = 1\n")
    with pytest.raises(ConfigError, match=r"line 1[0-9]"):
        load_config(p)


def test_missing_file(tmp_path):
    with pytest.raises(ConfigError, match="file not found"):
        load_config(tmp_path / "nope.toml")


def test_every_outcome_of_the_shipped_claims_is_in_the_vocabulary(monkeypatch):
    from ldn_lit.vocabulary import OUTCOME_IDS

    monkeypatch.delenv("NCBI_API_KEY", raising=False)
    outcomes = {o for c in load_config(SHIPPED).claims for o in c.outcomes}
    assert outcomes and outcomes <= set(OUTCOME_IDS)


def test_the_shipped_configuration_names_its_article_without_a_path_outside_the_package():
    cfg = load_config(SHIPPED)
    assert cfg.article is not None and cfg.article.title == "Low Dose Naltrexone (LDN)"
    assert "../" not in SHIPPED.read_text() and "shared/" not in SHIPPED.read_text()


@pytest.mark.parametrize("table, expected", [
    ('[article]\nurl = "https://example.org/a"\n', "'title' in [article] is empty"),
    ('[article]\ntitle = "A"\nurl = "example.org/a"\n', "must start with http:// or https://"),
    ('[article]\ntitle = "A"\nauthor = "B"\n', "unknown key 'author' in [article]"),
])
def test_a_bad_article_table_fails_with_one_line(tmp_path, table, expected):
    with pytest.raises(ConfigError, match=re.escape(expected)):
        load_config(write(tmp_path, GOOD + table))
    assert load_config(write(tmp_path, GOOD + '[article]\ntitle = "A"\n')).article.url == ""
