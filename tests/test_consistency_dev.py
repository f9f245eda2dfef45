"""The consistency rules over the development corpus (``../shared/dev``, when this checkout sits next to
it): each perturbed copy, checked alone as if it replaced its original, is found by the rule named in
``expected.jsonl`` and by nothing else; the unperturbed articles give no finding."""

import json

import pytest

from bench.findings_dev import each_file_findings, folder_findings
from tests.conftest import ROOT

DEV = ROOT.parent / "shared" / "dev"
pytestmark = pytest.mark.skipif(not (DEV / "perturbed" / "expected.jsonl").exists(),
                                reason="../shared/dev is not next to this checkout")


def test_each_perturbed_copy_is_found_by_its_rule_and_nothing_else():
    expected = [json.loads(line) for line in (DEV / "perturbed" / "expected.jsonl").read_text(
        encoding="utf-8").splitlines() if line.strip()]
    found = each_file_findings(DEV / "perturbed")
    assert sorted(zip(found["doc_id"], found["rule"], strict=True)) == sorted((e["file"], e["rule"]) for e in expected)


def test_dev_articles_give_no_finding():
    assert folder_findings(DEV / "docs")["message"].to_list() == []
