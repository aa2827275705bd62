"""Small pure helpers shared by every layer (ids, text normalisation, atomic files)."""
