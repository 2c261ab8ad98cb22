#!/usr/bin/env python3
"""Browser tests of the workbench in a real headless Chromium, through WebDriver (Selenium).

Builds a small database (the bundled examples, two articles of its own about one
pledge, and a hostile article), starts `tracker serve` on a free loopback port,
and does what a reviewer does: give a name, open a document, confirm a
statement with the keyboard, change a holder with the picker, reject an outcome
and see the commitment's status change on the party page; then loads the
hostile article and checks that no script of its ran. A screenshot of each page
goes to the artefact folder. Prints one line per check and "N passed, N failed".

    Scripts/browser-tests.py [--tracker .build/debug/tracker] [--artefacts .build/browser-artefacts]

Needs Debian's chromium, chromium-driver and python3-selenium.
"""

import argparse
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from tracker_server import start_server  # noqa: E402

from selenium import webdriver
from selenium.common.exceptions import NoSuchElementException, StaleElementReferenceException, TimeoutException, WebDriverException
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

ROOT = Path(__file__).resolve().parent.parent

# The team's own articles: a pledge, then the act that fulfils it.
PLEDGE = """Valdoria pledged on Monday to reopen the Miralta border crossing by the end of March.

Officials in the capital said the customs post would be staffed again within weeks.
"""
ACT = """Valdoria reopened the Miralta border crossing on Thursday, three weeks ahead of schedule.

Traders queued at the customs post from dawn.
"""
# Markup and event handlers in the text: a page must show them as text, never run them.
HOSTILE = """Hostile <script>window.__hostile = 'script';document.title='pwned'</script> words appear here.

Valdoria said <img src=x onerror="window.__hostile='onerror'"> the talks would resume in Quito.
"""
ACTORS = """{"actors": [
  {"id": "valdoria", "name": "Valdoria", "kind": "state", "aliases": ["Valdorian government", "Valdorans"]}
]}
"""

results = []


def check(name, condition, detail=""):
    results.append((name, bool(condition)))
    print(("ok    " if condition else "FAIL  ") + name + ("" if condition else f": {detail}"), flush=True)


def run(command, **kwargs):
    return subprocess.run(command, check=True, capture_output=True, text=True, **kwargs)


def build_database(tracker, folder):
    db = folder / "browser.sqlite"
    articles = folder / "articles"
    articles.mkdir()
    (articles / "pledge.txt").write_text(PLEDGE)
    (articles / "act.txt").write_text(ACT)
    (articles / "hostile.txt").write_text(HOSTILE)
    actors = folder / "actors.json"
    actors.write_text(ACTORS)
    run([tracker, "ingest", str(ROOT / "Examples"), "--db", str(db)])
    for name, date, title in [("pledge.txt", "2026-03-02", "Valdoria pledges to reopen the crossing"),
                              ("act.txt", "2026-03-09", "The Miralta crossing reopens"),
                              ("hostile.txt", "2026-03-10", "<script>window.__hostile='title'</script>Hostile")]:
        run([tracker, "ingest", str(articles / name), "--db", str(db), "--date", date, "--title", title,
             "--source", "Wire\" onerror=\"window.__hostile='source'", "--actors", str(actors)])
    return db


def browser():
    options = webdriver.ChromeOptions()
    options.binary_location = os.environ.get("CHROMIUM", "/usr/bin/chromium")
    for argument in ["--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                     "--window-size=1280,1600", "--no-proxy-server", "--disable-extensions"]:
        options.add_argument(argument)
    # The browser's console, to see whether the page tried to run anything and the CSP refused it.
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    return webdriver.Chrome(service=Service(os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver")), options=options)


def wait(driver, condition, seconds=10):
    try:
        # A page that reloads (after a form) or a list the script refills can take an element away mid-look: look again.
        # Chromium sometimes says so as a bare inspector error ("Node with given id does not belong to the
        # document", seen once in four runs) rather than as a stale element: that is looked past too; a real
        # failure still ends as a timeout, and the check that waited fails.
        return WebDriverWait(driver, seconds, ignored_exceptions=[StaleElementReferenceException, NoSuchElementException,
                                                                 WebDriverException]).until(condition)
    except TimeoutException:
        return None


def statement_for(driver, words):
    """The first statement element of the sentence containing `words`."""
    for sentence in driver.find_elements(By.CSS_SELECTOR, "li.sentence"):
        if words in sentence.find_element(By.CSS_SELECTOR, "p.text").text:
            found = sentence.find_elements(By.CSS_SELECTOR, ".statement")
            return sentence, (found[0] if found else None)
    return None, None


def document_id(driver, base, title):
    driver.get(base + "/documents")
    link = driver.find_element(By.LINK_TEXT, title)
    return link.get_attribute("href").rsplit("/", 1)[1]


def status_of(driver, base, party, action_words):
    driver.get(base + "/parties/" + party)
    for item in driver.find_elements(By.CSS_SELECTOR, "li.commitment"):
        if action_words in item.text:
            return item.find_element(By.CSS_SELECTOR, "span.status").text
    return None


def press(driver, keys):
    body = driver.find_element(By.TAG_NAME, "body")
    for key in keys:
        body.send_keys(key)


def reviewer_session(driver, base, artefacts):
    driver.get(base + "/documents")
    driver.save_screenshot(str(artefacts / "documents.png"))
    field = driver.find_element(By.CSS_SELECTOR, "form.who input[name=author]")
    field.send_keys("Browser Test")
    field.submit()
    check("a name given once is kept", wait(driver, lambda d: "reviewing as" in d.find_element(By.CSS_SELECTOR, "header.top").text))


def confirm_with_keyboard(driver, base, artefacts):
    pledge = document_id(driver, base, "Valdoria pledges to reopen the crossing")
    driver.get(f"{base}/documents/{pledge}")
    sentence, statement = statement_for(driver, "pledged on Monday")
    check("the pledge is a highlighted statement", statement is not None and "k-commitment" in (sentence.get_attribute("class") or ""))
    if statement is None:
        return pledge
    statement_id = statement.get_attribute("data-statement")
    # j moves to the first sentence, which holds the pledge; c confirms its first open statement.
    press(driver, "j")
    check("j selects a sentence", "current" in (sentence.get_attribute("class") or ""))
    press(driver, "c")
    confirmed = wait(driver, lambda d: "confirmed" in d.find_element(By.ID, "st-" + statement_id).text)
    check("c confirms the statement and the page shows it at once", confirmed, driver.find_element(By.ID, "st-" + statement_id).text)
    driver.save_screenshot(str(artefacts / "document.png"))
    return pledge


def change_holder_with_picker(driver, base, pledge):
    before = status_of(driver, base, "Valdoria", "reopen")
    check("the pledge is on Valdoria's page", before is not None, driver.page_source[:300])
    driver.get(f"{base}/documents/{pledge}")
    _, statement = statement_for(driver, "pledged on Monday")
    statement_id = statement.get_attribute("data-statement")
    holder = statement.find_element(By.CSS_SELECTOR, "form.edit input[name=holder]")
    holder.clear()
    holder.send_keys("Quit")
    def options(d):
        return d.execute_script("return Array.from(document.querySelectorAll('#actors option')).map(o => o.value)")
    offered = wait(driver, lambda d: [value for value in options(d) if value == "Quito"])
    check("the picker offers the alias 'Quito' for 'Quit'", offered, options(driver))
    # Choosing the offered name, as a person does from the list.
    holder.clear()
    holder.send_keys(offered[0] if offered else "Quito")
    statement.find_element(By.CSS_SELECTOR, "form.edit button").click()
    changed = wait(driver, lambda d: "holder: Ecuador" in d.find_element(By.ID, "st-" + statement_id).text)
    check("the holder is now Ecuador, shown at once", changed)
    moved = status_of(driver, base, "Ecuador", "reopen")
    check("the commitment moved to Ecuador's page with its status", moved is not None)
    check("and left Valdoria's page", status_of(driver, base, "Valdoria", "reopen") is None)
    # Back to Valdoria, for the status check that follows.
    driver.get(f"{base}/documents/{pledge}")
    _, statement = statement_for(driver, "pledged on Monday")
    holder = statement.find_element(By.CSS_SELECTOR, "form.edit input[name=holder]")
    holder.clear()
    holder.send_keys("Valdoria")
    statement.find_element(By.CSS_SELECTOR, "form.edit button").click()
    wait(driver, lambda d: "holder: Valdoria" in d.find_element(By.ID, "st-" + statement_id).text)


def reject_outcome_changes_status(driver, base, artefacts):
    before = status_of(driver, base, "Valdoria", "reopen")
    driver.save_screenshot(str(artefacts / "party.png"))
    act = document_id(driver, base, "The Miralta crossing reopens")
    driver.get(f"{base}/documents/{act}")
    _, statement = statement_for(driver, "reopened the Miralta")
    check("the act is a statement", statement is not None)
    if statement is None:
        return
    statement_id = statement.get_attribute("data-statement")
    press(driver, "jx")
    wait(driver, lambda d: "rejected" in d.find_element(By.ID, "st-" + statement_id).text)
    after = status_of(driver, base, "Valdoria", "reopen")
    check(f"rejecting the outcome changes the status on the party page ({before} → {after})",
          before is not None and after is not None and before != after)


def hostile_article_is_inert(driver, base, artefacts):
    driver.get_log("browser")
    hostile = None
    driver.get(base + "/documents")
    for link in driver.find_elements(By.CSS_SELECTOR, "table.documents a"):
        if "Hostile" in link.text:
            hostile = link.get_attribute("href")
    check("the hostile article is listed, its title as text", hostile is not None)
    pages = [hostile, base + "/documents", base + "/parties/Valdoria", base + "/status", base + "/topics"]
    for page in [p for p in pages if p]:
        driver.get(page)
        ran = driver.execute_script("return window.__hostile === undefined ? null : window.__hostile")
        check(f"no script from the article ran on {page.replace(base, '')}", ran is None, ran)
        check(f"the title was not changed by the article on {page.replace(base, '')}", driver.title != "pwned")
    driver.get(hostile)
    text = driver.find_element(By.TAG_NAME, "main").text
    check("the article's markup is shown as text", "<script>window.__hostile" in text and "onerror=" in text)
    driver.save_screenshot(str(artefacts / "hostile.png"))


def status_page(driver, base, artefacts):
    driver.get(base + "/status")
    check("the status page draws its timeline as SVG", driver.find_elements(By.CSS_SELECTOR, "svg.timeline rect"))
    driver.save_screenshot(str(artefacts / "status.png"))
    driver.get(base + "/status?since=2026-03-01")
    check("the status page says what changed since a day", "What changed since 2026-03-01" in driver.page_source)
    # The example story's pages, for the README: a party's commitments and an article under review.
    driver.get(base + "/parties/Peru")
    check("Peru's page lists its commitments", driver.find_elements(By.CSS_SELECTOR, "li.commitment"))
    driver.save_screenshot(str(artefacts / "party-peru.png"))
    # A commitment's topic chip leads to the matter across parties.
    chips = [a.get_attribute("href") for a in driver.find_elements(By.CSS_SELECTOR, "li.commitment a.chip.topic")]
    check("Peru's commitments link to their topics", chips)
    if chips:
        driver.get(chips[0])
        check("the topic page lists commitments and a timeline",
              driver.find_elements(By.CSS_SELECTOR, "li.commitment") and driver.find_elements(By.CSS_SELECTOR, "ul.events li"))
        driver.save_screenshot(str(artefacts / "topic.png"))
    driver.get(base + "/documents")
    story = [a.get_attribute("href") for a in driver.find_elements(By.CSS_SELECTOR, "table.documents a")
             if "condor" in (a.get_attribute("href") or "") or "Cóndor" in a.text]
    driver.get(story[0] if story else base + "/documents/1")
    driver.save_screenshot(str(artefacts / "document-story.png"))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tracker", default=str(ROOT / ".build/debug/tracker"))
    parser.add_argument("--artefacts", default=str(ROOT / ".build/browser-artefacts"))
    arguments = parser.parse_args()
    artefacts = Path(arguments.artefacts)
    artefacts.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="tracker-browser-") as scratch:
        db = build_database(arguments.tracker, Path(scratch))
        server, port = start_server(arguments.tracker, db, "browser-tests")
        base = f"http://127.0.0.1:{port}"
        driver = None
        try:
            driver = browser()
            reviewer_session(driver, base, artefacts)
            pledge = confirm_with_keyboard(driver, base, artefacts)
            change_holder_with_picker(driver, base, pledge)
            reject_outcome_changes_status(driver, base, artefacts)
            status_page(driver, base, artefacts)
            hostile_article_is_inert(driver, base, artefacts)
        except WebDriverException as error:
            check("the browser session ran to its end", False, str(error).splitlines()[0])
        finally:
            if driver is not None:
                driver.quit()
            server.terminate()
            try:
                server.wait(timeout=10)
            except subprocess.TimeoutExpired:
                server.kill()
    passed = sum(1 for _, ok in results if ok)
    failed = len(results) - passed
    print(f"screenshots in {artefacts}")
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
