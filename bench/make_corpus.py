"""Seeded generators of benchmark corpora.

    python bench/make_corpus.py N OUT_DIR [--seed 7] [--mode realistic|template]

realistic (default): real-length pages (~3.1 KB on average) built from the prose of ../shared/dev/docs
and the seeds in data/raw (the seeds alone when ../shared/dev is missing): paragraphs recombined across
articles, numbers redrawn in their own formats, one year per page (years and dates moved together),
menus, counters and related-news lists around them. No planted facts (truth.jsonl is empty).

template: short template articles with the facts they plant in OUT_DIR/truth.jsonl (seeds_gold.jsonl
format), for precision and recall.

Both write OUT_DIR/raw/*.txt with ~3 % exact duplicates under other chrome and ~1 % bad files.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import re
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

PROVINCES = ["Hà Giang", "Cao Bằng", "Lai Châu", "Sơn La", "Thanh Hóa", "Nghệ An", "Hà Tĩnh", "Quảng Bình",
             "Quảng Trị", "Quảng Ngãi", "Bình Định", "Phú Yên", "Khánh Hòa", "Ninh Thuận", "Kon Tum", "Gia Lai",
             "Đắk Lắk", "Lâm Đồng", "Bình Phước", "Tây Ninh", "Long An", "Tiền Giang", "Bến Tre", "Trà Vinh",
             "Vĩnh Long", "Đồng Tháp", "An Giang", "Kiên Giang", "Hậu Giang", "Sóc Trăng", "Bạc Liêu", "Cà Mau",
             "Nam Định", "Thái Bình", "Ninh Bình", "Hưng Yên", "Bắc Giang", "Lạng Sơn", "Tuyên Quang", "Yên Bái"]
PERIODS = [("Năm {y}", "FY"), ("Trong 6 tháng đầu năm {y}", "H1"), ("Trong 9 tháng năm {y}", "9M")]
ROOT = Path(__file__).resolve().parent.parent
TITLE_PERIOD = {"FY": "năm {y}", "H1": "6 tháng đầu năm {y}", "9M": "9 tháng năm {y}"}
# (metric, unit, sentence template, value range); labour export stays below the fewest jobs created,
# so the corpus is consistent and any finding is a false alarm.
TEMPLATES = [
    ("jobs_created", "persons", "toàn tỉnh đã giải quyết việc làm cho {v} lao động", (800, 40000)),
    ("labour_export", "persons", "đưa {v} người đi làm việc ở nước ngoài theo hợp đồng", (50, 800)),
    ("vocational_enrolment", "persons", "tuyển sinh giáo dục nghề nghiệp cho {v} người", (500, 30000)),
    ("poor_households", "households", "toàn tỉnh còn {v} hộ nghèo", (300, 60000)),
    ("social_allowance_recipients", "persons", "thực hiện trợ cấp xã hội hàng tháng cho {v} đối tượng", (2000, 90000)),
    ("covid_support_recipients", "persons", "chi trả hỗ trợ cho {v} người lao động gặp khó khăn do đại dịch Covid-19",
     (500, 120000)),
    ("meritorious_convalescence", "persons", "tổ chức điều dưỡng cho {v} người có công", (100, 5000)),
    ("trained_labour_rate", "percent", "tỷ lệ lao động qua đào tạo đạt {p}%", (40, 80)),
]
CHROME_HEAD = [["Trang chủ | Giới thiệu | Tin tức | Liên hệ", "Đăng nhập | Đăng ký"], ["TIN TỨC - SỰ KIỆN"], []]
CHROME_TAIL = [["Tin liên quan", "{p}: {n} lao động được tư vấn việc làm", "LƯỢT TRUY CẬP {c}", "Đang online {o}"],
               ["Chia sẻ: Facebook | Zalo", "Để lại bình luận của bạn", "Tổng cộng {c}"],
               ["Các tin khác", "Tổ chức {o} phiên giao dịch việc làm", "Scroll to Top"]]


def vn(n: int) -> str:
    """17335 → "17.335"."""
    return f"{n:,}".replace(",", ".")


def vn_pct(x: float) -> str:
    """49.5 → "49,5"; 72.0 → "72"."""
    return f"{x:g}".replace(".", ",")


def document(rng: random.Random, name: str) -> tuple[str, list[dict]]:
    province = rng.choice(PROVINCES)
    year = rng.randint(2016, 2024)
    lead, period = rng.choice(PERIODS)
    month = {"FY": 12, "H1": 7, "9M": 10}[period]
    title = f"{province}: Kết quả thực hiện công tác lao động, người có công và xã hội {TITLE_PERIOD[period].format(y=year)}"
    facts, sentences = [], []
    for metric, unit, template, (low, high) in rng.sample(TEMPLATES, rng.randint(3, 6)):
        # One figure per province, year, period and metric, whichever report prints it: the reports agree
        # (sources_agree), so the corpus stays consistent and any finding is a false alarm.
        figure = random.Random(f"{province}|{year}|{period}|{metric}")
        if unit == "percent":
            value = round(figure.uniform(low, high), figure.choice([0, 1, 2]))
            text = template.format(p=vn_pct(value))
        else:
            value = figure.randint(low, high)
            text = template.format(v=vn(value))
        sentences.append(text)
        facts.append({"file": name, "metric": metric, "value": value, "value_max": None, "unit": unit,
                      "qualifier": "actual", "year": year, "period": period, "province": province, "district": None,
                      "plan_pct": None, "plan_value": None, "yoy_pct": None, "evidence": text})
    body = [f"{lead.format(y=year)}, Sở Lao động – Thương binh và Xã hội tỉnh {province} đã triển khai đồng bộ các "
            f"nhiệm vụ được giao theo Nghị quyết số {rng.randint(1, 99)}/NQ-CP."]
    body += [s[0].upper() + s[1:] + "." for s in sentences]
    body.append("Nhân dịp kỷ niệm 77 năm Ngày Thương binh – Liệt sĩ, Sở đã tổ chức thăm hỏi các gia đình chính sách.")
    lines = [*rng.choice(CHROME_HEAD), title, f"Ngày đăng : {rng.randint(1, 28):02d}/{month:02d}/{year}", *body,
             *[line.format(p=province, n=vn(rng.randint(100, 5000)), c=vn(rng.randint(10_000, 9_000_000)),
                           o=rng.randint(2, 90)) for line in rng.choice(CHROME_TAIL)]]
    return "\n".join(lines) + "\n", facts


def make_corpus(n: int, out: Path, seed: int = 7) -> list[dict]:
    """Write ``n`` files under ``out/raw`` and the truth to ``out/truth.jsonl``; returns the truth."""
    rng = random.Random(seed)
    raw = out / "raw"
    raw.mkdir(parents=True, exist_ok=True)
    truth: list[dict] = []
    previous: list[str] = []
    for i in range(n):
        name = f"doc_{i:06d}.txt"
        roll = rng.random()
        if roll < 0.01:  # bad files: quarantined, no facts
            (raw / name).write_bytes(rng.choice([b"", bytes(rng.randrange(256) for _ in range(2000))]))
            continue
        if roll < 0.04 and previous:  # the same article saved again with other chrome: a duplicate, no new facts
            text = rng.choice(previous)
            (raw / name).write_text("Trang chủ | Tin tức\n" + text + "Xem thêm\n", encoding="utf-8")
            continue
        text, facts = document(rng, name)
        (raw / name).write_text(text, encoding="utf-8")
        previous = (previous + [text])[-50:]
        truth.extend(facts)
    (out / "truth.jsonl").write_text("".join(json.dumps(f, ensure_ascii=False) + "\n" for f in truth), encoding="utf-8")
    return truth



# --- Realistic mode: real-length pages made from the prose of the dev corpus and the seeds ---------------
# The texts are read at generation time and never copied into git; the output lives in bench/work (ignored).

DEV_DOCS = ROOT / ".." / "shared" / "dev" / "docs"
SEED_DOCS = ROOT / "data" / "raw"
MEAN_BYTES = 3100  # the average size of the real pages the product meets (issue 19)
PROSE_CHARS = 160  # a line at least this long is an article paragraph; shorter ones are titles or junk
# One token scanner, tried in order: dates keep their day and month, years move with the document's year,
# every other number is redrawn in its own format (thousands dots, decimal comma, digits count).
TOKEN = re.compile(
    r"(?P<date>\b\d{1,2}[/.-]\d{1,2}[/.-](?P<dy>(?:19|20)\d{2})\b)"
    r"|(?P<daymonth>\b\d{1,2}/\d{1,2}\b)"
    r"|(?P<year>(?<![\d.,])(?:199\d|20[0-4]\d)(?![.,]?\d))"
    r"|(?P<num>(?<![\d.,])\d{1,3}(?:\.\d{3})+(?:,\d+)?|(?<![\d.,])\d+(?:,\d+)?)(?P<pct>\s?%)?"
)
YEAR = re.compile(r"(?<![\d.,])(?:199\d|20[0-4]\d)(?![.,]?\d)")
MENUS = ["Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản | Thủ tục hành chính | Liên hệ",
         "Trang chủ | Thời sự | Kinh tế | Xã hội | Pháp luật | Văn hóa | Thể thao",
         "Đăng nhập | Đăng ký | Sơ đồ cổng | English", "Chia sẻ | In bài | Cỡ chữ A- A+",
         "Tìm kiếm...", "TIN TỨC - SỰ KIỆN", "LAO ĐỘNG - VIỆC LÀM", "Chia sẻ: Facebook | Zalo | Twitter"]
COUNTERS = ["Lượt truy cập: {big}", "LƯỢT TRUY CẬP {big}", "Đang online: {small}", "Hôm nay: {mid}",
            "Tổng số lượt xem: {big}", "Lượt xem: {mid}", "Bình luận ({small})"]
FOOTERS = ["Bản quyền thuộc Sở Lao động - Thương binh và Xã hội. Địa chỉ: số {small} đường Trần Phú. "
           "Điện thoại: 0{phone}", "Ghi rõ nguồn khi phát hành lại thông tin từ website này.", "Scroll to Top",
           "Giấy phép số {small}/GP-TTĐT ngày {day}/{month}/{year} của Sở Thông tin và Truyền thông"]
RELATED = ["Tin liên quan", "Các tin khác", "Tin khác", "Tin cùng chuyên mục", "Đọc nhiều nhất"]


@dataclass(frozen=True)
class Source:
    """One article's material: its paragraphs, short lines and main year (years move relative to it)."""

    prose: tuple[str, ...]
    headlines: tuple[str, ...]
    year: int


def load_sources(dev_docs: Path = DEV_DOCS, seeds: Path = SEED_DOCS) -> tuple[list[Source], str]:
    """The articles to recombine and a sentence naming where they came from (the dev corpus when present)."""
    paths = sorted(seeds.glob("*.txt"))
    origin = f"{len(paths)} seed articles in {seeds}"
    if dev_docs.is_dir():
        dev = sorted(dev_docs.glob("*.txt"))
        paths = dev + paths
        origin = f"{len(dev)} dev articles in {dev_docs.resolve()} + {origin}"
    else:
        print(f"make_corpus: {dev_docs} not found, realistic pages are built from the seeds only "
              f"({origin})", file=sys.stderr)
    sources = []
    for path in paths:
        lines = [line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        prose = tuple(line for line in lines if len(line) >= PROSE_CHARS)
        headlines = tuple(line.lstrip("-• ").strip() for line in lines
                          if 30 <= len(line) < PROSE_CHARS and "|" not in line and not line.isupper())
        years = Counter(int(y) for y in YEAR.findall(" ".join(prose)))
        if prose:
            sources.append(Source(prose, headlines, years.most_common(1)[0][0] if years else 2020))
    if not sources:
        raise SystemExit(f"make_corpus: no article text found in {dev_docs} or {seeds}")
    return sources, origin


def redraw_digits(rng: random.Random, digits: str) -> str:
    """The same number of digits, drawn anew; a leading non-zero digit stays non-zero."""
    out = [str(rng.randint(1, 9)) if i == 0 and d != "0" else str(rng.randint(0, 9)) for i, d in enumerate(digits)]
    return "".join(out)


def redraw(rng: random.Random, number: str, percent: bool) -> str:
    """A new number in the format of ``number``: "17.335" → "42.108", "49,53" → "71,06", "12" → "87".

    Percentages stay at most 100 so the page still reads as a report.
    """
    whole, _, decimals = number.partition(",")
    groups = whole.split(".")
    new_whole = redraw_digits(rng, "".join(groups))
    if percent and int(new_whole) > 100:
        new_whole = str(rng.randint(1, 99))
    elif len(groups) > 1:  # thousands dots: regroup the same digits by three
        new_whole = f"{int(new_whole):,}".replace(",", ".")
    return new_whole + ("," + redraw_digits(rng, decimals) if decimals else "")


def rewrite(rng: random.Random, text: str, shift: int) -> str:
    """``text`` with years moved by ``shift`` (in dates too) and every other number redrawn."""
    def one(match: re.Match) -> str:
        if match.group("date"):
            dy = match.start("dy") - match.start()
            return match.group()[:dy] + str(int(match.group("dy")) + shift)
        if match.group("daymonth"):
            return match.group()
        if match.group("year"):
            return str(int(match.group()) + shift)
        return redraw(rng, match.group("num"), bool(match.group("pct"))) + (match.group("pct") or "")
    return TOKEN.sub(one, text)


def junk(rng: random.Random, template: str, year: int) -> str:
    """One line of page chrome with its own numbers (counters, phone, licence)."""
    return template.format(big=vn(rng.randint(10_000, 9_000_000)), mid=vn(rng.randint(100, 20_000)),
                           small=rng.randint(1, 99), phone=rng.randint(200_000_000, 299_999_999),
                           day=rng.randint(1, 28), month=rng.randint(1, 12), year=year - rng.randint(1, 8))


def realistic_page(rng: random.Random, sources: list[Source]) -> str:
    """A page: menus, a title, a date, paragraphs from several articles at one year, related news, counters.

    The size is drawn around MEAN_BYTES (log-normal, as real page sizes are).
    """
    year = rng.randint(2016, 2024)
    target = rng.lognormvariate(math.log(MEAN_BYTES) - 0.45**2 / 2, 0.45)
    main = rng.choice(sources)
    title = rewrite(rng, rng.choice(main.headlines or main.prose[:1]), year - main.year)
    head = rng.sample(MENUS, rng.randint(1, 3))
    lines = [*head, title, f"Ngày đăng: {rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/{year}"]
    tail = [rng.choice(RELATED)]
    for _ in range(rng.randint(3, 7)):
        other = rng.choice(sources)
        if other.headlines:
            tail.append("- " + rewrite(rng, rng.choice(other.headlines), year - other.year)
                        + f" ({rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/{year})")
    tail += [junk(rng, t, year) for t in rng.sample(COUNTERS, rng.randint(1, 3)) + rng.sample(FOOTERS, rng.randint(0, 2))]
    size = len("\n".join(lines + tail).encode("utf-8"))
    source = main
    while True:
        paragraph = rewrite(rng, rng.choice(source.prose), year - source.year)
        grow = len(paragraph.encode("utf-8")) + 2
        if size + grow / 2 > target and len(lines) > len(head) + 2:
            break
        lines.append(paragraph)
        size += grow
        source = main if rng.random() < 0.5 else rng.choice(sources)  # half from the same article, half mixed in
    return "\n\n".join(lines + tail) + "\n"


def make_realistic_corpus(n: int, out: Path, seed: int = 7, dev_docs: Path = DEV_DOCS,
                          seeds: Path = SEED_DOCS) -> str:
    """Write ``n`` realistic pages under ``out/raw`` (~1 % bad files, ~3 % duplicates with other chrome).

    No facts are planted (the numbers are redrawn without knowing their meaning): ``out/truth.jsonl`` is
    empty. Returns where the text came from.
    """
    rng = random.Random(seed)
    sources, origin = load_sources(dev_docs, seeds)
    raw = out / "raw"
    raw.mkdir(parents=True, exist_ok=True)
    previous: list[str] = []
    for i in range(n):
        name = f"doc_{i:06d}.txt"
        roll = rng.random()
        if roll < 0.01:
            (raw / name).write_bytes(rng.choice([b"", bytes(rng.randrange(256) for _ in range(2000))]))
            continue
        if roll < 0.04 and previous:
            text = rng.choice(previous)
            (raw / name).write_text(f"{rng.choice(MENUS)}\n{text}{junk(rng, rng.choice(COUNTERS), 2024)}\n",
                                    encoding="utf-8")
            continue
        text = realistic_page(rng, sources)
        (raw / name).write_text(text, encoding="utf-8")
        previous = (previous + [text])[-50:]
    (out / "truth.jsonl").write_text("", encoding="utf-8")
    return origin


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", type=int)
    parser.add_argument("out", type=Path)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--mode", choices=["realistic", "template"], default="realistic")
    args = parser.parse_args()
    if args.mode == "template":
        truth = make_corpus(args.n, args.out, args.seed)
        print(f"{args.n} files, {len(truth)} planted facts in {args.out}")
        return
    origin = make_realistic_corpus(args.n, args.out, args.seed)
    sizes = [p.stat().st_size for p in (args.out / "raw").glob("*.txt")]
    print(f"{args.n} realistic files in {args.out}, {sum(sizes) / max(len(sizes), 1):.0f} bytes on average, "
          f"from {origin}")


if __name__ == "__main__":
    main()
