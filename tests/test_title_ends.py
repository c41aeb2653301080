"""Where a talk's title ends: the links written after it are its material, not its words."""

from __future__ import annotations

from reading import LI, media, orgs, talks

YT = "https://www.youtube.com/watch?v="


def test_links_in_parentheses_after_a_title_are_beside_it() -> None:
    """``[Title](deck) ([code](…), [Android app](…))``: the group holds the talk's code, so
    all its links are beside the title, however they are named."""
    found = talks(
        f"""
        - Ann Lee - [*Queues at Scale*](https://www.slideshare.net/ann/queues) ([code](https://github.com/ann/), [Android app](https://ann.example.org/app/))
        - Bo Lind - [*Parsers by Hand*](https://www.slideshare.net/bo/parsers) ([code](https://github.com/bo/), [Web Demo](https://bo.example.org/demo/))
        - Cy Moe - [*Maps for All*]({YT}ccccccccccc)
        """
    )
    assert [(t.title, media(t), orgs(t)) for t in found] == [
        ("Queues at Scale", ["ann/queues"], []),
        ("Parsers by Hand", ["bo/parsers"], []),
        ("Maps for All", ["ccccccccccc"], []),
    ]


def test_links_after_a_titles_last_sentence_are_its_material() -> None:
    """``Title. [GitHub](…), [examples](…)``: links alone after the title's sentence, one of
    them material, are none of its words."""
    found = talks(
        f"""
        ## Talks

        - [Ann Lee]({LI}annlee/): Queues at Scale. [GitHub](https://github.com/ann), [examples](https://github.com/ann/queues/tree/main/examples), [more notes](https://ann.example.org/notes/)
        - [Bo Lind]({LI}bolind/): [Parsers by Hand]({YT}bbbbbbbbbbb)
        - [Cy Moe]({LI}cymoe/): [Maps for All]({YT}ccccccccccc)
        """
    )
    assert [t.title for t in found] == ["Queues at Scale", "Parsers by Hand", "Maps for All"]


def test_where_and_when_then_a_quoted_title() -> None:
    """A speaker's own list: where and when, a colon, the title in quotes, then maybe a
    remark; where is no one (``Harbor User Group``, ``LUMENCON``), but a name before the
    colon is the speaker's."""
    found = talks(
        f"""
        ### 2031

        - Harbor User Group - Oslo, NO - May 2031: “_Queues at Scale_”
            - :movie_camera: [Video]({YT}aaaaaaaaaaa)
        - Lumen Days ‘31: “_Parsers by Hand_”. Showed how to write a parser in an hour.
            - :scroll: [Slides](/slides/parsers.pdf)
        - LUMENCON: "_Maps for All_", accepted for the conference.
            - :movie_camera: [Video]({YT}ccccccccccc)
        - Ann Lee: “_Heaps in Practice_”
            - :movie_camera: [Video]({YT}ddddddddddd)
        - Bo Lind (Acme Labs): “_Trees in the Wild_”
            - :movie_camera: [Video]({YT}eeeeeeeeeee)
        """
    )
    assert [(t.title, [s.name for s in t.speakers]) for t in found] == [
        ("Queues at Scale", []),
        ("Parsers by Hand", []),
        ("Maps for All", []),
        ("Heaps in Practice", ["Ann Lee"]),
        ("Trees in the Wild", ["Bo Lind"]),
    ]


def test_names_after_a_quoted_title_end_where_when_begins() -> None:
    """``Harbor Days 2031: "Title" - Ann Lee, April 2031``: the names after the dash are
    the speakers', and the date after them is when, as it is after a byline."""
    found = talks(
        f"""
        - Harbor Days 2031: "Queues at Scale" - Ann Lee, April 2031
            - :movie_camera: [Video]({YT}aaaaaaaaaaa)
        - Lumen Days 2030: "Parsers by Hand" - Bo Lind
            - :movie_camera: [Video]({YT}bbbbbbbbbbb)
        """
    )
    assert [(t.title, [s.name for s in t.speakers]) for t in found] == [
        ("Queues at Scale", ["Ann Lee"]),
        ("Parsers by Hand", ["Bo Lind"]),
    ]


def test_a_speakers_link_among_the_links_after_a_title_stays_hers() -> None:
    """``[Title](deck) ([Ann Lee](her site), [video](…))``: the group names who gave the
    talk beside its material: she stays its speaker."""
    found = talks(
        f"""
        # Talks

        - [Queues at Scale](https://speakerdeck.com/ann/queues) ([Ann Lee](https://annlee.dev), [video]({YT}aaaaaaaaaaa))
        - [Parsers by Hand](https://speakerdeck.com/bo/parsers) ([Bo Lind](https://bolind.dev), [video]({YT}bbbbbbbbbbb))
        - Maps for All. [Cy Moe]({LI}cymoe/), [slides](https://speakerdeck.com/cy/maps)
        """
    )
    assert [[s.name for s in t.speakers] for t in found] == [["Ann Lee"], ["Bo Lind"], ["Cy Moe"]]
    assert [t.title for t in found][:2] == ["Queues at Scale", "Parsers by Hand"]


def test_a_title_that_ends_by_a_common_word_names_no_one() -> None:
    """``Parsers by Hand``, ``Rust by Example``, ``Secure by Design`` beside their decks:
    the words after ``by`` are the title's own, no speaker's name."""
    found = talks(
        """
        # Talks

        - Parsers by Hand. [Slides](https://speakerdeck.com/ann/parsers)
        - Rust by Example [Slides](https://speakerdeck.com/ann/rust)
        - Queues at Scale by Bo [Slides](https://speakerdeck.com/bo/queues)
        """
    )
    assert [(t.title, [s.name for s in t.speakers]) for t in found] == [
        ("Parsers by Hand", []),
        ("Rust by Example", []),
        ("Queues at Scale", ["Bo"]),
    ]


def test_a_remark_after_the_media_that_follow_a_titles_sentence() -> None:
    """``Title. [Slides](…) + video to follow.``: the title is the sentence before the
    links; the words after them, in lower case, are a remark."""
    found = talks(
        f"""
        # Talks

        - [Ann Lee]({LI}annlee/): Queues at Scale. [Slides](https://speakerdeck.com/ann/queues) + video to follow.
        - [Bo Lind]({LI}bolind/): Parsers for Everyone. [Slides](https://speakerdeck.com/bo/parsers) + [video]({YT}bbbbbbbbbbb).
        """
    )
    assert [t.title for t in found] == ["Queues at Scale", "Parsers for Everyone"]


def test_where_with_its_country_code_then_a_dash_and_the_title() -> None:
    """A speaker's dated entries: ``**2031-05-02**: [Harbor Days](…), Oslo, NO - Title``:
    where it was given, then the talk (its kind, its linked title)."""
    found = talks(
        """
        I speak at events about queues; my talks so far:

        ## Previous public events

        **2031-05-16**: [Harbor Days](https://harbor.example/2031/), Oslo, NO - Keynote - [Queues at Scale](https://speakerdeck.com/ann/queues).

        **2031-04-02**: [Lumen Conf](https://lumen.example/) Porto, PT - [Parsers for Everyone](https://speakerdeck.com/ann/parsers).
        """
    )
    assert [(t.title, t.kind, list(t.speakers), list(t.organizations)) for t in found] == [
        ("Queues at Scale", "keynote", [], []),
        ("Parsers for Everyone", "talk", [], []),
    ]


def test_a_media_link_that_says_how_it_comes_is_media() -> None:
    """``[Video with no sound](…)``, ``[Recording without audio](…)``: the talk's video, what
    it lacks a remark on it, no word of the title."""
    found = talks(
        f"""
        # Talks

        - [Ann Lee]({LI}annlee/): Queues at Scale. [Video with no sound]({YT}aaaaaaaaaaa)
        - [Bo Lind]({LI}bolind/): Parsers for Everyone. [Recording without audio]({YT}bbbbbbbbbbb)
        - [Cy Moe]({LI}cymoe/): Small Caches. [Slides available](https://speakerdeck.com/cy/caches)
        - [Online Video Pipelines](https://speakerdeck.com/di/pipelines) - [Di Ray]({LI}diray/)
        """
    )
    assert [(t.title, media(t)) for t in found] == [
        ("Queues at Scale", ["aaaaaaaaaaa"]),
        ("Parsers for Everyone", ["bbbbbbbbbbb"]),
        ("Small Caches", ["cy/caches"]),
        ("Online Video Pipelines", ["di/pipelines"]),
    ]


def test_where_and_when_then_a_title_in_emphasis() -> None:
    """``Harbor JUG 316 [03.09] _Title_ [🔗](…) [📽️](…)``: the one emphasized run after
    where and when is the title; the event and its day are no words of it."""
    found = talks(
        f"""
        ## 2031

        * Harbor JUG 316 [03.09] _Queues at Scale, Once More_ [🔗](https://ann.example.org/talks/queues.html) [📽️]({YT}aaaaaaaaaaa)
        * LumenJS 113 [13.03]: _Parsers for Everyone_ [📽️]({YT}bbbbbbbbbbb)
        """
    )
    assert [(t.title, [s.name for s in t.speakers]) for t in found] == [
        ("Queues at Scale, Once More", []),
        ("Parsers for Everyone", []),
    ]


def test_a_year_in_parentheses_inside_an_emphasized_title_is_the_titles() -> None:
    found = talks(
        f"""
        ## 2031

        * Harbor JUG 316 [03.09] _My personal overview of queues (2031)_ [📽️]({YT}aaaaaaaaaaa)
        * LumenJS 113 [13.03] _Parsers for Everyone_ [📽️]({YT}bbbbbbbbbbb)
        * [Small Caches (2030)]({YT}ccccccccccc)
        """
    )
    assert [t.title for t in found] == [
        "My personal overview of queues (2031)",
        "Parsers for Everyone",
        "Small Caches",  # after a title not marked whole, a year is when it was given
    ]


def test_a_link_symbol_alone_marks_the_talks_material() -> None:
    """``[🔗](…)`` (``:link:``) after where and when, then a title in emphasis, with or
    without a recording's mark: the talk's material, its deck; a photo's mark (``[📷](…)``)
    stays none. Elsewhere a link symbol is any link's (a team's members, a list of
    projects): no talk."""
    found = talks(
        f"""
        ## 2031

        * Harbor JUG 316 [03.09] _Queues at Scale, Once More_ [🔗](https://ann.example.org/talks/queues.html) [📽️]({YT}aaaaaaaaaaa)
        * LumenJS 113 [13.03] _Parsers for Everyone_ [🔗](https://ann.example.org/talks/parsers.html)
        * Fjord Days [21.04] _Maps for All_ [:link:](https://ann.example.org/talks/maps.html) [📷](https://photos.example.org/fjord/12)
        """
    )
    assert [(t.title, media(t)) for t in found] == [
        (
            "Queues at Scale, Once More",
            ["aaaaaaaaaaa", "https://ann.example.org/talks/queues.html"],
        ),
        ("Parsers for Everyone", ["https://ann.example.org/talks/parsers.html"]),
        ("Maps for All", ["https://ann.example.org/talks/maps.html"]),
    ]
    assert not talks(
        """
        - **Ann Lee** [🔗](https://ann.example.org/)
        - **Bo Lind** [🔗](https://bo.example.org/)
        - Cardamom Buns [🔗](https://recipes.example.org/buns)
        """
    )


def test_a_dated_line_gives_where_then_the_title() -> None:
    """``* 4.9.2031 - Harbor Go Meetup - Title - in English``: the day, where (an event by
    its words), the title, the language it was given in; ``5-7.10.2031``, days of one
    month, is a day too."""
    found = talks(
        """
        ## 2031

        * 1.11.2031 - Lumen Conference - Queues at Scale ([slides](https://speakerdeck.com/ann/queues)) - in English
        * 4.9.2031 - Harbor Go Meetup - Parsers for Everyone ([slides](https://speakerdeck.com/ann/parsers))
        * 5-7.10.2031 - Fjord Summit - Maps for All ([slides](https://speakerdeck.com/ann/maps))
        """
    )
    assert [(t.title, list(t.speakers)) for t in found] == [
        ("Queues at Scale", []),
        ("Parsers for Everyone", []),
        ("Maps for All", []),
    ]


def test_a_byline_then_when_and_where() -> None:
    """``[Title](…) - By Ann Lee & Bo Lind, April 2031, Harbor Days, Oslo, NO.``: the
    names end where when and where begin (after a comma, before a month, or after a
    sentence's end)."""
    found = talks(
        f"""
        # Talks & Presentations

        1. ["Queues at Scale"]({YT}aaaaaaaaaaa) - By Ann Lee & Bo Lind, April 2031, Harbor Data Days, Oslo, NO.
        2. ["Parsers for Everyone"]({YT}bbbbbbbbbbb) - By Cy Moe and Dee Roe December 2030, Lumen Summit, Porto
        3. ["Maps for All"]({YT}ccccccccccc) - By Eve Sun, Fay Wu. Fjord Con, 2030
        4. ["Heaps in Practice"]({YT}ddddddddddd) - By Dr. Gil Hart, 2030
        """
    )
    assert [(t.title, [s.name for s in t.speakers]) for t in found] == [
        ("Queues at Scale", ["Ann Lee", "Bo Lind"]),
        ("Parsers for Everyone", ["Cy Moe", "Dee Roe"]),
        ("Maps for All", ["Eve Sun", "Fay Wu"]),
        ("Heaps in Practice", ["Dr. Gil Hart"]),  # a title's period ends no sentence
    ]


def test_remarks_and_acronyms_that_look_like_where() -> None:
    """An italic remark is no title (``*in Norwegian*``); ``Terraform, Ansible, CI - Bo
    Lind`` names no place by its last capitals; a talk's own deck before ``Austin, TX`` is
    no event's page."""
    found = talks(
        """
        # Talks

        - Taming Flaky Tests, Harbor Days 2031 *in Norwegian* [slides](https://speakerdeck.com/ann/flaky)
        - Terraform, Ansible, CI - Bo Lind ([slides](https://speakerdeck.com/bo/tf))
        - [Shipping Wasm Today](https://speakerdeck.com/ann/wasm), Austin, TX - keynote
        """
    )
    titles = [t.title for t in found]
    assert "in Norwegian" not in titles
    assert "Bo Lind" not in titles
    assert "keynote" not in titles
    awarded = talks(
        """
        # Talks

        - Kotlin Coroutines at Confitura 2031 *Best Talk Award* [slides](https://speakerdeck.com/ann/kc)
        - Testcontainers 101 at JUG Lodz 2031 *Sold Out* [slides](https://speakerdeck.com/ann/tc)
        """
    )
    assert not {"Best Talk Award", "Sold Out"} & {t.title for t in awarded}


def test_a_handle_after_the_media_that_follow_a_titles_sentence_is_the_speaker() -> None:
    """``Title. [Slides](…) by @ann``: the words after the media name who gave it; no
    remark to drop."""
    found = talks(
        """
        # Talks

        - Taming flaky tests. [Slides](https://speakerdeck.com/x/flaky) by @annlee
        - Parsers for everyone. [Slides](https://speakerdeck.com/x/parsers) by @bolind
        - Maps for all. [Slides](https://speakerdeck.com/x/maps) by @cymoe
        """
    )
    assert [[s.name for s in t.speakers] for t in found] == [["@annlee"], ["@bolind"], ["@cymoe"]]


def test_a_byline_after_a_courtesy_title_keeps_it() -> None:
    """``- By Prof. Ann Lee, 2031``: ``Prof.`` is her title, no sentence's end; the names
    end at the year."""
    found = talks(
        f"""
        # Talks & Presentations

        1. ["Queues at Scale"]({YT}aaaaaaaaaaa) - By Prof. Ann Lee, 2031
        2. ["Parsers for Everyone"]({YT}bbbbbbbbbbb) - By Mrs. Bo Lind, March 2031
        """
    )
    assert [[s.name for s in t.speakers] for t in found] == [["Prof. Ann Lee"], ["Mrs. Bo Lind"]]


def test_names_after_a_dash_where_a_list_names_events_there_are_events() -> None:
    found = talks(
        """
        # Talks

        ## 2031

        - `en` [Queues at Scale](https://speakerdeck.com/ada/queues) - HarborConf
        - `de` [Parsers by Hand](https://speakerdeck.com/ada/parsers) - Lumen Nation
        - `en` [Tests that Age](https://speakerdeck.com/ada/tests) - Northwind Summit
        - `en` [Queues at Scale](https://speakerdeck.com/ada/queues-2) - Kite Paris
        - `fr` [Small Caches](https://speakerdeck.com/ada/caches) - Fjord Days Oslo
        """
    )
    assert [(t.title, [p.name for p in t.speakers]) for t in found] == [
        ("Queues at Scale", []),
        ("Parsers by Hand", []),
        ("Tests that Age", []),
        ("Queues at Scale", []),
        ("Small Caches", []),
    ]


def test_names_after_a_dash_stay_speakers_where_one_name_is_an_event() -> None:
    found = talks(
        """
        # Talks

        - [Queues at Scale](https://files.example.org/queues.pdf) - Ada Vos
        - [Parsers by Hand](https://files.example.org/parsers.pdf) - Bo Lind
        - [Tests that Age](https://files.example.org/tests.pdf) - Cy Moe
        - [Kites](https://files.example.org/kites.pdf) - Northwind Summit
        """
    )
    assert [p.name for t in found[:3] for p in t.speakers] == ["Ada Vos", "Bo Lind", "Cy Moe"]


def test_names_after_a_dash_stay_speakers_where_the_list_names_two_people_there() -> None:
    found = talks(
        """
        # Talks

        - [Queues](https://speakerdeck.com/ada/queues) - HarborConf
        - [Parsers](https://speakerdeck.com/ada/parsers) - Lumen Summit
        - [Caches](https://speakerdeck.com/ada/caches) - Fjord Days
        - [Tests, together](https://speakerdeck.com/ada/tests) - Ann Lee and Bo Lind
        - [Types](https://speakerdeck.com/ada/types) - Cy Moe
        """
    )
    assert [p.name for p in found[-1].speakers] == ["Cy Moe"]


def test_a_line_of_links_that_opens_with_the_recording_is_the_talks_material() -> None:
    found = talks(
        """
        ## Past meetups

        ### Queues at Scale (2031.02.13)

        - Speaker: Ada Vos (Northwind)
        - [Recording](https://youtu.be/aaaaaaaaaaa) | [Notes](https://files.example.org/q.pdf) | [Book](https://books.example.org/queues)

        ### Parsers by Hand (2031.01.17)

        - Speaker: Bo Lind (Lumen)
        - [Demos](https://github.com/harbor/parsers)
        """
    )
    first = found[0]
    assert (first.title, [p.name for p in first.speakers], [v.id for v in first.videos]) == (
        "Queues at Scale",
        ["Ada Vos"],
        ["aaaaaaaaaaa"],
    )


def test_an_item_that_opens_with_the_slides_under_a_titled_heading_is_its_material() -> None:
    found = talks(
        """
        ## Talks

        #### Harbor Lab

        -   Title: Queues at Scale
        -   Presenters: Ada Vos
        -   [Slides](https://drive.google.com/file/d/abc123/view) - File too large to preview

        #### Lumen Institute

        -   Title: Parsers by Hand
        -   Presenters: Bo Lind
        -   [Slides](https://drive.google.com/file/d/def456/view)
        """
    )
    assert [(t.title, [p.name for p in t.speakers], len(t.slides)) for t in found] == [
        ("Queues at Scale", ["Ada Vos"], 1),
        ("Parsers by Hand", ["Bo Lind"], 1),
    ]


def test_items_of_a_media_link_then_a_titles_link_are_talks() -> None:
    found = talks(
        """
        # Talks

        - [Slides](https://speakerdeck.com/ada/queues) | [Queues at Scale](https://youtu.be/aaaaaaaaaaa)
        - [Slides](https://speakerdeck.com/ada/parsers) | [Parsers by Hand](https://youtu.be/bbbbbbbbbbb)
        - [Slides](https://speakerdeck.com/ada/tests) | [Tests that Age](https://youtu.be/ccccccccccc)
        """
    )
    assert [t.title for t in found] == ["Queues at Scale", "Parsers by Hand", "Tests that Age"]


def test_a_teams_news_of_who_spoke_where_about_a_linked_talk() -> None:
    found = talks(
        """
        ### March
        * Ada Vos spoke at the Harbor Java User Group about [Queues at Scale](https://speakerdeck.com/ada/queues).
        * Bo Lind and Cy Moe presented at Lumen Days in Oslo on [Parsers by Hand](https://youtu.be/aaaaaaaaaaa).
        * Di Ray led a workshop entitled [Tests that Age](https://www.slideshare.net/diray/tests) at Fjord Summit.
        * Eli Dorn spoke at [Kite Conf](https://kiteconf.example.org/).
        """
    )
    assert [(t.title, [p.name for p in t.speakers], len(t.media)) for t in found] == [
        ("Queues at Scale", ["Ada Vos"], 1),
        ("Parsers by Hand", ["Bo Lind", "Cy Moe"], 1),
        ("Tests that Age", ["Di Ray"], 1),
    ]


def test_a_heading_dated_by_its_year_over_its_player_then_other_talks_is_a_talk() -> None:
    found = talks(
        """
        # Talks

        ## Queues at Scale June 2031

        <iframe src="https://www.youtube.com/embed/aaaaaaaaaaa"></iframe>

        ## Parsers by Hand May 2031

        <iframe src="https://www.youtube.com/embed/bbbbbbbbbbb"></iframe>

        * [Tests that Age, April 2031](https://www.youtube.com/watch?v=ccccccccccc)
        * [Small Caches, March 2030](https://www.youtube.com/watch?v=ddddddddddd)
        """
    )
    assert [(t.title, t.section) for t in found][:2] == [
        ("Queues at Scale June 2031", None),
        ("Parsers by Hand May 2031", None),
    ]
    assert {t.section for t in found} == {None}


def test_news_of_what_someone_said_somewhere_is_no_talk() -> None:
    found = talks(
        """
        # News

        * Ada Vos presented our results on [the quarterly dashboard](https://youtu.be/aaaaaaaaaaa).
        * Bo Lind spoke about [Our Series B](https://youtu.be/bbbbbbbbbbb) in an interview with Harbor TV.
        * Cy Moe spoke to Lumen News about [Small Caches](https://youtu.be/ccccccccccc).
        * Di Ray from Kite Foods spoke about [Cold Chains](https://youtu.be/ddddddddddd).
        """
    )
    assert found == []


def test_talks_beside_keynotes_are_a_section_of_their_own() -> None:
    found = talks(
        """
        # My talks

        ## Keynotes

        ### Open Harbors
        - Keynote at Harbor Days, Oslo, May 2031

        ## Talks

        ### [Queues at Scale](https://speakerdeck.com/ada/queues)
        - Lumen Conf 2030

        ### [Parsers by Hand](https://speakerdeck.com/ada/parsers)
        - Kite Summit 2029
        """
    )
    assert [(t.title, t.section) for t in found] == [
        ("Queues at Scale", "Talks"),
        ("Parsers by Hand", "Talks"),
    ]


def test_a_speaker_at_a_groups_account_under_the_talks_heading() -> None:
    found = talks(
        """
        # Talks

        #### Queues at Scale
        _[Ada Vos](https://twitter.com/adavos) at [**HarborGophers**](https://twitter.com/HarborGophers)_

        [[video](https://youtu.be/aaaaaaaaaaa)]

        #### Parsers by Hand
        _Bo Lind at [**HarborGophers**](https://twitter.com/HarborGophers)_

        [[video](https://youtu.be/bbbbbbbbbbb)]
        """
    )
    assert [(t.title, [(p.name, p.url) for p in t.speakers], orgs(t)) for t in found] == [
        ("Queues at Scale", [("Ada Vos", "https://twitter.com/adavos")], []),
        ("Parsers by Hand", [("Bo Lind", None)], []),
    ]


def test_an_event_and_its_year_over_a_player_and_talks_stays_their_section() -> None:
    found = talks(
        """
        # Videos

        ## Kitecon 2032 trailer

        <iframe src="https://www.youtube.com/embed/aaaaaaaaaaa"></iframe>

        ## Kitecon 2031

        <iframe src="https://www.youtube.com/embed/bbbbbbbbbbb"></iframe>

        * [Queues at Scale](https://www.youtube.com/watch?v=ccccccccccc) - Ada Vos
        * [Parsers by Hand](https://www.youtube.com/watch?v=ddddddddddd) - Bo Lind
        """
    )
    assert {t.title: t.section for t in found}["Queues at Scale"] == "Kitecon 2031"


def test_talks_beside_workshops_under_a_day_keep_the_days_section() -> None:
    found = talks(
        """
        # Program

        ## Day 1

        ### Talks

        - [Queues at Scale](https://www.youtube.com/watch?v=aaaaaaaaaaa) - Ada Vos

        ### Workshops

        - [Parsers by Hand](https://www.youtube.com/watch?v=bbbbbbbbbbb) - Bo Lind

        ## Day 2

        ### Talks

        - [Tests that Age](https://www.youtube.com/watch?v=ccccccccccc) - Cy Moe
        """
    )
    assert {t.title: t.section for t in found}["Queues at Scale"] == "Day 1"


def test_a_page_that_opens_by_saying_it_holds_slides_links_its_decks() -> None:
    found = talks(
        """
        # talks

        Slides and code for my talks, with notes.

        | Topic | Date | Location |
        |---|---|---|
        | [Queues at Scale](talks/2031-05-02-oslo) | May 2, 2031 | Oslo |
        | [Parsers by Hand](talks/2031-03-14-bergen) | March 14, 2031 | Bergen |
        | [Tests that Age](talks/2030-11-20-online) | November 20, 2030 | Online |
        """
    )
    assert [(t.title, [s.url for s in t.slides]) for t in found] == [
        ("Queues at Scale", ["talks/2031-05-02-oslo"]),
        ("Parsers by Hand", ["talks/2031-03-14-bergen"]),
        ("Tests that Age", ["talks/2030-11-20-online"]),
    ]


def test_a_short_tag_in_code_before_a_linked_title_is_no_word_of_it() -> None:
    found = talks(
        """
        # Talks

        Slides and code for my talks.

        - `en+jp` [Queues at Scale](./2031-05-02) - HarborConf
        - `zh` [Parsers by Hand](./2031-03-14) - Lumen Summit
        - `en` [Tests that Age](./2030-11-20) - Kite Meetup
        """
    )
    assert [t.title for t in found] == ["Queues at Scale", "Parsers by Hand", "Tests that Age"]


def test_command_words_in_code_before_a_title_and_slides_kept_elsewhere_stay() -> None:
    found = talks(
        """
        # Talks

        Slides of past meetups are on meetup.com.

        - `ls` [Is All You Need](https://speakerdeck.com/ada/ls) - Ada Vos
        - [Parsers by Hand](https://www.meetup.com/harbor/events/12/) - Bo Lind
        """
    )
    assert found[0].title == "ls Is All You Need"
    assert [s.url for t in found for s in t.slides if "meetup.com" in s.url] == []


def test_a_heading_over_a_talks_title_and_presenters_labels_names_their_organization() -> None:
    found = talks(
        """
        ## 1: Workflows

        #### Harbor University and Kite Labs

        -   Title: Queues at Scale
        -   Presenters: Ada Vos, Bo Lind

        <iframe src="https://www.youtube.com/embed/aaaaaaaaaaa"></iframe>

        #### Ada Vos

        -   Title: Parsers by Hand
        -   Presenters: Ada Vos

        <iframe src="https://www.youtube.com/embed/bbbbbbbbbbb"></iframe>
        """
    )
    assert [(t.title, orgs(t)) for t in found] == [
        ("Queues at Scale", ["Harbor University", "Kite Labs"]),
        ("Parsers by Hand", []),
    ]


def test_a_session_or_topic_heading_over_a_talks_labels_names_no_organization() -> None:
    found = talks(
        """
        ## Day 1

        #### Morning block

        -   Title: Queues at Scale
        -   Presenters: Ada Vos

        <iframe src="https://www.youtube.com/embed/aaaaaaaaaaa"></iframe>

        #### Security & Privacy

        -   Title: Parsers by Hand
        -   Presenters: Bo Lind

        <iframe src="https://www.youtube.com/embed/bbbbbbbbbbb"></iframe>
        """
    )
    assert [orgs(t) for t in found] == [[], []]


def test_a_meeting_for_partners_is_no_talks_place_whatever_the_verb() -> None:
    news = talks(
        """
        # Talks

        * Bo Lind gave a talk at the Partner Meeting about [Our Roadmap](https://youtu.be/aaaaaaaaaaa).
        * Di Ray led a workshop at the Customer Summit on [Secret Sauce](https://youtu.be/bbbbbbbbbbb).
        * Ada Vos gave a talk at Harbor Days about [Queues at Scale](https://youtu.be/ccccccccccc).
        * Eli Dorn led a workshop at Lumen Conf on [Parsers by Hand](https://youtu.be/ddddddddddd).
        """
    )
    assert [t.title for t in news] == ["Queues at Scale", "Parsers by Hand"]


def test_an_event_in_a_lists_place_with_a_full_stop_after_it() -> None:
    events = talks(
        """
        # Talks

        - [Queues](https://speakerdeck.com/a/q) - HarborConf
        - [Parsers](https://speakerdeck.com/a/p) - Lumen Summit
        - [Caches](https://speakerdeck.com/a/c) - Fjord Days
        - [Builds](https://speakerdeck.com/a/b) - Nuxt Nation.
        """
    )
    assert [p.name for t in events for p in t.speakers] == []


def test_a_headings_linked_title_on_a_page_that_opens_saying_it_holds_slides() -> None:
    decks = talks(
        """
        # talks

        Slides and code for my talks.

        ## [Queues at Scale](./2031-05-02)

        <iframe src="https://www.youtube.com/embed/aaaaaaaaaaa"></iframe>

        ## [Parsers by Hand](./2031-03-14)

        <iframe src="https://www.youtube.com/embed/bbbbbbbbbbb"></iframe>
        """
    )
    assert [[s.url for s in t.slides] for t in decks] == [["./2031-05-02"], ["./2031-03-14"]]


def test_a_title_that_ends_quoted_keeps_its_closing_quote() -> None:
    found = talks(
        """
        ### Writing apps the 'easy way'

        [Slides](https://speakerdeck.com/ann/easy-way)

        ### Queues, "done right"

        [Slides](https://speakerdeck.com/ann/queues)
        """
    )
    assert [t.title for t in found] == ["Writing apps the 'easy way'", 'Queues, "done right"']


def test_a_pictograph_after_a_title_s_closing_quote_is_no_word_of_it() -> None:
    found = talks(
        """
        ### Ask me 'anything' 📺

        [Slides](https://speakerdeck.com/ann/ama)

        ### Our 'secret sauce' 🔥

        [Slides](https://speakerdeck.com/ann/sauce)
        """
    )
    assert [t.title for t in found] == ["Ask me 'anything'", "Our 'secret sauce'"]


def test_talks_right_under_past_meetups_are_in_that_section() -> None:
    found = talks(
        """
        # Reading group

        ### Upcoming meetups

        ### Past meetups

        #### Folding maps by hand

        * [slides](https://www.slideshare.net/avos/folding-maps)

        #### Quiet queues at scale

        * [slides](https://www.slideshare.net/blind/quiet-queues)
        """
    )
    assert [(t.title, t.section) for t in found] == [
        ("Folding maps by hand", "Past meetups"),
        ("Quiet queues at scale", "Past meetups"),
    ]


def test_a_spaced_tilde_before_the_media_ends_the_byline() -> None:
    """``**Title** _by Ann Lee_ ~ [video](…) / [slides](…)``: an awesome list's item, the tilde
    and the slash between its links no words of the byline; a subtitle's own tildes stay."""
    found = talks(
        f"""
        # Queue Lore > Talks

        - :gb: **Queues at Scale (2031)** _by Ann Lee_ ~ [video]({YT}aaaaaaaaaaa)
        - :gb: **Parsers by Hand (2031)** _Bo Lind, Cy Moe_ ~ [video]({YT}bbbbbbbbbbb) / [slides](https://speakerdeck.com/bo/parsers)
        - :gb: **Maps ~for All~** _by Di Ray_ ~ [video]({YT}ccccccccccc)
        - :gb: **Quiet Engines** _by Ed Sun_ ~ [video]({YT}ddddddddddd)
        """
    )
    assert [(t.title, [s.name for s in t.speakers], t.section) for t in found] == [
        ("Queues at Scale", ["Ann Lee"], None),
        ("Parsers by Hand", ["Bo Lind", "Cy Moe"], None),
        ("Maps ~for All~", ["Di Ray"], None),
        # a title of two words in bold, like a name: the byline in emphasis says whose
        ("Quiet Engines", ["Ed Sun"], None),
    ]
    assert media(found[1]) == ["bbbbbbbbbbb", "bo/parsers"]


def test_a_quote_that_opens_a_title_and_closes_inside_it_stays() -> None:
    """``## "Fast" and Slow Parsers - Bo Lind, Acme``: the quote holds the title's first
    words only, so it is the title's own, not the title (nor are its people lost)."""
    found = talks(
        f"""
        # Talks

        ## 'Always Be Closing' and Queue Design - Ann Lee, Acme
        [video]({YT}aaaaaaaaaaa)

        ## "Fast" and Slow Parsers - Bo Lind, Acme
        [video]({YT}bbbbbbbbbbb)

        ## "Tide Tables" - Cy Moe, Acme
        [video]({YT}ccccccccccc)
        """
    )
    assert [(t.title, [s.name for s in t.speakers]) for t in found] == [
        ("'Always Be Closing' and Queue Design", ["Ann Lee"]),
        ('"Fast" and Slow Parsers', ["Bo Lind"]),
        ("Tide Tables", ["Cy Moe"]),
    ]


def test_an_arrow_that_opens_more_about_a_row_is_no_word_of_its_title() -> None:
    """``<td>Title <span class="expand">▼</span></td>``: the page's control to show the
    abstract, no word of the title; an arrow inside the title stays."""
    found = talks(
        f"""
        | Date | Speaker | Topic | Recording |
        |---|---|---|---|
        | May 3 | [Ann Lee]({LI}annlee/) | Queues at Scale ▼ | [YouTube]({YT}aaaaaaaaaaa) |
        | May 10 | [Bo Lind]({LI}bolind/) | Parsers ▸ Lexers ▸ Trees ▸ | [YouTube]({YT}bbbbbbbbbbb) |
        | May 17 | [Cy Moe]({LI}cymoe/) | Maps → Tiles | [YouTube]({YT}ccccccccccc) |
        """
    )
    assert [t.title for t in found] == [
        "Queues at Scale",
        "Parsers ▸ Lexers ▸ Trees",
        "Maps → Tiles",
    ]


def test_where_and_when_between_a_title_and_its_speaker_are_neither() -> None:
    found = talks(
        """
        # Presentations

        ## Queues at Scale - HarborEurope 2031 - Ada Vos

        Ada walked through the queues behind our builds.

        ## Parsers by Hand - Lumen Meetup, May 2030 - Bo Lind

        Bo wrote a parser on stage.

        ## Small Caches - Year in Review 2029 - Cy Moe

        Cy looked back at a year of caches.

        ## Python 3 - The Road To 2031 - Di Ray

        Di looked ahead.
        """
    )
    assert [(t.title, [p.name for p in t.speakers]) for t in found] == [
        ("Queues at Scale", ["Ada Vos"]),
        ("Parsers by Hand", ["Bo Lind"]),
        ("Small Caches - Year in Review 2029", ["Cy Moe"]),
        ("Python 3 - The Road To 2031", ["Di Ray"]),
    ]


def test_a_byline_then_when_and_a_linked_event() -> None:
    found = talks(
        """
        # Talks & Articles

        ## Talks & Presentations

        1. ["Queues at Sea"](https://docs.google.com/presentation/d/abc/edit) - By Ann Lee and Bo Lind, Sep 2031, ["HarborCon"](https://harborcon.example.org/)
        2. ["Parsers by Hand"](https://www.youtube.com/watch?v=aaaaaaaaaaa) - By Cy Moe, Oct 2031, Lumen Days
        3. ["Small Caches"](https://www.slideshare.net/x/small-caches) - By Di Ray, Nov 2031, River Conf
        """
    )
    assert [(t.title, [p.name for p in t.speakers]) for t in found] == [
        ("Queues at Sea", ["Ann Lee", "Bo Lind"]),
        ("Parsers by Hand", ["Cy Moe"]),
        ("Small Caches", ["Di Ray"]),
    ]


def test_the_language_said_with_the_talks_word_after_a_title_is_no_part_of_it() -> None:
    """``[Title](video) (German presentation)``, ``(talk in French)``: in which language the
    talk was given, as ``(German)`` says it, no word of its title."""
    found = talks(
        f"""
        ## Talks

        - [Harbor Days 2031](https://harbor.example.org/): [Queues at Scale]({YT}aaaaaaaaaaa) (German presentation)
        - [Harbor Days 2032](https://harbor.example.org/): [Parsers by Hand]({YT}bbbbbbbbbbb) (talk in French)
        - [Harbor Days 2033](https://harbor.example.org/): [Maps for All]({YT}ccccccccccc) (in Spanish)
        """
    )
    assert [t.title for t in found] == ["Queues at Scale", "Parsers by Hand", "Maps for All"]


def test_a_sentences_period_after_a_plural_acronym_ends_the_title() -> None:
    """``*Fuzzing Web APIs*.``: the period after the title's emphasis is its sentence's (an
    initial's, ``Ann B.``, stays)."""
    found = talks(
        """
        # Seminars

        * 2031: *Fuzzing Web APIs*.
          Presentation given at Lumen University.
          [[PDF](slides/2031_lumen.pdf)]

        * 2030: *Queues for GPUs*.
          Presentation given at Harbor Days 2030.
          [[PDF](slides/2030_harbor.pdf)]

        * 2030: *Parsers with AI*.
          Presentation given at Fjord Con 2030.
          [[PDF](slides/2030_fjord.pdf)]
        """
    )
    assert [t.title for t in found] == ["Fuzzing Web APIs", "Queues for GPUs", "Parsers with AI"]


def test_a_title_that_opens_with_with_keeps_it() -> None:
    """``#### With Wasm to New Shores - Ann Lee, Lumen``: ``With`` opens the title, no
    byline's word."""
    found = talks(
        """
        # Talks

        #### With Wasm to New Shores - Ann Lee, Lumen

        <iframe src="https://www.youtube.com/embed/aaaaaaaaaaa"></iframe>

        #### Lightweight Queues in Wasm - Bo Lind, Lumen

        <iframe src="https://www.youtube.com/embed/bbbbbbbbbbb"></iframe>
        """
    )
    assert [(t.title, [s.name for s in t.speakers]) for t in found] == [
        ("With Wasm to New Shores", ["Ann Lee"]),
        ("Lightweight Queues in Wasm", ["Bo Lind"]),
    ]
