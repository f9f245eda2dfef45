"""Numbers as the product's own words print them, on every surface (finding messages, the review site, the marts'
reasons): thousands split by a narrow no-break space, a decimal point, at most two decimals — "17 340", "91.84".

Article text keeps its own Vietnamese figures ("17.340", "91,84%") inside quotes; in English sentences those read as
seventeen point three, so the product's words never use them.
"""

from __future__ import annotations


def counted(n: int, noun: str) -> str:
    """"1 finding", "2 findings": a count with its noun in the number it takes."""
    return f"{n} {noun}" + ("" if n == 1 else "s")


def readable(value: float | int | None) -> str:
    """17340.0 → "17 340"; 91.836 → "91.84"; 1200000000 → "1 200 000 000"; None → "?"."""
    if value is None:
        return "?"
    text = f"{value:,.2f}".rstrip("0").rstrip(".")
    return text.replace(",", "\u202f")
