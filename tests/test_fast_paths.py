"""The fast forms of cleaning's hot loops give exactly what the plain loops they replaced gave.

Each reference below is the straightforward version the code used before (kept here, not in the
product); the inputs are invented sentences and generated strings, never article text.
"""

from __future__ import annotations

import random
import re
import unicodedata
import zlib
from collections import Counter

import pytest
from datasketch import MinHash

from assets import places
from assets.clean import decode, dedup
from assets.extract import numbers

ASCII_TEXTS = [
    "Nam Dinh va Ha Noi: Thai Binh, Quang Tri; BA RIA VUNG TAU and ba ria vung tau.",
    "So LD-TB&XH tinh Nam Dinh bao cao, Ha  Noi (Ha Noi) Thua Thien Hue Ho Chi Minh city.",
    "Ông Nam Định Hà Nội, Lao Cai-Yen Bai, Dak Lak, DakLak, Đắk Lắk, Kon Tum Gia Lai Binh Phuoc",
    "Hai Phong Hai Duong Hung Yen Bac Ninh Vinh Phuc Phu Tho Tuyen Quang Ha Giang Cao Bang",
    "",
    "x",
    "Can Tho can tho CAN THO Can tho, Ca Mau . Bac Lieu\nSoc Trang\tTra Vinh",
]


ASCII_WORD = re.compile(r"(?<![\wÀ-ỹ])[A-Za-z]+(?![\wÀ-ỹ])")


def province_votes_reference(text: str, weight: int = 1) -> Counter[str]:
    """province_votes as it was: every run of one to three ASCII words joined anew, its span checked."""
    gaz = places._gazetteer()
    votes: Counter[str] = Counter()
    districts = places.district_mentions(text)
    for _start, _end, _name, province in districts:
        if province:
            votes[province] += places.WEIGHT_TYPED * weight
    for _start, _end, name, typed in places._province_mentions(text):
        votes[name] += (places.WEIGHT_TYPED if typed else places.WEIGHT_BARE) * weight
    words = list(ASCII_WORD.finditer(text))
    for i in range(len(words)):
        for j in range(i + 1, min(i + 4, len(words) + 1)):
            name = gaz["ascii"].get("".join(w.group(0).lower() for w in words[i:j]))
            span = text[words[i].start():words[j - 1].end()]
            if name and span[0].isupper() and re.fullmatch(r"[A-Za-z]+(?: [A-Za-z]+)*", span):
                votes[name] += places.WEIGHT_ASCII * weight
    return votes


def _random_ascii_text(rng: random.Random) -> str:
    """Province keywords in ASCII, mixed with other words, cases and separators."""
    names = [name.title() for name in places._gazetteer()["ascii"]][:80]
    pieces = [*names, "va", "tinh", "Tinh", "HA", "NOI", "noi", "Ha", "Nam", "Dinh", "x", "Ông", "Đà", "2024"]
    separators = [" ", "  ", ", ", "; ", "-", "\n", " (", ") ", ". "]
    return "".join(rng.choice(pieces) + rng.choice(separators) for _ in range(rng.randint(0, 60)))


@pytest.mark.parametrize("text", ASCII_TEXTS)
def test_province_votes_as_the_plain_loop(text):
    assert list(places.province_votes(text, 3).items()) == list(province_votes_reference(text, 3).items())


def test_province_votes_as_the_plain_loop_on_generated_texts():
    rng = random.Random(19)
    texts = [_random_ascii_text(rng) for _ in range(300)]
    assert any(places.province_votes(text) for text in texts)  # the generator does produce votes
    for text in texts:
        # Same votes in the same order (most_common breaks ties by insertion order).
        assert list(places.province_votes(text).items()) == list(province_votes_reference(text).items()), text


def vietnamese_share_reference(text: str) -> float:
    letters = [ch for ch in text.lower() if ch.isalpha()]
    if not letters:
        return 0.0
    return sum(ch in decode.VIETNAMESE_LETTERS for ch in letters) / len(letters)


@pytest.mark.parametrize("text", [
    "", "123 !!", "Giải quyết việc làm cho 17.335 lượt người lao động", "ĐÀ NẴNG İstanbul ǅ ß Ⅻ ½ ²",
    "Tỉnh Nam Định\u0301 (NFD) và Hà Nội", "abc", "ĂÂĐÊÔƠƯ ăâđêôơư",
])
def test_vietnamese_share_as_the_plain_loop(text):
    assert decode.vietnamese_share(text) == vietnamese_share_reference(text)


def test_vietnamese_share_on_generated_text():
    rng = random.Random(7)
    alphabet = "aăâbcdđeêghiklmnoôơpqrstuưvxyàảãáạằẳẵắặầẩẫấậÀẢÃÁẠ 0123,.\n\tİǅßⅫ½²ΣЖ"
    for _ in range(200):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 300)))
        assert decode.vietnamese_share(text) == vietnamese_share_reference(text)


def test_control_characters_are_category_cc_but_line_and_tab_breaks():
    """The one-scan pattern matches exactly what the per-character category test counted, over all
    of Unicode."""
    every = "".join(chr(code) for code in range(0x110000) if not 0xD800 <= code <= 0xDFFF)
    expected = [ch for ch in every if unicodedata.category(ch) == "Cc" and ch not in "\n\r\t\f\v"]
    assert decode._CONTROLS.findall(every) == expected


def minhash_reference(text: str) -> list[int]:
    words = dedup._WORD.findall(text.lower())
    shingles = {" ".join(words[i:i + dedup.SHINGLE]).encode() for i in range(max(1, len(words) - dedup.SHINGLE + 1))}
    signature = MinHash(num_perm=dedup.NUM_PERM, seed=1, scheme=dedup.SCHEME, hashfunc=zlib.crc32,
                              permutations=dedup._permutations())
    signature.update_batch(list(shingles))
    return [int(v) for v in signature.hashvalues]


@pytest.mark.parametrize("text", [
    "", "một", "một hai ba bốn", "một hai ba bốn năm", "một hai ba bốn năm sáu",
    "Năm 2024, Sở LĐ-TB&XH giải quyết việc làm cho 17.335 lượt người. " * 3,
    "a b c d e a b c d e a b c d e f",
])
def test_minhash_as_the_plain_shingles(text):
    assert [int(v) for v in dedup.minhash(text).hashvalues] == minhash_reference(text)


# The number patterns as they were: the check on the character before a number came first.
QUANTITY_REFERENCE = re.compile(numbers.QUANTITY.pattern.replace(
    f"(?P<num>{numbers.NUMBER_START})", rf"(?<![\d.,])(?P<num>{numbers.NUMBER})", 1), re.IGNORECASE)
DATE_OR_ID_REFERENCE = re.compile(
    r"\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{2,4}|\d{1,2}/\d{1,2}(?=\s*[-–]\s*\d{1,2}/)"
    r"|(?<![\d.,])\d+(?:/\d+)*/[A-ZĐa-zđ][\wĐđ&-]*|\d{1,2}:\d{2}|(?:ngày|hôm)\s+\d{1,2}/\d{1,2}"
)


def test_the_reference_is_the_old_pattern():
    assert QUANTITY_REFERENCE.pattern != numbers.QUANTITY.pattern
    assert QUANTITY_REFERENCE.pattern.startswith(r"(?<![\d.,])(?P<num>")


def _number_soup(rng: random.Random) -> str:
    """Digits, separators and the words around Vietnamese numbers, in random order."""
    pieces = ["1", "05", "17.335", "2.000", "49,53", "1,5", "21,700", "3.000.000", ".", ",", "/", "-", "–", ":",
              " ", "  ", "%", " %", "người", " người", " lượt người", " hộ", " tỷ", " tỷ đồng", " triệu đồng",
              "KH-UBND", "QĐ", "/2013/QĐ-TTg", "ngày ", "hôm ", "đến ", " tới ", "hơn ", "khoảng ", "\n", "a", "x"]
    return "".join(rng.choice(pieces) for _ in range(rng.randint(0, 40)))


def test_number_patterns_match_as_before():
    rng = random.Random(13)
    texts = [_number_soup(rng) for _ in range(3000)] + [
        "giải quyết việc làm cho 17.335 lượt người, đạt 49,53% kế hoạch; ngày 12/3/2024, số 1490/KH-UBND",
        "1,2.3 người 4.5,6% 12:30 22/2013/QĐ-TTg 782/1.956 căn, 64-65%, từ 1,5 đến 2 tỷ đồng"]
    quantities = 0
    for text in texts:
        old = [(m.span(), m.groupdict()) for m in QUANTITY_REFERENCE.finditer(text)]
        assert [(m.span(), m.groupdict()) for m in numbers.QUANTITY.finditer(text)] == old, text
        assert [m.span() for m in numbers.DATE_OR_ID.finditer(text)] == [
            m.span() for m in DATE_OR_ID_REFERENCE.finditer(text)], text
        quantities += len(old)
    assert quantities > 1000  # the soup does hold numbers with their nouns
