"""Bytes to Unicode NFC text, whatever encoding a Vietnamese page was saved in."""

from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass

from charset_normalizer import from_bytes
from viparse.normalize.detector import detect_encoding_by_content
from viparse.normalize.encodings import AUTO_DETECT_CHARMAPS
from viparse.normalize.tables import convert

# Letters that occur only in Vietnamese among Latin scripts; their share scores a decoding.
VIETNAMESE_LETTERS = set(
    "ăâđêôơưàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ"
)
# Latin-1 symbols that Vietnamese never uses but TCVN3/VNI mojibake is full of ("®éng", "ñoäng").
_LEGACY_TELLS = re.compile(r"[\u00a1-\u00bf\u00c4-\u00c8\u00cb\u00ce\u00cf\u00d1\u00d6\u00d8\u00db\u00dc\u00df\u00e4\u00e6\u00eb\u00ee\u00ef\u00f1\u00f6\u00f8\u00fb\u00fc\u00fe\u00ff]")
_ODD_SPACES = re.compile(r"[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t\f\v]")
_ZERO_WIDTH = re.compile(r"[\u200b-\u200d\u2060\ufeff\u00ad]")
# Emoji and pictographs a scraper mirror sprinkles inside words and numbers ("ngh♔iện", "gần 1.5🌟00 học viên"): no
# Vietnamese word or number holds one, so one between two letters or digits goes (elsewhere it stays, as typed).
_PICTOGRAPHS = "\u2600-\u27bf\u2b00-\u2bff\ufe0f\U0001f000-\U0001faff"
_PICTOGRAPH = re.compile(f"[{_PICTOGRAPHS}]")
_PICTOGRAPHS_IN_WORDS = re.compile(f"(?<=\\w)[{_PICTOGRAPHS}]+(?=\\w)")
# Control characters (Unicode category Cc: U+0000-U+001F, U+007F-U+009F) other than line and tab
# breaks: one C-speed scan instead of a category lookup per character.
_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")
_VIETNAMESE = re.compile(f"[{''.join(sorted(VIETNAMESE_LETTERS))}]")


class DecodeError(ValueError):
    """The bytes are not readable text; the message is the quarantine reason."""


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str


def vietnamese_share(text: str) -> float:
    """Share of letters that are Vietnamese-only letters (about 0.15-0.3 for Vietnamese prose)."""
    lowered = text.lower()
    letters = sum(map(str.isalpha, lowered))  # map + sum run in C; the Vietnamese letters are all letters
    if not letters:
        return 0.0
    return len(_VIETNAMESE.findall(lowered)) / letters


# Pages typed with old keyboards write the Icelandic eth ("Ðầm Dơi") for Vietnamese đ, which has no eth.
_ETHS = (("Ð", "Đ"), ("ð", "đ"))


def normalize_text(text: str) -> str:
    """NFC, the eth as đ, odd and no-break spaces to plain spaces, zero-width characters and CR removed."""
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    for eth, d in _ETHS:  # str.replace, not str.translate: a translation table costs a Python call per character
        if eth in text:
            text = text.replace(eth, d)
    text = _ZERO_WIDTH.sub("", _ODD_SPACES.sub(" ", text))
    return _PICTOGRAPHS_IN_WORDS.sub("", text) if _PICTOGRAPH.search(text) else text


def _decode_bom(data: bytes) -> Decoded | None:
    for bom, codec, name in (
        (codecs.BOM_UTF8, "utf-8", "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16-be"),
    ):
        if data.startswith(bom):
            try:
                return Decoded(data[len(bom):].decode(codec), name)
            except UnicodeDecodeError as exc:
                raise DecodeError(f"starts with a {name} byte-order mark but byte {exc.start} is not {codec}") from exc
    return None


def _decode_legacy_codepage(data: bytes, first_bad: int) -> Decoded:
    """Non-UTF bytes: charset-normalizer's guesses and Windows-1258, the best Vietnamese reading wins."""
    candidates = {"cp1258"}
    best = from_bytes(data).best()
    if best is not None:
        candidates.add(best.encoding)
    readings = []
    for codec in sorted(candidates):
        try:
            readings.append((vietnamese_share(unicodedata.normalize("NFC", data.decode(codec))), codec))
        except (UnicodeDecodeError, LookupError):
            continue
    if not readings:
        raise DecodeError(f"is neither UTF-8 (from byte {first_bad} on it is not) nor a known code page")
    share, codec = max(readings)
    return Decoded(data.decode(codec), "windows-1258" if codec == "cp1258" else codec)


def _utf8_with_stray_bytes(data: bytes, first_bad: int) -> Decoded | None:
    """UTF-8 text with a few bytes that are not (a copy-paste or transfer fault), the bad bytes replaced by
    U+FFFD and counted in the encoding's name; None when the bad bytes are too many for that (a code page)."""
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd") - data.count("\ufffd".encode())
    multibyte = sum(1 for ch in text if ord(ch) > 127) - bad  # well-formed non-ASCII characters
    if bad > max(3, len(data) // 2000) or multibyte < 20 * bad:
        return None
    return Decoded(text, f"utf-8 ({bad} bad byte{'s' if bad > 1 else ''} replaced, the first at byte {first_bad})")


def decode(data: bytes) -> Decoded:
    """Decode raw file bytes to NFC text and name the encoding found.

    BOM first (UTF-8, UTF-16), then strict UTF-8 (a multi-byte sequence cut at the very end is
    dropped and reported as ``utf-8 (truncated)``), then code pages. Text typed with the legacy
    TCVN3 (ABC) or VNI fonts is converted to Unicode and reported as ``<encoding>+tcvn3`` etc.
    Raises ``DecodeError`` for binary data.
    """
    if b"\x00" in data[:4096] and not data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise DecodeError("is binary (it contains NUL bytes), not a text document")
    decoded = _decode_bom(data)
    if decoded is None:
        try:
            decoded = Decoded(data.decode("utf-8"), "utf-8")
        except UnicodeDecodeError as exc:
            if exc.reason == "unexpected end of data" and exc.start >= len(data) - 3:
                decoded = Decoded(data[: exc.start].decode("utf-8"), "utf-8 (truncated)")
            else:
                decoded = _utf8_with_stray_bytes(data, exc.start) or _decode_legacy_codepage(data, exc.start)
    text = decoded.text
    controls = len(_CONTROLS.findall(text))
    if text and controls / len(text) > 0.01:
        raise DecodeError("is binary (over 1% control characters), not a text document")
    encoding = decoded.encoding
    if len(_LEGACY_TELLS.findall(text)) > max(3, len(text) // 500):
        detection = detect_encoding_by_content(text, AUTO_DETECT_CHARMAPS)
        if detection.encoding:
            text = convert(text, AUTO_DETECT_CHARMAPS[detection.encoding])
            encoding = f"{encoding}+{detection.encoding}"
    return Decoded(normalize_text(text), encoding)
