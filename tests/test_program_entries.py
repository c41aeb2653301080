"""A conference program's entries written over three lines: the time alone, the speakers,
then the title in italics."""

from __future__ import annotations

import pytest
from reading import media, people, talks

# "~" stands for the two blanks that end a line before a line break
ITEMS = """
# Lakeside Symposium 2031

## Programme

### 12 March 2031

- **09:30** Registration
- **10:00**~
  Jane **Example**, Omar **Haddad**~
  _Observability on a budget: what we learned_
- **10:30**~
  Mary **Sample**~
  _Tracing at scale with open tools_
- **11:00**~
  Li **Wei**~
  _Storage tiers for small teams_
- **11:30 Coffee break**
""".replace("~", "  ")


def test_a_program_s_items_of_time_names_and_title_in_italics_are_talks() -> None:
    found = talks(ITEMS)
    assert [(t.line, t.title, people(t), t.section) for t in found] == [
        (
            8,
            "Observability on a budget: what we learned",
            [("Jane Example", None), ("Omar Haddad", None)],
            "12 March 2031",
        ),
        (11, "Tracing at scale with open tools", [("Mary Sample", None)], "12 March 2031"),
        (14, "Storage tiers for small teams", [("Li Wei", None)], "12 March 2031"),
    ]


def test_a_program_s_paragraphs_written_so_are_talks() -> None:
    found = talks(
        """
        # Workshop on Storage (Lakeside, 2031)

        ## Program

        **10:00**~
        Jane Example, Omar Haddad~
        *Observability on a budget*

        **10:30 - 11:00**~
        Mary Sample~
        *Tracing at scale with open tools*

        **11:00 - 11:30**~
        Li Wei~
        *Storage tiers for small teams*
        """.replace("~", "  ")
    )
    assert [(t.title, people(t)) for t in found] == [
        ("Observability on a budget", [("Jane Example", None), ("Omar Haddad", None)]),
        ("Tracing at scale with open tools", [("Mary Sample", None)]),
        ("Storage tiers for small teams", [("Li Wei", None)]),
    ]


@pytest.mark.parametrize(
    ("line", "written"),
    [
        ("_Storage tiers for small teams_", "_Room B_"),  # where
        ("_Storage tiers for small teams_", "_Lecture Theatre 2_"),
        ("_Storage tiers for small teams_", "_University of Lakeside_"),  # where he works
        ("_Storage tiers for small teams_", "_Professor of Ecology_"),  # what he does
        ("_Storage tiers for small teams_", "_Panel discussion_"),  # a kind
        ("_Storage tiers for small teams_", "_Lunch will be served_"),  # a break
        ("_Storage tiers for small teams_", "_Title to be announced_"),
        ("_Storage tiers for small teams_", "_Talk moved to Thursday_"),
        ("_Storage tiers for small teams_", "_Session III: Wetlands and rivers_"),
        ("_Storage tiers for small teams_", "_Questions and answers_"),
        ("Li **Wei**", "Li **Wei** (chair)"),  # who chairs a session
    ],
)
def test_an_entry_whose_italics_are_no_title_stays_as_written(line: str, written: str) -> None:
    found = talks(ITEMS.replace(line, written))
    assert [t.title for t in found] == [
        "Observability on a budget: what we learned",
        "Tracing at scale with open tools",
    ][: len(found)]
    assert "Li Wei" not in [p.name for t in found for p in t.speakers]


@pytest.mark.parametrize(
    "page",
    [
        # a meeting's agenda (no gathering's page) names who does what
        ITEMS.replace("Lakeside Symposium 2031", "Board meeting").replace("Programme", "Agenda"),
        ITEMS.replace("Lakeside Symposium 2031", "Sprint review, week 14"),
        # the people who run a gathering, a festival, a week of exams
        ITEMS.replace("Lakeside Symposium 2031", "Symposium organising committee"),
        ITEMS.replace("Lakeside Symposium 2031", "Summer Music Festival"),
        ITEMS.replace("Lakeside Symposium 2031", "Final exam week"),
        # no heading names the program
        ITEMS.replace("## Programme", "## Notes"),
        # a names line that is no one's in full
        ITEMS.replace("Jane **Example**, Omar **Haddad**", "Jane, Omar")
        .replace("Mary **Sample**", "Mary")
        .replace("Li **Wei**", "Li"),
        # the title is not all in italics
        ITEMS.replace("_Observability on a budget: what we learned_", "Observability _now_")
        .replace("_Tracing at scale with open tools_", "Tracing at scale")
        .replace("_Storage tiers for small teams_", "Storage tiers"),
        # two entries only: no program's shape
        ITEMS.replace("- **11:00**  \n  Li **Wei**  \n  _Storage tiers for small teams_\n", ""),
    ],
)
def test_lines_of_time_names_and_italics_elsewhere_stay_as_written(page: str) -> None:
    assert talks(page) == []


def test_a_program_s_speakers_and_titles_with_their_length_are_talks() -> None:
    page = """
        # Harbor Tagung 2031

        ## Samstag, 6. Mai

        - 09:00 Begrüßung
        - 09:30 Sitzung 1
          - Ana Ruiz: Karten falten von Hand (30min)
          - Bo Lind: Leise Warteschlangen im Betrieb (30min)
        - 10:30 Pause
        - 10:45 Sitzung 2
          - Cy Moe: Caches für kleine Seiten (45 min)
        - 16:10 Offizielles Ende, Offener Chat
        """
    found = talks(page)
    assert [(t.title, people(t)) for t in found] == [
        ("Karten falten von Hand", [("Ana Ruiz", None)]),
        ("Leise Warteschlangen im Betrieb", [("Bo Lind", None)]),
        ("Caches für kleine Seiten", [("Cy Moe", None)]),
    ]
    # its lengths alone, no one named in full: a schedule's slots
    assert (
        talks(page.replace("Ana Ruiz", "Ana").replace("Bo Lind", "Bo").replace("Cy Moe", "Cy"))
        == []
    )


@pytest.mark.parametrize(
    "page",
    [
        # a bootcamp's schedule and a festival's line-up name no gathering of talks
        """
        # Bootcamp day — schedule

        ## Saturday

        - 08:15 Block 1
          - Ana Ruiz: Squats and lunges (30 min)
          - Bo Lind: Core stability (15 min)
        """,
        """
        # Festival line-up 2031

        ## Main stage

        - 18:00 Ana Ruiz Trio: Jazz standards (1h)
        - 19:30 Bo Lind: Acoustic set (45 min)
        """,
    ],
)
def test_lengths_on_a_page_of_no_talks_make_none(page: str) -> None:
    assert talks(page) == []


def test_a_program_s_slot_words_are_whole_titles_only() -> None:
    found = talks(
        """
        # Vorträge

        - 2031-03-04: Michael Ende: Phantasie ([Folien](https://example.org/ende.pdf))
        - 2031-03-18: Ana Ruiz: Fin de siècle in Wien ([Folien](https://example.org/fds.pdf))
        - 2031-03-11: Bo Lind: Erzählen für Kinder ([Folien](https://example.org/bl.pdf))
        """
    )
    assert [(t.title, people(t)) for t in found] == [
        ("Phantasie", [("Michael Ende", None)]),
        ("Fin de siècle in Wien", [("Ana Ruiz", None)]),
        ("Erzählen für Kinder", [("Bo Lind", None)]),
    ]
    beside = talks(
        """
        # Harbor Tagung 2031

        - 09:30 Sitzung 1
          - Ana Ruiz: Karten falten von Hand (30min)
          - Di Ray: Warteschlangen ohne Lärm (30min)
          - Bo Lind: Kubernetes networking
          - Cy Moe: Offizielles Ende
        """
    )
    assert [(t.title, people(t)) for t in beside] == [
        ("Karten falten von Hand", [("Ana Ruiz", None)]),
        ("Warteschlangen ohne Lärm", [("Di Ray", None)]),
        ("Kubernetes networking", [("Bo Lind", None)]),
    ]


def test_a_definition_list_of_times_gives_each_talk_in_its_definition() -> None:
    found = talks(
        """
        ## Program

        ### Tuesday May 6, 2031

        08:30 - 09:00
        : Registration

        09:00 - 10:00
        : [TALK](slides/TALK_Ann_Lee.pdf) _Ann Lee_: "Package review by hand"

        10:00 - 10:15
        : [FLT01](slides/FLT01_Bo_Lind.html) _Bo Lind_: "Authoring documents with style"

        10:15 - 10:30
        : Coffee break

        10:30 - 10:45
        : [FLT02](slides/FLT02_Cy_Moe.pptx) _Cy Moe_: "Small parsers for large logs"

        19:00 -
        : Dinner at the harbour
        """
    )
    assert [(t.title, people(t), media(t)) for t in found] == [
        ("Package review by hand", [("Ann Lee", None)], ["slides/TALK_Ann_Lee.pdf"]),
        ("Authoring documents with style", [("Bo Lind", None)], ["slides/FLT01_Bo_Lind.html"]),
        ("Small parsers for large logs", [("Cy Moe", None)], ["slides/FLT02_Cy_Moe.pptx"]),
    ]
    # a code that links no deck stays a word of the line
    assert talks("- [FLT01](https://example.org/abstracts/1) Ann Lee: Quiet queues\n") == []


def test_a_programs_timed_items_with_a_title_in_emphasis_under_its_sessions() -> None:
    page = """
        ---
        title: Harbor Workshop 2031
        ---

        # {heading}

        _Invited talks are 25 minutes, contributed talks 15 minutes._

        ## Monday 8/6

        13:00 LUNCH

        ### Welcome and appetizers

        Chair: Ann Lee

        - 14:35-14:45 Bo Lind - _Project overview_ ([abstract](abstracts.md#Lind))
        - 14:50-15:05 Cy Moe (**invited**) - _Thermal functionals_ ([abstract](abstracts.md#Moe))
        - 15:10-15:25 Di Ray - _The web interface of the tables_

        ### Budget

        - 16:00-16:30 Eve Lund - Budget review
        """
    found = talks(page.format(heading="Program"))
    assert [(t.title, people(t), t.section) for t in found] == [
        ("Project overview", [("Bo Lind", None)], "Welcome and appetizers"),
        ("Thermal functionals", [("Cy Moe", None)], "Welcome and appetizers"),
        ("The web interface of the tables", [("Di Ray", None)], "Welcome and appetizers"),
    ]
    # a meeting's agenda, no program of an event's: no talks
    minutes = page.format(heading="Agenda").replace("Harbor Workshop 2031", "Board minutes")
    minutes = minutes.replace("_Invited talks are 25 minutes, contributed talks 15 minutes._", "")
    assert talks(minutes) == []


JAPANESE_PROGRAM = """
## 過去のイベント

#### 2031/09/25 Harbor Evening #17

* 日時: 09月25日 土曜日 16:00スタート
    * 会場: オンライン
* プログラム
    * セッション「ロギングとモニタリング」又吉さん(30分)
    * パネルディスカッション「小さなキューの話」多和田さん(40分)
    * LT
        * 「フィッシングメールを検証してみた」中山さん(10分)
        * 「3分ハッキング」(10分) 島尻さん

#### 2031/06/12 Harbor Evening #16

* プログラム
    * 「地図の折り方」淵上さん
    * 「キャッシュ入門」川口さん
"""


def test_a_japanese_programs_titles_in_corner_brackets_then_who_with_her_honorific() -> None:
    """``セッション「Title」又吉さん(30分)`` under ``- プログラム``: the title in the brackets,
    its kind before them, who gives it by her honorific (``多和田``, one name: ``和`` joins
    no names inside one), the length after or before her name no one's."""
    found = talks(JAPANESE_PROGRAM)
    assert [(t.title, t.kind, [s.name for s in t.speakers]) for t in found] == [
        ("ロギングとモニタリング", "talk", ["又吉"]),
        ("小さなキューの話", "panel", ["多和田"]),
        ("フィッシングメールを検証してみた", "talk", ["中山"]),
        ("3分ハッキング", "talk", ["島尻"]),
        ("地図の折り方", "talk", ["淵上"]),
        ("キャッシュ入門", "talk", ["川口"]),
    ]


def test_a_japanese_programs_toasts_shows_and_gifts_are_no_talks() -> None:
    """Words before the brackets that name no kind of talk (``乾杯``, ``余興``), or a part
    taken before the name (``提供``, ``幹事``), leave the line as written; so do items a
    level under a part of the program (``持ち寄り料理の紹介`` over its dishes)."""
    found = talks(
        """
        ## 忘年会 2031

        * プログラム
            * 乾杯「開会のあいさつ」山田さん(5分)
            * 持ち寄り料理の紹介
                * 「肉じゃが」山田さん
                * 「唐揚げ」佐藤さん
            * 余興「ビンゴ大会」木村さん(20分)
            * セッション「小さなキューの話」又吉さん(30分)
            * セッション「地図の折り方」田中和也さん、佐藤さん(30分)
            * 懇親会「ピザとドリンク」幹事 佐藤さん(60分)
        * プレゼント
            * 「Rust入門」提供 伊藤さん
        """
    )
    assert [(t.title, [s.name for s in t.speakers]) for t in found] == [
        ("小さなキューの話", ["又吉"]),
        ("地図の折り方", ["田中和也", "佐藤"]),  # "和也": a given name, no "and"
    ]


def test_words_before_the_brackets_say_a_kind_of_talk_or_no_talk() -> None:
    found = talks(
        """
        ## Harbor Evening #21

        * プログラム
            * 特別講演「キューの歴史」又吉さん(40分)
            * 書籍紹介「実践キュー設計」山田さん(10分)
            * 表彰式「LTグランプリ」木村さん(10分)
            * LT1「5分でわかるWasm」加藤さん(5分)
        """
    )
    assert [(t.title, [s.name for s in t.speakers]) for t in found] == [
        ("キューの歴史", ["又吉"]),
        ("5分でわかるWasm", ["加藤"]),
    ]
