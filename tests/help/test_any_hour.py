"""Help at any hour: the "Need help now?" box and the help page always show a line that is open, in Japan
time, and a closed line's card names the lines open instead (help/models.py, help/templatetags/help_tags.py).
Checked at 03:00 on a Sunday, at 17:20 on a weekday, in the evening and over the New Year holidays."""

import re

import pytest
from bs4 import BeautifulSoup
from freezegun import freeze_time

from core.links import tel_href

pytestmark = pytest.mark.django_db

SUNDAY_NIGHT = "2026-11-29 03:00:00+09:00"
WEEKDAY_AFTER_OFFICE = "2026-11-25 17:20:00+09:00"  # a Wednesday
WEEKDAY_EVENING = "2026-11-25 20:50:00+09:00"
NEW_YEAR = "2026-12-29 10:00:00+09:00"  # a Tuesday, not a public holiday: closed only for the New Year
MOMENTS = [SUNDAY_NIGHT, WEEKDAY_AFTER_OFFICE, WEEKDAY_EVENING, NEW_YEAR, "2027-01-01 00:30:00+09:00"]


def soup(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return BeautifulSoup(response.content.decode(), "html.parser")


def box(page):
    aside = page.select_one("aside.urgent-help")
    assert aside is not None
    return [" ".join(item.get_text(" ", strip=True).split()) for item in aside.select(".urgent-help__item")]


def card(page, name):
    for item in page.select("li.helpline"):
        if item.select_one(".helpline__name").get_text(strip=True) == name:
            return item
    raise AssertionError(f"no card for {name}")


@pytest.mark.parametrize("moment", MOMENTS)
@pytest.mark.parametrize("url", ["/ja/", "/en/", "/ja/help/", "/en/help/"])
def test_the_box_shows_a_line_open_at_any_hour(client, demo_content, moment, url):
    with freeze_time(moment):
        items = box(soup(client, url))
    assert items, "the box is never empty"
    assert all(re.search(r"24時間|24 hours|まで|until", item) for item in items), items  # each one open now


def test_at_three_on_a_sunday_morning(client, demo_content):
    with freeze_time(SUNDAY_NIGHT):
        items = " ".join(box(soup(client, "/ja/")))
        page = soup(client, "/en/help/")
    for line in ("110", "189", "0120-0-78310", "#8103"):
        assert line in items
    assert "0120-007-110" not in items and "0120-99-7777" not in items  # closed at night
    dial = card(page, "Children's Rights Dial 110")
    assert "Closed now. Opens Monday 30 November at 8:30" in dial.get_text(" ", strip=True)
    instead = dial.select_one(".helpline__instead")
    assert instead is not None and "24-hour Children's SOS Dial" in instead.get_text()


def test_after_office_hours_on_a_weekday(client, demo_content):
    with freeze_time(WEEKDAY_AFTER_OFFICE):
        items = box(soup(client, "/en/"))
        page = soup(client, "/ja/help/")
    assert any("Childline Japan" in item and "until 21:00" in item for item in items)
    assert not any("Children's Rights Dial 110" in item for item in items)
    dial = card(page, "子どもの人権110番")
    text = dial.get_text(" ", strip=True)
    assert "受付時間外" in text
    alternatives = [a.get_text(strip=True) for a in dial.select(".helpline__instead a[href^='#helpline-']")]
    assert alternatives and "24時間子供SOSダイヤル" in alternatives
    assert len(alternatives) <= 3
    # each alternative is a card on the same page
    for link in dial.select(".helpline__instead a[href^='#helpline-']"):
        assert page.select_one(link["href"]) is not None


def test_a_line_for_adults_offers_lines_for_the_same_people(client, demo_content):
    with freeze_time(SUNDAY_NIGHT):
        page = soup(client, "/en/help/")
    consult = card(page, "Police consultation line #9110")
    names = [a.get_text(strip=True) for a in consult.select(".helpline__instead a[href^='#helpline-']")]
    assert names and names[-1] != "Police (110)" or len(names) == 1  # emergency lines come last


def test_over_the_new_year_holidays(client, demo_content):
    with freeze_time(NEW_YEAR):
        page = soup(client, "/en/help/")
        items = box(soup(client, "/en/"))
    text = card(page, "Children's Rights Dial 110").get_text(" ", strip=True)
    assert "Closed now. Opens Monday 4 January at 8:30" in text
    assert "Closed from 29 December to 3 January" in text
    assert not any("Childline" in item for item in items)


def test_the_home_page_expires_when_a_line_in_the_box_closes(client, demo_content):
    with freeze_time(WEEKDAY_EVENING):
        response = client.get("/en/")
    assert "max-age=600" in response["Cache-Control"]  # Childline closes at 21:00


def test_short_codes_can_be_tapped():
    assert tel_href("#8103") == "tel:%238103"
    assert tel_href("＃9110") == "tel:%239110"
    assert tel_href("0120-0-78310") == "tel:0120078310"
    assert tel_href("+81 3-1234-5678") == "tel:+81312345678"


def test_the_short_code_is_linked_on_the_help_page(client, demo_content):
    page = soup(client, "/ja/help/")
    assert page.select_one('a[href="tel:%238103"]') is not None
    assert page.select_one('a[href="tel:%238891"]') is not None
    assert page.select_one('a[href="tel:0120889177"]') is not None  # #8891's fallback from NTT fibre lines


def test_a_chat_service_has_its_chat_link(client, demo_content):
    page = soup(client, "/en/help/")
    cure = card(page, "Cure Time")
    assert cure.select_one('a[href="https://curetime.jp/"][rel="noreferrer"]') is not None
