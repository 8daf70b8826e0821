# Generated from src/vclient/_async/_services/__init__.py by scripts/generate_sync.py (unasync). Do not edit:
# change the async source and run `nox -s generate`.
"""One module per service; each method is one endpoint declaration put to use."""
