"""A raw folder full of bad files: the run succeeds, each bad file is quarantined, seeds' facts unchanged."""

import os
import shutil

from assets.warehouse import lake as warehouse
from tests.conftest import SEEDS, run_pipeline


def test_bad_files_are_quarantined_and_seeds_unchanged(tmp_path, seed_warehouse):
    raw = tmp_path / "raw"
    shutil.copytree(SEEDS, raw)
    (raw / "empty.txt").write_bytes(b"")
    (raw / "binary.txt").write_bytes(bytes(range(256)) * 40)
    (raw / "nuls.txt").write_bytes(b"\x00" * 4096)
    (raw / "english.txt").write_text("The quick brown fox jumps over the lazy dog. " * 40)
    (raw / "chrome only.html").write_text("<html><body><nav><a href='/'>Trang chủ</a></nav></body></html>")
    (raw / "a 'quoted' tên.txt").write_bytes((SEEDS / "004_394ac94e4646dabb.txt").read_bytes())
    (raw / "truncated.txt").write_bytes((SEEDS / "000_84b3097514212185.txt").read_bytes()[:-1] + "ộ".encode()[:2])
    (raw / "folder.txt").mkdir()
    (raw / "huge.txt").write_bytes(b"giai quyet viec lam. " * (60 * 2**20 // 21))  # 60 MB, over the 20 MB limit
    (raw / "menu.txt").write_text("Trang chủ | Giới thiệu | Tin tức\nĐăng nhập | Đăng ký\nLƯỢT TRUY CẬP 69.534\n"
                                  "Đang online 6\nScroll to Top\n", encoding="utf-8")
    os.symlink(raw / "gone.txt", raw / "dangling.txt")  # inside the folder, but its target is missing
    locked = raw / "locked.txt"
    locked.write_bytes((SEEDS / "003_9a68a3cb6fad33e1.txt").read_bytes())
    locked.chmod(0)
    outside = tmp_path / "secret.txt"
    outside.write_text("giải quyết việc làm cho 999 lao động " * 10)
    os.symlink(outside, raw / "link.txt")
    leftover = tmp_path / "wh" / ".documents-staging-killed"  # the cleaned batches of a run killed mid-step
    leftover.mkdir(parents=True)
    (leftover / "000000.parquet").write_bytes(b"half a file")
    assert run_pipeline(raw, tmp_path / "wh").success
    assert not list((tmp_path / "wh").glob(".documents-staging-*"))  # the run's own batches gone too

    con = warehouse.connect(tmp_path / "wh", read_only=True)
    seeds = warehouse.connect(seed_warehouse, read_only=True)
    try:
        status = dict(con.execute("select source_path, status from documents").fetchall())
        facts = set(con.execute("select fact_id, metric, value from facts").fetchall())
        seed_facts = set(seeds.execute("select fact_id, metric, value from facts").fetchall())
        reasons = dict(con.execute("select source_path, quarantine_reason from documents").fetchall())
        encodings = dict(con.execute("select source_path, encoding_detected from documents").fetchall())
    finally:
        con.close()
        seeds.close()
    for name in ("empty.txt", "binary.txt", "nuls.txt", "english.txt", "chrome only.html", "link.txt", "huge.txt",
                 "menu.txt", "dangling.txt"):
        assert status[name] == "quarantined", name
        assert name in reasons[name]
    assert "over the 20.0 MB limit" in reasons["huge.txt"] and "MOLISA_MAX_BYTES" in reasons["huge.txt"]
    assert "cannot be read" in reasons["dangling.txt"]
    # root reads any file: there the locked copy of seed 003 is read and found to be a duplicate
    expected_locked = "duplicate" if os.geteuid() == 0 else "quarantined"
    assert status["locked.txt"] == expected_locked, reasons["locked.txt"]
    assert "outside MOLISA_RAW_DIR" in reasons["link.txt"]
    assert status["a 'quoted' tên.txt"] == "duplicate"
    assert "folder.txt" not in status
    # read despite the cut multi-byte character at its end, and recognised as a copy of seed 000
    assert (status["truncated.txt"], encodings["truncated.txt"]) == ("duplicate", "utf-8 (truncated)")
    assert seed_facts <= facts and all(v != 999 for _, _, v in facts)


def test_a_file_over_a_small_limit_is_told_in_bytes(tmp_path):
    """A limit under a megabyte is told in bytes ("over the 1,000 bytes limit"), not as "0.0 MB"."""
    from assets.raw.scan import scan

    (tmp_path / "long.txt").write_text("Năm 2023, tỉnh giải quyết việc làm cho 12.000 lao động. " * 40, encoding="utf-8")
    [listed] = scan(tmp_path, 1000)
    assert "over the 1,000 bytes limit" in listed.error and "MB" not in listed.error
