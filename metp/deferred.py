"""Names of modules imported when first used, so a command imports only what it runs (`metp --help`
costs click and a few small modules; a search loads the search engine, not the tagging stack, PDF and
image libraries, nor the dataclasses of views it does not return)."""

from __future__ import annotations

import importlib


class Deferred:
    """A module, or a name in it, imported on first use; callers use it as if imported at the top."""

    def __init__(self, module: str, name: str | None = None):
        self._module, self._name, self._value = module, name, None

    def _target(self):
        if self._value is None:
            module = importlib.import_module(self._module)
            self._value = getattr(module, self._name) if self._name else module
        return self._value

    def __getattr__(self, attr: str):
        return getattr(self._target(), attr)

    def __call__(self, *args, **kwargs):
        return self._target()(*args, **kwargs)
