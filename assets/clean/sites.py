"""Publishing sites: which province (and district) a web address or a masthead speaks for.

The gazetteer is data (``sites.csv``, next to this module): hand-listed hosts (national outlets and
the Ministry map to no province; provincial papers whose host does not spell their province, such as
baodongkhoi.vn for Bến Tre), extra ASCII slugs ("hcm", "brvt", "thuathienhue") and the marks provincial
papers open their articles with ("PTĐT - Năm 2020, …" for Báo Phú Thọ). Everything else is
derived: a province's ASCII slug from vietnamadminunits ("lamdong", "bacninh", "kontum") inside a host
names that province, and a district's slug in another label of the same host names the district
("damrong.lamdong.gov.vn").
"""

from __future__ import annotations

import csv
import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from urllib.parse import urlsplit

from vietnamadminunits.parser.parser_legacy import DICT_PROVINCE, DICT_PROVINCE_DISTRICT

from assets.places import canonical_province, district_name

SITES_CSV = Path(__file__).with_name("sites.csv")
# Short slugs ("hcm", "hue") name a province only as a whole host label or after one of these prefixes
# ("tphcm", "baohue"); long slugs may stand anywhere inside a label ("baolamdong", "sldtbxhbacninh").
SHORT_SLUG = 5
LABEL_PREFIXES = ("", "tp", "bao", "so", "sld", "sldtbxh", "soldtbxh", "ldtbxh", "snv", "syt", "sgd", "sgddt",
                  "ubnd", "congan", "www")
NO_PROVINCE_KINDS = ("national", "ministry")


@dataclass(frozen=True)
class Site:
    """What a publishing site says about place: its host, province, district and kind."""

    host: str
    province: str | None
    district: str | None
    kind: str  # national | ministry | provincial_newspaper | provincial_portal | district_portal | unknown
    name: str | None = None


def ascii_key(text: str) -> str:
    """Lower-case ASCII letters and digits only: "Lâm Đồng" → "lamdong"."""
    stripped = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return "".join(ch for ch in stripped if ch.isalnum() and ord(ch) < 128).lower()


@cache
def _table() -> dict:
    """The CSV rows, plus the derived province and district slugs."""
    hosts: dict[str, Site] = {}
    slugs: dict[str, str] = {}
    leads: dict[str, Site] = {}
    for value in DICT_PROVINCE.values():
        for keyword in value["provinceKeywords"]:
            if not keyword.startswith(("tinh", "thanhpho")) and len(keyword) >= 3:
                slugs[keyword] = canonical_province(value["provinceShort"])
    with SITES_CSV.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            province = canonical_province(row["province"]) or None
            if row["match"] == "slug":
                slugs[row["value"]] = province
            elif row["match"] == "lead":
                leads[row["value"]] = Site(row["value"], province, None, row["kind"], row["name"])
            else:
                hosts[row["value"]] = Site(row["value"], province, row["district"] or None, row["kind"], row["name"] or None)
    districts = {
        canonical_province(DICT_PROVINCE[key]["provinceShort"]): {
            ascii_key(name): name for unit in units.values()
            if len(ascii_key(name := district_name(unit["districtShort"]))) >= 4
        }
        for key, units in DICT_PROVINCE_DISTRICT.items()
    }
    return {"hosts": hosts, "slugs": slugs, "leads": leads, "districts": districts}


def province_slugs() -> dict[str, str]:
    """ASCII slug → province, derived and hand-listed ("lamdong" → Lâm Đồng, "tphcm" → Hồ Chí Minh)."""
    return _table()["slugs"]


def host_of(url: str | None) -> str | None:
    """The lower-cased host of an address, without "www."; None when it is not a web address."""
    if not url:
        return None
    parts = urlsplit(url.strip() if "//" in url else "//" + url.strip())
    host = (parts.hostname or "").lower().rstrip(".")
    if host.startswith("www."):
        host = host[4:]
    return host if re.fullmatch(r"[a-z0-9-]+(\.[a-z0-9-]+)+", host) else None


def _label_province(label: str) -> tuple[int, str] | None:
    """(slug length, province) of the longest province slug this host label carries."""
    best: tuple[int, str] | None = None
    for slug, province in _table()["slugs"].items():
        if len(slug) < SHORT_SLUG:
            hit = any(label == prefix + slug for prefix in LABEL_PREFIXES)
        else:
            hit = slug in label
        if hit and province and (best is None or len(slug) > best[0]):
            best = (len(slug), province)
    return best


STATION_SUFFIXES = ("rt", "trt")  # a district's "đài truyền thanh – truyền hình" ("…tv" hosts are often brands)


def _district_station(label: str) -> tuple[str, str] | None:
    """(province, district) of a host label that is a district's slug found in one province only, then a station's
    suffix ("duyxuyenrt"); None otherwise. Short slugs are too often other words."""
    for suffix in STATION_SUFFIXES:
        slug = label.removesuffix(suffix)
        if slug != label and len(slug) >= 6:
            owners = [(province, names[slug]) for province, names in _table()["districts"].items() if slug in names]
            if len(owners) == 1:
                return owners[0]
    return None


UNIT_PREFIXES = ("huyen", "thixa", "thanhpho", "tx", "tp")  # "txbinhminh.vinhlong.gov.vn": thị xã Bình Minh


def _district_label(districts: dict[str, str], label: str) -> str | None:
    """The district a host label names ("dakrong"), also behind its unit's prefix ("txbinhminh", "huyenvinhlinh")."""
    if label in districts:
        return districts[label]
    return next((districts[label[len(prefix):]] for prefix in UNIT_PREFIXES
                 if label.startswith(prefix) and label[len(prefix):] in districts), None)


def site_of_host(host: str | None) -> Site | None:
    """The gazetteer's entry for a host: a hand-listed host (or a parent of it), else derived from slugs."""
    if not host:
        return None
    host = host.lower().removeprefix("www.")
    table = _table()
    labels = host.split(".")
    for i in range(len(labels) - 1):
        listed = table["hosts"].get(".".join(labels[i:]))
        if listed:
            # A district's portal under a listed provincial host: "xuyenmoc.baria-vungtau.gov.vn".
            district = next((d for label in labels[:i]
                             if (d := _district_label(table["districts"].get(listed.province, {}), label.replace("-", "")))),
                            None)
            if district and not listed.district:
                return Site(host, listed.province, district, "district_portal")
            return Site(host, listed.province, listed.district, listed.kind, listed.name)
    # The public suffix (".gov.vn", ".com.vn") never names a place; "baria-vungtau" is read as one label.
    candidates = [label.replace("-", "") for label in labels if label not in ("vn", "gov", "com", "org", "net", "edu")]
    found = [(hit, i) for i, label in enumerate(candidates) if (hit := _label_province(label))]
    if not found:
        # A district's own radio and television site: "duyxuyenrt.vn" (Duy Xuyên, Quảng Nam).
        district = next((hit for label in candidates if (hit := _district_station(label))), None)
        return Site(host, district[0], district[1], "district_portal") if district else Site(host, None, None, "unknown")
    (_, province), at = max(found, key=lambda item: item[0][0])
    district = None
    for i, label in enumerate(candidates):
        if i != at:
            district = _district_label(table["districts"].get(province, {}), label) or district
    gov = host.endswith(".gov.vn")
    kind = "district_portal" if district else ("provincial_portal" if gov else "provincial_newspaper")
    return Site(host, province, district, kind)


# "PTĐT - Năm 2020, …", "(QBĐT) - Chiều 12/3, …": a paper's mark before the first words of its article.
LEAD_MARK = re.compile(r"\W{0,3}\(?([A-ZĐ]{2,6})\)?\s*[-–—]")


def site_of_lead(lead: str) -> Site | None:
    """The provincial paper whose mark opens an article's lead ("PTĐT - …" is Báo Phú Thọ), else None."""
    mark = LEAD_MARK.match(lead)
    return _table()["leads"].get(mark.group(1)) if mark else None


def site_of_url(url: str | None) -> Site | None:
    """The gazetteer's entry for the host of a web address."""
    return site_of_host(host_of(url))


def is_web_address(url: str) -> bool:
    """True for an absolute http(s) address with a host."""
    parts = urlsplit(url.strip())
    return parts.scheme in ("http", "https") and host_of(url) is not None
