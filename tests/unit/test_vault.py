"""The blob vault keeps attachments confidential, detects any tampering and never leaves torn files."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.errors import IntegrityProblem
from app.store.vault import CHUNK_BYTES, HEADER_BYTES, TAG_BYTES, BlobVault

REPO_ROOT = Path(__file__).resolve().parents[2]
CANARY = "CANARY-Zainab-passport-N0123456-do-not-leak"
SMALL_CHUNK_BYTES = 64


@pytest.fixture
def key() -> bytes:
    return os.urandom(32)


@pytest.fixture
def vault(tmp_path: Path, key: bytes) -> BlobVault:
    return BlobVault(tmp_path / "blobs", key)


@pytest.fixture
def small_vault(tmp_path: Path, key: bytes) -> BlobVault:
    return BlobVault(tmp_path / "small", key, chunk_bytes=SMALL_CHUNK_BYTES)


def blob_path(root: Path, vault: BlobVault, sha: str) -> Path:
    address = vault.address(sha)
    return root / address[:2] / address[2:]


def files_under(root: Path) -> list[Path]:
    return [p for p in root.rglob("*") if p.is_file()]


@pytest.mark.parametrize("size", [0, 1, 1000, CHUNK_BYTES - 1, CHUNK_BYTES, CHUNK_BYTES + 1, 5 * CHUNK_BYTES // 2])
def test_round_trip_returns_the_same_bytes(vault: BlobVault, size: int) -> None:
    data = os.urandom(size)
    info = vault.put(data)
    assert info.sha256_hex == hashlib.sha256(data).hexdigest()
    assert info.size == size
    assert vault.exists(info.sha256_hex)
    assert vault.get(info.sha256_hex) == data
    assert b"".join(vault.iter_chunks(info.sha256_hex)) == data
    vault.verify(info.sha256_hex)


def test_stored_size_is_the_file_size_and_overhead_is_small(tmp_path: Path, vault: BlobVault) -> None:
    data = os.urandom(5 * CHUNK_BYTES // 2)
    info = vault.put(data)
    on_disk = blob_path(tmp_path / "blobs", vault, info.sha256_hex).stat().st_size
    assert info.stored_size == on_disk == HEADER_BYTES + len(data) + 3 * TAG_BYTES


def test_multi_chunk_blob_streams_in_chunks(vault: BlobVault) -> None:
    data = os.urandom(5 * CHUNK_BYTES // 2)
    sha = vault.put(data).sha256_hex
    assert [len(c) for c in vault.iter_chunks(sha)] == [CHUNK_BYTES, CHUNK_BYTES, CHUNK_BYTES // 2]


def test_put_is_idempotent_and_does_not_rewrite(tmp_path: Path, vault: BlobVault) -> None:
    data = os.urandom(3000)
    first = vault.put(data)
    path = blob_path(tmp_path / "blobs", vault, first.sha256_hex)
    before = path.stat()
    assert vault.put(data) == first
    assert vault.put_stream([data[:10], data[10:]]) == first
    after = path.stat()
    assert (after.st_ino, after.st_mtime_ns) == (before.st_ino, before.st_mtime_ns)
    assert list(vault.all_addresses()) == [vault.address(first.sha256_hex)]
    assert files_under(tmp_path / "blobs") == [path]


def test_put_stream_equals_put_whatever_the_piece_sizes(tmp_path: Path, key: bytes) -> None:
    data = os.urandom(5 * CHUNK_BYTES // 2 + 7)
    by_put = BlobVault(tmp_path / "a", key)
    by_stream = BlobVault(tmp_path / "b", key)
    cuts = [0, 1, 4096, CHUNK_BYTES, CHUNK_BYTES + 3, 2 * CHUNK_BYTES, len(data)]
    pieces = [data[a:b] for a, b in zip(cuts, cuts[1:], strict=False)] + [b""]
    info = by_put.put(data)
    assert by_stream.put_stream(iter(pieces)) == info
    assert by_stream.get(info.sha256_hex) == data
    assert by_put.address(info.sha256_hex) == by_stream.address(info.sha256_hex)


def test_file_names_and_contents_reveal_neither_hash_nor_plaintext(tmp_path: Path, vault: BlobVault) -> None:
    root = tmp_path / "blobs"
    texts = [CANARY.encode(), CANARY.encode("utf-16-le"), CANARY.encode("utf-16")]
    data = b"header " + b" ".join(texts) * 3 + b" trailer"
    info = vault.put(data)
    vault.put_stream([data[:5], data[5:]])
    sha = info.sha256_hex
    names = "\n".join(str(p.relative_to(root)) for p in root.rglob("*"))
    assert sha not in names.replace("/", "").replace("\\", "")
    assert sha[:16] not in names
    for path in files_under(root):
        raw = path.read_bytes()
        for needle in [*texts, CANARY.encode("utf-16-be"), bytes.fromhex(sha), sha.encode()]:
            assert needle not in raw


def test_blob_files_are_private_to_the_user(tmp_path: Path, vault: BlobVault) -> None:
    if os.name != "posix":
        pytest.skip("POSIX permissions")
    info = vault.put(b"x")
    assert blob_path(tmp_path / "blobs", vault, info.sha256_hex).stat().st_mode & 0o077 == 0


def test_flipping_any_byte_of_a_blob_file_is_detected(tmp_path: Path, small_vault: BlobVault) -> None:
    data = os.urandom(3 * SMALL_CHUNK_BYTES + 5)
    sha = small_vault.put(data).sha256_hex
    path = blob_path(tmp_path / "small", small_vault, sha)
    original = path.read_bytes()
    for offset in range(len(original)):
        for mask in (0x01, 0x80):
            damaged = bytearray(original)
            damaged[offset] ^= mask
            path.write_bytes(bytes(damaged))
            with pytest.raises(IntegrityProblem):
                small_vault.get(sha)
            with pytest.raises(IntegrityProblem):
                small_vault.verify(sha)
    path.write_bytes(original)
    assert small_vault.get(sha) == data


def test_flipped_bytes_in_a_full_size_blob_are_detected(tmp_path: Path, vault: BlobVault) -> None:
    data = os.urandom(5 * CHUNK_BYTES // 2)
    sha = vault.put(data).sha256_hex
    path = blob_path(tmp_path / "blobs", vault, sha)
    original = path.read_bytes()
    sealed = CHUNK_BYTES + TAG_BYTES
    offsets = [0, 4, 5, 8, 11, 12, 27, 28, 35, 36, 47, 48, 95, HEADER_BYTES, HEADER_BYTES + CHUNK_BYTES // 2]
    offsets += [HEADER_BYTES + sealed - 1, HEADER_BYTES + sealed, HEADER_BYTES + 2 * sealed, len(original) - 1]
    for offset in offsets:
        damaged = bytearray(original)
        damaged[offset] ^= 0x40
        path.write_bytes(bytes(damaged))
        with pytest.raises(IntegrityProblem) as caught:
            vault.get(sha)
        assert sha[:8] in caught.value.message
        assert "circuitride check" in caught.value.message
        assert "backup" in caught.value.message


def test_truncating_at_any_chunk_boundary_is_detected(tmp_path: Path, small_vault: BlobVault) -> None:
    data = os.urandom(4 * SMALL_CHUNK_BYTES)  # chunks exactly full: the final one is a full chunk too
    sha = small_vault.put(data).sha256_hex
    path = blob_path(tmp_path / "small", small_vault, sha)
    original = path.read_bytes()
    sealed = SMALL_CHUNK_BYTES + TAG_BYTES
    for boundary in [0, HEADER_BYTES - 1, *(HEADER_BYTES + k * sealed for k in range(4))]:
        path.write_bytes(original[:boundary])
        with pytest.raises(IntegrityProblem):
            small_vault.get(sha)


def test_appended_data_is_detected(tmp_path: Path, small_vault: BlobVault) -> None:
    sha = small_vault.put(os.urandom(100)).sha256_hex
    path = blob_path(tmp_path / "small", small_vault, sha)
    path.write_bytes(path.read_bytes() + bytes(TAG_BYTES + 1))
    with pytest.raises(IntegrityProblem):
        small_vault.verify(sha)


def test_reordering_chunks_within_a_blob_is_detected(tmp_path: Path, small_vault: BlobVault) -> None:
    data = os.urandom(3 * SMALL_CHUNK_BYTES)
    sha = small_vault.put(data).sha256_hex
    path = blob_path(tmp_path / "small", small_vault, sha)
    raw = path.read_bytes()
    sealed = SMALL_CHUNK_BYTES + TAG_BYTES
    header, body = raw[:HEADER_BYTES], raw[HEADER_BYTES:]
    chunks = [body[i : i + sealed] for i in range(0, len(body), sealed)]
    path.write_bytes(header + chunks[1] + chunks[0] + chunks[2])
    with pytest.raises(IntegrityProblem):
        small_vault.get(sha)


def test_swapping_two_blob_files_is_detected(tmp_path: Path, vault: BlobVault) -> None:
    a = vault.put(b"a" * 5000).sha256_hex
    b = vault.put(b"b" * 5000).sha256_hex
    path_a, path_b = blob_path(tmp_path / "blobs", vault, a), blob_path(tmp_path / "blobs", vault, b)
    raw_a, raw_b = path_a.read_bytes(), path_b.read_bytes()
    path_a.write_bytes(raw_b)
    path_b.write_bytes(raw_a)
    for sha in (a, b):
        with pytest.raises(IntegrityProblem):
            vault.get(sha)


def test_chunks_moved_between_blobs_are_detected(tmp_path: Path, small_vault: BlobVault) -> None:
    a = small_vault.put(b"a" * 200).sha256_hex
    b = small_vault.put(b"b" * 200).sha256_hex
    path_a, path_b = blob_path(tmp_path / "small", small_vault, a), blob_path(tmp_path / "small", small_vault, b)
    raw_a, raw_b = path_a.read_bytes(), path_b.read_bytes()
    path_a.write_bytes(raw_a[:HEADER_BYTES] + raw_b[HEADER_BYTES:])
    with pytest.raises(IntegrityProblem):
        small_vault.get(a)


def test_wrong_vault_key_cannot_find_or_open_a_blob(tmp_path: Path, vault: BlobVault) -> None:
    root = tmp_path / "blobs"
    sha = vault.put(b"identity document scan").sha256_hex
    intruder = BlobVault(root, os.urandom(32))
    assert intruder.address(sha) != vault.address(sha)
    assert not intruder.exists(sha)
    with pytest.raises(IntegrityProblem, match="missing"):
        intruder.get(sha)
    # Even a file placed where the wrong key looks for it does not open.
    target = blob_path(root, intruder, sha)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(blob_path(root, vault, sha).read_bytes())
    with pytest.raises(IntegrityProblem):
        intruder.get(sha)


def test_missing_blob_is_an_integrity_problem(vault: BlobVault) -> None:
    sha = hashlib.sha256(b"never stored").hexdigest()
    assert not vault.exists(sha)
    with pytest.raises(IntegrityProblem, match="circuitride check"):
        vault.get(sha)


def test_crash_mid_write_leaves_only_a_partial_that_cleanup_removes(tmp_path: Path, key: bytes) -> None:
    root = tmp_path / "blobs"
    script = textwrap.dedent(
        """
        import os, sys
        from pathlib import Path
        from app.store.vault import BlobVault

        def pieces():
            yield os.urandom(3 * 1024 * 1024)
            os._exit(9)  # the process dies with the blob half written

        BlobVault(Path(sys.argv[1]), bytes.fromhex(sys.argv[2])).put_stream(pieces())
        """
    )
    env = {**os.environ, "PYTHONPATH": str(REPO_ROOT)}
    done = subprocess.run([sys.executable, "-c", script, str(root), key.hex()], env=env, timeout=60)
    assert done.returncode == 9
    vault = BlobVault(root, key)
    assert list(vault.all_addresses()) == []
    assert len(files_under(root)) == 1
    assert vault.cleanup_partials() == 1
    assert files_under(root) == []
    assert vault.cleanup_partials() == 0


def test_failing_stream_leaves_nothing_behind(tmp_path: Path, vault: BlobVault) -> None:
    def pieces() -> object:
        yield os.urandom(CHUNK_BYTES + 10)
        raise RuntimeError("camera disconnected")

    with pytest.raises(RuntimeError):
        vault.put_stream(pieces())  # type: ignore[arg-type]
    assert files_under(tmp_path / "blobs") == []


def test_delete_erases_the_blob_and_is_silent_when_absent(tmp_path: Path, vault: BlobVault) -> None:
    keep = vault.put(b"keep me").sha256_hex
    gone = vault.put(os.urandom(CHUNK_BYTES + 1)).sha256_hex
    vault.delete(gone)
    assert not vault.exists(gone)
    assert list(vault.all_addresses()) == [vault.address(keep)]
    with pytest.raises(IntegrityProblem):
        vault.get(gone)
    vault.delete(gone)
    assert vault.get(keep) == b"keep me"


def test_all_addresses_lists_stored_blobs_only(tmp_path: Path, vault: BlobVault) -> None:
    shas = [vault.put(bytes([i]) * 10).sha256_hex for i in range(5)]
    (tmp_path / "blobs" / "tmp").mkdir(exist_ok=True)
    (tmp_path / "blobs" / "tmp" / "leftover.part").write_bytes(b"x")
    assert sorted(vault.all_addresses()) == sorted(vault.address(s) for s in shas)


def test_blob_names_must_be_sha256_hex(vault: BlobVault) -> None:
    with pytest.raises(ValueError):
        vault.get("../../etc/passwd")
    with pytest.raises(ValueError):
        vault.address("abc")


@pytest.fixture(scope="module")
def property_vault(tmp_path_factory: pytest.TempPathFactory) -> BlobVault:
    return BlobVault(tmp_path_factory.mktemp("prop"), os.urandom(32), chunk_bytes=16)


@settings(max_examples=200, deadline=None)
@given(data=st.binary(max_size=80), cuts=st.lists(st.integers(min_value=0, max_value=80), max_size=6))
def test_any_bytes_round_trip_through_put_and_put_stream(
    property_vault: BlobVault, data: bytes, cuts: list[int]
) -> None:
    info = property_vault.put(data)
    assert property_vault.get(info.sha256_hex) == data
    bounds = sorted({0, len(data), *(c for c in cuts if c <= len(data))})
    pieces = [data[a:b] for a, b in zip(bounds, bounds[1:], strict=False)]
    assert property_vault.put_stream(pieces) == info
    property_vault.delete(info.sha256_hex)
    assert property_vault.put_stream(pieces) == info
    assert property_vault.get(info.sha256_hex) == data


def test_orphans_are_erased_by_address_and_backups_find_files_by_address(tmp_path: Path, vault: BlobVault) -> None:
    sha = vault.put(b"orphaned scan").sha256_hex
    address = vault.address(sha)
    path = vault.path_for_address(address)
    assert path == blob_path(tmp_path / "blobs", vault, sha) and path.is_file()
    vault.delete_address(address)
    assert not path.exists() and not vault.exists(sha)
    vault.delete_address(address)
    with pytest.raises(ValueError):
        vault.path_for_address("../" + address[3:])
