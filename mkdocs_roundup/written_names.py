"""Names as a label or a column writes them where no rule reads them as names: in a script
without capitals (``村上 涼、nikkie``), after a dash that gives where she works (``王忠勤 -
海光信息``), with an honorific (``김민수님``, ``… さん``) and a handle linked after it.
"""

from __future__ import annotations

import re

from .fields import People
from .inline import Link
from .labels import NONE_YET, SPACED_DASH
from .model import Party
from .names import clean_text, is_role
from .patterns import lazy
from .profiles import is_profile_url

_HONORIFIC = lazy(r"(?<=[\w\x00])\s?(?:님|さん)(?=$|[\s,、/&)])")
"""The honorific after a name (``김민수님``, ``[Ann Lee](…)さん``): no part of it."""


def without_honorific(text: str) -> str:
    """Names without the honorific after them (``김민수님`` is 김민수)."""
    return _HONORIFIC.sub("", text) if "님" in text or "さん" in text else text


NAME_SEPARATORS = lazy(
    r"\s*(?:[,，、/;&]|\band\b|\bund\b|\bet\b|\by\b|\be\b|(?<=[^\s、,，]{2})和(?=[^\s、,，]{2})|(?<=[^\s、,，()（）]{2}\s)和(?=\s[^\s、,，()（）]{2})|\bи\b)\s*"
)
"""What stands between names in a list of them (``Ann Lee, Bo Lind``, ``村上 涼、nikkie``)."""
_NO_NAME = lazy(
    r"[:：!！?？。\[\]{}<>]|https?:|(?:^|\s)\d+(?:[.,]\d+)?(?:\s|$)|^\d+\s*(?:人|名|位)$|的|以及"
)
"""What no name holds: a sentence's marks, brackets, an address, a number as a word of its
own (``10 ponentes diferentes``: a count; a handle, ``Pep299``, holds digits), a count of
people (``7人``, ``3名``), the words of a Chinese sentence (``的``, ``以及``)."""


def _cased(text: str) -> bool:
    """Whether every letter of ``text`` is of a script with capitals (``jiro``, not
    ``佐藤 jiro``)."""
    return all(c.lower() != c.upper() for c in text if c.isalpha())


def written_people(
    visible: str, orgs: tuple[Party, ...]
) -> tuple[tuple[Party, ...], tuple[Party, ...]]:
    """The speakers a label or a column names where no rule read anyone (:func:`names_as_written`),
    and the organizations read there but those that are these same words (``Speaker: Harbor
    Working Group``: who speaks, not where she works)."""
    speakers = names_as_written(visible)
    named = {p.name for p in speakers}
    return speakers, tuple(o for o in orgs if o.name not in named)


_ET_AL = lazy(r"(?<=[\u4e00-\u9fff])\s*等$")
"""``等`` after a name in Chinese characters: "and others" (``王邈等``), no part of the name."""


def names_as_written(visible: str) -> tuple[Party, ...]:
    """The names where a label or a column says who speaks but no rule reads them as names
    (a name in a script without capitals, a handle: ``村上 涼、nikkie``, ``Pep299``): each,
    as written, when it is short; none when a part is nobody yet (``TBD``), a sentence, or
    three words or more in lower case in a script that has capitals (``all our wonderful
    speakers``; ``bell hooks`` is a name)."""
    names = [
        _ET_AL.sub("", clean_text(n)) for n in NAME_SEPARATORS.split(without_honorific(visible))
    ]
    if any(
        not n
        or len(n) > 40
        or len(n.split()) > 4
        or _NO_NAME.search(n)
        or NONE_YET.fullmatch(n)
        or (len(n.split()) > 2 and n.lower() == n and _cased(n))  # "all our speakers": words
        for n in names
    ):
        return ()
    return tuple(Party(n) for n in names)


def name_then_where(visible: str) -> tuple[tuple[Party, ...], tuple[Party, ...]] | None:
    """``王忠勤 - 海光信息``, ``李孟轩 - 密瓜智能 & HAMi Maintainer``, ``尾崎 克久（芝浦工業大学
    教授）``: a name in a script without capitals, a dash or parentheses, then where she
    works and what she does there: the name as written, and the organizations (her role is
    none); ``None`` for any other line."""
    if "（" in visible or "(" in visible:
        return _names_then_parentheses(visible)
    parts = SPACED_DASH.split(visible.strip(), maxsplit=1)
    if len(parts) != 2 or any(c.isupper() or c.islower() for c in parts[0]):
        return None  # a name in a script with capitals is read by the other rules
    named = names_as_written(parts[0])
    where = [w for w in map(clean_text, NAME_SEPARATORS.split(parts[1])) if w]
    if (
        len(named) != 1
        or not where
        or any(_NO_NAME.search(w) or SPACED_DASH.search(w) for w in where)
    ):
        return None  # "张伟 - 海港科技 & 李明 - 云帆数据": two people, each with hers
    where = [_ROLE_AFTER.sub("", w) or w for w in where]  # "芝浦工業大学 教授", "東北大学D1"
    return named, tuple(Party(w) for w in where if not is_role(w) and not NONE_YET.fullmatch(w))


def _names_then_parentheses(visible: str) -> tuple[tuple[Party, ...], tuple[Party, ...]] | None:
    """``森 花子（港湾工業大学 教授）、山田 太郎（@taro）``: each name in a script without
    capitals, then in parentheses where she works (her role after it dropped), or what is
    no organization (her handle, her name's reading, a note: dropped)."""
    speakers: list[Party] = []
    orgs: list[Party] = []
    for found in _NAME_PAREN_WHERE.finditer(visible):
        name = found["name"].strip(" 、,，")
        if any(c.isupper() or c.islower() for c in name) or not names_as_written(name):
            return None
        speakers.append(Party(name))
        for part in map(clean_text, NAME_SEPARATORS.split(found["where"])):
            where = _ROLE_AFTER.sub("", part) or part
            if where and not NOT_ORG.search(where):
                orgs.append(Party(where))  # not "@hanako", "もり はなこ", "元 …" (formerly)
    rest = _NAME_PAREN_WHERE.sub("", visible).strip(" 、,，")
    return (tuple(speakers), tuple(orgs)) if speakers and not rest else None


_NAME_PAREN_WHERE = lazy(
    r"\s*(?P<name>[^()（）、,，]{2,20}?)\s*[(（](?P<where>[^()（）]+)[)）][\s、,，]*"
)
"""A name, then where she works in parentheses, full-width or not."""
NOT_ORG = lazy(
    r"^@|^[\u3040-\u309f\s]+$|^[元前]\s|\d+\s*(?:月|日|分|min)|予定|参加|オンライン|旧姓|非常勤|"
    r"司会|花名|座長|登壇|講演|ゲスト|モデレーター|リモート|個人|フリーランス|远程|线上|在线|待定|特邀|"
    r"^(?:aka|a\.k\.a\.)\b|"
    r"^(?:she|he|they|her|him|them|hers|his|theirs)\b|^\w+_\w+$",
    re.I,
)
"""What parentheses after a name hold that is no organization: her handle, her name's reading
(in hiragana), a former place (``元 …``), a date or a length, a note (``予定``,
``オンライン参加``), a role (``司会``)."""
_ROLE_AFTER = lazy(
    r"\s*(?:特定|専任|特任|客員|名誉)?(?:准教授|教授|講師|助教|研究員|代表取締役|代表|社長|"
    r"主任|部長|学生|院生|アルバイト|JRA|[BMD]\d)$"
)
"""What she does, after where she works, as Japanese affiliations write it (``教授``, a
professor; ``D1``, a first-year doctoral student): no part of the organization's name."""


_HONORIFICS = "さん|様|氏|님"
"""The honorifics after a name, as a regular expression's alternatives."""
_HONORED_HANDLE = lazy(
    rf"\s*(?P<name>[^\x00()（）]+?)\s*(?P<before>{_HONORIFICS})?\s*[(（]\s*\x00(?P<n>\d+)\x00\s*"
    rf"[)）]\s*(?P<after>{_HONORIFICS})?\s*(?P<org>[^\x00()（）]*?)\s*"
)


def honored_with_handle(text: str, links: list[Link]) -> People | None:
    """``Yusuke Hatanaka さん( [@Hatajoe](…) )``, ``貞松 政史 ( [@sady](…) ) さん``, ``吉田 貴文 (
    [@zeph](…) ) 岡山Javaユーザ会``: a name, its honorific before or after, or a name in a
    script without capitals, then her handle linked in parentheses (a handle, ``@…``, or a
    profile), then maybe where she belongs: the name, with the handle's link (``links``: the
    line's, by slot), and the organization; ``None`` for any other line."""
    found = _HONORED_HANDLE.fullmatch(text)
    name = clean_text(found["name"]) if found else ""
    if not found or not name or len(name) > 40 or _NO_NAME.search(name):
        return None
    honored = found["before"] or found["after"]
    if not honored and _cased(name):
        return None  # "Ann Lee ([@ann](…)) Acme": the people rules read her
    link = links[int(found["n"])]
    if NAME_SEPARATORS.search(name) or not (link.text.startswith("@") or is_profile_url(link.href)):
        return None  # "中村さん、小林 健 さん(…)", "(株式会社ミナトラボ)": no one's handle
    if _NOT_A_PERSON.search(name):
        return None  # "株式会社ミナトラボ ( [@minato](…) )", "未定": no one's name
    return (Party(name, link.href),), _belongs(found["org"])


def _belongs(written: str) -> tuple[Party, ...]:
    """Where the words after a speaker's handle say she belongs (``岡山Javaユーザ会``, ``/
    Okayama.rb``); none where they say more or else: another speaker (``、小林 健 さん``,
    ``& Bo``, ``ほか2名``), her role (``代表取締役``, ``CTO``), a sentence, a length."""
    if written.strip()[:1] in ("、", ",", "，", "&") or _HONORED.search(written):
        return ()  # "、小林 健 さん": another speaker
    org = clean_text(written).lstrip(" -/@:：|").rstrip("。.")
    if not org or NAME_SEPARATORS.search(org) or _NO_NAME.search(org) or is_role(org):
        return ()
    words = org.split()
    if _NOT_BELONGING.search(org) or (len(words) > 1 and is_role(words[-1])):
        return ()  # "株式会社ペイメント CTO": where, then her role
    return (Party(org),)


_HONORED = lazy(_HONORIFICS)
"""An honorific: a person's name beside it."""
_NOT_A_PERSON = lazy(
    r"株式会社|合同会社|有限会社|未定|運営|スタッフ|\bTB[AD]\b|\bInc\b|\bLtd\b", re.I
)
"""What a company's, a host's or no one's name holds, never a speaker's."""
_NOT_BELONGING = lazy(
    r"^(?:from|and|with|ほか|他)\b|ほか\d|\d+\s*(?:分|min)|です|ます|した|"
    r"エンジニア|代表|取締役|学生|社長|部長|教授",
    re.I,
)
"""Words after a speaker's handle that say more than where she belongs: a connector, a
count, a sentence, her role or status."""
