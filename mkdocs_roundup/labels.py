"""Labels: the role a line's label, a heading or a link's text gives (``Speaker:``,
``### Recording``, ``[Slides](…)``), by the words of :mod:`mkdocs_roundup.label_words`
(``labels:`` in the configuration adds to them, :func:`label_table`); and the words of
dates, breaks and a program's parts that labels are told apart from.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence

from .blocks import Block
from .inline import SLOT, Link
from .label_words import LABELS
from .names import clean_text
from .patterns import lazy

MONTHS = (
    "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|"
    "oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|januar|februar|märz|mai|juni|juli|oktober|dezember|"
    "janvier|février|mars|avril|juin|juillet|août|septembre|octobre|novembre|décembre|enero|"
    "febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|janeiro|"
    "fevereiro|março|maio|junho|julho|setembro|outubro|novembro|dezembro|januari|februari|maart|"
    "mei|augustus|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre"
)
"""Month names (a regular expression's alternatives), in the languages of the labels."""
WEEKDAYS = (
    "mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:rs(?:day)?)?|fri(?:day)?|sat(?:urday)?|"
    "sun(?:day)?|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lundi|mardi|"
    "mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|viernes|sábado|"
    "domingo|segunda-feira|terça-feira|quarta-feira|quinta-feira|sexta-feira"
)
"""Day names (a regular expression's alternatives), in the languages of the labels."""
LANGUAGES = (
    "english", "spanish", "german", "french", "portuguese", "italian", "dutch", "japanese",
    "chinese", "korean", "russian", "polish", "español", "deutsch", "français", "português",
    "inglés", "castellano", "englisch", "anglais", "inglês", "italiano", "catalan", "català",
)  # fmt: skip
"""Languages a talk is given in, as a remark beside it (``(Spanish)``), in the languages of
the labels."""
IN_LANGUAGE = (
    rf"\((?:(?:talk|presentation)\s+)?(?:(?:in|en|em|auf)\s+)?(?:{'|'.join(LANGUAGES)})"
    r"(?:\s+(?:talk|presentation|version))?\)"
)
"""The language a talk is given in, in parentheses (``(Spanish)``, ``(in English)``,
``(German presentation)``, ``(talk in French)``): a regular expression's part."""
YEAR_NOTE = lazy(r"\s*\((?:19|20)\d{2}\)\s*$")
"""A year alone in parentheses at the end of a line (``Title - Ann Lee (2018)``)."""
LANGUAGE_REMARK = lazy(rf"\s*{IN_LANGUAGE}$", re.I)
"""The language a talk was given in, in parentheses at its title's end (``Title (French)``)."""
PICTOGRAPHS = r"\u2190-\u2bff\U0001f000-\U0001faff"
"""Arrows, symbols, dingbats and emoji, as a character class's ranges: a line's bullets, a
link's icons; no letter of any script."""
GIVEN = ("remote", "online", "virtual", "live", "recorded", "pre-recorded", "in person")
"""How a talk is given, as a remark beside its speaker (``(Ann Lee, remote)``)."""
OPEN_QUOTES = '"“„«'
"""The marks that open a quoted title (``"Kites"``, ``“Kites”``, ``„Kites“``, ``«Kites»``)."""
CLOSE_QUOTES = '"”“»'
"""The marks that close a quoted title."""
WHOLLY_QUOTED = lazy(rf"[{OPEN_QUOTES}][^{OPEN_QUOTES}{CLOSE_QUOTES}]+[{CLOSE_QUOTES}]")
"""A title in quotes, all of it (``“Title”``, ``«Title»``)."""
PRESENTATION_WORDS = frozenset(
    {"presentation", "présentation", "presentación", "apresentação", "präsentation"}
)
"""Words for one presentation: a column of them holds titles, a link so named a deck."""
YEAR = lazy(r"\b(?:19|20)\d{2}\b")
"""A year (``2023``): when."""
MONTH_DAY = rf"(?:{MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?"
"""A month and its day (``June 4th``, ``Sept. 12``): a regular expression's part."""
MONTH_MAYBE_DAY = rf"(?:{MONTHS})\.?,?\s+(?:\d{{1,2}}(?:st|nd|rd|th)?,?\s+)?"
"""A month, maybe its day, before a year (``June 2015``, ``June 4th, 2015``, ``October, 10th
2022``): a regular expression's part."""
DATE_ENDS = "-–—:|,"
"""The marks, one of which ends a date before a line's words (:data:`LEADING_DATE`): a line
without any opens with no date."""
LEADING_DATE = lazy(
    rf"^\s*(?:{MONTH_MAYBE_DAY}\d{{4}}"
    r"|\d{4}-\d{2}(?:-\d{2})?|\d{4}/\d{1,2}/\d{1,2}|\d{1,2}(?:-\d{1,2})?[./]\d{1,2}[./]\d{2,4})"
    rf"\s*[{DATE_ENDS}]\s+"
    r"|^\s*(?:19|20)\d{2}:\s+"
    rf"|^\s*(?:(?:{WEEKDAYS}),?\s+)?{MONTH_DAY}:\s+",
    re.I,
)
"""A date before a talk's line (``June 2015 – …``, ``June 4th, 2015 – …``, ``2018: …``,
``5-7.10.2018 - …`` (days of one month), a
day without its year before a colon, ``Friday, Feb 9: …``, as a term's schedule writes it): when,
not what. The month is tried once, its day after it optional (each of the many month names
tried twice, as a month with its day and as a month alone, made most lines, which open with
none, cost twice as much to rule out)."""
_TRANSLATED = lazy(r"(?P<other>[^\x00-\x7f]+?)\s*/?\s*(?P<latin>[A-Za-z][A-Za-z ]*)")
"""A label in a script other than Latin, then the same in Latin letters (``題目 Title``)."""
SEPARATORS = ",;:|-–—"
"""The marks that stand between the parts of a talk's line (``Title - Ann Lee``, ``Title:``):
none ends a title."""
SPACED_DASH = lazy(r"\s[-–—]\s")
"""A dash with a blank on each side, between the parts of a line (``Title - Ann Lee``)."""


def label_table(extra: Mapping[str, Iterable[str]] | None = None) -> dict[str, str]:
    """Each label word (casefolded) with its role."""
    table = {word.casefold(): role for role, words in LABELS.items() for word in words}
    for role, words in (extra or {}).items():
        for word in words:
            table[word.casefold()] = role
    return table


DEFAULT_LABELS = label_table()

_LABEL = lazy(r"^\s*(?P<label>[^:：\x00\n]{1,40}?)\s*[:：]\s*(?P<rest>.*)$", re.S)
_NUMBERED_LABEL = lazy(r"(?P<label>[^\d#]+?)\s*#?\d{1,2}")
"""A label with its number (``Topic 2``, ``Speaker #1``): the talk or person it labels, of
several."""
_WHOSE = r"(?:the\s+|my\s+|our\s+)?"
_CAN_BE_FOUND = r"(?:can|may)\s+be\s+(?:found|seen|watched|viewed|downloaded)"
SITE_WORDS = r"at|via|auf|bei|sur"
"""The words before where a link goes (``Slides at [SlideShare](…)``), a regular
expression's alternatives (not ``on``, the word of many titles: ``Hands on``)."""
_MEDIA_AT = lazy(
    rf"\s*{_WHOSE}(?P<label>\w+)\s+(?:{_CAN_BE_FOUND}\s+|(?:is|are)\s+)?"
    rf"(?:{SITE_WORDS}|on|en|em|na|su)\s+(?P<rest>\x00\d+\x00.*)",
    re.I | re.S,
)
"""A media word, maybe then where it can be found, then the site its links go to
(``Slides at [SlideShare](…)``, ``Slides can be found on [Speaker Deck](…)``)."""
_MEDIA_SAID = lazy(
    rf"{_WHOSE}(?P<media>slides?|(?:slide\s+)?decks?|videos?|recordings?)\s+"
    rf"(?:{_CAN_BE_FOUND}|(?:is|are)\s+(?:available|online))"
    r"(?:\s+(?:here|online|at|on|under))?",
    re.I,
)
"""A sentence that says where a talk's media is, before its link and a colon (``The slides
can be found here: […](…)``, ``Recording is available at: […](…)``): a media label."""
_HERE = "(?:here|ici|aquí|aqui|hier|qui)"
_ARTICLE = "(?:the|my|our|les|la|le|los|las|el|die|der|das|den|gli|il|os|as|o|a)"
_MEDIA_LAST = lazy(
    rf"\s*(?P<said>[^:：\x00\n]{{1,80}}?\s){_ARTICLE}\s+(?!{_HERE}\b)(?P<media>[^\s':：]+)"
    rf"(?:\s+{_HERE})?\s*[:：]\s*(?P<rest>(?:\x00\d+\x00[\s.,;|]*)+)",
    re.I,
)
"""A sentence whose last word before its colon names media after an article, maybe then
"here", and links alone after it (``Plus d'infos sur les slides : […](…)``, ``Retrouvez la
vidéo ici : […](…)``; ``Title by Ann Lee, recording: [here](…)`` is a talk's line)."""
_ABOUT_NAME = lazy(
    r"(?i:about|über|à\s+propos\s+de|sobre)\s+"
    r"(?P<name>[A-ZÀ-Þ][\w'’.-]*(?:\s+[A-ZÀ-Þ][\w'’.-]*){1,3})\s*:?"
)
"""A heading over a speaker's bio: ``About`` and her name in capitals (``About Ann Lee``,
``ABOUT ANN LEE``)."""


def _only_points(words: str) -> bool:
    """Whether a link's words only say where it points: an address, a site, ``here``,
    ``link``."""
    words = words.strip(" []()<>").casefold()
    if words in HERE_WORDS or words in LINK_WORDS:
        return True  # "[here](…)", "[enlace](…)"
    return "://" in words or words.startswith("www.") or ("." in words and " " not in words)


def about_someone(heading: str) -> bool:
    """Whether a heading says it is about someone (``## About Ann Lee``): her bio, where it
    stands among a talk's lines."""
    return _ABOUT_NAME.fullmatch(heading.strip()) is not None


def bio_of(heading: str, above: str) -> bool:
    """Whether a heading is the one over the bio of the speaker the heading ``above`` it
    names (``## About Ann Lee`` under ``## Ann Lee: Title``, ``## Title - Ann Lee``):
    ``About`` and her name, as the heading above writes it (any case) before its title or
    after it, set apart (not a topic its title repeats, ``## About Kotlin``)."""
    found = _ABOUT_NAME.fullmatch(heading.strip())
    if found is None:
        return False
    name = re.escape(" ".join(found["name"].split()))
    named = rf"^\s*{name}\s*(?:[:：|]|\s[-–—]\s)|(?:[,|]|\s[-–—]\s|\bby)\s*{name}\s*$"
    return re.search(named, " ".join(above.split()), re.I) is not None


_MEDIA_THEN_DASH = lazy(
    r"\s*(?P<label>[^\s:\x00]{1,20}(?: [^\s:\x00]{1,20})?)\s+[-–—]\s+"
    r"(?P<rest>(?:\x00\d+\x00|https?://\S+)\s*)"
)
"""A label's word or two, then a dash, then one link or address, nothing more (``Slides -
https://…``, as ``**Slides** - https://…`` reads)."""
_COLON = lazy(r"[:：](?=\s|$)")
"""A label's colon."""
_WORDS_BEFORE = lazy(r"(?:^|(?<=[\s\]\)\x00.]))[^\s\x00:：]+(?:\s[^\s\x00:：]+){0,2}$")
"""Up to three words before a colon: where its label may start."""
_TOGETHER_WITH = lazy(
    r"\s*(?:together\s+with|jointly\s+with|co-?presented\s+with|zusammen\s+mit|gemeinsam\s+mit"
    r"|en\s+collaboration\s+avec|junto\s+(?:a|con|com))"
    r"(?:\s+(?:my|our|meine[mnr]?|unsere[mnr]?)\s+(?:colleagues?|co-?workers?|Kolleg(?:e|en|in|innen)))?"
    r"\s+(?P<rest>\S.*)",
    re.I | re.S,
)
"""Who gave the talk with its speaker (``Together with my colleague Ann Lee``): a field of
the talk, not a talk's line; no speaker read (a project's page says so of who built it)."""
_VIDEO_WORDS = {
    "video", "recording", "recorded", "watch", "screencast", "replay", "youtube", "vimeo", "webm",
    "mp4", "vidéo", "vídeo", "enregistrement", "grabación", "gravação", "aufzeichnung",
}  # fmt: skip
_SLIDES_WORDS = {
    "slides", "slide", "deck", "pdf", "slideshare", "speakerdeck", "prezi", "ppt", "pptx",
    "powerpoint", "diapositives", "diapositivas", "folien", "transparents",
}  # fmt: skip
_MEDIA_WORDS = frozenset(_VIDEO_WORDS | _SLIDES_WORDS)
HERE_WORDS = frozenset(
    {"here", "ici", "là", "aquí", "aqui", "hier", "qui", "здесь", "тут", "这里", "ここ", "여기"}
)
"""Words a link's text says where it only points (``slides [here](…)``, ``présentation
[ici](…)``): what it links, the words around it say; alone, no title."""
LINK_WORDS = frozenset({"link", "links", "lien", "liens", "enlace", "enlaces", "url", "urls",
                        "verweis", "链接", "リンク"})  # fmt: skip
"""Words that only say a link is one (``Link``, ``URL``): the name of a table's column of
links (the talk's material, each as its label says), no talk's title."""
EVENT_LABELS = frozenset(
    {"event", "veranstaltung", "événement", "evento", "イベント", "活动", "행사", "wydarzenie",
     "conference", "konferenz", "conférence", "conferencia", "conferência", "conferenza",
     "konferencja", "конференция", "カンファレンス", "会议", "컨퍼런스",
     "мероприятие"}
)  # fmt: skip
"""The label words that name the event a talk was given at (``Event:``, ``Conference:``),
of the ``other`` role or none (``## Conference`` is a section's heading, no label)."""
MEDIA_WORDS = frozenset(
    {"slides", "slide", "deck", "slide deck", "video", "videos", "recording", "pdf"}
)
"""Words that name a talk's media (``Slides``, ``Video``): no one's name."""
_LABEL_GLUE = {
    "the", "a", "and", "with", "notes", "download", "view", "watch", "open", "on", "in", "here",
    "version", "versión", "versão",
    "full", "talk", "my", "our", "demo", "of", "see", "link", "to", "hd", "english", "en", "for",
    "this", "that", "presentation", "code", "sample", "samples", "source", "example", "examples",
    "voir", "consulter", "regarder", "télécharger", "la", "le", "les", "de", "du", "des",
    "présentation", "ver", "el", "los", "las", "del", "presentación", "apresentação", "assistir",
    "baixar", "die", "das", "der", "zum", "zur", "vortrag", "ansehen", "herunterladen",
    "acesse", "acessar", "veja", "o", "os", "as", "aqui", "da", "do", "dos",
    "descarga", "descargar", "mira", "aquí", "accede",
    "guarda", "scarica", "qui", "il", "lo", "gli", "della", "delle", "dei", "accedi", "alle",
    "hier",
}  # fmt: skip
"""Words a media link's label may hold beside "slides" or "video" ("Download the slides",
"Slides and sample code", "Voir la vidéo de la présentation", "Ver el vídeo", "Acesse os
slides", "Guarda il video"); alone
("Sample code") they name no media."""
RELEASE_NOTES = r"release\s+notes|change\s*log"
"""A changelog's own name (``Release notes``, ``Changelog``), as a regular expression's
alternatives."""
NONE_YET = lazy(
    r"[\s`*_]*(?:n/?a|tbd|tba|tbc|todo|to be (?:announced|confirmed)|\?+|-+|–|—|…|\.\.\.|未定|待定|미정|"
    r"por (?:definir|confirmar)|a definir|à (?:définir|confirmer)|n\.\s?n\.?|"
    r"untitled(?:(?:\s+[\w.&-]+)?\s+(?:presentation|talk|session|lecture))?)?[\s`*_]*",
    re.I,
)
"""A title or a name that is none yet (``N/A``, ``TBD``, ``?``, ``N.N.``, nothing; a title
``Untitled``, ``Untitled Harbor Presentation``, but not ``Untitled Goose Game Session``)."""
PAUSE_WORDS = (
    r"coffee|lunch|break|dinner|breakfast|pause|mittagspause|kaffeepause|almuerzo|déjeuner|"
    r"mittagessen|abendessen|café|drinks|pizza|refreshments?|istirahat|makan\s+siang|休憩|ランチ|茶歇|午餐"
)
"""Words of a break to eat, drink or rest (a regular expression's alternatives)."""
PROFILE_WORDS = frozenset({"twitter", "twitter handle", "handle", "linkedin", "mastodon",
                           "bluesky", "x", "x / twitter", "profile", "profiles"})  # fmt: skip
"""What names a field of each speaker's profile on a network (a table's ``Twitter`` column, a
legend's ``twitter handle``): her account, no field of the talk."""
SESSION_WORDS = r"session|sesión|sesion|sessão|séance|sitzung|sessione|sesja|セッション|세션"
"""The word of a program's numbered session in the languages it is written in (``Session
2``, ``Sesión B``), a regular expression's alternatives."""
HOSTS_SLOT_WORDS = (
    r"(?:opening|closing|welcome)(?:\s+(?:remarks|words|address))?|q\s*&\s*a(?:\s+session)?|"
    r"オープニング|クロージング|開会|閉会|开场"
)
"""The words of a program's slot its hosts fill (``Welcome``, ``Closing remarks``, ``Q&A``),
a regular expression's alternatives."""
_SLOT_WORDS = (
    rf"(?:(?:coffee|lunch)\s+break|break\s+time|{PAUSE_WORDS}|registration|"
    r"networking|reception|social|get[-\s]?together|plenary\s+talk|tba|tbd|"
    rf"{HOSTS_SLOT_WORDS}|"
    r"discussion|end|check-in|doors\s+open|(?:group\s+)?photos?|"
    r"persiapan|pembukaan|penutupan|registrasi|"
    r"受付(?:開始)?|懇親会|签到|合影|抽奖|开场|"
    r"badge\s+pick-?up|welcome\s+reception|(?:sponsors?\s+)?expo(?:\s+hall)?|happy\s+hour|"
    r"(?:code\s+)?sprints?)"
)
BREAK_WORD = lazy(rf"\b{_SLOT_WORDS}\b", re.I)
"""A word of a program's break anywhere in a text (``Pizza Lunch``, ``coffee and cookies``)."""
_OPEN_CLOSE = (
    r"(?:end|opening|closing|welcome|ende|abschluss|begrüßung|eröffnung|fin|clôture|accueil|"
    r"cierre|clausura|bienvenida|encerramento|abertura|chiusura|saluti)"
)
"""Words that open or close a program, in its languages (a regular expression's
alternatives; words of titles and names too, ``Michael Ende``, ``Fin de siècle``: never
searched for anywhere in a line)."""
OPENING_WORDS = r"intro|introduction"
"""An evening's opening by its hosts, alone on its line (not after another word: ``Gentle
Introduction`` is a title)."""
AGENDA_BREAK = lazy(
    rf"^(?:.+\s/\s)?(?:{_SLOT_WORDS}|{_OPEN_CLOSE}|{OPENING_WORDS})"
    rf"(?:\s*(?:&|and|\+|\.|,)\s*(?:{_SLOT_WORDS}|{_OPEN_CLOSE}|food|snacks))*\W*$|"
    r"^(?:after[\s-]?party|adjourn(?:ment)?)\b|"
    r"^arriv(?:e|al)(?:\s+(?:to|at)\s+the\b|\s*(?:&|and|,)|\W*$)",
    re.I,
)
"""A slot of an agenda that no one presents (also after its words in another language,
``ลงทะเบียน / Registration``; ``Arrive to the venue, …``)."""
PART_TAKEN_FIRST = lazy(
    r"(?:organi[sz]er|organizador[a]?|organisat(?:eur|rice)|coordinator|coordenador[a]?|"
    r"coordinador[a]?|moderator|attendee|volunteer|sponsor|host|co-host|chair|judge|mentor|"
    r"panell?ist|reviewer|track\s+(?:lead|chair|host)|"
    r"emcee|mc|master\s+of\s+ceremonies|mestre\s+de\s+cerimônias?|maestro\s+de\s+ceremonias)"
    r"(?:\s+(?:of|at|for|in|on|da|de|do|del|du|des|dos|das|el|la)\b|\s*[,(\[]|\s*$)",
    re.I,
)
"""A line that opens with a part someone took at an event but speaking (``Coordinator of
the data track``, ``Mestre de cerimônia do evento …``, ``Judge at Harbor Hack``): no talk."""
SLOT_AFTER_WORD = lazy(rf"^(?P<word>\w+)\s+(?:{_OPEN_CLOSE}|{PAUSE_WORDS}|discussion)\W*$", re.I)
"""A program's opening, end, break or discussion named by one word before its own
(``Official end``, ``Offizielles Ende``, ``Short break``, ``Open discussion``; not
``Kubernetes networking``, a title)."""
DAY_WORDS = "day|tag|jour|día|dia"
"""Words for a program's day (``Day 2``, ``Tag 1``), as a regular expression's alternatives."""
PROGRAM_PARTS = rf"{DAY_WORDS}|week|track|room|stage|hall|salle|saal"
"""Words of a program's parts (a day, a track, a room), as a regular expression's
alternatives."""
PROGRAM_PLACE = lazy(rf"\b(?:{PROGRAM_PARTS})\b", re.I)
"""A word of a program's parts in a name (``Hall A``, ``Main Stage``): where, no one."""
_WORDS = lazy(r"\w+")


_LABEL_DECOR = lazy(r"^[^\w\s:]+\s*")
"""A symbol before a label word (``🎤 Speaker``, ``📍 Venue``); a symbol that is a label
itself (``📝``) is looked up as it is first."""


class Labels:
    """A site's label words (casefolded, each with its role)."""

    def __init__(self, labels: Mapping[str, str]) -> None:
        self.labels = labels

    def label(self, text: str) -> tuple[str, str] | None:
        """The role a line's label gives, and the text after the label (a media word
        before the site its links go to is one: ``Slides at [SlideShare](…)``)."""
        if (dashed := self._media_dash(text)) is not None:
            return dashed
        if ":" not in text and "：" not in text:
            if (joint := _TOGETHER_WITH.match(text)) is not None:
                return "other", joint["rest"]
            return self._media_at(text) if "\x00" in text else None
        found = _LABEL.match(text)
        if not found:
            return None
        role = self._label_role(found["label"].strip(" *_"), found["rest"])
        if role is None:
            return None
        rest = found["rest"]
        opened = found["label"].lstrip()[:1]
        if opened in ("*", "_") and rest.rstrip()[-1:] in ("*", "_"):
            rest = rest.rstrip().rstrip("*_")  # "**讲师：翁伟**" that Markdown left as written
        elif opened in ("*", "_") and rest[:1] == opened:
            rest = rest.lstrip("*_")  # "**讲师：**翁伟": the label's closing marks, as written
        return role, rest

    def labels_in(self, text: str) -> list[tuple[int, int, str]]:
        """Each label in ``text``, wherever it stands on the line (``[TALK] … Title: … Slides:
        …``): where it starts, where its part starts, and its role."""
        found: list[tuple[int, int, str]] = []
        for colon in _COLON.finditer(text):
            end = len(text[: colon.start()].rstrip())  # "Titre :", as French spaces it
            before = _WORDS_BEFORE.search(text, found[-1][1] if found else 0, end)
            if before is None:
                continue
            words = before[0].split()
            for count in range(len(words), 0, -1):
                label = " ".join(words[-count:])
                role = self.labels.get(label.strip(" *_[]()").casefold())
                if role is not None:
                    found.append((end - len(label), colon.end(), role))
                    break
        return found

    def _media_dash(self, text: str) -> tuple[str, str] | None:
        """A media's word, then a dash, then its link or its address (``**Slides** -
        https://…``): a label, written so."""
        found = (
            _MEDIA_THEN_DASH.fullmatch(text) if "-" in text or "–" in text or "—" in text else None
        )
        role = self.media_role(found["label"]) if found else None
        return (role, found["rest"]) if found and role in ("slides", "video") else None

    def media_said(self, text: str, links: Sequence[Link]) -> tuple[str, str] | None:
        """The media a sentence ends naming before its links (:data:`_MEDIA_LAST`), and
        those links, where their words only say where they point (an address, ``here``, a
        site's or the media's name; ``I did not like the video: [Another Talk](…)`` links
        another talk); ``links``: the line's, by slot."""
        said = _MEDIA_LAST.fullmatch(text) if ":" in text or "：" in text else None
        role = self.media_role(said["media"]) if said else None
        if said is None or role is None:
            return None
        words = [links[int(n)].text for n in SLOT.findall(said["rest"])]
        if not all(_only_points(w) or self.media_role(w) for w in words):
            return None
        return role, said["rest"]

    def _label_role(self, label: str, rest: str) -> str | None:
        """The role a label's words give (``Speaker``, ``🎤 Speaker``, ``About Ann Lee``,
        ``Topic 2``; ``The slides can be found here`` before a link)."""
        role = self._words_role(label)
        if role is None and label.casefold().startswith("about "):
            role = "bio"  # "About Ann Lee:"
        if role is None and not rest[:1].isdigit():  # (not "Session 14:00–15:30": a time)
            numbered = _NUMBERED_LABEL.fullmatch(label)  # "Topic 2:", "Speaker #1:"
            role = self.labels.get(numbered["label"].casefold()) if numbered else None
            role = role if role in ("title", "speakers") else None
        if role is None and (said := _MEDIA_SAID.fullmatch(label)) and "\x00" in rest:
            role = self.media_role(said["media"])  # "The slides can be found here: […](…)"
        return role

    def _words_role(self, label: str) -> str | None:
        """The role of a label's words as a label word: whole, in two languages (``発表者
        Speaker``), with a remark on which (``Slides (if applicable)``), or after the mark
        that opens them (``🎤 Speaker``)."""
        role = self.labels.get(label.casefold())
        if role is None and " " in label and not label.isascii():
            role = self._translated(label)  # "発表者 Speaker": the label in two languages
        if role is None and label.endswith(")") and (bare := _REMARK.sub("", label)):
            remarked = self.labels.get(bare.casefold())  # "Slides (if applicable):": which
            role = remarked if remarked in _REMARKED and not _SAYS_OTHER.search(label) else None
        if role is None and label and not label[0].isalnum():
            role = self.labels.get(_LABEL_DECOR.sub("", label, count=1).casefold())
        return role

    def _translated(self, label: str) -> str | None:
        """The role of a label written in two scripts, each a label of it (``発表者 Speaker``,
        ``題目 Title``): the part in Latin letters says it, the other one agrees."""
        found = _TRANSLATED.fullmatch(label)
        if found is None:
            return None
        role = self.labels.get(found["latin"].casefold())
        return role if role == self.labels.get(found["other"].casefold()) else None

    def _media_at(self, text: str) -> tuple[str, str] | None:
        """``Slides at [SlideShare](…) or [PDF](…)``, ``Video on [YouTube](…)``: a media
        word, then where its links go, labels them."""
        found = _MEDIA_AT.match(text)
        if not found:
            return None
        word = found["label"].casefold()
        if not {word, word.removesuffix("s")} & _MEDIA_WORDS:
            return None  # "Support via [GitHub Sponsors](…)": support is slides in French
        role = self.labels.get(word)
        return (role, found["rest"]) if role in ("slides", "video") else None

    def event_label(self, text: str) -> str | None:
        """What an event's label gives (``Event: [Harbor Meetup #3](…)``), else ``None``."""
        found = _LABEL.match(text)
        label = found["label"].strip(" *_").casefold() if found else ""
        named = found and label in EVENT_LABELS and self.labels.get(label, "other") == "other"
        return found["rest"] if named and found else None

    def only_label(self, text: str) -> str | None:
        """The role of a text that is a label and nothing more (``Speaker``, ``Slides:``),
        else ``None``."""
        return self.labels.get(text.rstrip(":：").strip().casefold())

    def heading_label(self, block: Block) -> str | None:
        """The role a heading gives what follows it when it is a label (``### Recording``,
        ``### Grabación de la charla:``), else ``None``. (A label heading is one deeper than
        the heading above it: ``# Videos`` over talks is a section.)"""
        if block.inline is None:
            return None
        text = clean_text(block.inline.visible()).strip()
        words = text.rstrip(":：").strip().casefold()
        role = self.only_label(text)
        if role is None and text.endswith((":", "：")) and words:
            role = self.labels.get(words.split()[0])
        return role if role in ("slides", "video", "abstract", "bio") else None

    def beside(self, label: str) -> bool:
        """Whether a link's text labels what stands beside a talk (``Code``, ``Notes``,
        ``Notebook``): no media, no title."""
        return self.labels.get(label.strip().casefold()) == "other"

    def media_role(self, label: str) -> str | None:
        """``slides`` or ``video`` when a link's text names one (``Slides``, ``Recording``,
        ``Download Slides :heart:``)."""
        if label.count(":") >= 2 and (plain := " ".join(ICON.sub(" ", label).split())):
            label = plain  # the label's icons
        label = label.removesuffix(" available")  # "Slides available": there, no more
        if label.endswith(")") and (bare := _REMARK.sub("", label)):
            label = bare  # "Video (ConfA)", "slides (google drive)": a remark on which one
        if not label.isascii() and (done := _CJK_ACTION.match(label)):
            label = label[done.end() :]  # "点此下载讲稿": click here to download, the slides
        if not label.isascii() and (here := _JA_HERE.search(label)):
            label = label[: here.start()]  # "資料はこちら": the slides, here
        if of := _MEDIA_OF.match(label) or _MEDIA_HOW.fullmatch(label):
            label = of["media"]  # "pdf of PGOpen", "Video with no sound": which one, how
        elif (given := _IN_LANGUAGE.fullmatch(label)) and given["language"].casefold() in LANGUAGES:
            label = given["media"]  # "video in French": which language
        role = self.labels.get(label.strip(" *_()[]").casefold())
        if role in ("slides", "video"):
            return role
        words = set(_WORDS.findall(label.casefold()))
        if not words or words - _VIDEO_WORDS - _SLIDES_WORDS - _LABEL_GLUE:
            return None  # a title that mentions slides is no label
        if words & _VIDEO_WORDS:
            return "video"
        return "slides" if words & _SLIDES_WORDS else None


CJK_CLICK = "点此|点击"
"""Chinese words for "click here" before what a link does, a regular expression's."""
CJK_DOWNLOAD = "下载|下載"
"""Chinese words for "download", a regular expression's."""
_CJK_ACTION = lazy(rf"(?:{CJK_CLICK}|請|请)?(?:{CJK_DOWNLOAD}|查看|观看|觀看)(?=\S)")
"""What a Chinese link's text says to do before the media it names (``点此下载讲稿``: click
here to download the slides)."""
_JA_HERE = lazy(r"(?<=\S)(?:は|の)?(?:こちら|ここ)(?:から|です)?[。!！]?$")
"""Where a Japanese link's text says its media is (``資料はこちら``: the slides are here)."""
_IN_LANGUAGE = lazy(r"\s*(?P<media>\w+)\s+(?:in|en|auf)\s+(?P<language>\w+)\s*", re.I)
"""A media word, then the language it is in (``video in French``, ``slides in English``)."""
_MEDIA_HOW = lazy(
    r"\s*(?P<media>\w+)\s+(?:with|without)\s+(?:no\s+)?"
    r"(?:sound|audio|subtitles|captions|transcript|slides|demo)\s*",
    re.I,
)
"""A media word, then what it comes with or lacks (``Video with no sound``, ``Recording
without audio``)."""
_MEDIA_OF = lazy(r"\s*(?P<media>\w+)\s+(?:of|from|at|de|du|von|vom)\s+\S", re.I)
"""A media word, then which one (``pdf of PGOpen``, ``slides from Harbor Conf``)."""
_REMARK = lazy(r"\s*\([^()]*\)\s*$")
"""A remark in parentheses at a label's end."""
_REMARKED = ("title", "slides", "video")
"""The roles a label keeps with a remark after it (``Slides (PDF):``, ``Title (tentative):``);
a speaker's remark may say she is none (``Speaker (moderator):``, ``(host, not presenting)``)."""
_SAYS_OTHER = lazy(
    r"\b(?:not|no|none|other|different|another|previous|last\s+year|outdated|old|cancel+ed|tb[ad])\b",
    re.I,
)
"""Words of a label's remark that say what follows is no talk's own (``Video (not recorded)``,
``Slides (from last year, outdated)``, ``Video (of a different talk)``)."""
PAPER_LABEL = lazy(
    r"(?:the\s+)?(?:paper|papers|preprint|whitepaper|論文|论文)(?:\s*\(pdf\))?\s*:?", re.I
)
"""A label or a link's text that calls what it links a paper (``Paper:``, ``[paper](…)``)."""
ICON = lazy(r":[a-z0-9_+-]+:")
"""A shortcode icon (``:heart:``, ``:fontawesome-solid-chalkboard-user:``), as
``pymdownx.emoji`` writes one: no word of a label or a column's name."""


DATE_CELL = lazy(
    rf"^(?:\d{{4}}(?:[-/.]\d{{1,2}}){{0,2}}|\d{{1,2}}[-/.]\d{{1,2}}[-/.]\d{{2,4}}|"
    r"\d{4}\s*[년年](?:\s*\d{1,2}\s*[월月](?:\s*\d{1,2}\s*[일日])?)?|"
    rf"(?:{MONTHS})\.?,?\s*\d{{0,2}}(?:st|nd|rd|th)?,?\s*\d{{0,4}}|"
    rf"\d{{1,2}}(?:st|nd|rd|th|\.)?\s+(?:de\s+)?(?:{MONTHS})\.?,?(?:\s+(?:de\s+)?\d{{4}})?|"
    rf"\d{{4}},?\s+(?:{MONTHS})\.?(?:\s+\d{{1,2}}(?:st|nd|rd|th)?)?)"
    r"(?:,?\s+\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*\([A-Z]{2,5}\))?)?$",
    re.I,
)
"""A table cell that holds a date: when, never what (``2031-05-03``, ``May 3, 2031``,
``2031 May 3``, ``7th October 2031``, ``15 de octubre de 2031``), maybe with its time
(``22nd Nov 2031, 8:00pm (CST)``)."""
_WEEKDAY_FIRST = lazy(rf"^(?:{WEEKDAYS})\.?,?\s+(?=\d|\w)", re.I)
"""The day's name before a date (``Tuesday, November 18``)."""


def is_date(text: str) -> bool:
    """Whether ``text`` is a date and nothing more (``2013-03-21:``, ``March 3``, ``Tuesday,
    November 18``)."""
    text = text.strip().removeprefix("- ")  # "- 22nd Nov 2031": a dash in a paragraph
    return bool(DATE_CELL.match(_WEEKDAY_FIRST.sub("", text).rstrip(":-–— ")))


END_REMARK = lazy(r"\s*\((?P<when>[^()]+)\)$")
"""A remark in parentheses at a title's end (``2. April 2011 (Harbor Days)``)."""
DAY_REMARK = lazy(r"\(\s*\d{1,2}[./]\d{1,2}[./]\d{2,4}\b")
"""A remark in parentheses that opens with a day (``(27/5/2031 2pm in person)``)."""
COUNTRY_END = lazy(r",\s*([A-Z]{2})$")
"""Two capitals after a comma at the end: a country's code (``Oslo, NO``, ``KTH, SE``)."""
