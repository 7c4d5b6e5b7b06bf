"""The E-utilities client against the loopback stand-in (and real NCBI replies from ../shared)."""

from pathlib import Path

import httpx
import pytest

from eutils_server import Fault
from ldn_lit.citation import Reference
from ldn_lit.config import EntrezSettings
from ldn_lit.entrez import EntrezClient, EntrezError

SAMPLES = Path(__file__).resolve().parents[2] / "shared" / "eutils-samples"
needs_samples = pytest.mark.skipif(not SAMPLES.is_dir(), reason="../shared/eutils-samples not present")
KEY = "secret-key-0123456789"


def client(url=None, key=KEY, **kw):
    kw.setdefault("backoff", 0.01)
    kw.setdefault("timeout", 2.0)
    return EntrezClient(EntrezSettings(email="tests@example.org", tool="ldn-lit-tests", api_key=key), url, **kw)


def add(srv, pmid, keys=("fibro",), **kw):
    srv.add(str(pmid), keys=set(keys), title=f"Synthetic record {pmid}", **kw)


def test_esearch_history_and_identity_params(eutils_server):
    for p in (3, 1, 2):
        add(eutils_server, p)
    with client() as c:  # base URL from LDN_LIT_EUTILS_URL
        r = c.esearch("naltrexone AND fibro")
    assert (r.count, r.ids) == (3, ["3", "2", "1"])
    assert r.webenv.startswith("MCID_") and r.query_key == "1"
    req = eutils_server.requests[-1].params
    assert (req["tool"], req["email"], req["api_key"], req["usehistory"]) == (
        "ldn-lit-tests", "tests@example.org", KEY, "y")


def test_searches_combine_on_the_history_server(eutils_server):
    """A date-limited search kept on the history server, then `#1 AND ...` within the same WebEnv."""
    add(eutils_server, 1, keys=("fibro",), mdat="2026/11/01")
    add(eutils_server, 2, keys=("fibro",), mdat="2026/10/31")
    add(eutils_server, 3, keys=("crohn",), mdat="2026/11/02")
    with client() as c:
        changed = c.esearch("naltrexone[tiab]", datetype="mdat", mindate="2026/11/01", maxdate="3000", retmax=0)
        assert (changed.count, changed.ids, changed.query_key) == (2, [], "1")  # both ends inclusive
        within = c.esearch("#1 AND (fibro[tiab])", webenv=changed.webenv)
        assert (within.ids, within.webenv, within.query_key) == (["1"], changed.webenv, "2")
        with pytest.raises(EntrezError, match="Unable to obtain query #7"):
            c.esearch("#7 AND (fibro[tiab])", webenv=changed.webenv)
        # mindate without maxdate limits nothing (the two must be given together)
        assert c.esearch("naltrexone[tiab]", datetype="mdat", mindate="2026/11/01").count == 3


def test_no_hits_is_zero_with_warning(eutils_server):
    with client() as c:
        r = c.esearch("nothing matches this")
    assert r.count == 0 and r.ids == [] and r.warnings


def test_long_terms_are_posted(eutils_server):
    add(eutils_server, 1)
    with client() as c:
        assert c.esearch("fibro OR " + " OR ".join(f"word{i}[tiab]" for i in range(300))).ids == ["1"]
    assert eutils_server.requests[-1].method == "POST"


def test_more_than_10000_hits_are_split_by_date_not_truncated(eutils_server):
    eutils_server.add_many_ids(23_456, "bigterm")
    with client() as c:
        r = c.search_all_ids("naltrexone AND bigterm")
    assert len(r.ids) == 23_456 == len(set(r.ids))
    assert all(int(q.params.get("retmax", 0)) <= 10_000 for q in eutils_server.requests)
    assert 4 <= eutils_server.count("esearch.fcgi") <= 20  # first search + date slices (halving from 1800)


def test_a_search_under_the_window_costs_one_request(eutils_server):
    eutils_server.add_many_ids(9_999, "mid")
    with client() as c:
        assert len(c.search_all_ids("mid").ids) == 9_999
    assert eutils_server.count() == 1


def test_efetch_batches_by_post(eutils_server):
    for p in range(1, 13):
        add(eutils_server, p)
    ids = [str(p) for p in range(1, 13)]
    with client() as c:
        batches = list(c.efetch_batches(ids, batch_size=5))
    assert [len(b) for b, _ in batches] == [5, 5, 2]
    assert all(body.rstrip().endswith(b"</PubmedArticleSet>") for _, body in batches)
    fetches = [r for r in eutils_server.requests if r.path.endswith("efetch.fcgi")]
    assert [r.method for r in fetches] == ["POST"] * 3 and fetches[0].params["id"] == "1,2,3,4,5"


def test_default_batches_are_the_minimum_number(eutils_server):
    with client() as c:
        sizes = [len(b) for b, _ in c.efetch_batches([str(i) for i in range(12_000)])]
    assert sizes == [4_000, 4_000, 4_000]


def test_efetch_by_history(eutils_server):
    for p in range(1, 6):
        add(eutils_server, p)
    with client() as c:
        r = c.esearch("fibro")
        body = c.efetch_history(r.webenv, r.query_key, 1, 2)
    assert body.count(b"<PubmedArticle>") == 2


def test_ecitmatch(eutils_server):
    eutils_server.citations[("ann neurol", "2010", "68", "145")] = "970000500"
    with client() as c:
        # The Reference parse_input() reads from a citation is what ECitMatch is asked: one type.
        got = c.ecitmatch([Reference(first_author="Testperson A", journal="Ann Neurol", year="2010", volume="68",
                                     first_page="145", title="Ignored by ECitMatch"),
                           Reference(journal="Nope J", year="1999", volume="1", first_page="1")])
    assert got == ["970000500", None]
    assert eutils_server.requests[-1].params["bdata"] == "Ann Neurol|2010|68|145|Testperson A|q0|\rNope J|1999|1|1||q1|"


def test_title_search_asks_every_word_then_any_in_relevance_order(eutils_server):
    eutils_server.add("970000601", keys=set(), title="Synthetic opioid antagonist eases placeholder pain")
    eutils_server.add("970000602", keys=set(), title="Synthetic placeholder pain in a survey")
    eutils_server.add("970000603", keys=set(), title="Another synthetic study")
    with client() as c:
        term, ids = c.title_search(["opioid", "antagonist", "placeholder", "pain"])
        assert term == "opioid[ti] AND antagonist[ti] AND placeholder[ti] AND pain[ti]" and ids == ["970000601"]
        assert eutils_server.requests[-1].params["sort"] == "relevance"
        # one misspelt word: nothing has them all, so any of them, the record with the most words first
        term, ids = c.title_search(["opioid", "antagonsit", "placeholder", "pain"])
        assert " OR " in term and ids == ["970000601", "970000602"]
        assert c.title_search([]) == ("", [])


@pytest.mark.parametrize("term, hits", [
    ('"opioid antagonist"[ti]', ["970000601"]), ('"antagonist opioid"[ti]', []), ("opio*[ti]", ["970000601"]),
    ("Testperson[au]", ["970000602", "970000601"]), ("Testperson B[1au]", ["970000602"]),
    ("2011[dp] AND pain[ti]", ["970000601"]), ("2010:2012[dp]", ["970000602", "970000601"]),
    ("pain[ti] NOT survey[ti]", ["970000601"]), ("(survey[ti] OR eases[ti]) AND 2012[dp]", ["970000602"]),
])
def test_the_stand_in_reads_field_tags_as_pubmed_does(eutils_server, term, hits):
    eutils_server.add("970000601", keys=set(), title="Synthetic opioid antagonist eases pain", year=2011,
                      authors=[("Example", "C"), ("Testperson", "A")])
    eutils_server.add("970000602", keys=set(), title="Synthetic pain survey", year=2012, authors=[("Testperson", "B")])
    with client() as c:
        assert c.esearch(term, usehistory=False).ids == hits


@pytest.mark.pacing
@pytest.mark.parametrize("key, limit, calls", [(None, 3, 8), (KEY, 10, 22)])
def test_rate_limit_is_obeyed_server_side(eutils_server, key, limit, calls):
    add(eutils_server, 1)
    with client(key=key) as c:
        for _ in range(calls):
            c.esearch("fibro")
    assert eutils_server.count() == calls
    assert eutils_server.max_per_second() <= limit


def test_retries_429_with_retry_after_5xx_and_slow_replies(eutils_server):
    add(eutils_server, 1)
    eutils_server.faults.extend([Fault("429", retry_after="7"), Fault("503"), Fault("slow", seconds=0.5)])
    slept = []
    with client(timeout=0.1, sleep=slept.append) as c:
        assert c.esearch("fibro").ids == ["1"]
        assert c.requests_made == 4
    assert slept[0] == 7.0  # Retry-After: 7 was honoured (the wait is recorded, not waited)


def test_a_retry_after_that_is_not_seconds_or_a_date_means_the_default_backoff(eutils_server):
    add(eutils_server, 1)
    eutils_server.faults.extend([Fault("429", retry_after="nan"), Fault("429", retry_after="-1")])
    slept = []
    with client(backoff=1.0, sleep=slept.append) as c:
        c.limiter.sleep = lambda s: None  # only the retry waits are recorded
        assert c.esearch("fibro").ids == ["1"]
    assert len(slept) == 2 and 0.5 <= slept[0] <= 1.0 and 1.0 <= slept[1] <= 2.0  # base 1 s, doubled, with jitter


def test_429_storm_gives_up_with_a_clear_message_and_no_key(eutils_server):
    eutils_server.storm = True
    with client(max_retries=3) as c, pytest.raises(EntrezError) as e:
        c.esearch("fibro")
    msg = str(e.value)
    assert "rate limit exceeded (HTTP 429) after 4 tries" in msg and "NCBI_API_KEY" in msg
    assert KEY not in msg and eutils_server.count() == 4


def test_unreachable_server(unused_url):
    with client(unused_url, max_retries=1) as c, pytest.raises(EntrezError, match="cannot reach .* after 2 tries"):
        c.esearch("fibro")


@pytest.fixture
def unused_url():
    import socket
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return f"http://127.0.0.1:{port}/entrez/eutils/"


@pytest.mark.parametrize("fault, message", [
    (Fault("error_in_200"), "esearch failed: Invalid query syntax"),
    (Fault("json_error_in_200"), "esearch failed: Search Backend failed"),
    (Fault("truncated"), "not complete XML"),
    (Fault("html"), "not complete XML|not <eSearchResult>"),
])
def test_errors_inside_200_are_failures_not_zero_results(eutils_server, fault, message):
    eutils_server.faults.append(fault)
    with client() as c, pytest.raises(EntrezError, match=message):
        c.esearch("fibro")


@pytest.mark.parametrize("fault, message", [
    (Fault("truncated"), "truncated"),
    (Fault("html"), "other than PubMed XML"),
    (Fault("json_error_in_200"), "efetch failed"),
])
def test_bad_efetch_bodies(eutils_server, fault, message):
    eutils_server.faults.append(fault)
    with client() as c, pytest.raises(EntrezError, match=message):
        c.efetch(["1"])


def test_http_error_message_redacts_the_key(eutils_server):
    with client(eutils_server.url + "nope/") as c, pytest.raises(EntrezError) as e:
        c.request("unknown.fcgi", {"api_key_echo": KEY})
    assert "HTTP 404" in str(e.value) and KEY not in str(e.value)


@needs_samples
@pytest.mark.parametrize("name, retstart, retmax, count, ids", [
    ("esearch1.xml", 0, 20, 63, 20), ("esearch2.xml", 0, 100, 42249, 100), ("esearch3.xml", 6, 6, 2651, 6),
    ("esearch8.xml", 0, 10_000, 0, 0),
])
def test_real_esearch_replies(eutils_server, name, retstart, retmax, count, ids):
    """Each real reply, to the request it answered: its Count agrees with its IdList, so it is accepted."""
    eutils_server.faults.append(Fault("body", body=(SAMPLES / name).read_bytes()))
    with client() as c:
        r = c.esearch("anything", retstart=retstart, retmax=retmax)
    assert (r.count, len(r.ids)) == (count, ids)
    assert eutils_server.count("esearch.fcgi") == 1
    if name == "esearch8.xml":
        assert r.warnings  # PhraseNotFound / OutputMessage kept as warnings


@needs_samples
@pytest.mark.parametrize("name, message", [
    ("epost2.xml", "failed"), ("einfo4.xml", "not complete XML"),
    ("pubmed3.html", "not complete XML|not <eSearchResult>"),
])
def test_real_error_replies(eutils_server, name, message):
    eutils_server.faults.append(Fault("body", body=(SAMPLES / name).read_bytes()))
    with client() as c, pytest.raises(EntrezError, match=message):
        c.esearch("anything")


def test_default_base_url_is_ncbi(monkeypatch):
    monkeypatch.delenv("LDN_LIT_EUTILS_URL", raising=False)
    with client() as c:
        assert c.base_url == "https://eutils.ncbi.nlm.nih.gov/entrez/eutils/"
    assert isinstance(c.http, httpx.Client)


# ---- issue 12: clear errors -------------------------------------------------------------------------
@pytest.mark.parametrize("url", ["http://[::1/", "ftp://127.0.0.1/entrez/eutils/", "not a url at all"])
def test_malformed_base_url_is_a_configuration_error_at_once(url):
    with pytest.raises(EntrezError, match="LDN_LIT_EUTILS_URL .* unset it to use"):
        client(url)


def test_unresolvable_host_fails_at_once_without_retries():
    sleeps = []
    with client("http://no-such-host.invalid/entrez/eutils/", sleep=sleeps.append) as c:
        with pytest.raises(EntrezError, match="cannot resolve the host") as e:
            c.esearch("anything")
    assert c.requests_made == 1 and sleeps == [] and "\n" not in str(e.value)


@pytest.mark.parametrize("key, hint", [(KEY, "NCBI_API_KEY is set"), (None, "or set NCBI_API_KEY")])
def test_429_hint_depends_on_whether_a_key_is_set(eutils_server, key, hint):
    eutils_server.storm = True
    with client(key=key, max_retries=1, sleep=lambda s: None) as c, pytest.raises(EntrezError) as e:
        c.esearch("anything")
    assert hint in str(e.value) and (key is None or key not in str(e.value))


def test_a_servers_long_error_body_is_cut_to_a_readable_length(eutils_server):
    long_error = "Search Backend failed: " + "very long diagnostic text " * 80
    eutils_server.faults.append(Fault("body", body=(
        f'<?xml version="1.0"?><eSearchResult><ERROR>{long_error}</ERROR></eSearchResult>').encode()))
    with client() as c, pytest.raises(EntrezError) as e:
        c.esearch("anything")
    assert len(str(e.value)) < 200 and str(e.value).startswith("esearch failed: Search Backend failed")
    eutils_server.faults.append(Fault("body", body=b'{"error":"' + b"x" * 2000 + b'"}'))
    with client() as c, pytest.raises(EntrezError) as e:
        c.efetch(["1"])
    assert len(str(e.value)) < 200
