"""Lines that name the speaker first, then the talk's title linked to its material."""

from __future__ import annotations

import pytest
from reading import media, orgs, people, talks

from mkdocs_roundup.line_marks import without_marks, without_time


def test_a_name_a_comma_then_a_title_linked_to_its_deck_under_a_meetings_date() -> None:
    found = talks(
        """
        # Past talks

        ### 12 May

        * Ada Vos, [Folding maps by hand](https://speakerdeck.com/avos/folding-maps)
        * Bo Lind, [Quiet queues](https://docs.google.com/presentation/d/1abcDEFghiJKL/edit)

        ### April 2031

        * Cy Moe, [Small caches for large sites](https://cy.example.org/presentations/caches/)
        * Di Hart, [Parsers by hand](https://files.example.org/ParsersTalk.pdf)
        """
    )
    assert [(t.title, people(t), t.section) for t in found] == [
        ("Folding maps by hand", [("Ada Vos", None)], "12 May"),
        ("Quiet queues", [("Bo Lind", None)], "12 May"),
        ("Small caches for large sites", [("Cy Moe", None)], "April 2031"),
        ("Parsers by hand", [("Di Hart", None)], "April 2031"),
    ]
    assert media(found[0]) == ["avos/folding-maps"]


def test_a_title_that_names_a_role_linked_to_its_deck_is_a_talk() -> None:
    found = talks(
        """
        ### 22 July

        * Ada Vos, [My journey as a Python plugin developer for a map tool](https://speakerdeck.com/avos/journey)
        * Bo Lind, [Quiet queues](https://docs.google.com/presentation/d/1abcDEFghiJKL/edit)
        """
    )
    assert [(t.title, people(t)) for t in found] == [
        ("My journey as a Python plugin developer for a map tool", [("Ada Vos", None)]),
        ("Quiet queues", [("Bo Lind", None)]),
    ]


@pytest.mark.parametrize(
    "page",
    [
        # their organizations' sites
        "### 12 May\n\n* Ada Vos, [Northwind Labs](https://northwind.example/)\n"
        "* Bo Lind, [Acme Cloud](https://acme.example/)\n",
        # one word: a product
        "### 12 May\n\n* Ada Vos, [Northwind](https://speakerdeck.com/northwind/maps)\n"
        "* Bo Lind, [Acme](https://speakerdeck.com/acme/queues)\n",
        # no one named in full
        "### 12 May\n\n* Ada, [Folding maps by hand](https://speakerdeck.com/avos/maps)\n"
        "* Bo, [Quiet queues](https://speakerdeck.com/blind/queues)\n",
        # a repository, a paper: no talk's material by its address
        "### 12 May\n\n* Ada Vos, [Fix the parser](https://github.com/acme/tool/tree/fix)\n"
        "* Bo Lind, [Faster startup](https://example.org/papers/startup.pdf)\n",
        # a year's list of where one spoke, a tour's cities, partners: no meeting's date
        "## 2031\n\n* Harbor Summit, [Records in practice](https://youtu.be/aaaaaaaaaaa)\n"
        "* Lantern Days, [Threads in anger](https://youtu.be/bbbbbbbbbbb)\n",
        "# Roadshow\n\n- San Marino, [Maps on a budget](https://youtu.be/aaaaaaaaaaa)\n"
        "- Porto Alegre, [Mapas baratos](https://speakerdeck.com/team/mapas)\n",
        "# Partner talks\n\n* Northwind Labs, [Deep dive](https://youtu.be/aaaaaaaaaaa)\n"
        "* Acme Cloud, [Our migration story](https://acme.example/slides/story.pdf)\n",
        # a role, and words after the link
        "### 12 May\n\n* Ada Vos, [Community Manager](https://speakerdeck.com/avos/maps)\n"
        "* Bo Lind, [Quiet queues](https://speakerdeck.com/bl/q), Harbor Days and more\n",
        "### 12 May\n\n* Ada Vos, [Senior Developer Advocate at Northwind](https://speakerdeck.com/avos/maps)\n"
        "* Bo Lind, [Head of Platform Engineering](https://speakerdeck.com/bl/q)\n",
        "### 12 May\n\n* Ada Vos, [Senior Developer Advocate at Northwind Cloud Europe]"
        "(https://speakerdeck.com/avos/maps)\n"
        "* Bo Lind, [Research Scientist at the Harbor AI Lab](https://speakerdeck.com/bl/q)\n",
    ],
)
def test_a_name_a_comma_then_a_link_that_is_no_talk_stays_as_written(page: str) -> None:
    assert talks(page) == []


def test_a_recorded_talk_by_surnames_alone_names_them_all() -> None:
    found = talks(
        """
        # Talks worth watching

        * [Folding Maps](https://www.youtube.com/watch?v=aaaaaaaaaaa) by **Ada Vos**
        * [The Actor Model](https://channel9.msdn.com/Shows/Going+Deep/the-actor-model) by **Vos, Lind and Moe**
        * [Quiet Queues](https://vimeo.com/12345678) by **Bo Lind**
        """
    )
    assert [(t.title, [p for p, _ in people(t)]) for t in found] == [
        ("Folding Maps", ["Ada Vos"]),
        ("The Actor Model", ["Vos", "Lind", "Moe"]),
        ("Quiet Queues", ["Bo Lind"]),
    ]


def test_a_deck_a_repositorys_release_holds_is_the_talks_file() -> None:
    release = "https://github.com/avos/maps-talk/releases/download/2031-02-16/maps.pdf"
    found = talks(
        f"""
        ### 16 February 2031

        * "Client-side maps" - Bo Lind (Lumen)
        * ["Folding Maps"](https://github.com/avos/maps-talk) ([PDF]({release})) - Ada Vos
        """
    )
    assert [(t.title, [p for p, _ in people(t)]) for t in found] == [
        ("Client-side maps", ["Bo Lind"]),
        ("Folding Maps", ["Ada Vos"]),
    ]
    assert release in [m.url for m in found[1].media]


def test_the_line_under_a_bold_title_opens_with_its_speaker() -> None:
    found = talks(
        """
        ### Earlier talks

        * **Folding Maps in Practice**<BR>Ada Vos at the Harbor theory seminar 12 June 2031 [slides](../files/vos.pdf)
        * **Quiet Queues**<BR>Bo Lind at PASCOS-2030, Taipei 20 Nov 2030
        * **Small Caches**<BR>Cy Moe, applying for a PhD position, Oct 2029 [slides](../files/moe.pdf)
        * **Tide Tables**<BR>Lantern Days at the harbor, 2028 [slides](../files/tides.pdf)
        * **Wind Charts**<BR>Northwind Labs at its Harbor office [slides](../files/wind.pdf)
        """
    )
    assert [(t.title, [p for p, _ in people(t)]) for t in found] == [
        ("Folding Maps in Practice", ["Ada Vos"]),
        ("Quiet Queues", ["Bo Lind"]),
        ("Small Caches", []),  # a comma after a name may follow a place's: no one
        ("Tide Tables", []),  # an event's name opens it: no one
        ("Wind Charts", []),  # an organization's: no one
    ]


def test_one_word_names_after_by_need_items_beside_that_name_theirs_in_full() -> None:
    found = talks(
        """
        # Partner sessions

        * [Scaling checkout](https://www.youtube.com/watch?v=aaaaaaaaaaa) by Acme, Lumen and Northwind
        * [Sorting](https://www.youtube.com/watch?v=bbbbbbbbbbb) by Insertion, Selection and Merge
        * [Translations](https://www.youtube.com/watch?v=ccccccccccc) by German, French and Spanish
        """
    )
    assert found == []  # recordings that name no one: left as written


def test_a_hyphenated_name_before_a_dash_is_the_speaker() -> None:
    found = talks(
        """
        # Videos of the day

        Ada Vos - [Folding maps by hand](https://youtu.be/aaaaaaaaaaa?t=11m42s)

        Bo Lind-Moreau - [Quiet queues for loud systems](https://youtu.be/aaaaaaaaaaa?t=54m42s)

        Jean-Luc Moe - [Small caches](https://youtu.be/aaaaaaaaaaa?t=1h40m56s)
        """
    )
    assert [(t.title, people(t)) for t in found] == [
        ("Folding maps by hand", [("Ada Vos", None)]),
        ("Quiet queues for loud systems", [("Bo Lind-Moreau", None)]),
        ("Small caches", [("Jean-Luc Moe", None)]),
    ]


def test_a_title_before_a_dash_and_a_linked_name_is_no_speaker() -> None:
    found = talks(
        """
        # Recordings of the day

        * Real-Time Systems - [Ann Lee](https://www.youtube.com/watch?v=aaaaaaaaaaa)
        * Realtime Queues - [Bo Lind](https://www.youtube.com/watch?v=bbbbbbbbbbb)
        * Self-Hosting Gems - [Cy Moe](https://www.youtube.com/watch?v=ccccccccccc)
        """
    )
    assert all(t.title not in ("Ann Lee", "Bo Lind", "Cy Moe") for t in found)
    assert all(p != "Real-Time Systems" for t in found for p, _ in people(t))


def test_a_deck_written_out_after_a_speaker_first_line_is_its_slides() -> None:
    found = talks(
        """
        # Talks

        * Ada Vos - Folding maps by hand - https://speakerdeck.com/avos/folding-maps
        * Bo Lind - Quiet queues at scale - https://speakerdeck.com/blind/queues
        * Cy Moe - Small caches for large sites - https://speakerdeck.com/cymoe/caches
        """
    )
    assert [(t.title, people(t), media(t)) for t in found] == [
        ("Folding maps by hand", [("Ada Vos", None)], ["avos/folding-maps"]),
        ("Quiet queues at scale", [("Bo Lind", None)], ["blind/queues"]),
        ("Small caches for large sites", [("Cy Moe", None)], ["cymoe/caches"]),
    ]


def test_a_handle_between_a_name_and_a_title_is_no_part_of_the_title() -> None:
    found = talks(
        """
        # Talks

        * Ada Vos - @adavos - Folding Maps by Hand
        * Cy Moe - @cymoe - Small caches for large sites
        * Di Hart - @dihart - Parsers by Hand
        """
    )
    assert [(t.title, people(t)) for t in found] == [
        ("Folding Maps by Hand", [("Ada Vos", None)]),
        ("Small caches for large sites", [("Cy Moe", None)]),
        ("Parsers by Hand", [("Di Hart", None)]),
    ]


def test_an_item_that_reads_both_ways_against_its_list_is_left_as_written() -> None:
    page = """
        # Talks

        * Ada Vos - Folding maps by hand - https://speakerdeck.com/avos/folding-maps
        * {line} - https://speakerdeck.com/blind/queues
        * Cy Moe - Small caches for large sites - https://speakerdeck.com/cymoe/caches
        * Di Ray - Stream Fusion Revisited - https://speakerdeck.com/dray/fusion
        """
    # two names, or a name and a title of two words: nothing tells which is the speaker
    for line in ("Bo Lind - Queues Everywhere", "Machine Learning - Bo Lind"):
        found = talks(page.format(line=line))
        assert [t.title for t in found] == [
            "Folding maps by hand",
            "Small caches for large sites",
            "Stream Fusion Revisited",
        ]
    # a longer side is the title, whichever side it stands on
    found = talks(page.format(line="Machine Learning Basics - Bo Lind"))
    assert [(t.title, people(t)) for t in found][1] == (
        "Machine Learning Basics",
        [("Bo Lind", None)],
    )


def test_lines_that_read_both_ways_beside_one_that_reads_one_way_stay_as_written() -> None:
    page = """
        # Posters

        {first}

        Bo Lind - Tidal Energy Forecasts ([poster](https://example.org/posters/lind.pdf))

        Carla Mendes - Salt Marsh Mapping ([poster](https://example.org/posters/mendes.pdf))
        """
    # one line names its speaker first; the others read both ways (a title of three words
    # or a name of three, "Graph Theory - Ana Maria Reis"): no way to tell, no card
    first = "Ann Lee - Sparse Sensors in Estuaries ([poster](https://example.org/posters/lee.pdf))"
    assert talks(page.format(first=first)) == []
    # a product after the dash is no talk's title: the headings keep their speakers
    found = talks(
        """
        # Harbor Data Meetup #7 — talks

        ## Partitioning Large Tables - Ann Lee

        Ann works on the storage team. [Slides](https://speakerdeck.com/annlee/partitions)

        ## Federated Schemas - HarborQL

        An overview of our federation layer, by the API team. [Slides](https://speakerdeck.com/harbor/fed)

        ## Realtime Dashboards - ClickHouse

        Bo Lind, Lumen data platform. [Video](https://youtube.com/watch?v=dash1234567)
        """
    )
    assert (found[0].title, people(found[0])) == ("Partitioning Large Tables", [("Ann Lee", None)])


def test_a_written_out_address_no_reading_takes_leaves_the_line_as_written() -> None:
    found = talks(
        """
        # Talks

        * Ada Vos - Folding maps by hand - https://speakerdeck.com/avos/folding-maps
        * Bo Lind - Quiet queues at scale - https://github.com/blind/queues
        * Cy Moe - Small caches for large sites - https://speakerdeck.com/cymoe/caches
        """
    )
    assert [t.title for t in found] == ["Folding maps by hand", "Small caches for large sites"]


def test_a_name_with_its_organization_first_follows_a_list_of_speakers_first() -> None:
    found = talks(
        """
        # Kolloquium

        - Ada Vos (TU Delft) - Typsysteme für die Praxis ([Folien](https://example.org/s/1.pdf))
        - Bo Lind (KTH) - Verifizierte Übersetzer ([Folien](https://example.org/s/2.pdf))
        - Cy Moe (ETH) - Datenbanken im Wandel ([Folien](https://example.org/s/3.pdf))
        """
    )
    assert [(t.title, people(t)) for t in found] == [
        ("Typsysteme für die Praxis", [("Ada Vos", None)]),
        ("Verifizierte Übersetzer", [("Bo Lind", None)]),
        ("Datenbanken im Wandel", [("Cy Moe", None)]),
    ]


def test_a_name_in_bold_with_where_she_works_then_the_title() -> None:
    found = talks(
        """
        # Programme

        - 14:00 **Ada Vos** (Lumen Institute). Folding maps by hand ([slides](slides/vos.pdf))
        - 15:00 **Bo Lind** (Orange Leaf, KTH): Quiet queues at scale ([slides](slides/lind.pdf))
        - 15:30 **Cy Moe** (ETH) - Small caches for large sites ([slides](slides/moe.pdf))
        """
    )
    assert [(t.title, people(t), orgs(t)) for t in found] == [
        ("Folding maps by hand", [("Ada Vos", None)], ["Lumen Institute"]),
        ("Quiet queues at scale", [("Bo Lind", None)], ["Orange Leaf, KTH"]),
        ("Small caches for large sites", [("Cy Moe", None)], ["ETH"]),
    ]


def test_a_bold_title_with_a_remark_in_parentheses_stays_the_title() -> None:
    found = talks(
        """
        # Programme

        - **Folding Maps** (remote). Ada Vos ([slides](slides/vos.pdf))
        - **Quiet Queues** (Workshop). Bo Lind ([slides](slides/lind.pdf))
        """
    )
    assert [t.title for t in found] == ["Folding Maps", "Quiet Queues"]


def test_titles_that_mention_an_address_scheme_stay_titles() -> None:
    found = talks(
        """
        # Talks

        - [Goodbye http://, hello https://](https://speakerdeck.com/avos/https) - Ada Vos
        - Building https://example.org in a weekend - Bo Lind - https://youtu.be/aaaaaaaaaaa
        - [The file:// scheme considered harmful](https://youtu.be/bbbbbbbbbbb) - Cy Moe
        """
    )
    assert [t.title for t in found] == [
        "Goodbye http://, hello https://",
        "Building https://example.org in a weekend",
        "The file:// scheme considered harmful",
    ]


def test_bold_words_before_parentheses_name_no_speaker_without_media_or_a_title() -> None:
    found = talks(
        """
        # Harbor Days 2031

        - **Ada Vos** (Lumen Institute). Folding maps by hand ([slides](slides/vos.pdf))
        - **Bo Lind** (Orange Leaf). Quiet queues at scale ([slides](slides/lind.pdf))
        - **Acme Labs** (Oslo). Gold sponsor since 2019 ([website](https://acme.example.org))
        - **Cy Moe** (Harbor Museum): pioneer of tide tables ([video](https://youtu.be/ccccccccccc))
        """
    )
    assert [(t.title, people(t)) for t in found][:2] == [
        ("Folding maps by hand", [("Ada Vos", None)]),
        ("Quiet queues at scale", [("Bo Lind", None)]),
    ]
    # a sponsor's line links no media; a sentence in lower case is no title
    named = {name for t in found for name, _ in people(t)}
    assert not named & {"Acme Labs", "Cy Moe"}
    assert not {t.title for t in found} & {"Gold sponsor since 2019", "pioneer of tide tables"}


def test_a_pdf_linked_as_an_abstract_or_a_paper_is_no_deck() -> None:
    found = talks(
        """
        # Talks

        - [Folding maps by hand](https://youtu.be/aaaaaaaaaaa) - Ada Vos ([abstract](abstracts/vos.pdf), [slides](slides/vos.pdf))
        - [Quiet queues](https://youtu.be/bbbbbbbbbbb) - Bo Lind ([paper](files/lind.pdf))
        """
    )
    assert [media(t) for t in found] == [["aaaaaaaaaaa", "slides/vos.pdf"], ["bbbbbbbbbbb"]]


def test_a_paragraph_of_program_lines_gives_each_line_its_talk() -> None:
    found = talks(
        """
        ## Harbor Days 2031

        ### Programme

        **Jeudi 12 juin**

        14.00 **Ada Vos** (Lumen Institute). Folding maps by hand ([abstract](abstracts/vos.pdf),[slides](slides/vos.pdf)), *invited talk*<br/>
        15.00 **Bo Lind** (Orange Leaf). Quiet queues at scale ([abstract](abstracts/lind.pdf),[slides](slides/lind.pdf))<br/>
        15.30 Coffee break<br/>
        16.00 **Cy Moe** (ETH). Small caches for large sites ([slides](slides/moe.pdf))<br/>
        """
    )
    assert {t.section for t in found} == {"Jeudi 12 juin"}
    assert [(t.title, people(t), orgs(t), media(t)) for t in found] == [
        ("Folding maps by hand", [("Ada Vos", None)], ["Lumen Institute"], ["slides/vos.pdf"]),
        ("Quiet queues at scale", [("Bo Lind", None)], ["Orange Leaf"], ["slides/lind.pdf"]),
        ("Small caches for large sites", [("Cy Moe", None)], ["ETH"], ["slides/moe.pdf"]),
    ]


def test_a_bold_day_with_its_room_is_the_section_of_the_program_lines_under_it() -> None:
    found = talks(
        """
        ## Harbor Days 2031

        **Jeudi 12 juin (amphi Lumen)**

        14.00 **Ada Vos** (Lumen Institute). Folding maps by hand ([slides](slides/vos.pdf))<br/>
        15.00 **Bo Lind** (Orange Leaf). Quiet queues at scale ([slides](slides/lind.pdf))

        **Vendredi 13 juin (salle 2)**

        09.00 **Cy Moe** (ETH). Small caches for large sites ([slides](slides/moe.pdf))<br/>
        09.30 **Di Ray** (KTH). Parsers by hand ([slides](slides/ray.pdf))
        """
    )
    assert [t.section for t in found] == [
        "Jeudi 12 juin (amphi Lumen)",
        "Jeudi 12 juin (amphi Lumen)",
        "Vendredi 13 juin (salle 2)",
        "Vendredi 13 juin (salle 2)",
    ]


def test_when_and_where_in_parentheses_after_a_byline_are_no_names() -> None:
    found = talks(
        """
        # Talks

        - [Folding maps by hand](https://speakerdeck.com/avos/maps) by Ada Vos ([Harbor meetup](https://www.meetup.com/harbor/), Jan 17, 2031)
        - [Quiet queues](https://speakerdeck.com/blind/queues) by Bo Lind and Cy Moe (July 17, 2030)
        - [Small caches](https://speakerdeck.com/dray/caches) by Di Ray (Tide Summit 2029)
        """
    )
    assert [(t.title, people(t)) for t in found] == [
        ("Folding maps by hand", [("Ada Vos", None)]),
        ("Quiet queues", [("Bo Lind", None), ("Cy Moe", None)]),
        ("Small caches", [("Di Ray", None)]),
    ]


def test_program_lines_with_two_speakers_and_lines_that_are_no_talks() -> None:
    found = talks(
        """
        # Harbor Workshop 2031

        **Martes 15 de octubre (Aula Magna)**

        11.00 **Ada Vos** (MIT) and **Bo Lind** (KTH). Learning, *fast and slow* ([slides](s/vb.pdf))<br/>
        11.40 **Cy Moe**, **Di Ray** (ETH). Small caches ([slides](s/mr.pdf)), *charla invitada*<br/>
        12.20 **Fast** (incremental builds). Rebuilds in milliseconds ([benchmark](s/bench.pdf))<br/>
        12.30 **Eva Holm** (Lumen). Quiet queues ([slides](s/holm.pdf))
        """
    )
    assert [(t.title, people(t), orgs(t), media(t)) for t in found] == [
        (
            "Learning, fast and slow",
            [("Ada Vos", None), ("Bo Lind", None)],
            ["MIT", "KTH"],
            ["s/vb.pdf"],
        ),
        ("Small caches", [("Cy Moe", None), ("Di Ray", None)], ["ETH"], ["s/mr.pdf"]),
        ("Quiet queues", [("Eva Holm", None)], ["Lumen"], ["s/holm.pdf"]),
    ]
    assert {t.section for t in found} == {"Martes 15 de octubre (Aula Magna)"}


def test_a_release_number_opening_a_title_is_no_time_of_day() -> None:
    # a program's line may write its time with a stop; a title keeps its release's number
    assert without_time("14.00 **Ada Vos** (MIT). Title") == "**Ada Vos** (MIT). Title"
    assert without_marks("23.10 Mantic Minotaur tour") == "23.10 Mantic Minotaur tour"
    assert without_marks("14:00 Mantic Minotaur tour") == "Mantic Minotaur tour"


def test_an_event_in_bold_then_the_quoted_title() -> None:
    found = talks(
        """
        ### Talks 2031

        - **Harbor Conf 2031** — «Quiet queues at scale» · [slides](https://speakerdeck.com/avos/queues)
        - **Tide Summit 2031**, security track — «Small caches» · [video](https://youtu.be/aaaaaaaaaaa)
        """
    )
    assert [(t.title, media(t)) for t in found] == [
        ("Quiet queues at scale", ["avos/queues"]),
        ("Small caches", ["aaaaaaaaaaa"]),
    ]


def test_a_link_in_parentheses_between_a_bold_title_and_its_byline_is_a_remark() -> None:
    found = talks(
        """
        # Past meetups

        #### #6 - Tuesday, November 22nd

        - **Folding maps in Markdown** [(Sample Course)](https://maps.example.org/course) by [Ada Vos](speakers#ada.vos)
        - **Quiet queues, a case study** [(Site Source)](https://github.com/blind/queues) by [Bo Lind](speakers#bo.lind) [(Harbor Foundation)](https://harbor.example.org)
        - **Small caches** by [Cy Moe](speakers#cy.moe)
        """
    )
    assert [(t.title, people(t), orgs(t)) for t in found] == [
        ("Folding maps in Markdown", [("Ada Vos", "speakers#ada.vos")], []),
        ("Quiet queues, a case study", [("Bo Lind", "speakers#bo.lind")], ["Harbor Foundation"]),
        ("Small caches", [("Cy Moe", "speakers#cy.moe")], []),
    ]


def test_a_bold_title_with_a_year_keeps_its_quoted_subtitle_aside() -> None:
    found = talks(
        """
        ### Talks

        - **State of Queues 2030** — "a yearly review for newcomers" · [slides](https://speakerdeck.com/avos/q2030)
        - **Meetup organizing 101** — "how to run a user group" · [slides](https://speakerdeck.com/blind/m101)
        """
    )
    assert [t.title for t in found] == ["State of Queues 2030", "Meetup organizing 101"]


def test_a_book_by_its_author_after_a_link_in_parentheses_is_no_talk() -> None:
    found = talks(
        """
        # Past meetups

        #### #6 - Tuesday, November 22nd

        - **Folding maps in Markdown** [(Sample Course)](https://maps.example.org/course) by [Ada Vos](speakers#ada.vos)
        - **Small caches** by [Cy Moe](speakers#cy.moe)

        Also mentioned during the evening:

        - **Crafting Parsers** [(Free online edition)](https://parsers.example.org) by Bo Lind
        - **Quiet Queues** [(Publisher page)](https://books.example.org/queues) by Di Ray
        """
    )
    assert [t.title for t in found] == ["Folding maps in Markdown", "Small caches"]


def test_a_kind_then_the_quoted_title_then_its_speaker_in_any_language() -> None:
    found = talks(
        """
        Vídeos e slides do encontro.

        ## Palestra "Mapas dobrados à mão", por Ada Vos

        <iframe width="854" height="480" src="https://www.youtube.com/embed/aaaaaaaaaaa"></iframe>

        ## Palestra "Filas silenciosas", por Bo Lind

        <iframe width="854" height="480" src="https://www.youtube.com/embed/bbbbbbbbbbb"></iframe>
        """
    )
    assert [(t.title, people(t)) for t in found] == [
        ("Mapas dobrados à mão", [("Ada Vos", None)]),
        ("Filas silenciosas", [("Bo Lind", None)]),
    ]


def test_a_link_that_says_to_see_the_slides_in_portuguese_or_italian_is_the_deck() -> None:
    found = talks(
        """
        Vídeos e slides do encontro.

        ## Palestra "Mapas dobrados à mão", por Ada Vos

        [Acesse os slides](https://decks.example.org/mapas/)

        ## Palestra "Filas silenciosas", por Bo Lind

        [Guarda il video](https://www.youtube.com/watch?v=bbbbbbbbbbb)
        """
    )
    assert [(t.title, media(t)) for t in found] == [
        ("Mapas dobrados à mão", ["https://decks.example.org/mapas/"]),
        ("Filas silenciosas", ["bbbbbbbbbbb"]),
    ]


def test_a_byline_word_after_a_quote_names_people_in_full_on_a_page_of_talks() -> None:
    books = talks(
        """
        # Letture del mese

        ### "Il nome della mappa" di Ada Vos

        [Video della lezione](https://www.youtube.com/watch?v=aaaaaaaaaaa)

        ### "Code silenziose" di Bo Lind

        [Video della lezione](https://www.youtube.com/watch?v=bbbbbbbbbbb)
        """
    )
    assert not any(people(t) for t in books)  # a reading list's books, by their authors
    meetup = talks(
        """
        # Palestras do encontro

        - Palestra "Filas silenciosas" - Sala Verde [vídeo](https://youtu.be/ccccccccccc)
        - "Mapas dobrados", por Zoom [vídeo](https://youtu.be/ddddddddddd)
        - "Caches pequenos", by Meet [vídeo](https://youtu.be/eeeeeeeeeee)
        - "Parsers à mão", por Ada Vos [vídeo](https://youtu.be/fffffffffff)
        """
    )
    assert [people(t) for t in meetup] == [[], [], [], [("Ada Vos", None)]]


def test_links_joined_between_a_title_and_its_byline_leave_no_joiner() -> None:
    found = talks(
        """
        ### Folding maps - [Slides](https://example.org/maps.pdf) and [Notebook](https://example.org/maps.ipynb) by [avos](https://github.com/avos)

        ### Rock and by Night - [Slides](https://example.org/rock.pdf) by [blind](https://github.com/blind)
        """
    )
    assert [t.title for t in found] == ["Folding maps", "Rock and by Night"]


def test_a_names_particle_after_a_quoted_title_is_no_byline_word() -> None:
    found = talks(
        """
        # Talks

        - "Small caches" - von der Leyen [slides](https://speakerdeck.com/avos/caches)
        - "Quiet queues" - Ada Vos [slides](https://speakerdeck.com/avos/queues)
        """
    )
    assert [people(t) for t in found] == [[], [("Ada Vos", None)]]


TITLED_LINES = """
    ---
    title: {title}
    ---

    ## Part one

    **[Folding maps by hand](folding-maps.md)** - Ada Vos (Lumen Institute)
    How a sheet of paper holds a city, and why the folds come last.

    **[Quiet queues](quiet-queues.md)** - Bo Lind
    Back pressure without tears, with numbers from a year in production.

    ## Part two

    **[Small caches for large sites](small-caches.md)** - Cy Moe (Harbor Labs)
    What a cache of a hundred entries does for a site of a million pages.
    """


def test_bold_titles_then_speakers_in_full_on_a_page_of_talks_given() -> None:
    found = talks(TITLED_LINES.format(title="Talks and presentations"))
    assert [(t.title, people(t), orgs(t), t.section) for t in found] == [
        ("Folding maps by hand", [("Ada Vos", None)], ["Lumen Institute"], "Part one"),
        ("Quiet queues", [("Bo Lind", None)], [], "Part one"),
        ("Small caches for large sites", [("Cy Moe", None)], ["Harbor Labs"], "Part two"),
    ]


def test_bold_titles_then_names_are_no_talks_where_the_page_lists_none_or_few() -> None:
    # books and their authors, written the same way
    assert talks(TITLED_LINES.format(title="Reading list")) == []
    two = TITLED_LINES.format(title="Talks").split("## Part two")[0]
    assert talks(two) == []
