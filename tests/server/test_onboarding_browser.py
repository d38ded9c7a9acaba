"""The onboarding page in a real headless browser (Debian's Chromium, driven by Selenium
through chromedriver): the form as a person fills it in, its messages, the finished page.

``.ci/run`` installs Chromium (``tests/.needs-browser``) and says where it is in
``HUBDESK_CHROMIUM``.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from conftest import Inbox, LiveServer, start_server
from test_onboarding import invite, invite_of, sub_of

from hubdesk.server.db import Database

NEEDED = (Path(__file__).parents[1] / ".needs-browser").exists()


@pytest.fixture
def browser() -> Iterator[Any]:
    chromium = os.environ.get("HUBDESK_CHROMIUM") or shutil.which("chromium")
    driver_path = shutil.which("chromedriver")
    if not chromium or not driver_path:
        if NEEDED and os.environ.get("HUBDESK_NEED_BROWSER") != "0":
            pytest.fail("Chromium and chromedriver are needed (run the suite through .ci/run)")
        pytest.skip("no Chromium here")
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    for argument in (
        "--headless=new",
        "--no-sandbox",  # the sandbox refuses root (CI runs as root)
        "--disable-dev-shm-usage",
        "--disable-gpu",
        "--window-size=900,1300",
        "--lang=en",
    ):
        options.add_argument(argument)
    driver = webdriver.Chrome(service=Service(driver_path), options=options)
    driver.set_page_load_timeout(30)
    yield driver
    driver.quit()


def patient(browser: Any) -> Any:
    """A wait that looks again while the page is being replaced (Chromium may answer
    "node does not belong to the document" for an element of the page going away)."""
    from selenium.common.exceptions import WebDriverException
    from selenium.webdriver.support.ui import WebDriverWait

    return WebDriverWait(browser, 20, ignored_exceptions=(WebDriverException,))


@pytest.fixture
def server(demo_db: Database, smtp: tuple[Inbox, int]) -> Iterator[LiveServer]:
    live = start_server(demo_db, smtp_host="127.0.0.1", smtp_port=smtp[1])
    yield live
    live.stop()


def test_a_person_sets_up_the_invited_company_in_a_browser(
    server: LiveServer, smtp: tuple[Inbox, int], browser: Any
) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as ec

    inbox, _port = smtp
    email = "ida@fjord-studio.dk"
    link = invite(server, inbox, email, company="Fjord Studio")
    browser.get(link)
    assert "Set up Fjord Studio on hubdesk" in browser.find_element(By.TAG_NAME, "h1").text
    company = browser.find_element(By.ID, "company_name")
    assert company.get_attribute("value") == "Fjord Studio"  # from the invite
    company.clear()
    company.send_keys("Fjord Studio ApS")
    browser.find_element(By.ID, "city").send_keys("Aarhus C")
    browser.find_element(By.ID, "country").send_keys("dk")
    browser.find_element(By.ID, "password").send_keys("short")
    browser.find_element(By.ID, "password_again").send_keys("short")
    browser.find_element(By.CSS_SELECTOR, "button[type=submit]").click()

    # the same page again: what is wrong, beside the field; what was right is kept
    wait = patient(browser)
    summary = wait.until(ec.presence_of_element_located((By.CSS_SELECTOR, "[role=alert]")))
    assert "2 fields" in summary.text
    assert "at least 10 characters" in browser.find_element(By.ID, "password-error").text
    assert "Accept the terms" in browser.find_element(By.ID, "accept_terms-error").text
    assert browser.find_element(By.ID, "city").get_attribute("value") == "Aarhus C"
    assert browser.find_element(By.ID, "password").get_attribute("aria-invalid") == "true"
    browser.save_screenshot("/tmp/hubdesk-onboarding-errors.png")

    browser.find_element(By.ID, "password").send_keys("a long enough secret")
    browser.find_element(By.ID, "password_again").send_keys("a long enough secret")
    browser.find_element(By.ID, "accept_terms").click()
    browser.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
    wait.until(ec.text_to_be_present_in_element((By.TAG_NAME, "h1"), "is ready"))
    assert "Fjord Studio ApS is ready" in browser.find_element(By.TAG_NAME, "h1").text
    browser.save_screenshot("/tmp/hubdesk-onboarding-done.png")
    assert invite_of(server.db, email).status == "completed"
    assert sub_of(server.db, email).lifecycle == "active"

    browser.get(link)  # the link a second time
    assert "Already set up" in browser.find_element(By.TAG_NAME, "h1").text


def test_a_person_added_chooses_a_password_in_a_browser(
    server: LiveServer, smtp: tuple[Inbox, int], browser: Any
) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as ec
    from test_welcome import SECRET, link_for, sign_in

    inbox, _port = smtp
    email = "nina.berg@havnehuset.dk"
    browser.get(link_for(server, inbox, email))
    assert "Welcome to Havnehuset Kontorhotel" in browser.find_element(By.TAG_NAME, "h1").text
    browser.find_element(By.ID, "password").send_keys(SECRET)
    browser.find_element(By.ID, "password_again").send_keys("not the same secret")
    browser.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
    wait = patient(browser)
    wait.until(ec.presence_of_element_located((By.CSS_SELECTOR, "[role=alert]")))
    assert "not the same" in browser.find_element(By.ID, "password_again-error").text
    browser.save_screenshot("/tmp/hubdesk-welcome-errors.png")
    browser.find_element(By.ID, "password").send_keys(SECRET)
    browser.find_element(By.ID, "password_again").send_keys(SECRET)
    browser.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
    wait.until(ec.text_to_be_present_in_element((By.TAG_NAME, "h1"), "ready"))
    browser.save_screenshot("/tmp/hubdesk-welcome-done.png")
    assert sign_in(server, email, SECRET).status_code == 200
