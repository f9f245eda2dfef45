"""Look-ahead gates for long alternations: Python's regex engine tries every alternative at every
position; a leading ``(?=[…])`` on the letters the alternatives start with lets it skip the rest.
Hand-written because no library does this to a ``re`` pattern; ``tests/test_pattern_gates.py`` checks
that gated patterns match as the plain ones."""

from __future__ import annotations

import re
from collections.abc import Iterable


def letter_gate(alternatives: Iterable[str]) -> str:
    """``(?=[…])`` on the first letters (both cases) of regex ``alternatives``, leading look-behinds
    ("(?<!sở )xây dựng") skipped; empty when an alternative does not start with a plain letter."""
    initials: set[str] = set()
    for alternative in alternatives:
        head = re.sub(r"^(?:\(\?<[!=][^)]*\))+", "", alternative)[:1]
        if not head.isalpha():
            return ""
        initials |= {head.lower(), head.upper()}
    return "(?=[" + "".join(sorted(initials)) + "])"
