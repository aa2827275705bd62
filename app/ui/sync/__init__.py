"""The Sync page: this laptop's link with HQ (enrollment, sync now, progress) and the conflicts a
team lead settles."""
