"""Declarations of the API: models and endpoints, one module per resource."""
