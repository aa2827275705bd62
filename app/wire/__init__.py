"""What the laptop and HQ share, and nothing else: no Qt, no database, no server.

- `protocol`: the sync messages (pydantic models), validated on both sides, and wire values -> columns
- `signing`: Ed25519 signatures of requests and of users' change groups
- `crypto`: key sizes, base64 of keys, the chunk nonce, the password normal form, HQ's recovery key pair
- `envelope`: a sealed bundle (X25519 + AES-GCM stream, signed); `bundle`: its JSON-lines records
- `tls`: the laptop's pinned client context and the CA fingerprint an enrollment code carries
- `hlc`: the hybrid logical clock that stamps every change; `codes`: the CR1-/CRU1- enrollment codes

The layer contracts in pyproject.toml keep it that way.
"""
