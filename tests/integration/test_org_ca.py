"""HQ with a certificate from an organisation's own CA: root → intermediate → HQ's server certificate,
made here with `cryptography`; a real HQ on 127.0.0.1 serves it, and a laptop that pins only the
intermediate (the CA it was given at enrollment) reaches it, enrolls and syncs (issue 25)."""

from __future__ import annotations

import datetime as dt
import ipaddress
import ssl
from pathlib import Path

import httpx
import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

from app.errors import IntegrityProblem
from app.hq.hub import Hub
from app.hq.tls import CA_KEY_NAME, ORG_CERT_NAME, ORG_CHAIN_NAME, ORG_KEY_NAME, ensure_tls
from app.services.cases import create_case
from app.sync.engine import enrollment, sync
from app.wire.tls import ca_fingerprint, client_ssl_context
from tests.support.hq import HQServer, enrolled

NOW = dt.datetime.now(dt.UTC)


def _pem(cert: x509.Certificate) -> bytes:
    return cert.public_bytes(serialization.Encoding.PEM)


def _ca(
    name: str, issuer: tuple[x509.Certificate, ec.EllipticCurvePrivateKey] | None, path_length: int | None
) -> tuple[x509.Certificate, ec.EllipticCurvePrivateKey]:
    key = ec.generate_private_key(ec.SECP256R1())
    subject = x509.Name(
        [
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Synthetic Relief Org"),
            x509.NameAttribute(NameOID.COMMON_NAME, name),
        ]
    )
    signer_cert, signer_key = issuer if issuer else (None, key)
    builder = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(signer_cert.subject if signer_cert else subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(NOW - dt.timedelta(days=1))
        .not_valid_after(NOW + dt.timedelta(days=3650))
        .add_extension(x509.BasicConstraints(ca=True, path_length=path_length), critical=True)
        .add_extension(x509.KeyUsage(False, False, False, False, False, True, True, False, False), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(signer_key.public_key()), critical=False)
    )
    return builder.sign(signer_key, hashes.SHA256()), key


def _server(
    issuer: tuple[x509.Certificate, ec.EllipticCurvePrivateKey], hosts: list[str]
) -> tuple[x509.Certificate, ec.EllipticCurvePrivateKey]:
    key = ec.generate_private_key(ec.SECP256R1())
    names: list[x509.GeneralName] = [
        x509.IPAddress(ipaddress.ip_address(h)) if h[0].isdigit() else x509.DNSName(h) for h in hosts
    ]
    cert = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, hosts[0])]))
        .issuer_name(issuer[0].subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(NOW - dt.timedelta(days=1))
        .not_valid_after(NOW + dt.timedelta(days=365))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(x509.KeyUsage(True, False, False, False, False, False, False, False, False), critical=True)
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
        .add_extension(x509.SubjectAlternativeName(names), critical=False)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(issuer[1].public_key()), critical=False)
        .sign(issuer[1], hashes.SHA256())
    )
    return cert, key


class Org:
    """An organisation's PKI: a root, the intermediate that issues server certificates, HQ's certificate."""

    def __init__(self) -> None:
        self.root = _ca("Synthetic Root CA", None, None)
        self.intermediate = _ca("Synthetic Issuing CA 1", self.root, 0)
        self.server = _server(self.intermediate, ["localhost", "127.0.0.1"])

    def install(self, tls_dir: Path, *, with_intermediate: bool = False) -> None:
        """What HQ's IT does: the CA laptops pin, HQ's certificate (alone, as often handed out) and key."""
        tls_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        (tls_dir / "ca.pem").write_bytes(_pem(self.intermediate[0]))
        cert = _pem(self.server[0]) + (_pem(self.intermediate[0]) if with_intermediate else b"")
        (tls_dir / ORG_CERT_NAME).write_bytes(cert)
        key = self.server[1].private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
        (tls_dir / ORG_KEY_NAME).write_bytes(key)
        (tls_dir / ORG_KEY_NAME).chmod(0o600)


@pytest.fixture
def org() -> Org:
    return Org()


def _handshake(url: str, context: ssl.SSLContext) -> int:
    with httpx.Client(verify=context, timeout=10.0, trust_env=False) as client:
        return client.get(url + "/v1/health").status_code


def test_a_laptop_pinning_the_organisations_intermediate_enrolls_and_syncs(tmp_path: Path, org: Org) -> None:
    hub = Hub(tmp_path / "hq")
    org.install(hub.tls_dir)
    hq = HQServer(hub).start()
    try:
        intermediate_pem = _pem(org.intermediate[0])
        # the TLS handshake alone, pinning only the intermediate
        assert _handshake(hq.url, client_ssl_context(intermediate_pem)) == 200
        # HQ served the full chain (server, intermediate; never the root) and made no CA of its own
        served = x509.load_pem_x509_certificates((hub.tls_dir / ORG_CHAIN_NAME).read_bytes())
        assert served == [org.server[0], org.intermediate[0]]
        assert not (hub.tls_dir / CA_KEY_NAME).exists()
        # a laptop given the root instead also builds the path, through the intermediate HQ sends
        assert _handshake(hq.url, client_ssl_context(_pem(org.root[0]))) == 200
        # without a partial chain OpenSSL wants the root above a pinned intermediate: why the flag is set
        strict = client_ssl_context(intermediate_pem)
        strict.verify_flags &= ~ssl.VERIFY_X509_PARTIAL_CHAIN
        with pytest.raises(httpx.ConnectError, match="CERTIFICATE_VERIFY_FAILED"):
            _handshake(hq.url, strict)
        # another organisation's CA is refused
        with pytest.raises(httpx.ConnectError, match="CERTIFICATE_VERIFY_FAILED"):
            _handshake(hq.url, client_ssl_context(_pem(Org().intermediate[0])))

        # the whole thing: the code names the intermediate's fingerprint, the laptop pins it and syncs
        lead = enrolled(hq, tmp_path / "lead", "lead-laptop")
        info = enrollment(lead)
        assert info is not None and info.ca_pem == intermediate_pem
        assert ca_fingerprint(info.ca_pem) == ca_fingerprint(intermediate_pem)
        create_case(
            lead,
            {"case_number": "LIM-000001", "site": "Lima"},
            [{"role": "principal_applicant", "family_name": "Testa", "given_names": "Una"}],
        )
        report = sync(lead)
        assert report.pushed > 0 and report.rejected == []
    finally:
        hq.stop()
        hub.store.dispose()


def test_an_organisation_certificate_that_cannot_work_is_refused_in_words(tmp_path: Path, org: Org) -> None:
    tls = tmp_path / "tls"
    org.install(tls, with_intermediate=True)
    files = ensure_tls(tls, ["127.0.0.1"])
    assert x509.load_pem_x509_certificates(files.server_cert.read_bytes()) == [org.server[0], org.intermediate[0]]

    # HQ's certificate from another issuing CA than the one laptops would pin
    other = Org()
    (tls / "ca.pem").write_bytes(_pem(other.intermediate[0]))
    with pytest.raises(IntegrityProblem, match="was not issued by the CA in ca.pem"):
        ensure_tls(tls, ["127.0.0.1"])

    # pinning the root, with the intermediate missing from the certificate file
    org.install(tls)
    (tls / "ca.pem").write_bytes(_pem(org.root[0]))
    with pytest.raises(IntegrityProblem, match="add the missing intermediate"):
        ensure_tls(tls, ["127.0.0.1"])
    (tls / ORG_CERT_NAME).write_bytes(_pem(org.server[0]) + _pem(org.intermediate[0]))
    files = ensure_tls(tls, ["127.0.0.1"])
    assert x509.load_pem_x509_certificates(files.server_cert.read_bytes()) == [org.server[0], org.intermediate[0]]

    # a key that is not the certificate's
    org.install(tls)
    (tls / ORG_KEY_NAME).write_bytes(
        ec.generate_private_key(ec.SECP256R1()).private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
    )
    with pytest.raises(IntegrityProblem, match="do not belong together"):
        ensure_tls(tls, ["127.0.0.1"])
