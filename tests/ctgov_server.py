"""A loopback stand-in for the ClinicalTrials.gov API v2: a real HTTP server on 127.0.0.1 for the tests.

It answers GET /api/v2/studies like the real service for what ldn-lit uses: query.intr, query.cond,
query.term (quoted phrases joined by OR, case-insensitive), filter.ids (NCT ids, comma or pipe
separated), filter.advanced=AREA[LastUpdatePostDate]
RANGE[date,MAX], fields (piece names such as IdentificationModule or HasResults, or dotted field
paths), pageSize (default 10, at most 1000), countTotal, and paging by opaque nextPageToken that is
only valid with the same query parameters. Studies follow the published v2 JSON structure.
Faults are scripted per test: 429 with Retry-After, 5xx, an error object inside a 200, a truncated
body, an HTML page, a body or headers trickled a byte at a time, a gzip bomb. A hostile server is
scripted too: `hostile` studies (any JSON value, or RawJSON text such as an enrolment of 1e999 that
Python cannot write) are served verbatim on the first page of every search and counted in totalCount;
`total_extra` promises studies that never come; `endless_tokens` hands out a new token on every page
(serving the same page again), `repeat_token` the same token every time; `expire_tokens` refuses the
next N page tokens as expired (HTTP 400), as the registry does with an old one. Every request is logged.

Every study it serves is SYNTHETIC test data built with make_study() (fake NCT numbers in the
NCT09xxxxxx range, placeholder titles and sponsors). Nothing here describes a real trial.
"""

from __future__ import annotations

import gzip
import json
import re
import threading
import time
import uuid
from collections import deque
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlparse

# piece name -> (section, module) in the v2 data structure; only those ldn-lit asks for, plus NCTId
PIECES = {
    "IdentificationModule": ("protocolSection", "identificationModule"),
    "StatusModule": ("protocolSection", "statusModule"),
    "SponsorCollaboratorsModule": ("protocolSection", "sponsorCollaboratorsModule"),
    "ConditionsModule": ("protocolSection", "conditionsModule"),
    "DesignModule": ("protocolSection", "designModule"),
    "ArmsInterventionsModule": ("protocolSection", "armsInterventionsModule"),
    "OutcomesModule": ("protocolSection", "outcomesModule"),
    "ReferencesModule": ("protocolSection", "referencesModule"),
    "DescriptionModule": ("protocolSection", "descriptionModule"),
    "ConditionBrowseModule": ("derivedSection", "conditionBrowseModule"),
    "HasResults": ("hasResults", None),
    "NCTId": ("protocolSection", "identificationModule.nctId"),
}


def make_study(
    nct_id: str,
    title: str = "Synthetic registered study of naltrexone",
    *,
    conditions: list[str] = ("Fibromyalgia",),
    keywords: list[str] = (),
    mesh: list[str] = (),
    interventions: list[tuple[str, str, str]] = (
        ("DRUG", "Low dose naltrexone", "Synthetic: naltrexone 4.5 mg daily"),),
    status: str = "COMPLETED",
    why_stopped: str | None = None,
    phases: list[str] = ("PHASE2",),
    allocation: str | None = "RANDOMIZED",
    masking: str | None = "DOUBLE",
    enrollment: int | None = 40,
    enrollment_type: str = "ACTUAL",
    start: str = "2015-01",
    primary_completion: str | None = "2017-06",
    completion: str | None = "2017-06-30",
    first_posted: str = "2014-12-01",
    last_update: str = "2018-01-15",
    results_first_posted: str | None = None,
    results_submitted: str | None = None,  # statusModule.resultsFirstSubmitDate (results in the registry's QC)
    delay_certified: str | None = None,  # statusModule.dispFirstSubmitDate (certification/extension request)
    has_results: bool = False,
    sponsor: str = "Synthetic Test University",
    references: list[tuple[str | None, str, str]] = (),  # (pmid, type, citation)
    primary_outcomes: list[str] = ("Pain intensity on a numeric rating scale",),
    summary: str = "Synthetic test study: not a real registration.",
) -> dict[str, Any]:
    """One study in the v2 JSON structure. Keep every value obviously synthetic."""
    status_module: dict[str, Any] = {
        "statusVerifiedDate": last_update[:7], "overallStatus": status,
        "startDateStruct": {"date": start, "type": "ACTUAL"},
        "studyFirstSubmitDate": first_posted, "studyFirstPostDateStruct": {"date": first_posted, "type": "ACTUAL"},
        "lastUpdateSubmitDate": last_update, "lastUpdatePostDateStruct": {"date": last_update, "type": "ACTUAL"},
    }
    if why_stopped:
        status_module["whyStopped"] = why_stopped
    if primary_completion:
        status_module["primaryCompletionDateStruct"] = {"date": primary_completion, "type": "ACTUAL"}
    if completion:
        status_module["completionDateStruct"] = {"date": completion, "type": "ACTUAL"}
    if results_first_posted:
        status_module["resultsFirstPostDateStruct"] = {"date": results_first_posted, "type": "ACTUAL"}
    if results_submitted:
        status_module["resultsFirstSubmitDate"] = results_submitted
    if delay_certified:
        status_module["dispFirstSubmitDate"] = delay_certified
    design: dict[str, Any] = {"studyType": "INTERVENTIONAL", "phases": list(phases),
                              "designInfo": {"allocation": allocation, "interventionModel": "PARALLEL",
                                             "primaryPurpose": "TREATMENT",
                                             "maskingInfo": {"masking": masking, "whoMasked": ["PARTICIPANT"]}}}
    if enrollment is not None:
        design["enrollmentInfo"] = {"count": enrollment, "type": enrollment_type}
    protocol: dict[str, Any] = {
        "identificationModule": {"nctId": nct_id, "orgStudyIdInfo": {"id": f"SYN-{nct_id[-4:]}"},
                                 "organization": {"fullName": sponsor, "class": "OTHER"},
                                 "briefTitle": title, "officialTitle": f"{title}: a synthetic protocol"},
        "statusModule": status_module,
        "sponsorCollaboratorsModule": {"responsibleParty": {"type": "SPONSOR"},
                                       "leadSponsor": {"name": sponsor, "class": "OTHER"}},
        "descriptionModule": {"briefSummary": summary},
        "conditionsModule": {"conditions": list(conditions), **({"keywords": list(keywords)} if keywords else {})},
        "designModule": design,
        "armsInterventionsModule": {
            "armGroups": [{"label": "Active", "type": "EXPERIMENTAL"},
                          {"label": "Placebo", "type": "PLACEBO_COMPARATOR"}],
            "interventions": [{"type": t, "name": n, "description": d, "armGroupLabels": ["Active"]}
                              for t, n, d in interventions]},
        "outcomesModule": {"primaryOutcomes": [{"measure": m, "timeFrame": "12 weeks"} for m in primary_outcomes]},
    }
    if references:
        protocol["referencesModule"] = {"references": [
            {**({"pmid": p} if p else {}), "type": t, "citation": c} for p, t, c in references]}
    study: dict[str, Any] = {"protocolSection": protocol, "hasResults": has_results}
    if mesh:
        study["derivedSection"] = {"conditionBrowseModule": {"meshes": [{"id": f"D{i:06d}", "term": m}
                                                                          for i, m in enumerate(mesh)]}}
    return study


@dataclass
class Fault:
    kind: str  # "429", "500", "503", "error_in_200", "truncated", "html", "trickle", "trickle_headers", "gzip_bomb"
    retry_after: str | None = None
    seconds: float = 0.0  # "trickle": the pause before each byte of the (otherwise normal) reply


@dataclass(frozen=True)
class RawJSON:
    """JSON text put into a reply as it is (json.dumps cannot write 1e999 or a duplicate key)."""

    text: str


@dataclass
class Request:
    path: str
    params: dict[str, str]


@dataclass
class CtgovStandIn:
    studies: dict[str, dict[str, Any]] = field(default_factory=dict)
    faults: deque = field(default_factory=deque)
    requests: list[Request] = field(default_factory=list)
    page_cap: int = 1000  # serve at most this many studies per page (tests force paging with a small cap)
    tokens: dict[str, tuple[tuple, int]] = field(default_factory=dict)
    hostile: list[Any] = field(default_factory=list)  # served verbatim first on every search's first page
    total_extra: int = 0  # added to totalCount: > 0 promises studies that never come (delivered < promised)
    endless_tokens: bool = False  # every page has a new nextPageToken, which serves the same page again
    repeat_token: str | None = None  # every page has this nextPageToken
    expire_tokens: int = 0  # the next N requests with a pageToken are refused as expired (HTTP 400)
    url: str = ""

    def add(self, nct_id: str, **kw: Any) -> dict[str, Any]:
        """Add (or replace: a registry update) a synthetic study; make_study() takes **kw."""
        self.studies[nct_id] = make_study(nct_id, **kw)
        return self.studies[nct_id]

    def count(self) -> int:
        return len(self.requests)

    def search(self, params: dict[str, str]) -> list[dict[str, Any]]:
        out = []
        for nct in sorted(self.studies):
            s = self.studies[nct]
            if _matches(s, params):
                out.append(s)
        return out


def _phrases(q: str) -> list[str]:
    return [p.strip().strip('"').lower() for p in re.split(r"\s+OR\s+", q) if p.strip().strip('"')]


def _matches(s: dict[str, Any], params: dict[str, str]) -> bool:
    ps = s["protocolSection"]
    inter = " | ".join(f"{i.get('name', '')} {' '.join(i.get('otherNames', []))}"
                       for i in ps.get("armsInterventionsModule", {}).get("interventions", [])).lower()
    ident = ps["identificationModule"]
    titles = f"{ident.get('briefTitle', '')} | {ident.get('officialTitle', '')}".lower()
    cm = ps.get("conditionsModule", {})
    mesh = [m["term"] for m in s.get("derivedSection", {}).get("conditionBrowseModule", {}).get("meshes", [])]
    cond = " | ".join([*cm.get("conditions", []), *cm.get("keywords", []), *mesh]).lower() + " | " + titles
    ids = params.get("filter.ids")
    if ids is not None and ident["nctId"] not in {x.strip() for x in re.split(r"[,|]", ids) if x.strip()}:
        return False
    if "query.intr" in params and not any(p in inter for p in _phrases(params["query.intr"])):
        return False
    if "query.cond" in params and not any(p in cond for p in _phrases(params["query.cond"])):
        return False
    if "query.term" in params and not any(p in f"{inter} {cond}" for p in _phrases(params["query.term"])):
        return False
    adv = params.get("filter.advanced")
    if adv:
        m = re.fullmatch(r"AREA\[LastUpdatePostDate\]RANGE\[([0-9-]+|MIN),\s*([0-9-]+|MAX)\]", adv)
        if not m:
            raise ValueError(f"unsupported filter.advanced {adv!r}")
        d = ps["statusModule"]["lastUpdatePostDateStruct"]["date"]
        lo, hi = m.groups()
        if lo != "MIN" and d < lo or hi != "MAX" and d > hi:
            return False
    return True


def _select(study: dict[str, Any], fields: list[str]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for f in fields:
        if f in PIECES:
            section, path = PIECES[f]
        elif "." in f or f in ("protocolSection", "derivedSection", "hasResults"):
            section, _, path = f.partition(".")
            path = path or None
        else:
            raise KeyError(f)
        src, dst = study.get(section), out
        if path is None:
            if src is not None:
                out[section] = src
            continue
        keys = path.split(".")
        for k in keys:
            if not isinstance(src, dict) or k not in src:
                src = None
                break
            src = src[k]
        if src is None:
            continue
        dst = out.setdefault(section, {})
        for k in keys[:-1]:
            dst = dst.setdefault(k, {})
        dst[keys[-1]] = src
    return out


class _Handler(BaseHTTPRequestHandler):
    server: _Server

    def log_message(self, *args: object) -> None:
        pass

    def _send(self, status: int, body: str | bytes, ctype: str = "application/json",
              headers: dict[str, str] | None = None, trickle: float = 0.0) -> None:
        data = body.encode() if isinstance(body, str) else body
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(data)))
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        self.end_headers()
        if not trickle:
            self.wfile.write(data)
            return
        try:  # a byte at a time, each after a pause: every read gets something, the whole takes for ever
            for i in range(len(data)):
                time.sleep(trickle)
                self.wfile.write(data[i:i + 1])
                self.wfile.flush()
        except OSError:  # the client gave up
            pass

    def do_GET(self) -> None:
        st = self.server.state
        url = urlparse(self.path)
        params = {k: v[-1] for k, v in parse_qs(url.query, keep_blank_values=True).items()}
        st.requests.append(Request(url.path, params))
        if st.expire_tokens and "pageToken" in params:
            st.expire_tokens -= 1
            st.tokens.pop(params["pageToken"], None)
            return self._send(400, "Synthetic: the page token has expired", "text/plain")
        trickle = 0.0
        if st.faults:
            f = st.faults.popleft()
            trickle = f.seconds if f.kind == "trickle" else 0.0
            if f.kind == "trickle_headers":  # the status line and headers a byte at a time, never ending
                try:
                    for b in b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nX-Synthetic: " + b"x" * 10_000:
                        self.wfile.write(bytes([b]))
                        time.sleep(f.seconds)
                except OSError:  # the client gave up
                    pass
                self.close_connection = True
                return None
            if f.kind == "429":
                return self._send(429, "Too Many Requests", "text/plain",
                                  {"Retry-After": f.retry_after} if f.retry_after else None)
            if f.kind in ("500", "502", "503"):
                return self._send(int(f.kind), "Service unavailable", "text/plain")
            if f.kind == "error_in_200":
                return self._send(200, json.dumps({"error": "synthetic: search backend unavailable"}))
            if f.kind == "truncated":
                return self._send(200, '{"studies":[{"protocolSection":{"identificationModule":')
            if f.kind == "gzip_bomb":  # 8 MB of JSON whitespace in about 8 KB on the wire
                bomb = gzip.compress(b'{"studies": [' + b" " * 8 * 2**20 + b"]}", compresslevel=9)
                return self._send(200, bomb, headers={"Content-Encoding": "gzip"})
            if f.kind == "html":
                return self._send(200, "<html><body>Synthetic maintenance page</body></html>", "text/html")
        if url.path.rstrip("/") != "/api/v2/studies":
            return self._send(404, "Not found", "text/plain")
        try:
            size = int(params.get("pageSize", "10"))
        except ValueError:
            return self._send(400, "pageSize must be an integer", "text/plain")
        if not 0 < size <= 1000:
            return self._send(400, "pageSize must be between 1 and 1000", "text/plain")
        key = tuple(sorted((k, v) for k, v in params.items() if k not in ("pageToken", "pageSize", "countTotal")))
        offset = 0
        if "pageToken" in params:
            got = st.tokens.get(params["pageToken"])
            if got is None or got[0] != key:
                return self._send(400, "pageToken is not valid for these parameters", "text/plain")
            offset = got[1]
        try:
            hits = st.search(params)
        except ValueError as e:
            return self._send(400, str(e), "text/plain")
        size = min(size, st.page_cap)
        chunk = hits[offset:offset + size]
        fields = [f for f in re.split(r"[,|]", params.get("fields", "")) if f]
        try:
            studies = [_select(s, fields) for s in chunk] if fields else chunk
        except KeyError as e:
            return self._send(400, f"unknown field {e}", "text/plain")
        reply: dict[str, Any] = {}
        if params.get("countTotal") == "true" and "pageToken" not in params:
            reply["totalCount"] = len(hits) + len(st.hostile) + st.total_extra
        reply["studies"] = studies
        if offset + size < len(hits) or st.endless_tokens or st.repeat_token:
            token = st.repeat_token or uuid.uuid4().hex[:16]
            st.tokens[token] = (key, offset if st.endless_tokens else offset + size)
            reply["nextPageToken"] = token
        body = json.dumps(reply)
        if st.hostile and "pageToken" not in params:
            raw = [x.text if isinstance(x, RawJSON) else json.dumps(x) for x in st.hostile]
            body = body.replace('"studies": [', '"studies": [' + ", ".join(raw) + (", " if studies else ""), 1)
        self._send(200, body, trickle=trickle)


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    state: CtgovStandIn


def start(port: int = 0) -> tuple[CtgovStandIn, _Server]:
    server = _Server(("127.0.0.1", port), _Handler)
    server.state = CtgovStandIn()
    server.state.url = f"http://127.0.0.1:{server.server_address[1]}/api/v2"
    threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True).start()
    return server.state, server


def main() -> None:
    """Serve SYNTHETIC studies (one per default condition) on 127.0.0.1 to try `ldn-lit trials update` by hand:

        python tests/ctgov_server.py --port 8766
        LDN_LIT_CTGOV_URL=http://127.0.0.1:8766/api/v2 ldn-lit trials update
    """
    import argparse
    from pathlib import Path

    from ldn_lit.config import load_config

    ap = argparse.ArgumentParser(description=main.__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--port", type=int, default=8766)
    args = ap.parse_args()
    state, server = start(args.port)
    cfg = load_config(Path(__file__).resolve().parents[1] / "ldn_lit" / "queries.toml")
    for i, c in enumerate(cfg.conditions, 1):
        state.add(f"NCT09{i:06d}", title=f"Synthetic stand-in study {i} (not a real trial)", conditions=[c.label])
    print(f"{len(state.studies)} synthetic studies at {state.url} (Ctrl-C to stop)", flush=True)
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        server.shutdown()


if __name__ == "__main__":
    main()
