"""Loaders cache what they read; `clear()` forgets it all, so each MkDocs
build (and every rebuild under `mkdocs serve`) reads data/ afresh."""
from functools import lru_cache

_CACHED = []


def cached(function):
    wrapped = lru_cache(maxsize=None)(function)
    _CACHED.append(wrapped)
    return wrapped


def clear() -> None:
    for function in _CACHED:
        function.cache_clear()
