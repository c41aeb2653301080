"""A Japanese or Korean honorific after a speaker's name at the end of a talk's line
(``Title - Ann Lee さん``, ``Title : 김민수님 (Acme)``, ``Title (김민수님)``): who gives it."""

from __future__ import annotations

import re

from .patterns import lazy

_HONORIFICS = ("さん", "氏", "님")
_HONORED = lazy(
    r"(?P<title>\S.*)(?:[:：]|\s[-–—]\s|(?<=」))\s*(?P<who>[^:：\x00\-–—の皆「」]{1,40}?)\s?(?:さん|氏|님)"
    r"(?:\s*[(（](?P<org>[^()（）\x00]{1,40})[)）])?\s*"
)
"""A talk's line that ends with its speaker and a Japanese or Korean honorific after its
last separator or its title's corner brackets (``Title - Ann Lee さん``, ``Title: @ann さん``,
``Title : 김민수님 (Acme)``, where she works after it, ``「Title」又吉さん(30分)``): the title, then who gives it; not ``幹事の山田さん`` (Yamada, the
organizer) or ``皆さん`` (everyone)."""
_HONORED_CLOSE = tuple(f"{h}{close}" for h in _HONORIFICS for close in ")）")
_HONORED_IN_PARENTHESES = lazy(
    r"(?P<title>\S.*?)\s*[(（](?P<who>[^()（）:：\x00]{1,40}?)\s?(?:さん|氏|님)[)）]\s*"
)
"""A talk's line that ends with its speaker and a Japanese or Korean honorific in
parentheses (``Title (김민수님)``, ``Title（田中さん）``): the title, then who gives it."""
_HONORED_NAME = lazy(
    r"[가-힣]{2,4}|(?![おご])[一-龯々ぁ-んァ-ヶー]{1,6}(?:\s[一-龯々ぁ-んァ-ヶー]{1,6})?"
    r"|[A-Z][\w.'’-]+(?:\s[A-Z][\w.'’-]+){0,3}"
)
"""A person's name an honorific follows: in Hangul (two to four syllables), in Japanese
(not ``お母``, ``お客``: a mother, a customer), or in Latin letters, one person."""
_NOT_PERSON_HONORED = frozenset({"부모", "선생", "고객", "손님", "회원", "여러분", "가족", "친구",
                                 "사장", "팀장", "부장", "과장", "이모", "삼촌", "형", "누나",
                                 "언니", "오빠", "어머", "아버", "할머", "할아버", "교수"})  # fmt: skip
"""Words an honorific follows that name no one (``선생님``, a teacher; ``부모님``, parents)."""


def _name_shaped(who: str) -> bool:
    """Whether the words before an honorific in parentheses are one person's name."""
    who = who.strip()
    return bool(_HONORED_NAME.fullmatch(who)) and who not in _NOT_PERSON_HONORED


def honored_name(label: str) -> str | None:
    """The name a link's text gives before a Japanese or Korean honorific, when that is all
    it says (``[김민수님](…)``, ``[田中さん](…)``); ``None`` for any other text."""
    text = label.strip()
    for honorific in _HONORIFICS:
        if text.endswith(honorific) and _name_shaped(name := text[: -len(honorific)]):
            return name.strip()
    return None


NOT_TALK_PART = lazy(
    r"スポンサー|協賛|スタッフ|運営|担当|委員|司会|受付|懇親会|感謝|謝辞|おわりに|はじめに|"
    r"まとめ|翻訳|写真|デザイン|インタビュー|^Q\d"
)
"""Words of a report's part that thanks or lists who did what (staff, sponsors, credits),
no talk: ``### 実行委員長: 山田 花子さん``."""
NO_ORG_AFTER_NAME = lazy(
    r"\d+\s*(?:분|시간|分|min)|온라인|오프라인|준비|예정|オンライン|online|remote|virtual", re.I
)
"""What parentheses after a name and its honorific hold that is no organization: a length
(``30분``), how the talk is given (``온라인``), what is yet to come (``발표자료 준비중``)."""


TALK_LENGTH = lazy(r"\d+(?:\s*[-–~〜]\s*\d+)?\s*(?:分|min|분|時間|시간)")
"""How long a talk lasts (``30分``, ``30-40分``)."""
LENGTH_IN_PARENTHESES = rf"\s*[(（]\s*(?:{TALK_LENGTH.pattern})\s*[)）]\s*"
"""How long a talk lasts, in parentheses (``(30分)``, ``(30-40分)``), a regular expression's."""
_LENGTH_AFTER = lazy(rf"{LENGTH_IN_PARENTHESES}$")
"""How long a talk lasts, in parentheses after its speaker (``又吉さん(30分)``)."""


def honored_end(text: str, *, page_talks: bool) -> re.Match[str] | None:
    """A line that ends with a name and its honorific, after a separator (``Title - Ann
    Lee さん``, ``Title : 김민수님 (Acme)``) or in parentheses on a page of talks
    (``page_talks``; ``Title (김민수님)``, one person's name): its ``title``, ``who`` and
    ``org`` (the organization after the name, if any)."""
    ends = text.rstrip()
    in_parentheses = ends.endswith(_HONORED_CLOSE)
    ends = ends.rpartition("(")[0].rstrip() if ends.endswith(")") and "님" in ends else ends
    ends = _LENGTH_AFTER.sub("", ends)  # "…又吉さん(30分)": how long she spoke
    honored = _HONORED.fullmatch(text) if ends.endswith(_HONORIFICS) else None
    if honored is None and in_parentheses and page_talks:
        found = _HONORED_IN_PARENTHESES.fullmatch(text)
        honored = found if found and _name_shaped(found["who"]) else None
    return honored
