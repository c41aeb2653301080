"""The translation tables: every shipped language is complete, plurals, dates, overrides."""

from __future__ import annotations

import logging
import re

import pytest

from mkdocs_roundup import language
from mkdocs_roundup.language import PLURAL_RULES, TranslationError, load

SHIPPED = ["ar", "de", "en", "es", "fr", "it", "ja", "ko", "nl", "pl", "pt", "ru", "zh", "zh-hant"]


def test_the_shipped_languages() -> None:
    assert language.available() == SHIPPED


@pytest.mark.parametrize("code", SHIPPED)
def test_every_table_is_complete_and_writes_its_own_words(code: str) -> None:
    """Each file has every key of en.yml, uses only the placeholders English uses, and gives
    every plural form its rule can pick (English fills none of them in)."""
    table = language._table(code)
    english = language._table("en")
    assert set(table["labels"]) == set(english["labels"])
    assert set(table["counts"]) == set(english["counts"])
    assert len(table["dates"]["months"]) == 12
    rule = PLURAL_RULES[table["plural"]]
    forms = {rule(n) for n in range(200)}
    for key, values in table["counts"].items():
        assert forms <= set(values), (key, forms)
    for key, text in table["labels"].items():
        assert set(re.findall(r"\{\w+\}", text)) == set(
            re.findall(r"\{\w+\}", english["labels"][key])
        ), key
    words = load(code)
    if code != "en":
        differ = [k for k in english["labels"] if words[k] != english["labels"][k]]
        assert len(differ) >= len(english["labels"]) // 2, code


@pytest.mark.parametrize(
    ("code", "counts"),
    [
        ("en", ["0 talks", "1 talk", "2 talks", "21 talks"]),
        ("fr", ["0 présentation", "1 présentation", "2 présentations", "21 présentations"]),
        ("ru", ["0 докладов", "1 доклад", "2 доклада", "21 доклад"]),
        ("pl", ["0 prelekcji", "1 prelekcja", "2 prelekcje", "21 prelekcji"]),
        ("ja", ["講演 0 件", "講演 1 件", "講演 2 件", "講演 21 件"]),
        ("ar", ["لا محاضرات", "محاضرة واحدة", "محاضرتان", "21 محاضرة"]),
    ],
)
def test_counts_follow_the_plural_rule(code: str, counts: list[str]) -> None:
    words = load(code)
    assert [words.count("talk_count", n) for n in (0, 1, 2, 21)] == counts


@pytest.mark.parametrize(
    ("code", "day", "month"),
    [
        ("en", "December 7, 2023", "February 2024"),
        ("de", "7. Dezember 2023", "Februar 2024"),
        ("fr", "7 décembre 2023", "février 2024"),
        ("es", "7 de diciembre de 2023", "febrero de 2024"),
        ("pl", "7 grudnia 2023", "luty 2024"),
        ("ru", "7 декабря 2023 г.", "февраль 2024 г."),
        ("ja", "2023年12月7日", "2024年2月"),
        ("ko", "2023년 12월 7일", "2024년 2월"),
    ],
)
def test_dates_in_words(code: str, day: str, month: str) -> None:
    words = load(code)
    assert words.date("2023-12-07") == day
    assert words.date("2024-02") == month
    assert words.date("sometime in 2023") == "sometime in 2023"
    assert words.date("2023-13-01") == "2023-13-01"


def test_a_regional_code_uses_its_language_and_an_unknown_one_english(
    caplog: pytest.LogCaptureFixture,
) -> None:
    assert load("pt_BR")["speakers"] == "Palestrantes"
    assert load("zh")["slides"] == "幻灯片"
    assert load("zh-Hant")["slides"] == load("zh-TW")["slides"] == "投影片"
    assert load("de-AT").code == "de-AT"
    assert load("de-AT")["speakers"] == "Vortragende"
    with caplog.at_level(logging.INFO):
        assert load("sv")["speakers"] == "Speakers"
    assert "no translation for language 'sv'" in caplog.text
    assert load("ar").rtl and not load("he-IL").rtl


def test_labels_override_any_string() -> None:
    words = load(
        "de",
        {"slides": "Präsentation", "talk_count": {"one": "{n} Sitzung", "other": "{n} Sitzungen"}},
    )
    assert words["slides"] == "Präsentation"
    assert words["video"] == "Video"
    assert [words.count("talk_count", n) for n in (1, 4)] == ["1 Sitzung", "4 Sitzungen"]
    assert load("en", {"speaker_count": "{n} people"}).count("speaker_count", 1) == "1 people"
    with pytest.raises(TranslationError, match="unknown label 'slide'"):
        load("en", {"slide": "Deck"})
