"""Keep a PySide6 binding bug from killing a long session.

PySide6 6.12.0 on CPython 3.11 drops a reference to None on every call of a Qt method that
returns nothing. None starts with about 60,000 references in the app, so a few hours of clicking
would bring it to zero and CPython aborts ("deallocating None"). Python 3.12 made None immortal;
on 3.11 we give it enough references up front that the leak can never use them up. The cost is
one integer write; nothing else about None changes. Remove this once the binding is fixed.
"""

from __future__ import annotations

import ctypes
import sys

HEADROOM = 1 << 40  # about 10^12 leaked calls: far beyond any session
_applied = False


def protect_none() -> bool:
    """Top up None's reference count once (CPython before 3.12 only); True if it did."""
    global _applied
    if _applied or sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return False
    # ob_refcnt is the first field of every PyObject: a Py_ssize_t at the object's address
    ctypes.c_ssize_t.from_address(id(None)).value += HEADROOM
    _applied = True
    return True
