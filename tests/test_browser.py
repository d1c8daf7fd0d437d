"""The web interface in a real headless Chromium (Debian's /usr/bin/chromium through Playwright).

A ``chronique serve`` process serves a seeded store; the tests load every page, follow
article → entity → timeline by clicking, check the highlights, tooltips and the drawn timeline,
and make sure injected markup never runs. Screenshots go to test-artifacts/screenshots/.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from web_support import ARTIFACTS, Server, sample_articles, seed_store, xss_article

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
SHOTS = ARTIFACTS / "screenshots"

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="/usr/bin/chromium is absent (scripts/system-deps.sh installs it)"),
]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    url = f"sqlite:///{tmp_path_factory.mktemp('browser') / 'corpus.db'}"
    seed_store(url, sample_articles() + [xss_article()])
    srv = Server(url).wait()
    yield srv
    srv.stop()


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    os.environ.setdefault("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True)
        yield b
        b.close()


@pytest.fixture
def page(browser, server):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="fr-FR", base_url=server.url)
    pg = context.new_page()
    errors: list[str] = []
    pg.on("pageerror", lambda exc: errors.append(str(exc)))
    pg.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    yield pg
    context.close()
    assert errors == [], errors  # no script error on any page


def shot(pg, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    pg.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)


def test_every_page_loads(page, server):
    for name, path in [("home", "/"), ("article", "/articles/test-greve-1"), ("quotes", "/quotes"),
                       ("timeline", "/timeline"), ("search", "/search?q=grève"), ("analyser", "/analyser")]:
        response = page.goto(path)
        assert response.status == 200, path
        assert page.locator("header.site .brand").inner_text() == "Chronique"
        shot(page, f"page-{name}")
    page.goto("/")
    page.fill("main input[name=q]", "Valcourt")
    page.click("main form.filters button")
    page.wait_for_url("**/search?q=Valcourt")
    assert page.locator("#search-articles a").count() >= 2


def test_article_highlights_and_tooltips(page):
    page.goto("/articles/test-greve-1")
    text = page.locator(".article-text")
    for cls in ("hl-PER", "hl-ORG", "hl-LOC", "hl-quote", "hl-speaker", "hl-timex", "hl-amount", "hl-event"):
        assert text.locator(f".{cls}").count() >= 1, cls
    # highlights are drawn (a background colour), not just present in the DOM
    bg = text.locator(".hl-timex").first.evaluate("e => getComputedStyle(e).backgroundColor")
    assert bg not in ("rgba(0, 0, 0, 0)", "transparent")
    speaker = text.locator(".hl-speaker").first
    speaker.hover()
    tip = page.locator("#tip")
    tip.wait_for(state="visible")
    assert "Locuteur : Sophie Marchand" in tip.inner_text()
    text.locator('.hl-timex[data-value="2023-03"]').hover()
    assert tip.inner_text().splitlines() == ["Date : mars 2023"]
    shot(page, "article-hover")


def test_click_article_to_entity_to_timeline(page):
    page.goto("/articles/test-greve-1")
    page.locator(".article-text .hl-PER", has_text="Sophie Marchand").first.click()
    page.wait_for_url("**/entities/*")
    assert page.locator("#entity-name").inner_text().endswith("Sophie Marchand")
    assert page.locator("#entity-quotes blockquote").count() == 2
    assert page.locator("#entity-articles a").count() == 2
    shot(page, "entity")
    page.click("#entity-timeline-link")
    page.wait_for_url("**/timeline?entity=*")
    columns = page.locator(".histogram svg a.col")
    assert columns.count() >= 2
    box = page.locator(".histogram svg").bounding_box()
    assert box and box["width"] > 600 and box["height"] > 150
    shot(page, "timeline-entity")
    page.locator("#timeline-list a.src").first.click()
    page.wait_for_url("**/articles/*")
    assert page.locator("#article h1").count() == 1


def test_timeline_shows_granularity(page):
    page.goto("/timeline?since=2023-03-01&until=2023-04-30")
    month = page.locator(".histogram svg rect.band").first  # an event dated "mars 2023": all of March
    column = page.locator(".histogram svg a.col rect").first  # the items of one week
    assert month.bounding_box()["width"] > 3 * column.bounding_box()["width"]
    ticks = page.locator(".histogram svg text.tick")
    assert ticks.count() >= 3
    boxes = [t.bounding_box() for t in ticks.all()]
    assert all(a["x"] + a["width"] <= b["x"] for a, b in zip(boxes, boxes[1:]))  # labels never overlap
    assert min(b["height"] for b in boxes) >= 10  # readable, not 8 px
    shot(page, "timeline-window")


def test_story_page(page, server):
    import httpx

    story = next(a["story"] for a in httpx.get(server.url + "/api/v1/articles").json()["items"]
                 if a["id"] == "test-greve-2")
    page.goto(f"/stories/{story}")
    assert page.locator("#story-articles a").count() == 2
    assert page.locator(".histogram svg a.col").count() >= 2
    shot(page, "story")


def test_quote_explorer_in_the_browser(page):
    page.goto("/quotes")
    page.fill("#quote-filters input[name=speaker]", "Marchand")
    page.fill("#quote-filters input[name=since]", "2023-03-20")
    page.click("#quote-filters button")
    page.wait_for_url("**/quotes?*")
    quotes = page.locator("#quotes blockquote")
    assert quotes.count() == 1 and "victoire" in quotes.first.inner_text()
    shot(page, "quotes-filtered")


def test_injected_markup_never_runs(page):
    for path in ("/articles/test-xss-1", "/quotes", "/timeline?since=2023-04-01&until=2023-04-30", "/"):
        page.goto(path)
        for el in page.locator(".hl, blockquote, .tl-item, a").all()[:40]:
            if el.is_visible():
                el.hover()
        assert page.evaluate("window.__pwned === undefined"), path
        assert page.locator("main img, main b, main script").count() == 0, path
    page.goto("/articles/test-xss-1")
    assert "<script>window.__pwned=1</script>" in page.locator("#article h1").inner_text()
    shot(page, "article-injection")
