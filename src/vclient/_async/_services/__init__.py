"""One module per service; each method is one endpoint declaration put to use."""
