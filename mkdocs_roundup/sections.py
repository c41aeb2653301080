"""Each talk's section: the innermost heading above it that is not a talk, named as the
author wrote it (without its media links), never a generic word ("Talks") nor the page's
title.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections import Counter
from collections.abc import Callable
from typing import TYPE_CHECKING

from .blocks import Block
from .body import Reader
from .extents import heading_end
from .inline import ONE_LINK, Inline
from .labels import AGENDA_BREAK, LEADING_DATE, RELEASE_NOTES, SESSION_WORDS, is_date
from .line_marks import without_bullet, without_marks
from .names import CJK_CHAR, EVENT_NAME, clean_text, looks_like_name
from .patterns import lazy
from .talk_kinds import KIND_WORDS
from .titles import ATTR_LIST

if TYPE_CHECKING:
    from .unit import Unit

_WHICH = "accepted|invited|contributed|selected|featured"
"""Words before talks that say which (``Invited talks``), as a regular expression's
alternatives."""
_GENERIC = lazy(
    rf"^(?:(?:(?:the|{_WHICH}|"
    r"recent|all|our|my|workshop|tutorial|conference|event|meetup|summit|day|program(?:me)?)\s+)?"
    r"(?:sessions?|talks?|presentations?|presenters?|speakers?|lectures?|seminars?|webinars?|agenda|"
    r"abstracts?|(?:talk|session)\s+abstracts|zusammenfassungen|résumés|resúmenes|resumos|"
    r"program(?:me|m|a|ação)?|schedule|timetables?|vorträge|präsentationen|présentations|charlas|ponencias|"
    r"palestras|apresentações|links|liens|enlaces|resources|ressources|recursos|"
    r"susunan\s+acara|acara|jadwal|chương\s+trình|lịch\s+trình|konuşmalar|sunumlar|"
    r"доповіді|програма|виступи|講演|発表|登壇|セッション|トーク|아젠다|일정|프로그램|발표|세션|"
    r"contents|inhalt|contenido|conteúdo|内容)"
    r"(?:\s+(?:with|and|&)\s+(?:(?:confirmed|invited|our)\s+)*"
    r"(?:slides|recordings|videos|blog\s+posts|articles|speakers)|と(?:スライド|資料|動画))?|"
    r"learn\s+more|"
    r"(?:recent|all|our|my)\s+(?:meetups?|meetings)|"
    r"(?:session|talk)s?\s+(?:and|&)\s+(?:slides|recordings|videos)|"
    r"(?:\S{1,10}の)?(?:タイムテーブル|タイムライン|スケジュール|プログラム|時間割|日程))\s*:?$",
    re.I,
)
"""Section labels that wrap every talk of a page and say nothing: no section."""
_WHEN_WORDS = frozenset({
    "day", "days", "morning", "afternoon", "evening", "night", "track", "tracks", "room", "hall",
    "stage", "week", "weekend", "opening", "closing", "main", "plenary", "parallel", "invited",
    "contributed", "accepted", "selected", "featured", "upcoming", "short", "long", "recorded",
    "live", "online", "virtual", "other", "related", "more", "guest", "sponsor", "sponsored",
    "student", "students", "beginner", "advanced", "community", "partner", "industry",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
})  # fmt: skip
"""Words before ``Talks`` that say when, where or which talks (a grouping), no name."""
_MEETUPS = lazy(r"(?:(?:past|previous|recent|upcoming|all|our)\s+)?(?:meetups|meetings)\s*:?", re.I)
"""A heading over a meetup group's meetings, each with its talks."""
_MEDIA_WORDS = lazy(
    r"(?:my\s+|our\s+)?(?:slides|decks|videos|recordings|folien|"
    r"diapositives|vídeos|スライド|발표\s*자료|meetups?)\s*:?",
    re.I,
)
"""A section that names only media, or the kind of event the talks were given at: it says
something beside others (``# Videos`` after ``# Presentations``, ``## Meetup`` after ``##
Conference``), nothing over every talk of the page."""
_WRAPPER_NOUNS = frozenset({
    "talks", "talk", "sessions", "presentations", "speaking", "lectures", "seminars", "webinars",
    "vorträge", "präsentationen",
    "présentations", "conférences", "communications", "charlas", "ponencias", "palestras",
    "apresentações", "演讲", "讲座",
})  # fmt: skip
"""The nouns of a heading that wraps a page's talks (``## Talks``, ``# Vorträge``)."""
_WRAPPER_WORDS = frozenset({
    "the", "a", "of", "my", "our", "all", "recent", "list", "table", "orales",
    "index", "archive", "given", "held", "done", "and", "slides", "recordings", "videos", "de",
    "la", "las", "los", "mis", "meine", "liste", "der", "die", "des", "mes", "tabla", "lista",
    "realizadas", "dadas", "gehaltene", "données", "tabela", "minhas", "link", "links",
    "lien", "liens", "vers", "les", "to", "enlace", "enlaces", "zu", "den", "nos", "notre",
    "nuestras", "nuestros", "unsere", "meus", "nossas", "tech", "technical", "details",
})  # fmt: skip
"""Words that, around a word for talks only, still say nothing ("Table of talks given")."""


_PRINTED = r"press(?:\s+coverage)?|books|bücher|livres|libros|newsletters?|news"
"""What a heading, or a page's title, says was printed or written about, no talk."""
_WRITINGS = (
    r"publications|papers|bibliography|(?:further|required|suggested)\s+readings?|references|"
    r"literature|whitepapers|white\s+papers|theses|downloads|course\s+materials?"
)
"""What a heading, or a page's whole title, says is a list of writings or files, no talk
(``Further reading``, ``Publications``; ``Papers We Love`` is a meetup's name)."""
_QUALIFIED = (
    r"(?:(?:our|my|in\s+the|recent|selected|external|further|other|more|additional|related|"
    r"useful|required|suggested)\s+)?"
)
"""Words before what a chapter holds (``Further reading``, ``Our sponsors``): no other
chapter's."""
_NO_TALKS = lazy(
    rf"^{_QUALIFIED}(?:{_PRINTED}|{_WRITINGS}|media\s+coverage|"
    r"articles?|blog(?:\s+posts)?|posts|writing|writings|podcasts?(?:\s+episodes)?|episodes|"
    r"reading(?:\s+list)?|sponsors|partners|awards|honou?rs|prizes|"
    r"presse|artikel|sponsoren|veröffentlichungen|"
    r"partenaires|prensa|artículos|publicaciones|patrocinadores|imprensa|artigos|"
    r"auszeichnungen|preise|prix|distinctions|premios|prêmios|"
    r"livros|publicações|maintainers|contributors|contributing|organi[sz]ers|team|credits|"
    r"acknowledge?ments|licen[cs]e|about|resources|see\s+also|contacts?|kontakt|contacto|"
    r"contato|連絡先|お問い合わせ|謝辞|著者について|著者紹介|筆者について|執筆者|"
    r"关于作者|作者简介|關於作者)\s*:?$",
    re.I,
)
"""Headings over what is no talk (articles, podcasts, books, sponsors, a project's people,
its license, how to reach its author): what stands under them, however like a talk it is written, stays as
written."""


_NOT_TALKS_KINDS = (
    r"blogs?|blog\s+posts|articles|posts|podcasts?|arxiv|publications|books|sponsors|"
    r"partners|статьи|блоги?|подкасты|публикации|книги|artykuły|podcasty|publikacje|"
    r"articoli|makaleler|artikelen|記事|ブログ|ポッドキャスト|文章|博客|播客"
)
"""Kinds of list no talk is in, as the last words of a heading that may name whose they are
(``Kepler Blogs/Arxiv``, ``Подкасты``)."""
_NO_TALKS_ALONE = lazy(
    r"(?:organi[sz]ing\s+)?committee|организаторы|organizatorzy|organizzatori|実行委員会|"
    r"運営|スタッフ|组织者|主办方",
    re.I,
)
"""The people who run an event, as a heading's only words (``実行委員会``; a ``Program
Committee`` may give a talk, as a ``Compiler Team`` does)."""
_JOINED = r"\s*(?:[/&,+]|\band\b|\bund\b|\bet\b|\by\b|\bи\b)\s*"
"""What joins the names of kinds or labels in a heading or a list's line (``Blogs/Arxiv``,
``Speakers and Topics``), a regular expression's."""
_NO_TALKS_NAMED = lazy(
    rf"^(?P<whose>(?:[\w.-]+\s+){{0,2}})(?:{_NOT_TALKS_KINDS})"
    rf"(?:{_JOINED}(?:{_NOT_TALKS_KINDS}))*\s*:?$",
    re.I,
)


def names_no_talks(label: str) -> bool:
    """Whether a heading's words name what is no talk (``In the press``, ``Our sponsors``,
    ``Kepler Blogs/Arxiv``)."""
    if _NO_TALKS.match(label) or _NO_TALKS_ALONE.fullmatch(label.strip().rstrip(":：")):
        return True
    named = _NO_TALKS_NAMED.match(label)
    whose = named["whose"].split() if named else []
    return (
        named is not None
        and all(  # "Kepler Blogs"; not "From the team"
            w[0].isupper() or w[0].isdigit() for w in whose
        )
        and _NOT_WHOSE.isdisjoint(w.casefold() for w in whose)
    )


_NOT_WHOSE = frozenset(
    {"from", "the", "our", "my", "by", "of", "with", "for", "meet", "about", "and", "a", "an",
     "in", "on", "at", "to", "this", "all", "de", "la", "le", "el", "los", "der", "die", "das"}
)  # fmt: skip
"""Words before a kind of list that say no one's it is (``From the team``, ``Meet the team``)."""


def says_no_talks(block: Block) -> bool:
    """Whether a short paragraph that ends with a colon says the list under it holds no
    talks (``Libraries referenced + resources:``, ``Further reading:``)."""
    inline = block.inline
    if block.kind != "paragraph" or inline is None:
        return False
    visible = inline.visible().strip()
    if not visible.endswith(":") or len(visible.split()) > 8:
        return False
    if _OF_TALKS.search(visible) or _SLIDES.search(visible):
        return False  # "Talks, slides and links:": talks, with their links
    return bool(_NO_TALKS_SAID.search(visible))


_LABEL_PARTS = lazy(_JOINED, re.I)
"""What joins the labels a list's line may name (``Speakers and Topics:``)."""


def list_label(block: Block, reader: Reader) -> str | None:
    """The name a short line ending with a colon gives the list right under it, as a
    heading would (``Social aspects of technology:``): ``None`` where it is a field's label
    (``Slides:``), a generic one (``Talks:``) or no such line."""
    inline = block.inline
    if block.kind != "paragraph" or inline is None or "\n" in inline.text or "\x00" in inline.text:
        return None
    visible = clean_text(inline.visible()).strip()
    words = visible[:-1].strip()
    said = words.casefold().split()
    if not visible.endswith(":") or not said or len(said) > 5 or said[0] in _SENTENCE_OPENERS:
        return None  # "We have the following agenda lined up:": a sentence, no name
    parts = [part for part in _LABEL_PARTS.split(words) if part]
    if all(reader.only_label(part) or reader.only_label(part.rstrip("s")) for part in parts):
        return None  # "Speakers and Topics:": what each item gives, no group
    if _LISTED_MEDIA.isdisjoint(said):
        return None if is_generic(words) else words
    return None  # "Recordings from the day:", "Slides:": what the list links, no group


_SESSION = lazy(rf"(?:{SESSION_WORDS}|track|block)\s*[\w.]{{0,3}}\s*[:\-–—]\s+\S", re.I)
"""A program's session by its word and its number or letter, then its name (``Session 2:
Low-level concerns``, ``Sesión B - Web``)."""
_SESSION_WORDS = 8
"""The most words of a session's line after its time slot."""


def session_line(block: Block) -> str | None:
    """The session a program's line names for the list right under it: its time slot, then
    the session's word, number and name wholly in bold (``8:45 - 10:00 **Session 1:
    Tracing**``); ``None`` for any other block (a break, ``18:30 **Coffee**``; a talk,
    ``10:00 **Queues at Scale**``)."""
    inline = block.inline
    if block.kind != "paragraph" or inline is None or len(inline.strong) != 1:
        return None
    visible = clean_text(inline.visible()).strip()
    if not visible[:1].isdigit() or "\n" in inline.text or "\x00" in inline.text:
        return None
    session = clean_text(inline.strong[0]).strip()
    if without_marks(visible).strip() != session or visible == session:
        return None  # "**9:10 Session 1**": wholly bold, a bold line's
    if not _SESSION.match(session) or len(session.split()) > _SESSION_WORDS:
        return None
    return session.rstrip(":").strip()


def bold_line(block: Block, reader: Reader) -> str | None:
    """The group a short paragraph wholly in bold names, as a heading would, for the list
    after it (``**Spring 2024 Schedule**``, ``<b>Autumn term</b>``); ``""`` for a bold line
    that names none (a field's label, a generic word, what the list links: ``**Videos
    recommended by speakers:**``), ``None`` for any other block."""
    inline = block.inline
    if block.kind != "paragraph" or inline is None or len(inline.strong) != 1:
        return None
    if "\n" in inline.text or "\x00" in inline.text:
        return None
    visible = clean_text(inline.visible()).strip()
    if visible != clean_text(inline.strong[0]).strip() or not 0 < len(visible.split()) <= 6:
        return None
    words = visible.rstrip(":").strip()
    said = words.casefold().split()
    if "(" in words and names_program_day(words):
        return words  # "**Jeudi 28 novembre (amphi Gagnepain)**": a day of the program
    if said[0] in _SENTENCE_OPENERS or not _LISTED_MEDIA.isdisjoint(said) or "(" in words:
        return ""  # "Videos recommended by speakers:": what the list links, no group
    if _remark(words):
        return ""  # "**Sorry if the order is wrong!**": a remark, no group
    if said[0] in ("thanks", "thank") or (looks_like_name(words) and len(said) <= 3):
        return ""  # "**Thanks to Acme Corp**"; "**Ann Lee**" over her talks: hers, no group
    if LEADING_DATE.match(words) or reader.only_label(words) is not None:
        return ""  # "2013-08-29: Harbor Afternoon": a meetup's own line, when
    return "" if is_generic(words) else words


def names_program_day(words: str) -> bool:
    """Whether a bold line names a day of a program, maybe with its room in parentheses
    (``Jeudi 28 novembre (amphi Gagnepain)``)."""
    return is_date(words.partition("(")[0].strip())


_EXCLAIMED = lazy(r"[!?！？]\s*$")
"""A sentence's exclamation or question at a line's end: a bold line that says one, in three
words or more (``**Lightning talks!**`` names its group), is a remark."""
_REMARK_WORDS = 3
_WORD = lazy(r"\w+")


def _remark(words: str) -> bool:
    """Whether a bold line exclaims or asks something at its end, in three words or more or
    in a script without spaces (``**Sorry if the order is wrong!**``, ``**順番が間違っていたら
    済みません！**``; ``**Lightning talks!**`` names its group)."""
    return bool(_EXCLAIMED.search(words)) and (
        len(_WORD.findall(words)) >= _REMARK_WORDS or bool(CJK_CHAR.search(words))
    )


_SENTENCE_OPENERS = frozenset(
    {"the", "a", "an", "we", "our", "here", "these", "this", "i", "my", "you", "some", "all"}
)
"""Words a sentence opens with, rather than a group's name (``The talks of the evening:``)."""
_LISTED_MEDIA = frozenset({"slides", "decks", "videos", "recordings", "video", "recording"})
"""Words that say what a list links, rather than which talks it holds."""


_NO_TALKS_SAID = lazy(
    r"\b(?:resources|references?|referenced|librar(?:y|ies)|tools|further\s+reading|"
    r"reading\s+list|see\s+also|articles|blog\s+posts|books|papers|links)\b",
    re.I,
)
"""Words that say a list holds no talks."""


_NO_TALKS_PAGE = lazy(
    rf"^(?:(?:our|my|the)\s+)?(?:reading\s+list|{_PRINTED}|templates|examples|tutorials|"
    rf"{RELEASE_NOTES}|(?:on-call\s+)?rota|duty\s+roster)\b.*|(?:{_WRITINGS})\s*:?$",
    re.I,
)
"""A page's title that says it lists no talks (``Reading list``, ``News``, ``Tutorials``,
``Release notes 4.2``, ``On-call rota``): its items, however like a talk's they are
written, stay as written."""


def no_talks_under(talks: list[Unit], headings: list[Block], words: dict[Block, str]) -> set[int]:
    """The talks (by ``id``) under a heading that names what is no talk ("In the press");
    ``words``: each heading's cleaned visible text."""
    title = _top_title(headings)
    over = {
        id(h)
        for h in headings
        if h.inline is not None
        and (_NO_TALKS_PAGE.match(words[h]) if h is title else names_no_talks(words[h]))
    }  # a page titled "Resources" may hold talks: its title is its site's name for it
    if not over:
        return set()
    stack: list[Block] = []
    position = 0
    under: set[int] = set()
    for unit in talks:
        position = _push_headings(stack, headings, position, unit.start + 1)
        rescued = False
        for heading in reversed(stack):  # the nearest heading decides
            if id(heading) in over:
                if not (rescued and _READING.match(words[heading])):
                    under.add(id(unit))  # "## Sponsors" > "### Talks": no talks still
                break
            rescued = rescued or _of_talks_only(words.get(heading, ""))
    return under  # "## Further reading" > "### Talks": the talks of the chapter


_READING = lazy(
    rf"^{_QUALIFIED}(?:readings?(?:\s+list)?|resources|references|see\s+also|"
    r"learn(?:ing)?(?:\s+more)?|literature|bibliography|media(?:\s+coverage)?|"
    r"press(?:\s+coverage)?)\s*:?$",
    re.I,
)
"""A chapter of what to read, watch or learn from (``Further reading``, ``Resources``,
``Media coverage``): a ``Talks`` heading in it holds talks, as in no other chapter of no
talks (``Sponsors``, ``Contributing``)."""


def _of_talks_only(label: str) -> bool:
    """Whether a heading says what stands under it are talks, and which at most
    (``Talks``, ``Recorded talks``, ``Conference presentations``; not ``Sessions`` nor
    ``Lectures``, which a product's or a course's pages name too)."""
    words = label.casefold().rstrip(":").split()
    return not _TALKS_ONLY.isdisjoint(words) and all(
        w in _TALKS_ONLY or w in _WRAPPER_WORDS or w in _WHEN_WORDS or w in _OF_EVENT for w in words
    )


_TALKS_ONLY = frozenset({
    "talks", "talk", "presentations", "vorträge", "präsentationen", "présentations", "charlas",
    "ponencias", "palestras", "apresentações", "演讲",
})  # fmt: skip
"""Words that name talks and nothing else a page lists (not ``sessions``)."""
_OF_EVENT = KIND_WORDS | {"conference", "meetup", "event"}
"""Words that say which talks, beside one of them (``Conference talks``)."""


_CRUMBS = (" > ", " › ", " » ")
"""What stands between the parts of a breadcrumb (``Awesome WPO > Talks``)."""


def is_generic(label: str) -> bool:
    """Whether a section's name says nothing (``Talks``, ``🕐 ตารางเวลา / Timetable``: in
        any of the languages it is written in; ``Awesome WPO > Talks``: at a breadcrumb's end,
    where no part before it names a day or a number, ``Day 1 > Talks``)."""
    if " / " in label:
        return any(map(is_generic, label.split(" / ")))
    for crumb in _CRUMBS:  # "Awesome WPO > Talks": a breadcrumb, its last part the page's
        if crumb in label:
            head, _, last = label.rpartition(crumb)
            return not any(map(str.isdigit, head)) and is_generic(last)  # "Day 1 > Talks"
    label = without_bullet(label.strip())
    if _GENERIC.match(label):
        return True
    if mine := _MY_PAST.match(label):
        label = label[mine.end() :]  # "My past talks": whose, then when, over all of them
    words = label.casefold().split()
    return bool(_WRAPPER_NOUNS & set(words)) and all(
        w in _WRAPPER_NOUNS or w in _WRAPPER_WORDS for w in words
    )


_SLIDES = lazy(
    r"(?:^|\W)(?:slides|decks|folien|diapositives|diapositivas|diapos|スライド|幻灯片|投影片)(?:\W|$)",
    re.I,
)


_OF_TALKS = lazy(
    r"talks?\b|meetups?\b|presentations?\b|conferences?\b|vortr[aä]ge?|charlas|palestras|"
    r"ponencias|exposés|発表|講演|演讲",
    re.I,
)


def names_slides(words: str) -> bool:
    """Whether words name slides (``… the slides that are hosted on this site``)."""
    return bool(_SLIDES.search(words))


def says_slides(label: str) -> bool:
    """Whether a heading says what stands under it are talks' slides (``Slides of past
    talks``, ``Die Slides der bisherigen Meetup-Talks``, ``Slides``; not ``How to give
    better slides``)."""
    return bool(_SLIDES.search(label)) and bool(
        _OF_TALKS.search(label) or _MEDIA_WORDS.fullmatch(label.strip())
    )


def names_talks(label: str) -> bool:
    """Whether a heading says what stands under it are talks (``Talks``, ``Speakers /
    Talks``, ``Vorträge``, ``Past meetups``), and nothing more."""
    label = _WHEN_LEAD.sub("", label)  # "Past talks": talks still, of a time of their own
    words = set(label.casefold().replace("/", " ").split())
    return (bool(words & _WRAPPER_NOUNS) and is_generic(label)) or bool(_MEETUPS.fullmatch(label))


_MY_PAST = lazy(r"(?:my|our)\s+(?:past|previous)\s+(?=\S)", re.I)
"""Whose talks, then when, before the word for them (``My past talks``): a wrapper still."""
_WHEN_LEADS = ("past", "previous", "upcoming", "future")
_WHEN_LEAD = lazy(rf"^\s*(?:{'|'.join(_WHEN_LEADS)})\s+(?=\S)", re.I)
"""A word before talks that says which by their time (``Past talks``, ``Upcoming talks``):
the talks' section beside the others, never a wrapper of the page's talks."""


def set_sections(talks: list[Unit], headings: list[Block], reader: Reader, title: str = "") -> None:
    """Each talk's section: the innermost heading above it that is not a talk (nor the
    page's ``title`` said again)."""
    groups, others, lone = _section_headings(talks, headings)
    page_title = _page_title(headings, title, reader)
    stacks: tuple[list[Block], list[Block]] = ([], [])
    positions = [0, 0]
    # each heading's label, read once; a lone talk's heading closes the section above it
    # and names none
    labels: dict[Block, str] = dict.fromkeys(lone, "")
    starts = [u.start for u in talks]
    kinds = functools.cache(lambda: _kinds_held(headings, starts))  # read for a wrapper only
    for unit in talks:  # in page order, with the headings above it on a stack
        for n, found in enumerate((groups, others)):
            positions[n] = _push_headings(stacks[n], found, positions[n], unit.start)
        if not unit.grouped:
            stack = stacks[0] if unit.form == "heading" else stacks[1]
            _set_section(unit, stack, page_title, reader, labels, (headings, starts, kinds))
    _drop_media_section(talks, headings)


def _section_headings(
    talks: list[Unit], headings: list[Block]
) -> tuple[list[Block], list[Block], list[Block]]:
    """The headings that may name a section: of a talk's heading (those above the talks'
    level), of a list item's or a row's (any but a talk's), and the lone talks' headings a
    level above the others, which close the section above them."""
    talk_starts = {u.start for u in talks if u.form == "heading"}
    talk_levels = Counter(u.level for u in talks if u.form == "heading")
    # the level most talk headings have: a talk or two written a level above the others
    # ("## Opening" and "## Closing" among "### Title"s) leave their groups theirs
    top = max(talk_levels, key=lambda level: (talk_levels[level], -level), default=7)
    # A heading beside talk headings (of a level talks have) is an entry that is no
    # talk ("MesosCon 2014, the playlist"), not the section of what follows.
    # (A list item or a row is in the section of the heading above it, whatever it is.)
    # A break in a program ("### Lunch") is when, not a group: the talks after it are in
    # the day's section.
    others = [h for h in headings if h.start not in talk_starts and not _agenda_break(h)]
    lone = [h for h in headings if h.start in talk_starts and h.level < top]
    other = set(others)
    groups = [h for h in headings if h.level < top and (h.start in talk_starts or h in other)]
    return groups, others, lone


def _agenda_break(heading: Block) -> bool:
    inline = heading.inline
    return inline is not None and bool(AGENDA_BREAK.match(clean_text(inline.visible())))


_WHICH_TALKS = lazy(rf"^(?:{_WHICH})\s+(?=\S)", re.I)
"""Which talks a heading's words go on to say (``Invited talks and presentations``)."""


def _drop_media_section(talks: list[Unit], headings: list[Block]) -> None:
    """``## Slides``, ``## Meetups``, ``## Presentations of Harbor``, ``## Harbor Talks``,
    ``## Invited talks and presentations`` over every talk of the page says nothing: no
    section; beside other headings of its level (``## Books``, ``## Contributed talks``),
    it is one."""
    named = {u.section for u in talks}
    label = (next(iter(named)) or "") if len(named) == 1 else ""
    words = label.casefold().split()
    # "Invited talks and presentations" over every talk: the page's one group (where another
    # heading holds talks, "Contributed talks", each talk is not under it)
    qualified = label != (unqualified := _WHICH_TALKS.sub("", label)) and is_generic(unqualified)
    if not (
        qualified
        or _MEDIA_WORDS.fullmatch(label)
        or (words and words[0] in _WRAPPER_NOUNS)
        or (words and words[-1] in _WRAPPER_NOUNS and _a_name(label.split()[:-1], label))
    ):
        return
    levels = [h.level for h in headings if h.inline and label in clean_text(h.inline.visible())]
    if not qualified and levels and sum(h.level == levels[0] for h in headings) > 1:
        return
    for unit in talks:
        unit.section = None


def _a_name(words: list[str], label: str) -> bool:
    """Whether the words before ``Talks`` name a project or a community, written as a name
    (``Harbor Talks``, ``Past Harbor talks``), not when or which talks (``Day 1 Sessions``,
    ``Morning Talks``, ``Lightning Talks``, ``Recorded talks``)."""
    title_case = label[:1].isupper() and label.split()[-1][:1].isupper()
    named = title_case or any(w[:1].isupper() for w in words[1:])
    if words and words[0].casefold() in _WHEN_LEADS:
        words = words[1:]  # "Past Harbor talks": Harbor's; "Past Talks": a time, no name
    return (
        bool(words)
        and named
        and not any(
            w.casefold() in KIND_WORDS or w.casefold() in _WHEN_WORDS or any(map(str.isdigit, w))
            for w in words
        )
    )


def _push_headings(stack: list[Block], groups: list[Block], position: int, start: int) -> int:
    """Put the headings from ``position`` up to line ``start`` on the stack of headings
    above it; the position of the next."""
    while position < len(groups) and groups[position].start < start:
        heading = groups[position]
        while stack and stack[-1].level >= heading.level:
            stack.pop()
        stack.append(heading)
        position += 1
    return position


def _set_section(
    unit: Unit,
    stack: list[Block],
    page_title: Block | None,
    reader: Reader,
    labels: dict[Block, str],
    page: tuple[list[Block], list[int], Callable[[], list[Block]]],
) -> None:
    """A talk's section: the innermost heading above it that says more than a generic
    label (never the page's title); ``labels``: the headings' labels read so far; ``page``:
    its headings, its talks' lines and, once asked for, its headings of a kind's talks
    (:func:`_kinds_held`)."""
    limit = unit.level if unit.form == "heading" else 7
    for heading in reversed([h for h in stack if h.level < limit]):
        if heading is page_title:
            return
        if heading not in labels:
            labels[heading] = _section_label(heading, reader)
        if labels[heading] == _WRAPPER:  # decided once: no group, a kind's, the one above
            headings, starts, kinds = page
            kind = _kind_beside(heading, headings, kinds())  # "## Talks" beside "## Keynotes"
            no_group = _beside_no_talks(heading, headings, starts)
            labels[heading] = kind or (_NO_GROUP if no_group else "")
        if labels[heading] == _NO_GROUP:
            return  # "## Further reading" over "### Talks": a chapter of no talks, no group
        if labels[heading]:
            unit.section = labels[heading]  # "## 2019" over "### Talks": the year
            return


def _parent(heading: Block, headings: list[Block]) -> Block | None:
    """The nearest heading above ``heading`` of a higher level (``headings``: the page's)."""
    at = headings.index(heading)
    return next((h for h in reversed(headings[:at]) if h.level < heading.level), None)


def _kind_beside(heading: Block, headings: list[Block], kinds: list[Block]) -> str:
    """A generic wrapper's words where a heading beside it, at its level under the same
    heading (or, at the page's top, anywhere), holds talks of a kind (``## Talks`` beside
    ``## Keynotes`` over talks or their headings; ``kinds``: such headings, :func:`_kinds_held`):
    the page's talks grouped by kind, and these the talks of no other kind; ``""`` else
    (under a day's or a year's heading, that one groups them)."""
    if not kinds:
        return ""
    parent = _parent(heading, headings)
    if parent is not None and parent.level > 1:
        return ""  # "## Day 1" over "### Talks" and "### Workshops": the day groups them
    end = heading_end(parent, headings) if parent is not None else 1 << 30
    start = parent.start if parent is not None else -1
    if any(k.level == heading.level and start < k.start < end for k in kinds):
        return clean_text(heading.inline.visible()) if heading.inline else ""
    return ""


def _kinds_held(headings: list[Block], starts: list[int]) -> list[Block]:
    """The headings of one word that group talks of a kind (``## Keynotes``) and hold talks
    read (``starts``: theirs) or headings of their own (``### Title``), as a group of talks
    does; a chapter of prose or of products (``## Workshops``, what they are; ``## Demos``,
    a list of tools) holds neither."""
    ordered = sorted(starts)
    kinds = []
    for heading in headings:
        words = heading.inline.visible().casefold().split() if heading.inline else []
        if len(words) != 1 or words[0] not in _KINDS_GROUPED:
            continue
        end = heading_end(heading, headings)
        first = bisect.bisect_right(ordered, heading.start)
        held = first < len(ordered) and ordered[first] < end
        if held or any(heading.start < h.start < end and h.level > heading.level for h in headings):
            kinds.append(heading)
    return kinds


_KINDS_GROUPED = frozenset({"keynotes", "workshops", "panels", "demos", "tutorials"})
"""A heading's one word that groups talks of a kind (``## Keynotes``; not ``## The Workshop``,
an event's, nor ``Lightning Talks``, talks still)."""


def _beside_no_talks(heading: Block, headings: list[Block], starts: list[int]) -> bool:
    """Whether a heading is one of the parts of a chapter, beside a part that holds no talk
    (``### Highlights``, then ``### Talks``, under ``## Current work``): a generic wrapper
    there names no group, nor does the chapter."""
    parent = _parent(heading, headings)
    if parent is None or parent.inline is None:
        return False
    words = parent.inline.visible()  # a link's slot holds digits of its own
    if any(map(str.isdigit, words)) or EVENT_NAME.search(words):
        return False  # "## 2019", "## Meetup #10", "## Harbor Days Lisbon": an occasion's group
    chapter_end = heading_end(parent, headings)
    siblings = [
        (h.start, heading_end(h, headings))
        for h in headings
        if parent.start < h.start < chapter_end and h.level == heading.level and h is not heading
    ]
    return any(not any(a <= s < b for s in starts) for a, b in siblings)


def _top_title(headings: list[Block]) -> Block | None:
    """The page's one top heading, first on the page (top headings that repeat are
    sections, ``# 2018``)."""
    tops = [h for h in headings if h.level == 1]
    return headings[0] if len(tops) == 1 and headings[0] is tops[0] else None


def _page_title(headings: list[Block], title: str, reader: Reader) -> Block | None:
    """The page's title among its headings: its one top heading (top headings that repeat
    are sections, ``# 2018``), or a first heading that says its front matter's ``title``
    again (``CCS Colloquium`` opening a page so titled)."""
    if (top := _top_title(headings)) is not None:
        return top
    said = headings and title and _section_label(headings[0], reader).casefold() == title.casefold()
    return headings[0] if said else None


_HOW_TO_ADD = lazy(
    r"(?:how\s+to\s+)?(?:add(?:ing)?|submit(?:ting)?|propos(?:e|ing)|contribut(?:e|ing))\s+"
    r"(?:a|an|your|new|the)\b.*\b(?:talks?|presentations?|sessions?|slides|videos?|"
    r"recordings?|entr(?:y|ies))\b",
    re.I,
)
"""A heading that tells how to add a talk to the list (``Adding your presentation``): the
list's instructions, no group of its talks."""
_WRAPPER = "\x01"
"""The label of a generic wrapper (``Talks``) before it is known whether the heading above
it names the group."""
_NO_GROUP = "\x00"
"""The label of a heading over what is no talk (``Further reading``): it names no group of
talks, nor does any heading above it."""


def _section_label(heading: Block, reader: Reader) -> str:
    """A heading's words as a section's label, without its media links (``[🎥](playlist)``);
    ``""`` where they say nothing more than a generic label ("Talks")."""
    inline = heading.inline
    if inline is None:
        return ""
    text = reader.without_media_links(inline.text, inline)
    label = clean_text(inline.visible(ATTR_LIST.sub("", text))).rstrip(":").strip()
    if names_no_talks(label) or _points_at_project_file(text, inline):
        return _NO_GROUP  # "## [Contributing Guide](CONTRIBUTING.md)": no group of talks
    if is_generic(label) or _HOW_TO_ADD.match(label):
        return _WRAPPER
    if _tags(label, inline.code, heading.level):
        return ""  # "###### `queues`, `caching`": the talks' tags, the heading above's group
    if reader.labels.get(label.casefold()) == "other":
        return ""  # "Talks"; "### Local" (where), "### When": a field's label, no group
    return label


def _tags(label: str, code: list[str], level: int) -> bool:
    """Whether a heading's words are tags written as code: two or more (``queues``, ``go
    module``), or one word in a heading of the smallest sizes (``###### `container```; a
    larger ``## `pytest``` names a group of talks, as ``### `15th meetup``` a meeting)."""
    if len(code) < 2 and not (code and level >= _TAG_LEVEL and len(code[0].split()) == 1):
        return False
    for tag in code:
        label = label.replace(tag, "")
    return not _TAG_SEPARATORS.sub("", label)


_TAG_LEVEL = 5
"""The largest heading level (``#####``) of a line of one tag."""
_TAG_SEPARATORS = lazy(r"[\s,;/|·•#]+")
"""What stands between a heading's tags written as code."""


def _points_at_project_file(text: str, inline: Inline) -> bool:
    """Whether a heading is one link to a repository's own file of its project
    (``## [Contributing Guide](CONTRIBUTING.md)``, ``## [License](LICENSE)``): a pointer
    to it, no group of the talks below."""
    slot = ONE_LINK.fullmatch(text)
    href = inline.links[int(slot[1])].href.strip() if slot else ""
    path = href.split("#", 1)[0].split("?", 1)[0]
    own = bool(path) and "://" not in path and not path.startswith("//")
    return own and bool(_PROJECT_FILE.fullmatch(path.rsplit("/", 1)[-1]))


_PROJECT_FILE = lazy(
    r"(?:README|CONTRIBUTING|LICEN[SC]E|CHANGELOG|CODE_OF_CONDUCT|AUTHORS|MAINTAINERS|"
    r"GOVERNANCE)(?:\.(?:md|markdown|txt|rst))?"
)
"""A repository's own file of its project (``CONTRIBUTING.md``, ``LICENSE``)."""
