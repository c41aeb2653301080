"""What a heading's or a list's label says of what is under it: a generic wrapper of the
page's talks (``Talks``), a group of them, no talks (``Further reading``), slides, a
program's day.
"""

from __future__ import annotations

import re

from .blocks import Block
from .body import Reader
from .labels import LEADING_DATE, RELEASE_NOTES, SESSION_WORDS, is_date
from .line_marks import without_bullet, without_marks
from .names import CJK_CHAR, clean_text, looks_like_name
from .patterns import lazy
from .talk_kinds import KIND_WORDS

_WHICH = "accepted|invited|contributed|selected|featured"
"""Words before talks that say which (``Invited talks``), as a regular expression's
alternatives."""

_GENERIC = lazy(
    rf"^(?:(?:(?:the|{_WHICH}|"
    r"recent|all|our|my|workshop|tutorial|conference|event|meetup|summit|day|program(?:me)?)\s+)?"
    r"(?:sessions?|talks?|presentations?|presenters?|speakers?|lectures?|seminars?|webinars?|agenda|"
    r"abstracts?|(?:talk|session)\s+abstracts|zusammenfassungen|résumés?|resúmenes|resumos?|"
    r"summary|resumen|"
    r"program(?:me|m|a|ação)?|schedule|timetables?|vorträge|präsentationen|présentations|charlas|ponencias|"
    r"palestras|apresentações|links|liens|enlaces|resources|ressources|recursos|"
    r"susunan\s+acara|acara|jadwal|chương\s+trình|lịch\s+trình|konuşmalar|sunumlar|"
    r"доповіді|програма|виступи|講演者?|発表者?|登壇者?|セッション|トーク|아젠다|일정|프로그램|발표|세션|"
    r"contents|inhalte?|contenido|conteúdo|内容)"
    r"(?:\s+(?:with|and|&|und|et|y|e)\s+(?:(?:confirmed|invited|our)\s+)*"
    r"(?:slides|recordings|videos|blog\s+posts|articles|speakers|vortragende|referent(?:en|innen)|"
    r"intervenants|ponentes|palestrantes)|と(?:スライド|資料|動画))?|"
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

MEDIA_WORDS = lazy(
    r"(?:my\s+|our\s+)?(?:slides|decks|videos|recordings|folien|"
    r"diapositives|vídeos|スライド|발표\s*자료|meetups?)\s*:?",
    re.I,
)
"""A section that names only media, or the kind of event the talks were given at: it says
something beside others (``# Videos`` after ``# Presentations``, ``## Meetup`` after ``##
Conference``), nothing over every talk of the page."""

WRAPPER_NOUNS = frozenset({
    "talks", "talk", "sessions", "presentations", "speaking", "lectures", "seminars", "webinars",
    "vorträge", "präsentationen",
    "présentations", "conférences", "communications", "charlas", "ponencias", "palestras",
    "apresentações", "演讲", "讲座",
})  # fmt: skip
"""The nouns of a heading that wraps a page's talks (``## Talks``, ``# Vorträge``)."""

_WRAPPER_WORDS = frozenset({
    "the", "a", "of", "my", "our", "all", "recent", "list", "table", "orales",
    "index", "archive", "given", "held", "done", "and", "&", "demos", "slides", "recordings", "videos", "de",
    "la", "las", "los", "mis", "meine", "liste", "der", "die", "des", "mes", "tabla", "lista",
    "realizadas", "dadas", "gehaltene", "données", "tabela", "minhas", "link", "links",
    "lien", "liens", "vers", "les", "to", "enlace", "enlaces", "zu", "den", "nos", "notre",
    "nuestras", "nuestros", "unsere", "meus", "nossas", "tech", "technical", "details", "events",
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
    r"(?:organi[sz]ing\s+|program(?:me)?\s+|steering\s+)?committee|"
    r"comit[ée](?:\s+d['’]organisation|\s+organizador)?|comissão\s+organizadora|"
    r"organisationskomitee|programmkomitee|"
    r"acknowledge?ments|licen[cs]e|about|resources|see\s+also|contacts?|kontakt|contacto|"
    r"contato|連絡先|お問い合わせ|謝辞|著者について|著者紹介|筆者について|執筆者|"
    r"关于作者|作者简介|關於作者)\s*:?$",
    re.I,
)
"""Headings over what is no talk (articles, podcasts, books, sponsors, a project's people,
its license, how to reach its author): what stands under them, however like a talk it is written, stays as
written."""


def names_people(label: str) -> bool:
    """Whether a heading names the people who run a project or an event (``Organizers``,
    ``Our team``, ``Program committee``), no kind of writing."""
    return bool(_PEOPLE.search(label))


_PEOPLE = lazy(
    r"\b(?:organi[sz]ers|organizadores|organisateurs|organisatoren|team|committee|comit[ée]|"
    r"comissão|maintainers|contributors|credits|volunteers|crew|staff|helpers)\b|"
    r"организаторы|organizatorzy|organizzatori|"
    r"実行委員会|運営|スタッフ|组织者|主办方",
    re.I,
)


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
    return mentions_writings(visible)


def mentions_writings(words: str) -> bool:
    """Whether words name what is read, no talk (``Books I cite``, ``papers``, ``reading
    list``, ``articles``)."""
    return bool(_NO_TALKS_SAID.search(words))


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
    if _whose(words, said):
        return ""  # "**Thanks to Acme Corp**"; "**Ann Lee**" over her talks: hers, no group
    if LEADING_DATE.match(words) or reader.only_label(words) is not None:
        return ""  # "2013-08-29: Harbor Afternoon": a meetup's own line, when
    return "" if is_generic(words) else words


def _whose(words: str, said: list[str]) -> bool:
    """Whether a bold line thanks someone or names a person (``**Ann Lee**``), not a kind
    of event (``__Conferences__``)."""
    if said[0] in ("thanks", "thank"):
        return True
    return looks_like_name(words) and len(said) <= 3 and not _KINDS_OF_EVENTS.fullmatch(words)


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


_KINDS_OF_EVENTS = lazy(
    r"(?:conferences?|meetups?|workshops?|summits?|webinars?|podcasts?|keynotes?|panels?|"
    r"konferenzen|konferenz|conférences|conferencias|palestras|eventos?|events?)",
    re.I,
)
"""A kind of event, as a group's name in bold (``__Conferences__``): no one's name."""
_SENTENCE_OPENERS = frozenset(
    {"the", "a", "an", "we", "our", "here", "these", "this", "i", "my", "you", "some", "all"}
)
"""Words a sentence opens with, rather than a group's name (``The talks of the evening:``)."""

_LISTED_MEDIA = frozenset({"slides", "decks", "videos", "recordings", "video", "recording"})
"""Words that say what a list links, rather than which talks it holds."""

_NO_TALKS_SAID = lazy(
    r"\b(?:resources|references?|referenced|librar(?:y|ies)|tools|further\s+reading|"
    r"reading\s+list|see\s+also|articles|blog\s+posts|books|papers|publications|links)\b",
    re.I,
)
"""Words that say a list holds no talks."""

NO_TALKS_PAGE = lazy(
    rf"^(?:(?:our|my|the)\s+)?(?:reading\s+list|{_PRINTED}|templates|examples|tutorials|"
    rf"{RELEASE_NOTES}|(?:on-call\s+)?rota|duty\s+roster|open\s+positions|job\s+openings|"
    rf"careers|we(?:'|’)re\s+hiring)\b.*|(?:{_WRITINGS})\s*:?$|(?:meet\s+)?(?:the|our)\s+team\s*$",
    re.I,
)
"""A page's title that says it lists no talks (``Reading list``, ``News``, ``Tutorials``,
``Release notes 4.2``, ``On-call rota``, ``Open positions``, ``Meet the team``): its items, however like a talk's they are
written, stay as written."""

READING = lazy(
    rf"^{_QUALIFIED}(?:readings?(?:\s+list)?|resources|references|see\s+also|"
    r"learn(?:ing)?(?:\s+more)?|literature|bibliography|media(?:\s+coverage)?|"
    r"press(?:\s+coverage)?)\s*:?$",
    re.I,
)
"""A chapter of what to read, watch or learn from (``Further reading``, ``Resources``,
``Media coverage``): a ``Talks`` heading in it holds talks, as in no other chapter of no
talks (``Sponsors``, ``Contributing``)."""


def of_talks_only(label: str) -> bool:
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
    return bool(WRAPPER_NOUNS & set(words)) and all(
        w in WRAPPER_NOUNS or w in _WRAPPER_WORDS for w in words
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
        _OF_TALKS.search(label) or MEDIA_WORDS.fullmatch(label.strip())
    )


def names_talks(label: str) -> bool:
    """Whether a heading says what stands under it are talks (``Talks``, ``Speakers /
    Talks``, ``Vorträge``, ``Past meetups``), and nothing more."""
    label = WHEN_LEAD.sub("", label)  # "Past talks": talks still, of a time of their own
    words = set(label.casefold().replace("/", " ").split())
    return (bool(words & WRAPPER_NOUNS) and is_generic(label)) or bool(_MEETUPS.fullmatch(label))


_MY_PAST = lazy(r"(?:my|our)\s+(?:past|previous)\s+(?=\S)", re.I)
"""Whose talks, then when, before the word for them (``My past talks``): a wrapper still."""

_WHEN_LEADS = ("past", "previous", "upcoming", "future")

WHEN_LEAD = lazy(rf"^\s*(?:{'|'.join(_WHEN_LEADS)})\s+(?=\S)", re.I)
"""A word before talks that says which by their time (``Past talks``, ``Upcoming talks``):
the talks' section beside the others, never a wrapper of the page's talks."""

WHICH_TALKS = lazy(rf"^(?:{_WHICH})\s+(?=\S)", re.I)
"""Which talks a heading's words go on to say (``Invited talks and presentations``)."""


def names_project(words: list[str], label: str) -> bool:
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
