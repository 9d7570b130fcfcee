"""The law as it stands, each statement with its source and as-of date (core.blocks.SourcedStatementBlock);
the teachers' page cites the 2022 生徒指導提要."""

import pytest
from bs4 import BeautifulSoup

pytestmark = pytest.mark.django_db


def statements(client, url):
    response = client.get(url)
    assert response.status_code == 200
    soup = BeautifulSoup(response.content.decode(), "html.parser")
    return [
        (
            block.select_one(".sourced__text").get_text(" ", strip=True),
            block.select_one(".sourced__source").get_text(" ", strip=True),
            block.select_one(".sourced__source a"),
        )
        for block in soup.select(".sourced")
    ]


@pytest.mark.parametrize(
    ("url", "facts", "as_of"),
    [
        (
            "/ja/guidance/what-the-law-forbids/",
            ["2015年7月15日", "2023年7月13日", "16歳", "5歳以上", "第182条", "映像送信要求", "性的姿態撮影等処罰法"],
            "2026年12月2日時点",
        ),
        (
            "/en/guidance/what-the-law-forbids/",
            [
                "15 July 2015",
                "13 July 2023",
                "16",
                "five years older",
                "article 182",
                "sexual images",
                "secretly photographing",
            ],
            "as of 2 December 2026",
        ),
    ],
)
def test_the_law_page_states_the_2014_and_2023_changes_with_sources(client, demo_content, url, facts, as_of):
    found = statements(client, url)
    assert len(found) >= 5
    text = " ".join(statement for statement, _source, _link in found)
    for fact in facts:
        assert fact in text, fact
    for _statement, source, link in found:
        assert as_of in source
        assert link is not None and link["href"].startswith("https://www.moj.go.jp/") and link["rel"] == ["noreferrer"]
    assert any("令和5年法律第66号" in source or "Act No. 66 of 2023" in source for _s, source, _l in found)
    assert any("令和5年法律第67号" in source or "Act No. 67 of 2023" in source for _s, source, _l in found)


@pytest.mark.parametrize("language", ["ja", "en"])
def test_the_teachers_page_cites_the_2022_guidance(client, demo_content, language):
    found = statements(client, f"/{language}/guidance/early-detection-for-teachers/")
    assert any("2022" in statement and "mext.go.jp" in link["href"] for statement, _source, link in found)
