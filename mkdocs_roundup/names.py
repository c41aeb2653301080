"""Names and the text they are written in: a reader's view of text (entities decoded,
invisible characters dropped, spaces collapsed), whether words read as a person's name or an
organization's, and the key that matches one person's names across pages.
"""

from __future__ import annotations

import functools
import html
import re
import unicodedata
from typing import TYPE_CHECKING

from .patterns import lazy

if TYPE_CHECKING:
    from .model import Party

# -- Text cleaning --------------------------------------------------------------------------

_INVISIBLE_CHARS = "\ufeff\u200b\u200c\u200d\u2060\u00ad"
_INVISIBLE = dict.fromkeys(map(ord, _INVISIBLE_CHARS))
_INVISIBLE_CHAR = lazy(f"[{_INVISIBLE_CHARS}]")
_CYRILLIC_LOOKALIKES = str.maketrans(
    "АВЕЅІЈКМНОРСТХУаеіјорсухѕԁһ",
    "ABESIJKMHOPCTXYaeijopcyxsdh",
)
_LATIN = lazy(r"[A-Za-z]")
_CYRILLIC = lazy(r"[\u0400-\u04ff]")
_WORD = lazy(r"\w+")


def _fold_lookalikes(word: re.Match[str]) -> str:
    text = word.group(0)
    if _LATIN.search(text) and _CYRILLIC.search(text):
        return text.translate(_CYRILLIC_LOOKALIKES)
    return text


def collapse_spaces(text: str) -> str:
    """``" ".join(text.split())``: each run of white space one space, none at the ends."""
    flat = text.replace("\n", " ") if "\n" in text else text
    # Printable: no white space but the ASCII space (the usual text needs no split).
    if "  " not in flat and flat.isprintable():
        return flat.strip(" ")
    return " ".join(text.split())


_FOOTNOTE_MARK = lazy(r"\[\^[^\[\]\s]{1,20}\](?!:)")
"""A footnote's mark in the text (``Observability on a Budget[^2]``), not its definition."""


def clean_text(text: str) -> str:
    """Text as a reader sees it: entities decoded, invisible characters dropped, spaces
    collapsed. A Cyrillic letter inside a Latin word stays as written (the author's text);
    :func:`name_key` folds it for matching. A footnote's mark (``Title[^2]``) is no word of
    it."""
    if "[^" in text:
        text = _FOOTNOTE_MARK.sub("", text)
    if text.isascii() and "&" not in text:
        return collapse_spaces(text)  # nothing to decode, drop or fold
    text = html.unescape(text)
    if _INVISIBLE_CHAR.search(text):  # translate() with a table is slow on non-ASCII text
        text = text.translate(_INVISIBLE)
    text = text.replace("\xa0", " ")
    return collapse_spaces(text)


def fold_lookalikes(text: str) -> str:
    """``text`` with Cyrillic look-alike letters inside Latin words made Latin."""
    return _WORD.sub(_fold_lookalikes, text) if _CYRILLIC.search(text) else text


# -- Names ----------------------------------------------------------------------------------

_PARTICLES = {
    "de", "den", "der", "van", "von", "la", "le", "da", "di", "du", "dos", "das", "del",
    "della", "bin", "binti", "al", "el", "y", "ten", "ter", "zu", "af", "st.",
}  # fmt: skip
NAME_PARTICLES = "|".join(sorted(_PARTICLES - {"st."}, key=len, reverse=True))
"""The particles of a name (``van``, ``de``, ``von``…), as a regular expression's
alternatives."""
GROUP_END = lazy(
    r"\b(?:team|crew|staff|organi[sz]ers|volunteers|hosts|ambassadors|committee|"
    r"band|trio|quartet|quintet|ensemble|orchestra|choir)\s*$",
    re.I,
)
"""The word that ends a group of people's name (``DevFest Team``, ``Harbor Days Crew``, ``Ann
Lee Trio``)."""
JOINING_WORDS = r"and|und|et|y|e|og|en|i"
"""The words that join two names (``Ann Lee and Bo Lind``, ``und``, ``et``, ``y``, ``og``…), as a
regular expression's alternatives."""
_NOT_NAME_WORDS = {
    # words of events: "Title (Harbor Days)" names where, not who
    "days", "con", "conf", "conference", "summit", "meetup", "hackathon", "symposium", "festival",
    "expo", "forum", "online", "virtual", "remote", "hybrid", "webinar", "camp", "barcamp",
    "congress", "fest", "unconference",
    # words of titles and roles that never stand in a person's name
    "about", "advanced", "analyst", "api", "architect", "architecture", "backup", "business",
    "ceo", "cfo", "chairman", "chief", "cloud", "co-founder", "committer", "community", "coo",
    "cto", "data", "day", "demo", "deployment", "design", "developer", "development", "director",
    "discussion", "engineer", "evangelist", "founder", "future", "global", "head", "infrastructure",
    "introduction", "keynote", "lead", "management", "manager", "marketing", "member", "migration",
    "monitoring", "network", "networking", "news", "officer", "open", "overview", "panel",
    "performance", "president", "principal", "product", "q&a", "questions", "roadmap", "sales",
    "scheduling", "security", "senior", "session", "software", "source", "storage", "summary",
    "talk", "thanks", "track", "tutorial", "tuning", "update", "updates", "vp", "welcome",
    "workshop", "new", "next", "old", "best", "first", "last", "modern", "better", "getting",
    "live", "coding", "hands-on", "part", "dive", "only",
    "started", "beyond", "lessons", "learned", "tips", "tricks", "how", "why", "what", "when",
    "where", "your", "our", "my", "we", "you", "it", "is", "are", "not", "all", "more", "less",
    "sessions", "talks", "morning", "afternoon", "evening", "agenda", "and", "the", "of", "for", "with", "to", "in", "on", "at",
    # a remark on the talk's language: "Title (Tradução Simultânea)" names no one
    "translation", "translated", "interpretation", "subtitles", "subtitled", "tradução",
    "traducción", "traduction", "traduzione", "übersetzung", "simultânea", "simultánea",
    "simultanée", "simultanea", "simultaneous", "dolmetschen",
    # a title's opening verbs: "Exploring External Secrets Operator" names no one
    "exploring", "understanding", "building", "using", "scaling", "writing", "running", "testing",
    "making", "managing", "debugging", "deploying", "securing", "designing", "developing",
    "creating", "automating", "migrating", "introducing",
    # a product's or a system's words: "Harbor Operator shows how …" names no one
    "operator", "controller", "server", "platform", "engine", "framework", "library",
    "cluster", "database", "pipeline", "toolkit", "runtime", "plugin",
    # an academic program's words: "PhD Thesis Defence", "Closing Remarks" name no one
    "thesis", "defence", "defense", "remarks", "opening", "closing", "seminar", "colloquium",
    "phd", "ph.d",  # a degree, never a name's word: "Ann Lee, PhD Acme University"
}  # fmt: skip
ROLE_WORDS = {
    "advocate", "analyst", "architect", "ceo", "cfo", "chair", "chairman", "chief", "co-founder",
    "cofounder", "committer", "consultant", "contributor", "coo", "cto", "designer", "developer",
    "director", "engineer", "evangelist", "founder", "head", "lead", "maintainer", "manager",
    "officer", "president", "principal", "professor", "researcher", "scientist", "senior",
    "specialist", "vp", "dev", "student", "intern", "programmer", "trainer", "lecturer",
    "teacher", "sre", "ambassador", "reviewer", "approver", "leader", "owner", "member",
    "cofundador", "cofundadora", "desarrollador", "desarrolladora", "desenvolvedor",
    "desenvolvedora", "développeur", "développeuse", "directeur", "directrice", "directora",
    "diretor", "diretora", "engenheira", "engenheiro", "entwickler", "entwicklerin", "fondateur",
    "fondatrice", "fundador", "fundadora", "geschäftsführer", "geschäftsführerin", "gründer",
    "gründerin", "ingeniera", "ingeniero", "ingenieur", "ingenieurin", "ingénieur", "ingénieure",
    "leiter", "leiterin", "profesor", "profesora", "professeur", "professora", "sviluppatore",
    "sviluppatrice", "ingegnere", "studente", "studentessa", "fondatore",
    "direttore", "direttrice", "estudiante", "estudante", "étudiant", "étudiante",
    "postdoc", "post-doc", "postdoctoral", "chercheur", "chercheuse", "conseiller", "conseillère",
    "doctorant", "doctorante", "doktorand", "doktorandin", "forscher", "forscherin",
    "investigador", "investigadora", "pesquisador", "pesquisadora", "ricercatore", "ricercatrice",
    "fellow", "instructor",
}  # fmt: skip
"""Words that say what someone does (``CTO``, ``Head of Ops``, ``Ingenieur``): a part of a
line that holds one is her role, not a title's words nor a name."""


DEGREES = frozenset({"phd", "ph.d", "md", "m.d", "msc", "m.sc", "mba", "bsc", "b.sc", "dr", "prof",
                     "dphil", "ma", "ms", "bs", "ba", "jd", "mphil", "rn", "do", "dds", "pharmd"})  # fmt: skip
"""Degrees and titles written after a name (``Ann Lee, PhD``): hers, no organization."""


def is_role(text: str) -> bool:
    """Whether ``text`` names what someone does (``Country Manager``, ``CTO at Acme``)."""
    return any(word.strip(".,()").lower() in ROLE_WORDS for word in text.split())


_ORG_SUFFIXES = {"gmbh", "inc", "inc.", "ltd", "ltd.", "llc", "ag", "sa", "bv", "b.v.", "corp", "corp.", "plc", "srl", "sas", "oy", "ab", "as", "kg", "podcast",
                 "s.p.a.", "spa", "s.r.l.", "s.a.", "s.a.s.", "sarl", "s.a.r.l.", "s.l.", "nv", "n.v.", "oyj", "pty", "k.k."}  # fmt: skip


_SURNAME_ALIKE = lazy(r"[A-Z][a-z]")
"""A short legal suffix written as a surname is (``Rui Sa``, ``Bo As``), not as one (``Acme SA``,
``Acme AG``, ``Acme Inc``)."""


def is_legal_form(word: str) -> bool:
    """Whether a name's last word is a company's legal form, written as one (``AG``,
    ``Inc.``; ``Sa`` in ``Rui Sa`` is a surname)."""
    return word.lower() in _ORG_SUFFIXES and not _SURNAME_ALIKE.fullmatch(word)


def ends_legal_form(name: str) -> bool:
    """Whether a name is a company's, a word or two and its legal form written as one
    (``acme labs AG``, ``lumen GmbH``; not ``… as``, nor a remark that names one,
    ``formerly at acme Inc``)."""
    words = name.split()
    last = words[-1] if words else ""
    return (
        2 <= len(words) <= 3
        and is_legal_form(last)
        and not last.islower()
        and not any(w.lower() in _REMARK_WORDS for w in words)
    )


_REMARK_WORDS = frozenset({"formerly", "former", "ex", "ehemals", "früher", "at", "bei", "von",
                           "of", "with", "from", "freelance", "student", "auf"})  # fmt: skip
"""Words of a remark about someone's work, not of a company's name (``ehemals lumen GmbH``)."""


CON_WORD = r"(?-i:Con|CON)|(?<=[^\s])con|con(?=\s+(?:19|20)\d\d\b)"
"""The word "Con" as an event's: in capitals, after a word's letters or marks (``Comic Con``,
``SREcon``, ``!!con``) or before a year (``!!con 2015``); not Spanish or Italian "con"
(with). A regular expression's alternatives."""
_EVENT_WORDS = (
    rf"{CON_WORD}|"
    "conf|conference|congress|summit|meetup|days|expo|forum|symposium|fest|"
    "festival|week|camp|fosdem|webinar|(?-i:GDG|JUG)|user\\s+group|"
    # de, es, fr, it, nl, pl, pt, ru: words for an event only (after a look at their first
    # letters, which spares trying each at most words' starts)
    "(?=[kctjsrкфмс])(?:kongress|konferenz|tagung|congreso|jornadas|simposio|congrès|"
    "journées|colloque|rencontres|congresso|convegno|conferenza|conferentie|konferencja|"
    "simpósio|конференция|конгресс|форум|митап|саммит)|"
    # words for a meeting, a summit or a lecture too (and surnames: Cumbre, Sommet), an
    # event's after its edition's number ("II Jornada", "3e Conférence", "XV Encuentro")
    "(?:[IVXLC]+|\\d+(?:st|nd|rd|th|ª|º|e|\\.)?)\\s+(?:jornada|encuentro|encontro|cumbre|"
    "journée|conférence|conferencia|conferência|sommet)"
)
"""Words for an event (a regular expression's alternatives), in the languages roundup pages
are written in."""
_ONE_WORD_EVENT = r"[a-z](?:Con|Conf|Fest|Camp)\b"
"""An event's name in one word (``PyCon``, ``RustConf``, ``DevFest``, ``BarCamp``)."""
TALK_EVENT = lazy(
    r"(?i:\b(?:con|conf|conference|congress|summit|meetups?|symposium|workshop|fosdem|"
    r"user\s+group|devroom)\b)|\w(?:Con|Conf|CON|Camp|JS)\b"
)
"""Words for an event where talks are given (``Harbor Meetup``, ``RustConf``, ``FabCon.3D``),
not one of films, dances or songs (``festival``, ``week``, ``expo``)."""
EVENT = rf"(?i:\b\w*(?:{_EVENT_WORDS})\b)|[a-z]Days?\b"
"""Words that name an event, alone or ending a name (``Open Source Summit``, ``DevConf``,
``Pycon``, ``KubeDay``): a regular expression, to use alone or in a larger one."""
EVENT_PART = lazy(EVENT)
_EVENT_WORD = lazy(_ONE_WORD_EVENT)
EVENT_NAME = lazy(rf"(?i:\b(?:{_EVENT_WORDS}|day)\b)|{_ONE_WORD_EVENT}|[a-z]Days?\b")
"""A name's word that makes it an event's, whole (``Harbor Days``, ``Lumen Summit``) or
ending one word in its case (``HarborCon``, ``KubeDay``): not the end of any word
(``Falcon``), as :data:`EVENT` allows (``Pycon``)."""
EVENT_WORD_END = lazy(r"(?-i:\w(?:JS|Conf|Con|CON|Camp|Fest|Py|Days|Meetup|Summit)\b|\bI/O\b)")
"""An event's one-word name by how it ends, in any case before (``BrooklynJS``, ``JSConf``,
``DEVCON``, ``DevOpsDays``, ``Google I/O``): beside :data:`EVENT_NAME`, where a line's place says an
event stands (a delivery's, after ``@``)."""


def names_event_by_word(words: str) -> bool:
    """Whether words name an event by a word for one, whole (``Harbor Summit``), or ending a
    word in its case (``JSConf``, ``BrooklynJS``; not ``Chacon``)."""
    return bool(EVENT_NAME.search(words) or EVENT_WORD_END.search(words))


_NICKNAME = lazy(
    r"\s*\((?=[^()]*[A-Za-z])[^()\d]{1,30}\)\s*"
    r"|(?<=\w)\s+['‘][A-Z][a-z]{1,20}['’]\s+(?=\w)"
)
"""A nickname inside a name, in parentheses or in single quotes, one word (``Jung-Yu (Gina)
Yeh``, ``Joe 'Zonker' Brockmeier``; a word in double quotes is a title's: ``Kafka "Streams"
Explained``)."""
_NICKNAME_OPENERS = ("(", " '", " ‘")


_INSTITUTION_WORDS = frozenset(
    [
        "university",
        "universität",
        "université",
        "universidad",
        "universidade",
        "università",
        "universiteit",
        "institute",
        "institut",
        "instituto",
        "istituto",
        "college",
        "hochschule",
        "école",
        "escuela",
        "academy",
        "laboratory",
        "laboratories",
        "labs",
        "research",
        "foundation",
        "corporation",
        "ministry",
        "council",
        "society",
        "association",
    ]
)
"""Words that make a name an organization's ("Carnegie Mellon University")."""


_MIXED_SCRIPTS = lazy(r"[A-Za-z][\u3040-\u30ff\u3400-\u9fff]|[\u3040-\u30ff\u3400-\u9fff][A-Za-z]")
"""A Latin letter right beside a Japanese or Chinese character, in one word."""


def _is_upper_initial(word: str) -> bool:
    """A name's word: capitalised, or a particle joined to one (``de-Roos``, ``van-Dijk``)."""
    if "-" in word and not word[:1].isupper():
        particle, _, rest = word.partition("-")
        return particle in _PARTICLES and rest[:1].isupper()
    return bool(word) and word[0].isupper()


TITLES = lazy(
    r"^(?:(?:Dr|Prof|Profs?|Professor|Mr|Mrs|Ms|Mx|M\.?\s?Sc|B\.?\s?Sc|Ph\.?\s?D|Dipl\.-Ing|"
    r"Ing|Dott|Dott\.ssa|Doz|Mag)\.?\s+)+(?=\w)"
)
"""Academic and courtesy titles before a name (``Dr.``, ``Prof.``, ``M.Sc.``): no part of it."""


SERIES = r"seminars?|colloqui(?:um|a)|vortragsreihen?|ringvorlesung(?:en)?"
"""Words for a series of talks (a regular expression's alternatives): a page or a line that
names one speaks of talks, no person's name holds one."""
_NO_ONE = lazy(
    rf"(?i:\b(?:{SERIES}|conference|congress|symposium|workshop|series)\b)"
    r"|\b(?!(?i:univ|dept|inst|assoc|corp|intl|natl|lab|co|st|ave)\.)[^\W\d]{4,}\.\s+[^\W\d]"
)
"""Words no person's name holds: a series of talks or an event's (``Water Seminar``), a
sentence's stop after a word (``… Seminar. Lumen Universität``; not an abbreviation's,
``Univ. of Lumen``, ``Dept. of Physics``)."""


def names_no_one(text: str) -> bool:
    """Whether words that stand where names do name no one but where (``Harbor Climate &
    Water Seminar. Lumen Universität``: a series of talks, a sentence's stop; ``Prof. Ann
    Lee``'s stop is her title's)."""
    return bool(_NO_ONE.search(TITLES.sub("", text.strip())))


def without_title(name: str) -> str:
    """A person's name without the titles written before it (``Dr. Ann Lee``: ``Ann
    Lee``); a name that is no more than a title stays as written."""
    bare = TITLES.sub("", name) if name[:1].isupper() else name
    return bare if " " in bare.strip() or bare == name else name


CJK_CHAR = lazy(r"[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]")
"""A character of a script written without blanks between words (kana, Han, Hangul)."""
_CJK_PER_WORD = 3
"""How many such characters count as one word (most words are one to three)."""


def word_count(text: str) -> int:
    """About how many words ``text`` holds: its runs between blanks, and a word for each
    three characters of a script written without blanks (``服务网格的落地实践``: three)."""
    cjk = 0 if text.isascii() else len(CJK_CHAR.findall(text))
    if not cjk:
        return len(text.split())
    return len(CJK_CHAR.sub(" ", text).split()) + cjk // _CJK_PER_WORD


def looks_like_name(text: str) -> bool:
    """Whether ``text`` reads as one person's (or one organization's) name."""
    if any(mark in text for mark in _NICKNAME_OPENERS):
        text = _NICKNAME.sub(" ", text).strip()  # "Jung-Yu (Gina) Yeh", "Joe 'Zonker' Doe"
    if not text or len(text) > 60 or any(ch in text for ch in ':;!?()[]/+=#@\x00"“”「」、。'):
        return False
    if any(ch.isdigit() for ch in text):
        return False
    words = text.split()
    if not 1 <= len(words) <= 5 or any(len(word) > 25 for word in words):
        return False  # a sentence in a script without spaces is no name
    if len(text) == 2 and text.isupper():
        return False  # "Duluth, MN": a state's or a country's code
    if not text.isascii() and _MIXED_SCRIPTS.search(text):
        return False  # "Rustで作るCLI": a name is written in one script
    return _name_words(words)


_ACRONYM = lazy(r"[A-Z]{3,}")
"""A word of capitals only, three or more (``CNCF``, ``AWS``): an acronym (first in a
name, a body's; last, a surname some write so: ``Jean DUPONT``)."""


def _name_words(words: list[str]) -> bool:
    """Whether words are a name's: each capitalised (but particles, ``van``, ``de``), one
    at least, and none a word of titles, roles or events."""
    if len(words) >= 3 and words[0] == "A" and len(words[1].rstrip(".")) > 1:
        return False  # "A Web Service": a title's article, no initial ("A. Lee", "A J Rao")
    if words[0].casefold() in ("los", "las"):
        return False  # "Los Megajournals": an article (in "Carlos de Los Santos", a particle)
    if words[0] in _PARTICLES:
        return False  # "de Actividad": a phrase's words; a surname alone is no one's name
    if len(words) > 1 and _ACRONYM.fullmatch(words[0]) and not all(w.isupper() for w in words):
        return False  # "CNCF Islamabad", "GDSC Jakarta": an acronym first names a body
    capitals = 0
    for word in words:
        lowered = word.lower()
        if lowered in _NOT_NAME_WORDS or _EVENT_WORD.search(word):
            return False
        if lowered in _PARTICLES:
            continue
        if not _is_upper_initial(word) or _PLURAL_ACRONYM.fullmatch(word):
            return False
        capitals += 1
    return capitals >= 1


_PLURAL_ACRONYM = lazy(r"[A-Z]{2,}[a-z]{1,2}")
"""Capitals, then a letter or two in lower case (``APIs``, ``GPUs``, ``GOKb``): an acronym's
plural or a product's name, no one's (``VMware``, a company, is written on)."""


_NOT_ORG_ACRONYMS = frozenset({
    "usa", "uae", "ussr", "prc", "rsa", "cissp", "frs", "frse", "fieee", "facm", "pmp", "cpa",
    "cfa", "mvp", "gde", "ceng", "frcp", "obe", "mbe", "cbe", "tbd", "tba", "tbc", "wip", "todo",
}) | DEGREES  # fmt: skip
"""Acronyms that are no organization: a country's, a post-nominal's (``Ann Lee, CISSP``,
``Bo Lind, FRS``; the degrees are :data:`DEGREES`), a placeholder's (``TBD``)."""


def acronym_org(name: str) -> bool:
    """Whether an acronym alone, or a company's name with a digit in it, after a person's
    name, names her organization (``Ann Lee, VITO``, ``Max Lee, D2iQ``; not a role's, ``CEO``, nor a
    country's, a post-nominal's or a placeholder's)."""
    acronym = _ACRONYM.fullmatch(name) or DIGIT_NAME.fullmatch(name)
    return bool(acronym) and not names_no_org_acronym(name)


DIGIT_NAME = lazy(r"(?=(?:\d*[A-Za-z]){3})[A-Z][A-Za-z]*\d+[A-Za-z]+|\d+[A-Za-z]{4,}")
"""One word with digits between letters, three letters or more (``D2iQ``), or digits before
four letters or more (``1Password``): a company's name, written so; a version's, a quarter's
or a format's is none (``Python3``, ``Q3``, ``K8s``, ``IPv6``, ``MP3``, ``2FA``)."""


def names_no_org_acronym(words: str) -> bool:
    """Whether words in capitals name no organization: a role (``CEO``), a degree (``PhD``),
    a country (``USA``), a post-nominal (``CISSP``) or a placeholder (``TBD``)."""
    return is_role(words) or words.casefold().strip(".") in _NOT_ORG_ACRONYMS


def is_org_name(name: str, known_orgs: frozenset[str] = frozenset()) -> bool:
    """Whether a name is an organization's: one the site names (``known_orgs``), or by its
    words (a legal form, ``University``, a last word ``Group`` after capitalised ones)."""
    folded = name_key(name)
    if folded in known_orgs:
        return True
    words = name.split()
    return bool(words) and (
        is_legal_form(words[-1])
        or ("." in words[-1] and len(words) == 1)
        or any(w.lower() in _INSTITUTION_WORDS for w in words)
        or (words[-1] == "Group" and len(words) > 1 and all(map(_names_word, words)))
    )


def _names_word(word: str) -> bool:
    """Whether a word is one of a name's: capitalised, or one that joins its words
    (``Lufthansa Group``, ``Bank of Harbor Group``; not ``Leading the Data Group``)."""
    return word[:1].isupper() or word in ("of", "&", "and")


@functools.lru_cache(maxsize=1 << 16)  # names repeat across a site's pages: fold each once
def name_key(name: str) -> str:
    """A name folded for comparison: case, accents and spacing do not matter."""
    if name.isascii() and "&" not in name:
        return collapse_spaces(name.lower())  # nothing to decode, decompose or fold
    decomposed = unicodedata.normalize("NFKD", fold_lookalikes(clean_text(name)))
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(plain.casefold().replace("ı", "i").split())


_PLACE = lazy(r"\s[A-Z]{2}$")
"""``San Diego CA``: a city and its state or country code."""
_NUMBERED_NAME = lazy(r"\S+\s+\S+\s+(?:II|IV|VI)")
"""A first and a family name, then its number (``John Doe II``; not ``Rocky II``, a film)."""


def named_in_full(person: Party) -> bool:
    """A person's full name (or a profile link), not a place (``Boston MA``)."""
    if person.url:
        return True
    name = person.name
    return " " in name and (not _PLACE.search(name) or bool(_NUMBERED_NAME.fullmatch(name)))
