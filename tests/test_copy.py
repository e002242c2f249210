"""Template copy buttons, clicked in Chromium. The clipboard must then hold
exactly the template's plain text as read from data/templates/ (not as shown
on the page): on every page, on a phone-sized screen, on a plain-http intranet
address (no Clipboard API there) and inside tabs and collapsed blocks."""
import pytest

from zzshh.sitedelivery.browser import CHROMIUM_ARGS, chromium_path
from zzshh.sitedata import templates
from template_site import PLACES, pages_with_templates, places_url  # noqa: F401 (fixture)

pytestmark = pytest.mark.browser

DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 375, "height": 740}
INTRANET_HOST = "zzshh.intranet"  # not localhost: Chrome treats it as insecure
COPIED = "已复制"


def expected_label(name: str) -> str:
    return "复制全文" if name in ("full-material", "full-discipline") else "复制模板"


def clipboard_context(browser, viewport: dict, origin: str):
    phone = viewport == PHONE
    context = browser.new_context(locale="zh-CN", viewport=viewport, is_mobile=phone, has_touch=phone)
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=origin.rstrip("/"))
    return context


def read_clipboard(page) -> str:
    return page.evaluate("navigator.clipboard.readText()")


def click_copy(block, tap: bool = False) -> None:
    """Click (or tap) the block's copy button and wait for the feedback."""
    button = block.locator(".zz-template__copy")
    button.scroll_into_view_if_needed()
    assert button.is_visible()
    button.tap() if tap else button.click()
    button.filter(has_text=COPIED).wait_for(state="visible", timeout=5_000)


@pytest.fixture(scope="module")
def template_pages(built_site) -> dict[str, list[str]]:
    pages = pages_with_templates(built_site)
    shown = {name for names in pages.values() for name in names}
    assert "full-material" in shown and len(shown) >= 2, pages
    return pages


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["desktop", "phone"])
def test_every_copy_button_copies_the_source_text(browser, site_url, template_pages, viewport):
    context = clipboard_context(browser, viewport, site_url)
    page = context.new_page()
    try:
        for url, names in template_pages.items():
            page.goto(site_url + url)
            blocks = page.locator(".zz-template")
            assert blocks.count() == len(names), url
            for index, name in enumerate(names):
                block = blocks.nth(index)
                assert block.locator(".zz-template__copy").inner_text() == expected_label(name)
                page.evaluate("navigator.clipboard.writeText('')")
                click_copy(block, tap=viewport == PHONE)
                assert read_clipboard(page) == templates.load(name).plain_text, f"{url} {name}"
    finally:
        context.close()


def test_feedback_goes_back_to_the_label(page, site_url, template_pages):
    page.context.grant_permissions(["clipboard-read", "clipboard-write"], origin=site_url.rstrip("/"))
    url, names = next(iter(template_pages.items()))
    page.goto(site_url + url)
    click_copy(page.locator(".zz-template").first)
    button = page.locator(".zz-template__copy").first
    button.filter(has_text=expected_label(names[0])).wait_for(state="visible", timeout=4_000)


@pytest.fixture
def intranet_browser(browser, site_url):
    """A second Chromium that reaches the test server under a plain intranet host name."""
    port = site_url.rsplit(":", 1)[1].strip("/")
    chromium = browser.browser_type.launch(
        executable_path=chromium_path(),
        args=CHROMIUM_ARGS + [f"--host-resolver-rules=MAP {INTRANET_HOST} 127.0.0.1"])
    yield chromium, f"http://{INTRANET_HOST}:{port}/"
    chromium.close()


def assert_copies_read_back_elsewhere(context, site_url: str, addresses: dict[str, list[str]]) -> None:
    """Click every copy button at each address; a page of the secure test
    server then reads the real clipboard (pages without the Clipboard API cannot)."""
    reader = context.new_page()
    reader.goto(site_url)
    page = context.new_page()
    for address, names in addresses.items():
        page.goto(address)
        for index, name in enumerate(names):
            reader.evaluate("navigator.clipboard.writeText('')")
            page.bring_to_front()
            click_copy(page.locator(".zz-template").nth(index))
            reader.bring_to_front()
            assert read_clipboard(reader) == templates.load(name).plain_text, f"{address} {name}"


def test_copy_works_on_a_plain_http_intranet_address(intranet_browser, site_url, template_pages):
    """No Clipboard API there: the textarea fallback must do the copying."""
    chromium, intranet_url = intranet_browser
    context = clipboard_context(chromium, DESKTOP, site_url)
    try:
        page = context.new_page()
        page.goto(intranet_url)
        assert page.evaluate("window.isSecureContext") is False
        assert page.evaluate("typeof navigator.clipboard") == "undefined"
        addresses = {intranet_url + url: names for url, names in template_pages.items()}
        assert_copies_read_back_elsewhere(context, site_url, addresses)
    finally:
        context.close()


def test_copy_works_from_a_folder(browser, built_site, site_url, template_pages):
    """The offline package is opened from a folder, at file:// addresses."""
    context = clipboard_context(browser, DESKTOP, site_url)
    try:
        addresses = {(built_site / url / "index.html").as_uri(): names for url, names in template_pages.items()}
        assert_copies_read_back_elsewhere(context, site_url, addresses)
    finally:
        context.close()


def test_copy_failure_tells_the_reader_what_to_do(page, site_url, template_pages):
    page.add_init_script("delete Navigator.prototype.clipboard; document.execCommand = () => false;")
    url = next(iter(template_pages))
    page.goto(site_url + url)
    block = page.locator(".zz-template").first
    block.locator(".zz-template__copy").click()
    status = block.locator(".zz-template__status")
    status.filter(has_text="Ctrl+C").wait_for(state="visible", timeout=5_000)
    selected = page.evaluate("String(window.getSelection())")
    assert selected.replace("\n", "") == block.locator(".zz-template__text").inner_text().replace("\n", "")


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["desktop", "phone"])
def test_copy_inside_tabs_collapsed_blocks_and_admonitions(browser, places_url, viewport):
    context = clipboard_context(browser, viewport, places_url)
    page = context.new_page()
    try:
        page.goto(places_url)
        assert page.locator(".zz-template__copy").first.is_hidden()  # in the second tab
        page.get_by_text("机关干部", exact=True).click()
        page.locator("details summary").click()
        for name, container in PLACES.items():
            block = page.locator(f"{container} .zz-template[data-template='{name}']")
            assert block.count() == 1, f"{name} is not inside {container}"
            page.evaluate("navigator.clipboard.writeText('')")
            click_copy(block, tap=viewport == PHONE)
            assert read_clipboard(page) == templates.load(name).plain_text, name
        # The Markdown after a block stays in the same tab / collapsed block.
        assert page.locator(".tabbed-block", has_text="标签页里模板之后的文字").count() == 1
        assert page.locator("details", has_text="折叠块里模板之后的文字").count() == 1
    finally:
        context.close()
