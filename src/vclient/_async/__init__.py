"""The asynchronous client: the hand-written source that `vclient._sync` is generated from."""
