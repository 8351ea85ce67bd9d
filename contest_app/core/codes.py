"""Anonymous codes for works: random, so they say nothing of region or import order."""

from __future__ import annotations

import secrets
from collections.abc import Iterable

# no 0/O, 1/I/L: jurors read codes aloud and type them from paper
ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
CODE_LENGTH = 6


def new_code(taken: set[str], length: int = CODE_LENGTH) -> str:
    """A fresh code not in taken; adds it to taken."""
    while True:
        code = "".join(secrets.choice(ALPHABET) for _ in range(length))
        if code not in taken:
            taken.add(code)
            return code


def new_codes(count: int, taken: Iterable[str] = ()) -> list[str]:
    used = set(taken)
    return [new_code(used) for _ in range(count)]
