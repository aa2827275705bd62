"""Two HQ processes sharing one blob folder: a chunk is appended under a lock other processes
respect, so a laptop's retry reaching a second process cannot write into the middle of an append."""

from __future__ import annotations

import hashlib
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.hq.blobs import BlobRefused, BlobStore

DEVICE = "dev-one"

# The other HQ process: takes the upload's lock as write_chunk does, appends the first chunk the
# laptop sent it, and holds the lock a while before letting go.
OTHER = """
import sys, time
from pathlib import Path
from app.hq.blobs import _process_lock
root, sha, device, first = Path(sys.argv[1]), sys.argv[2], sys.argv[3], bytes.fromhex(sys.argv[4])
with _process_lock(root / "locks" / sha[:2]):
    (root / "ready").write_text("locked")
    time.sleep(1.5)
    with open(root / "partial" / f"{sha}.{device}", "ab") as fh:
        fh.write(first)
"""


@pytest.mark.skipif(sys.platform == "win32", reason="flock: one HQ process per blob folder on Windows")
def test_a_chunk_waits_for_another_process_append_and_is_told_where_to_resume(tmp_path: Path) -> None:
    store = BlobStore(tmp_path / "blobs")
    data = b"synthetic scan " * 4000
    sha = hashlib.sha256(data).hexdigest()
    first = data[:30_000]
    other = subprocess.Popen(
        [sys.executable, "-c", OTHER, str(store.root), sha, DEVICE, first.hex()],
        cwd=Path(__file__).resolve().parents[2],
    )
    try:
        deadline = time.monotonic() + 30
        while not (store.root / "ready").exists():
            assert time.monotonic() < deadline and other.poll() is None, "the other process never took the lock"
            time.sleep(0.02)
        started = time.monotonic()
        with pytest.raises(BlobRefused) as refused:  # the same first chunk, retried through this process
            store.write_chunk(sha, 0, first, final=False, device_id=DEVICE)
        waited = time.monotonic() - started
    finally:
        other.wait(timeout=30)
    assert waited > 0.5  # it waited for the other process's append instead of writing beside it
    assert refused.value.status == 409 and "30000 bytes" in str(refused.value)
    done = store.write_chunk(sha, len(first), data[len(first) :], final=True, device_id=DEVICE)
    assert done.complete and store.path(sha).read_bytes() == data
