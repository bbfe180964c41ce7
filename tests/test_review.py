"""The review pages, opened in headless Chromium: the highlighted text is the records' spans, and an
article's own markup never runs."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from functools import cache

import pytest
from selectolax.lexbor import LexborHTMLParser

from extract import extract_text
from extract.run.output import write_article
from extract.use.review import marked_spans, page_name, review

from conftest import ROOT

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = pytest.mark.skipif(not CHROMIUM, reason="needs Debian's chromium (.ci/run installs it)")

HOSTILE = ("Hội nghị <script>document.title='pwned'</script> tổng kết công tác y tế\n\n"
           "Sáng 5/1, Sở Y tế tỉnh Bình Định tổ chức hội nghị <img src=x onerror=\"document.title='pwned'\"> "
           "tổng kết công tác y tế. Ông Nguyễn Văn An, Giám đốc Sở Y tế chủ trì hội nghị "
           "</span></div><script>document.body.dataset.pwned = 1</script>.\n")


def chromium(*args: str) -> str:
    """What headless Chromium prints for ``args``: no network, no profile left behind."""
    with tempfile.TemporaryDirectory() as profile:
        done = subprocess.run(
            [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
             "--disable-component-update", "--disable-sync", "--no-first-run", f"--user-data-dir={profile}", *args],
            capture_output=True, text=True, timeout=120, check=True)
    return done.stdout


@pytest.fixture(scope="module")
def pages(seed_articles, tmp_path_factory):
    """The review of the two seeds and one article whose text holds markup and scripts."""
    records = tmp_path_factory.mktemp("records")
    articles = [*seed_articles.values(), extract_text(HOSTILE, doc_id="hostile")]
    for article in articles:
        write_article(article, records)
    dest = tmp_path_factory.mktemp("review")
    review(records, dest)
    return dest, {a.id: a for a in articles}


@cache
def rendered(path) -> LexborHTMLParser:
    """The page's DOM after Chromium loaded it and ran what it would run (each page opened once)."""
    return LexborHTMLParser(chromium("--dump-dom", path.as_uri()))


@pytest.mark.parametrize("article_id", ["000_6802fb13855332be", "002_ad5d0bc4d9f3a55f", "hostile"])
def test_every_highlighted_span_is_the_records_span(pages, article_id):
    dest, articles = pages
    dom = rendered(dest / page_name(article_id))
    shown: dict[str, str] = {}
    for piece in dom.css("span.hl[data-spans]"):
        for sid in piece.attributes["data-spans"].split():
            shown[sid] = shown.get(sid, "") + piece.text(deep=True)
    marked = marked_spans(articles[article_id])
    assert article_id != "hostile" or "warnings" in {m.field for m in marked}  # a day without a year
    assert marked and {m.id: m.span.text for m in marked} == shown
    assert all(dom.css_first(f"a#{m.id}") is not None for m in marked)


def test_the_articles_markup_is_text_and_runs_nothing(pages):
    dest, articles = pages
    dom = rendered(dest / page_name("hostile"))
    assert dom.css_first("title").text() == articles["hostile"].title
    assert "pwned" not in dom.body.attributes.get("data-pwned", "") and "data-pwned" not in dom.body.attributes
    assert dom.css("script") == [] and dom.css("img") == []
    assert "<script>document.title='pwned'</script>" in dom.css_first("div.text").text()


def test_the_index_lists_every_article_and_links_its_page(pages):
    dest, articles = pages
    dom = rendered(dest / "index.html")
    links = [a.attributes["href"] for a in dom.css("tbody a")]
    assert links == [page_name(i) for i in sorted(articles)] and dom.css_first("input#filter") is not None


def test_a_screenshot_of_a_page(pages):
    dest, _ = pages
    shot = ROOT / "build" / "review-screenshot.png"
    shot.parent.mkdir(exist_ok=True)
    shot.unlink(missing_ok=True)
    chromium("--window-size=1280,1600", f"--screenshot={shot}", (dest / page_name("000_6802fb13855332be")).as_uri())
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
