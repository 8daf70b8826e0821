"""The sans-IO core: request descriptors, response decoding, errors, retry and paging decisions.

Nothing here performs I/O or imports an HTTP or async library; the clients in `_async` and `_sync`
send what this builds and hand back what they receive.
"""
