"""TLS as the laptop sees HQ: the CA fingerprint an enrollment code carries, and a client context that
trusts only HQ's CA, pinned at enrollment (never the system store): HQ's own CA, or the
organisation's CA that issued HQ's certificate, an intermediate as well as a root.

HQ's side (its CA, its server certificate) is app/hq/tls.py.
"""

from __future__ import annotations

import hashlib
import ssl

from cryptography import x509
from cryptography.hazmat.primitives import serialization

from app.errors import IntegrityProblem


def ca_fingerprint(ca_cert_pem: bytes) -> str:
    """Lower-case hex SHA-256 of the DER certificate: what an administrator reads out at enrollment."""
    cert = x509.load_pem_x509_certificate(ca_cert_pem)
    return hashlib.sha256(cert.public_bytes(serialization.Encoding.DER)).hexdigest()


def client_ssl_context(ca_cert_pem: bytes) -> ssl.SSLContext:
    """TLS ≥ 1.2 client context that trusts only HQ's CA (pinned at enrollment), never the system store."""
    try:
        x509.load_pem_x509_certificate(ca_cert_pem)
    except ValueError as exc:
        raise IntegrityProblem("The HQ CA certificate stored at enrollment is not a valid PEM certificate.") from exc
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)  # unlike create_default_context, loads no system CAs
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    ctx.verify_mode = ssl.CERT_REQUIRED
    ctx.check_hostname = True
    ctx.verify_flags |= ssl.VERIFY_X509_STRICT
    # The pinned CA may be an organisation's intermediate (app/hq/tls.py): trusted as an anchor of
    # its own, without the root above it (which the laptop never received, and need not trust).
    ctx.verify_flags |= getattr(ssl, "VERIFY_X509_PARTIAL_CHAIN", 0)
    ctx.load_verify_locations(cadata=ca_cert_pem.decode("ascii"))
    return ctx
