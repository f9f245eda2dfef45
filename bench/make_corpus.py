"""A seeded generator of realistic report corpora with the facts it planted (seeds_gold.jsonl format).

    python bench/make_corpus.py N OUT_DIR [--seed 7]

Writes OUT_DIR/raw/*.txt (varied provinces, years, periods, number formats and site chrome, ~3 %
exact duplicates with other chrome, ~1 % bad files) and OUT_DIR/truth.jsonl.
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

PROVINCES = ["Hà Giang", "Cao Bằng", "Lai Châu", "Sơn La", "Thanh Hóa", "Nghệ An", "Hà Tĩnh", "Quảng Bình",
             "Quảng Trị", "Quảng Ngãi", "Bình Định", "Phú Yên", "Khánh Hòa", "Ninh Thuận", "Kon Tum", "Gia Lai",
             "Đắk Lắk", "Lâm Đồng", "Bình Phước", "Tây Ninh", "Long An", "Tiền Giang", "Bến Tre", "Trà Vinh",
             "Vĩnh Long", "Đồng Tháp", "An Giang", "Kiên Giang", "Hậu Giang", "Sóc Trăng", "Bạc Liêu", "Cà Mau",
             "Nam Định", "Thái Bình", "Ninh Bình", "Hưng Yên", "Bắc Giang", "Lạng Sơn", "Tuyên Quang", "Yên Bái"]
PERIODS = [("Năm {y}", "FY"), ("Trong 6 tháng đầu năm {y}", "H1"), ("Trong 9 tháng năm {y}", "9M")]
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
        if unit == "percent":
            value = round(rng.uniform(low, high), rng.choice([0, 1, 2]))
            text = template.format(p=vn_pct(value))
        else:
            value = rng.randint(low, high)
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", type=int)
    parser.add_argument("out", type=Path)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    truth = make_corpus(args.n, args.out, args.seed)
    print(f"{args.n} files, {len(truth)} planted facts in {args.out}")


if __name__ == "__main__":
    main()
