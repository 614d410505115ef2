"""The HTML page in a real browser: headless Chromium, with axe-core's WCAG 2.0 and 2.1 rules.

Each golden page (``tests/golden/*.html``, every language) and a ``fragment=True``
charter pasted into a plain host page are loaded at a phone's width (360 px) and a
desktop's (1280 px), the golden pages in the dark scheme too. axe-core must find no
violation of the A and AA rules; the page must say its language, keep its headings in
order, lead its skip link somewhere, and fit a phone without scrolling sideways. A
screenshot of each is kept for a person to look at (the run prints the folder).

Chromium is Debian's (``/usr/bin/chromium``), driven by playwright-core from
``tests/oracle`` (``npm ci --prefix tests/oracle``) through ``tests/oracle/browser.mjs``.
Without them the tests are skipped, except where CI is set, where they fail.
"""

from __future__ import annotations

import itertools
import json
import os
import shutil
import subprocess
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from charter import examples
from charter.language import render
from oracle_client import ORACLE_DIR

GOLDEN = Path(__file__).parent / "golden"
LANGUAGES = ("nl", "fr", "de", "en")
#: The second example's pages, by the name the check gives them.
COMMUNE = tuple(f"commune-{language}" for language in LANGUAGES)
#: A phone's viewport and a desktop's.
WIDTHS = {360: 740, 1280: 900}
#: axe-core's rules for WCAG 2.0 and 2.1, levels A and AA.
TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
#: Rules that must have run and passed on every page: colours, names, lists, table headers,
#: the language, the title, the viewport, a way past repeated content (a skip link or a
#: main landmark).
RULES = {
    "bypass",
    "color-contrast",
    "document-title",
    "html-has-lang",
    "html-lang-valid",
    "link-name",
    "list",
    "listitem",
    "meta-viewport",
    "td-headers-attr",
    "th-has-data-cells",
}
_CHROMIUM = "/usr/bin/chromium"
_INSTALL_HINT = "run: npm ci --prefix tests/oracle"

#: A plain page of a content management system, the charter pasted into its main content.
HOST = """<!DOCTYPE html>
<html lang="nl-BE">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Gemeente Voorbeeld: onze klantencharter</title>
<style>body {{ margin: 0; font-family: Georgia, serif; }} header, main {{ padding: 1rem; }}</style>
</head>
<body>
<header><p>Gemeente Voorbeeld</p></header>
<main>
{fragment}</main>
</body>
</html>
"""

FAULTY = """<!DOCTYPE html>
<html>
<head><meta charset="utf-8"><title>Faulty</title></head>
<body><main><p style="color: #aaa">Grey on white</p><a href="https://example.be"></a></main></body>
</html>
"""


def browser_available() -> str | None:
    """None when the browser test can run, else the reason why it cannot."""
    if shutil.which("node") is None:
        return "node is not installed (the browser test drives Chromium from it)"
    if not Path(_CHROMIUM).is_file():
        return f"Chromium is not installed at {_CHROMIUM} (Debian: apt-get install chromium)"
    for package in ("playwright-core", "axe-core"):
        if not (ORACLE_DIR / "node_modules" / package / "package.json").is_file():
            return f"{package} is not installed: {_INSTALL_HINT}"
    return None


def _jobs(folder: Path) -> list[dict[str, Any]]:
    pages = [(language, GOLDEN / f"federal.{language}.html") for language in LANGUAGES]
    pages += [
        (f"commune-{language}", GOLDEN / f"commune.{language}.html") for language in LANGUAGES
    ]
    fragment = folder / "fragment-nl.html"
    # A Thursday, so that today's row is marked and its colours checked too.
    charter = render(
        examples.load(), locale="nl_BE", format="html", fragment=True, today=date(2026, 3, 5)
    )
    fragment.write_text(HOST.format(fragment=charter), encoding="utf-8")
    pages.append(("fragment-nl", fragment))
    jobs = [
        {"name": name, "file": str(path), "width": width, "height": height, "scheme": "light"}
        for (name, path), (width, height) in itertools.product(pages, WIDTHS.items())
    ]
    jobs += [
        {"name": name, "file": str(path), "width": 1280, "height": 900, "scheme": "dark"}
        for name, path in pages
        if name in LANGUAGES or name in COMMUNE
    ]
    # A page with faults the check must find: no language, grey on white, a nameless link.
    faulty = folder / "faulty.html"
    faulty.write_text(FAULTY, encoding="utf-8")
    jobs.append(
        {"name": "faulty", "file": str(faulty), "width": 360, "height": 740, "scheme": "light"}
    )
    for job in jobs:
        suffix = "-dark" if job["scheme"] == "dark" else ""
        job["screenshot"] = str(folder / f"{job['name']}-{job['width']}{suffix}.png")
    return jobs


@pytest.fixture(scope="module")
def browser_results(
    tmp_path_factory: pytest.TempPathFactory, request: pytest.FixtureRequest
) -> dict[tuple[str, int, str], dict[str, Any]]:
    """Every page checked in one Chromium, by (name, width, scheme)."""
    reason = browser_available()
    if reason is not None:
        if os.environ.get("CI"):
            pytest.fail(f"the browser test must run in CI: {reason}")
        pytest.skip(reason)
    node = shutil.which("node")
    assert node is not None
    folder = tmp_path_factory.mktemp("html-screenshots")
    jobs = _jobs(folder)
    done = subprocess.run(  # noqa: S603 - a fixed argv
        [node, str(ORACLE_DIR / "browser.mjs")],
        input=json.dumps({"chromium": _CHROMIUM, "tags": TAGS, "jobs": jobs}),
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=ORACLE_DIR,
        timeout=600,
        check=False,
    )
    lines = done.stdout.strip().splitlines()
    answer: dict[str, Any] = json.loads(lines[-1]) if lines else {"ok": False, "error": done.stderr}
    if not answer["ok"]:
        pytest.fail(f"the browser test could not run: {answer['error']}\n{done.stderr}")
    results: list[dict[str, Any]] = answer["results"]
    _tell(request.config, results, folder)
    return {(r["name"], r["width"], r["scheme"]): r for r in results}


def _tell(config: pytest.Config, results: list[dict[str, Any]], folder: Path) -> None:
    """Print axe-core's summary of each page, and where the screenshots are."""
    reporter = config.pluginmanager.get_plugin("terminalreporter")
    capture = config.pluginmanager.get_plugin("capturemanager")
    if reporter is None or capture is None:
        return
    with capture.global_and_fixture_disabled():
        reporter.write_line("")
        for r in results:
            reporter.write_line(
                f"axe-core, {r['name']} at {r['width']} px ({r['scheme']}): "
                f"{len(r['violations'])} violations, {len(r['passes'])} rules passed, "
                f"{len(r['incomplete'])} left for review"
            )
        reporter.write_line(f"screenshots of the HTML pages: {folder}")


CASES = [
    *((name, width, "light") for name in (*LANGUAGES, *COMMUNE, "fragment-nl") for width in WIDTHS),
    *((name, 1280, "dark") for name in (*LANGUAGES, *COMMUNE)),
]


@pytest.mark.parametrize(("name", "width", "scheme"), CASES)
def test_the_page_passes_the_wcag_a_and_aa_rules(
    browser_results: dict[tuple[str, int, str], dict[str, Any]], name: str, width: int, scheme: str
) -> None:
    result = browser_results[name, width, scheme]
    assert result["violations"] == []
    assert set(result["passes"]) >= RULES
    if name == "fragment-nl":
        assert "valid-lang" in result["passes"]  # the article's own lang
    # A text axe-core cannot place exactly (a line a fraction of a pixel wider than its
    # box) is left for review; its colours are those of the texts that pass.
    assert set(result["incomplete"]) <= {"color-contrast"}


@pytest.mark.parametrize(("name", "width", "scheme"), CASES)
def test_the_page_fits_the_screen_and_keeps_its_outline(
    browser_results: dict[tuple[str, int, str], dict[str, Any]], name: str, width: int, scheme: str
) -> None:
    result = browser_results[name, width, scheme]
    assert result["scrollWidth"] <= result["viewportWidth"] == width
    headings = result["headings"]
    assert headings[0] == 1
    assert headings.count(1) == 1
    assert all(b - a <= 1 for a, b in itertools.pairwise(headings))
    if name in LANGUAGES or name in COMMUNE:
        assert result["lang"] == f"{name.removeprefix('commune-')}-BE"
    else:
        assert result["charterLang"] == "nl-BE"


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("width", WIDTHS)
def test_the_skip_link_is_the_first_stop_and_leads_to_the_content(
    browser_results: dict[tuple[str, int, str], dict[str, Any]], language: str, width: int
) -> None:
    skip = browser_results[language, width, "light"]["skip"]
    assert skip == {
        "href": "#content",
        "target": True,
        "focused": True,  # the first Tab
        "visible": True,  # shown when focused
        "outline": True,  # with a focus ring
        "hash": "#content",  # Enter follows it
        "printed": False,  # not on paper
    }


def test_the_check_finds_faults_where_there_are_some(
    browser_results: dict[tuple[str, int, str], dict[str, Any]],
) -> None:
    found = {v["id"] for v in browser_results["faulty", 360, "light"]["violations"]}
    assert found == {"html-has-lang", "color-contrast", "link-name"}


def test_a_fragment_brings_no_skip_link_of_its_own(
    browser_results: dict[tuple[str, int, str], dict[str, Any]],
) -> None:
    assert browser_results["fragment-nl", 360, "light"]["skip"] is None
