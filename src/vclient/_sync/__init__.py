# Generated from src/vclient/_async/__init__.py by scripts/generate_sync.py (unasync). Do not edit:
# change the async source and run `nox -s generate`.
"""The client and its services: written by hand in `vclient._async`, generated into `vclient._sync`."""
