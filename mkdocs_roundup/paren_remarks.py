"""What parentheses hold when they name no organization or no one: after a speaker's name,
her handle (``(sybreon)``), that she works for none (``(Freelancer)``), a remark on the talk
(``(Part Two)``, ``(Slides Only)``); after a title, one word of its kind or language
(``(Lightning)``, ``(German)``) rather than its speakers' first names (``(Ann, Bo)``)."""

from __future__ import annotations

import re

from .fields import People
from .labels import GIVEN, LANGUAGES
from .names import DEGREES, ends_legal_form, is_role
from .patterns import lazy
from .talk_kinds import KIND_WORDS

_HANDLE_ONLY = lazy(r"@[\w.-]+|[a-z0-9_.-]+")
"""A handle, as written in parentheses after a name (``(sybreon)``, ``(@ann)``)."""
_TALK_REMARK = lazy(
    r"(?:part|teil|parte|partie)\s+\w+|(?:slides|video|recording)\s+only|hands[\s-]on|"
    r"live(?:\s+(?:coding|demo))?|q\s*&\s*a|demo",
    re.I,
)
"""A remark on the talk in parentheses after its speaker (``(Part Two)``, ``(Slides Only)``,
``(Hands On)``): no organization."""


_REMARK_FIRST = lazy(r"^\s*\([^()\x00]{1,40}\)\s*(?=\S)")


def without_remark_first(text: str) -> str:
    """Words without the remark in parentheses they open with, before what it remarks on
    (``(to be confirmed) Ann Lee``, ``(Harbor JUG) Ann Lee``: who is to come, who hosted the
    talk; no part of her name)."""
    return _REMARK_FIRST.sub("", text, count=1)


def talk_remark(text: str) -> bool:
    """Whether words in parentheses after a speaker remark on the talk (``Part Two``)."""
    return bool(_TALK_REMARK.fullmatch(text.strip()))


_SELF_EMPLOYED = lazy(
    r"freelancer?|freelancing|self-employed|independent|freiberufler(?:in)?|selbstständig|"
    r"indépendante?|autónomo|autónoma|autonomo|autonoma|freelance consultant",
    re.I,
)
"""Who works for no organization (``Ann Lee (Freelancer)``, ``(Freiberuflerin)``): no one's."""


def names_no_org(text: str) -> bool:
    """Whether words in parentheses after a speaker name no organization: a handle
    (``(sybreon)``), her pronouns (``(she/her)``, ``(ela/dela)``), no employer
    (``(Freelancer)``), a remark on the talk (``(Part Two)``) or in lower case (``(remote
    from Penang)``; ``(acme labs AG)`` is a company's name), or an address written out
    (``(https://annlee.example)``: her site, maybe, no one's name)."""
    if text[:1].islower() and (" " in text or "://" in text) and not ends_legal_form(text):
        return True
    return bool(
        _HANDLE_ONLY.fullmatch(text)
        or _pronouns(text)
        or _SELF_EMPLOYED.fullmatch(text)
        or talk_remark(text)
    )


_PRONOUNS = frozenset(
    {
        *("she", "her", "hers", "he", "him", "his", "they", "them", "their", "theirs"),
        *("ze", "zir", "xe", "xem", "it", "its"),
        *("ela", "dela", "ele", "dele", "elu", "delu", "ella", "él", "elle"),
        *("il", "lui", "iel", "er", "ihm", "ihn", "sie", "ihr", "dey"),
    }
)
"""Pronouns, written joined by slashes after a name (``she/her``, ``ela/dela``): no
organization."""


def _pronouns(text: str) -> bool:
    """Whether words in parentheses are pronouns joined by slashes (``she/her``)."""
    words = text.casefold().split("/")
    return len(words) > 1 and all(w.strip() in _PRONOUNS for w in words)


NO_ONE_WORD = frozenset(
    {*LANGUAGES, *GIVEN, *KIND_WORDS, "video", "slides", "tbd", "tba", "cancelled", "canceled",
     "interview", "podcast", "webinar", "livestream", "stream"}
)  # fmt: skip
"""One word in a title's parentheses that says what kind of talk it is, in which language
or how it is given, or what else it is: no one's name (``(Lightning)``, ``(German)``,
``(remote)``, ``(Interview)``)."""


def one_word_speakers(named: People) -> bool:
    """Whether the one-word names in a title's parentheses may be its speakers, for the page
    to choose (``[Title](…) (Ann, Bo)``): names, none of them an acronym (``(CAPI)``), a
    kind, a language or a remark."""
    speakers, orgs = named
    return (
        bool(speakers)
        and not orgs
        and not any(p.name.isupper() or p.name.casefold() in NO_ONE_WORD for p in speakers)
    )


_AFFILIATION_REMARK = lazy(
    r"[^\w\s.&'’-]|\d|\b(?:ex|former|formerly|remote|online|virtual|tb[acd]|postponed|jr|sr|"
    r"ehemals|früher|ancien|ancienne|invitée?|à\s+distance|talks?|she|he|they)\b",
    re.I,
)
"""What parentheses after a name hold that is no organization: a remark (``TBC``,
``remote``, ``ex-Acme``, ``ehemals IBM``, ``à distance``), pronouns (``she/her``), a number
(``Episode 4``), a list (``Acme, Oslo``)."""


def is_affiliation(words: str) -> bool:
    """Whether words in parentheses after a person's name say where she works (``MIT``,
    ``Lumen Institute``): opening with a capital, and no remark (:data:`_AFFILIATION_REMARK`),
    degree (``PhD``), role (``Moderator``), kind of talk (``Keynote``) or language
    (``English``), nor what :func:`names_no_org` says is none."""
    words = words.strip()
    folded = words.casefold()
    return (
        words[:1].isupper()
        and not _AFFILIATION_REMARK.search(words)
        and folded.strip(".") not in DEGREES
        and not is_role(words)
        and not names_no_org(words)
        and folded not in LANGUAGES
        and not set(folded.split()) & KIND_WORDS
    )
