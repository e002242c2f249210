"""The self-check page and its assets, checked without a browser: the DOM ids
the browser tests rely on, local scripts only, the vendored fflate, and the
page's own proofreading."""
import hashlib
import re

from zzshh.selfcheck import check_site_page, render_js
from zzshh.selfcheck.ruleset import SITE_SCRIPT
from zzshh.sitedelivery.precompress import compress
from selfcheck_support import ROOT

PAGE = ROOT / "docs" / "tools" / "self-check.md"
ASSETS = ROOT / "docs" / "assets" / "javascripts" / "self-check"
FFLATE = ROOT / "docs" / "assets" / "vendor" / "fflate"
GENERATED = {SITE_SCRIPT}  # written into the site by the build
IDS = ["self-check", "self-check-input", "self-check-file", "self-check-run", "self-check-clear",
       "self-check-status", "self-check-summary", "self-check-results", "self-check-rules"]


def page_text() -> str:
    return PAGE.read_text(encoding="utf-8")


def test_page_has_the_documented_ids():
    text = page_text()
    for name in IDS:
        assert f'id="{name}"' in text, name
    ui = (ASSETS / "ui.js").read_text(encoding="utf-8")
    for name in IDS:
        assert f"#{name}" in ui.split("*/")[0], f"{name} is not documented at the top of ui.js"


def test_page_loads_only_local_files_that_exist():
    text = page_text()
    listed = []
    for attribute in ("data-scripts", "data-styles"):
        value = re.search(rf'{attribute}="([^"]+)"', text).group(1)
        listed += value.split()
    assert listed
    for path in listed:
        assert not re.match(r"[a-z]+:|//", path), path
        if path not in GENERATED:
            assert (ROOT / "docs" / path).is_file(), path
    assert "ruleset.js" in " ".join(listed) and render_js().startswith("/*")


def test_scripts_send_and_store_nothing():
    for path in ASSETS.glob("*.js"):
        source = path.read_text(encoding="utf-8")
        for api in ("fetch(", "XMLHttpRequest", "sendBeacon", "WebSocket", "localStorage", "sessionStorage",
                    "indexedDB", "document.cookie"):
            assert api not in source, f"{path.name} uses {api}"
        urls = re.findall(r"https?://[^\s\"']+", source)
        # XML namespace names in reader.js are identifiers, never requested.
        namespaces = ("http://schemas.openxmlformats.org/", "http://www.w3.org/XML/1998/namespace")
        assert all(u.startswith(namespaces) for u in urls), urls


def test_page_passes_its_own_proofreading():
    assert check_site_page(page_text()) == []


def test_vendored_fflate_is_the_pinned_version():
    notes = (FFLATE / "version.txt").read_text(encoding="utf-8")
    digest = hashlib.sha256((FFLATE / "fflate.umd.js").read_bytes()).hexdigest()
    assert "0.8.3" in notes and digest in notes
    assert (FFLATE / "license.txt").read_text(encoding="utf-8").startswith("MIT License")


def test_rules_and_data_script_fits_the_page_budget():
    """Issue #12: the page's rules-plus-data script (ruleset.js: rules,
    dictionaries, near-miss data) stays within 100 KB gzip, as the build
    writes it for nginx to send (zopfli's gzip; test_nginx checks that nginx
    sends that file). The engine's code is counted by make bench-delivery."""
    rules = len(compress(render_js().encode("utf-8")))
    assert rules <= 100 * 1024, f"ruleset.js is {rules} bytes gzip"
