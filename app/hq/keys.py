"""HQ's recovery key pair: the private half reopens any workspace created with the public half."""

from __future__ import annotations

from pathlib import Path

from app.errors import WorkspaceExists
from app.util.files import atomic_write
from app.wire.crypto import generate_recovery_keypair

PRIVATE_NAME = "hq-recovery-private.pem"
PUBLIC_NAME = "hq-recovery-public.pem"


def write_recovery_keypair(out_dir: Path, passphrase: str | None = None) -> tuple[Path, Path]:
    private_path, public_path = out_dir / PRIVATE_NAME, out_dir / PUBLIC_NAME
    if private_path.exists():
        raise WorkspaceExists(f"{private_path} already exists; refusing to overwrite a recovery key.")
    private_pem, public_pem = generate_recovery_keypair(passphrase)
    atomic_write(private_path, private_pem, 0o600)
    atomic_write(public_path, public_pem, 0o644)
    return private_path, public_path
