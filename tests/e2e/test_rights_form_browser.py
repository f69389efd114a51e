"""The rights request form in a real headless Chromium: filled in, sent, confirmed with the
code from the outbox, with no script on any page (the CSP would refuse one anyway)."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

from tests.conftest import service_missing

if TYPE_CHECKING:
    from selenium.webdriver.remote.webelement import WebElement
from tests.e2e.conftest import CharterFactory
from tests.e2e.test_rights_intake import INTAKE, _code_for

pytestmark = pytest.mark.e2e

CHROMIUM = os.environ.get("CHARTER_TEST_CHROMIUM", "/usr/bin/chromium")
DRIVER = os.environ.get("CHARTER_TEST_CHROMEDRIVER", "/usr/bin/chromedriver")


@pytest.fixture
def browser() -> Iterator[object]:
    try:
        from selenium import webdriver
        from selenium.webdriver.chrome.service import Service
    except ImportError as exc:
        service_missing("selenium", exc)
    if not (shutil.which(CHROMIUM) and shutil.which(DRIVER)):
        service_missing("Chromium and ChromeDriver", FileNotFoundError(CHROMIUM))
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage",
                     "--disable-gpu"):
        options.add_argument(argument)
    driver = webdriver.Chrome(service=Service(executable_path=DRIVER), options=options)
    driver.set_page_load_timeout(20)
    try:
        yield driver
    finally:
        driver.quit()


@pytest.mark.clause("CONTACT-1")
@pytest.mark.clause("RIGHTS-1")
def test_a_person_files_and_confirms_a_request_in_a_browser(
        charter: CharterFactory, browser: object) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.remote.webdriver import WebDriver
    from selenium.webdriver.support.ui import Select

    assert isinstance(browser, WebDriver)
    server = charter("")
    browser.get(f"{server.gateway}{INTAKE}")
    assert browser.find_elements(By.TAG_NAME, "script") == []
    Select(browser.find_element(By.ID, "type")).select_by_value("access")
    browser.find_element(By.ID, "email").send_keys("dana@example.com")
    browser.find_element(By.ID, "message").send_keys("What do you keep about me?")
    browser.find_element(By.CSS_SELECTOR, "button[type=submit]").click()

    # The next page asks for the code that went to the outbox. A click returns before the
    # browser has loaded the page the form posts to, so wait for that page.
    code_field = _wait_for(browser, By.ID, "code")
    request_id = browser.find_element(By.NAME, "id").get_attribute("value")
    assert request_id is not None and request_id.startswith("rr_")
    code_field.send_keys(_code_for(server, "dana@example.com"))
    browser.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
    _wait_for_text(browser, "is confirmed")
    text = browser.find_element(By.TAG_NAME, "body").text
    assert request_id in text
    assert browser.find_elements(By.TAG_NAME, "script") == []


def _wait_for(browser: object, by: str, value: str) -> WebElement:
    """The element once the page that holds it has loaded; on time-out, fail with the page
    the browser shows instead, so a wrong page explains itself."""
    from selenium.common.exceptions import TimeoutException
    from selenium.webdriver.remote.webdriver import WebDriver
    from selenium.webdriver.support import expected_conditions
    from selenium.webdriver.support.ui import WebDriverWait

    assert isinstance(browser, WebDriver)
    try:
        return WebDriverWait(browser, 20).until(
            expected_conditions.presence_of_element_located((by, value)))
    except TimeoutException:
        pytest.fail(f"no element {value!r}; the browser shows {browser.current_url}:\n"
                    f"{browser.page_source[:2000]}")


def _wait_for_text(browser: object, text: str) -> None:
    from selenium.common.exceptions import TimeoutException
    from selenium.webdriver.common.by import By
    from selenium.webdriver.remote.webdriver import WebDriver
    from selenium.webdriver.support import expected_conditions
    from selenium.webdriver.support.ui import WebDriverWait

    assert isinstance(browser, WebDriver)
    try:
        WebDriverWait(browser, 20).until(
            expected_conditions.text_to_be_present_in_element((By.TAG_NAME, "body"), text))
    except TimeoutException:
        pytest.fail(f"no text {text!r}; the browser shows {browser.current_url}:\n"
                    f"{browser.page_source[:2000]}")
