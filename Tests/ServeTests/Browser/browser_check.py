"""Drives a real browser (Debian's chromium through chromium-driver and Selenium) against a
running `ita serve`: uploads a plan and a results file, reads the verdict and the findings
from the page, downloads the results workbook and opens it with openpyxl. Saves screenshots
before and after. Prints one JSON object on standard output for the Swift test to check.

    python3 browser_check.py URL PLAN RESULTS OUTDIR
"""
import json
import os
import sys
import tempfile
import time

import openpyxl
from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as ready
from selenium.webdriver.support.ui import WebDriverWait


def browser(download_dir, profile):
    options = Options()
    options.binary_location = "/usr/bin/chromium"
    for flag in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                 "--window-size=1280,900", f"--user-data-dir={profile}", "--lang=th"):
        options.add_argument(flag)
    options.add_experimental_option("prefs", {
        "download.default_directory": download_dir,
        "download.prompt_for_download": False,
        "safebrowsing.enabled": False,
    })
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    driver.execute_cdp_cmd("Browser.setDownloadBehavior", {"behavior": "allow", "downloadPath": download_dir})
    return driver


def full_page_screenshot(driver, path, width):
    driver.set_window_size(width, 900)
    height = driver.execute_script("return document.documentElement.scrollHeight")
    driver.set_window_size(width, min(max(height + 120, 600), 12000))
    driver.save_screenshot(path)


def wait_for_download(folder, timeout=30):
    deadline = time.time() + timeout
    while time.time() < deadline:
        done = [f for f in os.listdir(folder) if not f.endswith(".crdownload")]
        if done:
            return os.path.join(folder, done[0])
        time.sleep(0.2)
    raise SystemExit("the workbook was not downloaded within %d s" % timeout)


def main():
    url, plan, results, out = sys.argv[1:5]
    os.makedirs(out, exist_ok=True)
    downloads = tempfile.mkdtemp(prefix="ita-serve-downloads-")
    profile = tempfile.mkdtemp(prefix="ita-serve-chromium-")
    driver = browser(downloads, profile)
    report = {}
    try:
        driver.get(url)
        report["title"] = driver.title
        report["console"] = []
        full_page_screenshot(driver, os.path.join(out, "serve-before.png"), 1280)
        driver.set_window_size(1280, 900)
        driver.find_element(By.ID, "files").send_keys(plan + "\n" + results)
        report["chosen"] = driver.find_element(By.ID, "chosen").text
        driver.find_element(By.ID, "submit").click()
        WebDriverWait(driver, 60).until(ready.presence_of_element_located((By.ID, "verdict")))
        verdict = driver.find_element(By.ID, "verdict")
        report["url"] = driver.current_url
        report["verdict"] = verdict.get_attribute("data-verdict")
        report["headline"] = verdict.find_element(By.TAG_NAME, "h1").text
        report["findings"] = [{
            "code": item.get_attribute("data-code"),
            "severity": item.get_attribute("class").replace("finding", "").strip(),
            "cell": item.find_element(By.CLASS_NAME, "cell").text,
            "message": item.find_element(By.CLASS_NAME, "message").text,
            "fix": item.find_element(By.CLASS_NAME, "fix").text,
        } for item in driver.find_elements(By.CSS_SELECTOR, "li.finding")]
        report["measureRows"] = len(driver.find_elements(By.CSS_SELECTOR, "table.measures tbody tr"))
        report["pairs"] = [[cell.text.split(" ")[0] for cell in row.find_elements(By.TAG_NAME, "td")[:2]]
                           for row in driver.find_elements(By.CSS_SELECTOR, "table.pairs tbody tr")]
        report["pdfButton"] = [b.text for b in driver.find_elements(By.ID, "download-pdf")]
        full_page_screenshot(driver, os.path.join(out, "serve-after.png"), 1280)
        full_page_screenshot(driver, os.path.join(out, "serve-after-phone.png"), 390)
        driver.set_window_size(1280, 900)
        button = driver.find_element(By.ID, "download-results")
        driver.execute_script("arguments[0].scrollIntoView()", button)
        button.click()
        path = wait_for_download(downloads)
        workbook = openpyxl.load_workbook(path)
        first = workbook.worksheets[0]
        report["workbook"] = {
            "file": os.path.basename(path),
            "sheets": workbook.sheetnames,
            "cells": [str(c.value) for row in first.iter_rows(max_row=6) for c in row if c.value is not None],
        }
        report["logs"] = [entry.get("message", "") for entry in driver.get_log("browser")]
    finally:
        driver.quit()
    print(json.dumps(report, ensure_ascii=False))


if __name__ == "__main__":
    main()
