"""Telling damage in a file from a bug in metp: where the exception was raised."""

from __future__ import annotations


def raised_inside(exc: BaseException, packages: set[str]) -> bool:
    """Was `exc` raised inside one of these packages (a frame of theirs is on its traceback), rather than
    in metp's own code?  How damage in a file (the parser fails) is told from a bug (metp fails)."""
    tb = exc.__traceback__
    while tb is not None:
        if tb.tb_frame.f_globals.get("__name__", "").partition(".")[0] in packages:
            return True
        tb = tb.tb_next
    return False
