"""The analyst's pages in Debian's headless Chromium: browse pages, layer toggles, the grouped
timeline, the entity profile, the offline API docs and the corrections round trip (rename from
the entity page, then undo from the log), each leaving a screenshot in test-artifacts/screenshots/."""

from __future__ import annotations

import httpx
import pytest

from test_browser import CHROMIUM, browser, page, shot  # noqa: F401  (fixtures shared with the page tests)
from web_support import Server, sample_articles, seed_store, xss_article

TOKEN = "jeton-de-test"

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="/usr/bin/chromium is absent (scripts/system-deps.sh installs it)"),
]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    url = f"sqlite:///{tmp_path_factory.mktemp('analyst-browser') / 'corpus.db'}"
    seed_store(url, sample_articles() + [xss_article()])
    srv = Server(url, token=TOKEN).wait()
    yield srv
    srv.stop()


def entity_id(server, name: str) -> int:
    return httpx.get(server.url + "/api/v1/entities", params={"q": name}).json()["items"][0]["id"]


def test_every_analyst_page_loads(page, server):
    marchand = entity_id(server, "Marchand")
    for name, path in [("articles", "/articles"), ("articles-search", "/articles?q=Valcourt&sort=oldest"),
                       ("entities", "/entities?type=PER"), ("stories", "/stories?sort=size"),
                       ("timeline-grouped", f"/timeline?entity={marchand}&group=week"),
                       ("timeline-corpus", "/timeline?preset=tout"), ("entity-profile", f"/entities/{marchand}"),
                       ("corrections-empty", "/corrections"), ("api-docs", "/api/v1/docs")]:
        response = page.goto(path)
        assert response.status == 200, path
        shot(page, f"analyst-{name}")
        assert page.evaluate("window.__pwned === undefined"), path
    page.goto("/")
    page.click("header.site nav a[href='/entities']")
    page.wait_for_url("**/entities")
    assert page.locator("#entities tbody tr").count() >= 5


def test_browse_sort_and_filter_in_the_browser(page):
    page.goto("/entities")
    page.select_option("#entity-filters select[name=type]", "PER")
    page.select_option("#entity-filters select[name=sort]", "name")
    page.click("#entity-filters button")
    page.wait_for_url("**/entities?*")
    names = page.locator("#entities tbody td:nth-child(2) a").all_inner_texts()
    assert len(names) >= 3 and names == sorted(names, key=str.lower)
    assert page.locator("p.total").inner_text().startswith(f"{len(names)} entités")
    shot(page, "analyst-entities-sorted")


def test_layer_toggles_show_only_quotes(page):
    page.goto("/articles/test-greve-1")
    text = page.locator(".article-text")
    person = text.locator(".hl-PER").first
    quote = text.locator(".hl-quote").first
    lit = person.evaluate("e => getComputedStyle(e).backgroundColor")
    assert lit not in ("rgba(0, 0, 0, 0)", "transparent")
    page.click("#layers button[data-only=quote]")
    assert person.evaluate("e => getComputedStyle(e).backgroundColor") == "rgba(0, 0, 0, 0)"
    assert quote.evaluate("e => getComputedStyle(e).backgroundColor") not in ("rgba(0, 0, 0, 0)", "transparent")
    assert page.locator("#layers input[data-layer=PER]").is_checked() is False
    shot(page, "analyst-article-only-quotes")
    page.uncheck("#layers input[data-layer=quote]")
    assert quote.evaluate("e => getComputedStyle(e).backgroundColor") == "rgba(0, 0, 0, 0)"
    page.click("#layers button[data-only='']")
    assert person.evaluate("e => getComputedStyle(e).backgroundColor") == lit


def test_timeline_presets_and_picker(page):
    page.goto("/timeline")
    page.fill("#timeline-filters input[name=nom]", "Marchand")
    page.click("#timeline-filters button")
    page.wait_for_url("**/timeline?*")
    assert page.locator("h1").inner_text() == "Chronologie : Sophie Marchand"
    page.click("#presets a:has-text('tout')")
    page.wait_for_url("**preset=tout**")
    assert page.locator("#timeline-list section.period").count() >= 2
    shot(page, "analyst-timeline-picked")


def test_corrections_round_trip(page, server):
    marchand = entity_id(server, "Marchand")
    page.goto(f"/entities/{marchand}")
    page.click("details#corriger summary")
    form = page.locator("#form-rename")
    form.locator("input[name=name]").fill("Sophie Marchand (Force Rail)")
    form.locator("input[name=reason]").fill("préciser le syndicat")
    form.locator("input[name=token]").fill(TOKEN)
    shot(page, "analyst-correction-form")
    form.locator("button").click()
    page.wait_for_url(f"**/entities/{marchand}?correction=*")
    assert page.locator("#entity-name").inner_text().endswith("Sophie Marchand (Force Rail)")
    assert page.locator("#correction-done").is_visible()
    shot(page, "analyst-correction-done")
    page.goto("/corrections")
    row = page.locator("#corrections tr[data-correction]").first
    assert "préciser le syndicat" in row.inner_text() and "renommage" in row.inner_text()
    row.locator("input[name=reason]").fill("retour au nom de l'article")
    row.locator("input[name=token]").fill(TOKEN)
    row.locator("button").click()
    page.wait_for_url("**/corrections?correction=*")
    assert "annulée" in page.locator("#corrections tr[data-correction]").nth(1).inner_text()
    shot(page, "analyst-correction-undone")
    page.goto(f"/entities/{marchand}")
    assert page.locator("#entity-name").inner_text().endswith("Sophie Marchand")
    # a wrong token is refused and changes nothing (posted outside the page: a 401 is a console error)
    refused = httpx.post(f"{server.url}/entities/{marchand}/corriger",
                         data={"kind": "rename", "name": "Piraté", "reason": "essai", "token": "faux"})
    assert refused.status_code == 401 and "Jeton invalide" in refused.text
    page.goto(f"/entities/{marchand}")
    assert "Piraté" not in page.locator("#entity-name").inner_text()


def test_story_split_and_merge_round_trip(page, server):
    """Split an article out of a story from its page, then merge the new story back in."""
    strike = next(s for s in httpx.get(server.url + "/api/v1/stories").json()["items"] if s["n_articles"] == 2)
    page.goto(f"/stories/{strike['id']}")
    page.click("details#corriger summary")
    form = page.locator("#form-story-split")
    form.locator("input[value='test-greve-2']").check()
    form.locator("input[name=reason]").fill("deux grèves distinctes")
    form.locator("input[name=token]").fill(TOKEN)
    shot(page, "analyst-story-split-form")
    form.locator("button").click()
    page.wait_for_url("**/stories/*?correction=split")
    new_id = page.url.split("/stories/")[1].split("?")[0]
    assert new_id != str(strike["id"]) and page.locator("#correction-done").is_visible()
    assert page.locator("#story-articles tbody tr").count() == 1
    assert httpx.get(f"{server.url}/api/v1/stories/{strike['id']}").json()["n_articles"] == 1
    page.goto(f"/stories/{strike['id']}")
    page.click("details#corriger summary")
    form = page.locator("#form-story-merge")
    form.locator("input[name=others]").fill(new_id)
    form.locator("input[name=reason]").fill("finalement la même grève")
    form.locator("input[name=token]").fill(TOKEN)
    form.locator("button").click()
    page.wait_for_url(f"**/stories/{strike['id']}?correction=merge")
    assert page.locator("#story-articles tbody tr").count() == 2
    shot(page, "analyst-story-merged")
    assert httpx.get(f"{server.url}/api/v1/stories/{new_id}").status_code == 404
    # no reason, or a wrong token: refused, nothing changes
    for data, status in [({"kind": "split", "articles": "test-greve-2", "reason": "", "token": TOKEN}, 422),
                         ({"kind": "split", "articles": "test-greve-2", "reason": "essai", "token": "faux"}, 401)]:
        assert httpx.post(f"{server.url}/stories/{strike['id']}/corriger", data=data).status_code == status
    assert httpx.get(f"{server.url}/api/v1/stories/{strike['id']}").json()["n_articles"] == 2
