"""Which compression HQ may answer a pull page with (issue 24): only one the laptop's Accept-Encoding takes."""

from __future__ import annotations

import zstandard

from app.hq.api import _encodings, _zstd


def test_accept_encoding_is_read_as_a_list_and_q0_refuses() -> None:
    assert _encodings("gzip, deflate, zstd") == {"gzip", "deflate", "zstd"}
    assert _encodings("GZIP;q=0.5,Zstd") == {"gzip", "zstd"}
    assert _encodings("zstd;q=0, gzip") == {"gzip"}
    assert _encodings("zstd; q=0.0") == set()
    assert "zstd" not in _encodings("gzip, deflate")
    assert _encodings("") == {""}  # nothing named: HQ sends the page as it is


def test_zstd_pages_decompress_to_the_same_bytes() -> None:
    body = b'{"version":1,"rows":[' + b",".join(b'{"table":"cases","seq":%d}' % i for i in range(5000)) + b"]}"
    packed = _zstd(body)
    assert len(packed) < len(body) // 5
    assert zstandard.ZstdDecompressor().decompress(packed) == body
