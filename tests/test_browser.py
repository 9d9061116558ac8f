"""A real headless-browser test: Debian's chromium + chromedriver driven by selenium against waitress."""
import os
import shutil
from pathlib import Path

import pytest

from tests.fixtures import served

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMEDRIVER = shutil.which("chromedriver") or "/usr/bin/chromedriver"
ARTIFACTS = Path(__file__).resolve().parent.parent / "test-artifacts"

if not (os.path.exists(CHROMIUM) and os.path.exists(CHROMEDRIVER)):
    if os.environ.get("PROTOKOLL_REQUIRE_BROWSER"):
        raise RuntimeError("chromium/chromedriver missing but PROTOKOLL_REQUIRE_BROWSER is set")
    pytest.skip("chromium and chromium-driver are not installed (apt-get install chromium chromium-driver)", allow_module_level=True)


@pytest.fixture(scope="module")
def server(app):
    with served(app) as url:
        yield url


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    os.environ.setdefault("SE_OFFLINE", "true")  # never let selenium fetch a driver
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    opts = webdriver.ChromeOptions()
    opts.binary_location = CHROMIUM
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--disable-dev-shm-usage", "--window-size=1280,1000",
                 f"--user-data-dir={tmp_path_factory.mktemp('chrome')}"):
        opts.add_argument(flag)
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=opts)
    driver.set_page_load_timeout(30)
    yield driver
    driver.quit()


def test_search_facet_paragraph(server, browser):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as EC
    from selenium.webdriver.support.ui import WebDriverWait

    wait = WebDriverWait(browser, 15)
    browser.get(server + "/")
    box = browser.find_element(By.ID, "q")
    box.send_keys("våld")
    browser.find_element(By.CSS_SELECTOR, "form.searchbox button").click()
    wait.until(EC.presence_of_element_located((By.CSS_SELECTOR, "ol.hits li.hit")))
    marks = browser.find_elements(By.CSS_SELECTOR, ".snippet mark")
    assert marks and all("våld" in m.text.lower() for m in marks)
    ARTIFACTS.mkdir(exist_ok=True)
    browser.save_screenshot(str(ARTIFACTS / "results.png"))

    # Click the year facet 2022 and see the chip and only 2022 hits.
    facet = browser.find_element(By.XPATH, "//section[@class='facet'][h2='År']//a[.//span[@class='label' and text()='2022']]")
    facet.click()
    wait.until(EC.presence_of_element_located((By.CSS_SELECTOR, ".chips .chip")))
    assert "År: 2022" in browser.find_element(By.CSS_SELECTOR, ".chips").text
    dates = [t.get_attribute("datetime") for t in browser.find_elements(By.CSS_SELECTOR, ".hit time")]
    assert dates and all(d.startswith("2022") for d in dates)

    # Open the first paragraph and see the highlights there.
    browser.find_element(By.CSS_SELECTOR, ".hit h2 a").click()
    wait.until(EC.presence_of_element_located((By.CSS_SELECTOR, "article.paragraph")))
    assert browser.find_elements(By.CSS_SELECTOR, ".fulltext mark")
    assert "Liknande paragrafer" in browser.page_source
    browser.save_screenshot(str(ARTIFACTS / "paragraph.png"))


def test_phone_layout_folds_filters(server, browser):
    from selenium.webdriver.common.by import By

    browser.set_window_size(390, 844)
    try:
        browser.get(server + "/?q=familjehem")
        toggle = browser.find_element(By.CSS_SELECTOR, "details.facets-toggle")
        assert toggle.get_attribute("open") is None  # folded under "Filter"
        assert browser.find_elements(By.CSS_SELECTOR, "ol.hits li.hit")
        ARTIFACTS.mkdir(exist_ok=True)
        browser.save_screenshot(str(ARTIFACTS / "phone.png"))
        # With a filter chosen the panel stays folded and the first hit is near the top of the screen.
        browser.get(server + "/?q=v%C3%A5ld&year=2022")
        toggle = browser.find_element(By.CSS_SELECTOR, "details.facets-toggle")
        assert toggle.get_attribute("open") is None and "1 valt" in toggle.find_element(By.TAG_NAME, "summary").text
        first = browser.find_element(By.CSS_SELECTOR, "ol.hits li.hit")
        assert first.location["y"] < 400, first.location
        browser.save_screenshot(str(ARTIFACTS / "phone-filtered.png"))
    finally:
        browser.set_window_size(1280, 1000)


def test_keyboard_reaches_the_search_box_then_the_results(server, browser):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    from selenium.webdriver.common.action_chains import ActionChains

    browser.get(server + "/?q=v%C3%A5ld")
    stops = []
    for _ in range(8):  # from the top of a freshly loaded page
        ActionChains(browser).send_keys(Keys.TAB).perform()
        el = browser.switch_to.active_element
        stops.append((el.tag_name, el.get_attribute("id") or "", el.get_attribute("class") or "",
                      bool(el.find_elements(By.XPATH, "./ancestor::section[@id='results']")), el.get_attribute("href") or ""))
    ids = [s[1] for s in stops]
    assert "q" in ids[:4], stops  # the skip link, the brand, then the search box
    first_result = next((i for i, s in enumerate(stops) if s[3]), None)
    assert first_result is not None, stops[4:]
    assert first_result < 8 and not any("facet" in s[2] for s in stops[:first_result]), stops


def test_home_meetings_and_person_pages(server, browser):
    from selenium.webdriver.common.by import By

    ARTIFACTS.mkdir(exist_ok=True)
    browser.get(server + "/")
    assert "Det här finns i arkivet" in browser.page_source
    assert browser.find_elements(By.CSS_SELECTOR, "table.bodies tbody tr")
    browser.save_screenshot(str(ARTIFACTS / "home.png"))
    browser.find_element(By.LINK_TEXT, "Alla sammanträden ›").click()
    rows = browser.find_elements(By.CSS_SELECTOR, "table.meetings tbody tr")
    assert len(rows) == 13
    browser.save_screenshot(str(ARTIFACTS / "meetings.png"))
    browser.get(server + "/person?namn=Karin%20Lund")
    assert browser.find_element(By.TAG_NAME, "h1").text.startswith("Karin Lund")
    assert "Yrkanden" in browser.page_source
    browser.save_screenshot(str(ARTIFACTS / "person.png"))


def test_protocol_page_shows_sections_as_headings(server, browser):
    from selenium.webdriver.common.by import By

    ARTIFACTS.mkdir(exist_ok=True)
    browser.get(server + "/protokoll/02_hagfjard_ks.docx#p36")
    headings = [h.text for h in browser.find_elements(By.CSS_SELECTOR, "#p36 .section-heading")]
    assert "Ärendebeskrivning" in headings and "Yrkanden" in headings, headings
    decision = browser.find_elements(By.CSS_SELECTOR, "#p36 .block-decision.decision")
    assert len(decision) == 1 and "beslutar att utöka investeringsramen" in decision[0].text
    browser.save_screenshot(str(ARTIFACTS / "protocol.png"))
