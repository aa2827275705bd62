"""Push bodies travel zstd-compressed to an HQ that says it reads them so (issue 24: a first push
of a ride was 83 MB of JSON), against a real HQ (TLS on 127.0.0.1): the same rows land, an older
HQ still gets plain JSON, and a compressed body that is malformed, of an unknown coding or that
would decode past the push limit is refused in words and changes nothing."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import zstandard

from app.hq import api
from app.services.manifest import import_manifest
from app.store.settings import read_setting, write_setting
from app.store.workspace import Workspace
from app.sync import client as sync_client
from app.sync.engine import S_HQ_BODY_ENCODINGS, sync
from app.wire import protocol as p
from tests.integration.test_sync import manifest
from tests.integration.test_sync_security import hq_state, push_body
from tests.support.hq import HQServer, enrolled, running_hq


@pytest.fixture
def hq(tmp_path: Path, hq_db_url: str | None) -> Iterator[HQServer]:
    with running_hq(tmp_path / "hq", hq_db_url) as server:
        yield server


@pytest.fixture
def lead(hq: HQServer, tmp_path: Path) -> Workspace:
    ws = enrolled(hq, tmp_path / "lead", "lead-laptop")
    import_manifest(ws, manifest())
    return ws


def sent_pushes(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str | None, int]]:
    """(Content-Encoding, body bytes) of every push the laptop's transport sends."""
    seen: list[tuple[str | None, int]] = []
    original = httpx.Client.request

    def spy(self: httpx.Client, method: str, url: Any, **kw: Any) -> httpx.Response:
        if method == "POST" and str(url).startswith("/v1/push"):
            seen.append((kw.get("headers", {}).get("Content-Encoding"), len(kw.get("content") or b"")))
        return original(self, method, url, **kw)

    monkeypatch.setattr(httpx.Client, "request", spy)
    return seen


def remembered(ws: Workspace, said: str | None = None) -> str:
    """What the laptop remembers of the codings HQ reads (set to `said` first, when given)."""
    with ws.session() as session:
        if said is not None:
            write_setting(session, S_HQ_BODY_ENCODINGS, said)
        return read_setting(session, S_HQ_BODY_ENCODINGS) or ""


def test_a_push_goes_compressed_once_hq_said_so_and_lands_as_a_plain_one(
    hq: HQServer, lead: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen = sent_pushes(monkeypatch)
    # The first sync knows nothing of HQ yet: plain; HQ's answers say it reads zstd, and that is kept.
    assert sync(lead).pushed > 0
    assert seen and all(encoding is None for encoding, _ in seen)
    assert remembered(lead) == "zstd"
    plain_rows = hq_state(hq, lead.meta.device_id)[0]
    # A laptop that knows it pushes compressed; HQ stores the same rows.
    with running_hq(tmp_path / "hq2", None) as other_hq:
        twin = enrolled(other_hq, tmp_path / "twin", "twin-laptop")
        import_manifest(twin, manifest())
        plain_size = len(push_body(twin))
        remembered(twin, "zstd")
        seen.clear()
        assert sync(twin).pushed > 0
        assert seen and all(encoding == "zstd" for encoding, _ in seen)
        assert sum(size for _, size in seen) < plain_size / 3  # repetitive JSON: several-fold smaller
        assert hq_state(other_hq, twin.meta.device_id)[0] == plain_rows


def test_an_hq_that_does_not_read_compressed_pushes_gets_them_plain(
    hq: HQServer, lead: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    # An older HQ process (behind a load balancer mid-upgrade): it says nothing of codings and
    # reads the compressed bytes as JSON.
    monkeypatch.setattr(api, "decoded_body", lambda _encoding, body, _bound: body)
    monkeypatch.setattr(sync_client, "body_encodings", lambda _headers: frozenset())
    remembered(lead, "zstd")
    seen = sent_pushes(monkeypatch)
    report = sync(lead)
    assert report.pushed > 0
    assert [encoding for encoding, _ in seen][:2] == ["zstd", None]  # refused, then sent plain
    assert all(encoding is None for encoding, _ in seen[1:])
    assert remembered(lead) == ""
    assert hq_state(hq, lead.meta.device_id)[0] > 0


@pytest.mark.parametrize(
    ("encoding", "make", "status", "words"),
    [
        ("zstd", lambda body: b"\x28\xb5\x2f\xfd" + b"not a frame", 400, "not valid zstd"),
        ("gzip", lambda body: body, 415, "plain or zstd"),
        (
            "zstd",
            lambda body: zstandard.ZstdCompressor().compress(b" " * (p.MAX_PUSH_BYTES + 10)),
            413,
            "decompressed, is larger",
        ),
    ],
)
def test_a_bad_compressed_push_is_refused_in_words_and_changes_nothing(
    hq: HQServer, lead: Workspace, raw_for: Any, encoding: str, make: Any, status: int, words: str
) -> None:
    raw = raw_for(lead)
    body = make(push_body(lead))
    assert len(body) < p.MAX_PUSH_BYTES  # small on the wire: only decoding it would be large
    headers = raw.headers("POST", "/v1/push", body)
    headers["Content-Encoding"] = encoding
    before = hq_state(hq, raw.device_id)
    answer = raw.send("POST", "/v1/push", body, headers)
    assert answer.status_code == status, answer.text
    assert words in answer.json()["detail"]
    assert hq_state(hq, raw.device_id) == before
    # The laptop's own push goes through afterwards.
    assert sync(lead).pushed > 0
