# Generated from src/vclient/_async/__init__.py by scripts/generate_sync.py (unasync). Do not edit:
# change the async source and run `nox -s generate`.
"""The asynchronous client: the hand-written source that `vclient._sync` is generated from."""
