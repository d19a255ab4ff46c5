"""The site shell in a real Chromium at 360 px: direction, language switcher, own-origin requests, fonts."""

from urllib.parse import urlsplit

BRAND_AND_MARGINS = """() => {
    const header = document.querySelector(".site-header");
    const style = getComputedStyle(header);
    const box = header.getBoundingClientRect();
    const brand = document.querySelector(".brand").getBoundingClientRect();
    return {
        brandLeft: brand.left,
        brandRight: brand.right,
        marginLeft: box.left + parseFloat(style.paddingLeft),
        marginRight: box.right - parseFloat(style.paddingRight),
    };
}"""


def brand_and_margins(page):
    """Where the brand's edges are, and where the header's content starts and ends (its margins)."""
    return page.evaluate(BRAND_AND_MARGINS)


def test_direction_switcher_and_every_request_stays_on_our_origin(live_site, phone):
    server, _homes = live_site
    requests = []
    phone.on("request", lambda request: requests.append(request.url))

    phone.goto(f"{server.url}/fr/")
    assert phone.locator("html").get_attribute("dir") == "ltr"
    assert phone.locator("html").get_attribute("lang") == "fr"
    # In left-to-right the brand starts at the page's left margin.
    french = brand_and_margins(phone)
    assert abs(french["brandLeft"] - french["marginLeft"]) <= 2, french

    phone.locator(".language-switcher summary").click()
    phone.get_by_role("link", name="العربية").click()
    phone.wait_for_url(f"{server.url}/ar/")
    assert phone.locator("html").get_attribute("dir") == "rtl"
    assert phone.locator("html").get_attribute("lang") == "ar"
    assert phone.locator(".language-switcher summary span[lang]").inner_text() == "العربية"
    # In right-to-left the brand ends at the page's right margin (and is not at the left one).
    arabic = brand_and_margins(phone)
    assert abs(arabic["brandRight"] - arabic["marginRight"]) <= 2, arabic
    assert abs(arabic["brandLeft"] - arabic["marginLeft"]) > 2, arabic

    own = urlsplit(server.url).netloc
    assert requests, "the page made no request at all"
    foreign = [url for url in requests if urlsplit(url).netloc != own and not url.startswith("data:")]
    assert foreign == []


def rendering_fonts(page, selector):
    """The fonts Chromium actually used to draw the text of `selector` (DevTools protocol)."""
    cdp = page.context.new_cdp_session(page)
    cdp.send("DOM.enable")
    cdp.send("CSS.enable")
    root = cdp.send("DOM.getDocument")["root"]["nodeId"]
    node = cdp.send("DOM.querySelector", {"nodeId": root, "selector": selector})["nodeId"]
    return cdp.send("CSS.getPlatformFontsForNode", {"nodeId": node})["fonts"]


def test_tigrinya_and_arabic_render_with_our_own_fonts(live_site, phone):
    server, _homes = live_site
    for code, family in [("ti", "Noto Sans Ethiopic"), ("ar", "Noto Sans Arabic")]:
        phone.goto(f"{server.url}/{code}/")
        phone.evaluate("document.fonts.ready")
        fonts = rendering_fonts(phone, ".tagline")
        drawn = {font["familyName"]: font for font in fonts}
        assert family in drawn, fonts
        assert drawn[family]["isCustomFont"] is True
        # Every glyph of the tagline came from our font (no fallback boxes, no system font).
        assert (
            sum(font["glyphCount"] for font in fonts if font["isCustomFont"])
            >= len(phone.locator(".tagline").inner_text().replace(" ", "")) - 2
        )


def test_french_page_downloads_no_font(live_site, phone):
    server, _homes = live_site
    fonts = []
    phone.on("request", lambda request: fonts.append(request.url) if request.url.endswith(".woff2") else None)
    phone.goto(f"{server.url}/fr/")
    phone.wait_for_load_state("networkidle")
    assert fonts == []
