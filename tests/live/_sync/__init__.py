# Generated from tests/live/_async/__init__.py by scripts/generate_sync.py (unasync). Do not edit:
# change the async source and run `nox -s generate`.
