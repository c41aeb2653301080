"""What a table's columns hold, by their names and their cells."""

from __future__ import annotations

from reading import media, orgs, people, plan, talks

from mkdocs_roundup.blocks import read_blocks


def test_a_groups_event_column_that_names_no_event_holds_the_titles() -> None:
    """``Date | Speaker | Event | Material``: each row one evening named for its talk; the
    material's links are its decks and its code, never its title."""
    found = talks(
        """
        | Date | Speaker | Event | Material | Recording |
        |----|----|----|----|----|
        | 2031/01/16 | [Ann Lee](https://www.linkedin.com/in/annlee/) | [Queues in Practice with Rust](https://www.meetup.com/harbor/events/101/) | [Queues deck](https://ann.example.org/queues/) | [Recording](https://www.youtube.com/watch?v=aaaaaaaaaaa) |
        | 2031/02/20 | [Bo Lind](https://www.linkedin.com/in/bolind/) | [Parsers by Hand](https://www.meetup.com/harbor/events/102/) | Code: <https://github.com/bolind/parsers> | [Recording](https://www.youtube.com/watch?v=bbbbbbbbbbb) |
        | 2031/03/22 | [Cy Moe](https://www.linkedin.com/in/cymoe/) | [Maps for the Rest of Us](https://www.meetup.com/harbor/events/103/) | [Material of the talk](https://cy.example.org/maps/) | [Recording](https://www.youtube.com/watch?v=ccccccccccc) |
        """
    )
    assert [(t.title, people(t), sorted(media(t))) for t in found] == [
        (
            "Queues in Practice with Rust",
            [("Ann Lee", "https://www.linkedin.com/in/annlee/")],
            ["aaaaaaaaaaa", "https://ann.example.org/queues/"],
        ),
        (
            "Parsers by Hand",
            [("Bo Lind", "https://www.linkedin.com/in/bolind/")],
            ["bbbbbbbbbbb"],
        ),
        (
            "Maps for the Rest of Us",
            [("Cy Moe", "https://www.linkedin.com/in/cymoe/")],
            ["ccccccccccc", "https://cy.example.org/maps/"],
        ),
    ]


def test_a_speakers_calendar_of_linked_events_holds_no_title() -> None:
    """``Date | Speaker | Event | Location`` with each event linked to its own page: a
    calendar of appearances, no talk's material in it: no titles, no cards."""
    found = talks(
        """
        | Date | Speaker | Event | Location |
        |----|----|----|----|
        | 2031-05-12 | Ann Lee | [Open Source North](https://osn.example/) | Minneapolis |
        | 2031-06-02 | Ann Lee | [All Things Open](https://ato.example/) | Raleigh |
        | 2031-07-09 | Ann Lee | [Nordic Data Garden](https://ndg.example/) | Oslo |
        """
    )
    assert [t.title for t in found] == []


def test_an_event_column_of_unlinked_names_holds_no_title() -> None:
    """``Date | Speaker | Event | Location``: a speaker's appearances at events that name no
    year nor an event's word (``Open Source North``) are where, no titles of talks."""
    found = talks(
        """
        | Date | Speaker | Event | Location |
        |----|----|----|----|
        | Mar 4 | Ann Lee | Open Source North | Minneapolis |
        | Apr 9 | Bo Lind | All Things Open | Raleigh |
        | May 2 | Cy Moe | Big Data Spain | Madrid |
        """
    )
    assert [t.title for t in found] == []


def test_an_event_column_that_names_events_holds_no_title() -> None:
    """``Date | Speaker | Event | Slides``: a speaker's events (a year, an event's word) are
    where the talks were given, no titles of theirs."""
    found = talks(
        """
        | Date | Speaker | Event | Slides |
        |----|----|----|----|
        | 2031/01/16 | [Ann Lee](https://www.linkedin.com/in/annlee/) | Harbor Conf 2031 | [Slides](https://speakerdeck.com/ann/queues) |
        | 2031/02/20 | [Ann Lee](https://www.linkedin.com/in/annlee/) | Lumen Days 2031 | [Slides](https://speakerdeck.com/ann/parsers) |
        | 2031/03/22 | [Ann Lee](https://www.linkedin.com/in/annlee/) | Fjord Summit 2031 | [Slides](https://speakerdeck.com/ann/maps) |
        """
    )
    assert not [t.title for t in found if "2031" in t.title]


def test_a_repositorys_address_in_a_column_of_links_is_no_deck() -> None:
    """``| Links |`` of a talk: an address written out is its deck, but a code repository's
    is its code."""
    found = talks(
        """
        | Title | Speaker | Links |
        |----|----|----|
        | Queues in Practice | Ann Lee | <https://github.com/annlee/queues> <https://ann.example.org/queues.pdf> |
        | Parsers by Hand | Bo Lind | <https://gitlab.com/bolind/parsers> |
        | Maps for All | Cy Moe | <https://github.com/cymoe/maps-slides> |
        | A Slides Generator | Dee Roe | <https://github.com/deeroe/slides-generator> |
        | CSS Modules | Eve Sun | <https://github.com/evesun/slides-css-modules> |
        """
    )
    assert [(t.title, media(t)) for t in found] == [
        ("Queues in Practice", ["https://ann.example.org/queues.pdf"]),
        ("Parsers by Hand", []),
        ("Maps for All", ["https://github.com/cymoe/maps-slides"]),  # named for its deck
        ("A Slides Generator", []),  # a tool's code
        ("CSS Modules", ["https://github.com/evesun/slides-css-modules"]),
    ]


def test_a_column_of_conferences_names_no_speaker() -> None:
    """``Conference | Year | Location | Talk``: a speaker's own table; the conferences' names
    read like people's (``Harbor Lindqvist``), yet the column says where, no one."""
    found = talks(
        """
        | Conference | Year | Location | Talk |
        | -------- | -------- | -------- | -------- |
        | Harbor Lindqvist | 2031 | Oslo, NO | [Queues at Scale](https://www.youtube.com/watch?v=aaaaaaaaaaa) |
        | Lumen Castillo | 2031 | Porto, PT | [Parsers by Hand](https://www.youtube.com/watch?v=bbbbbbbbbbb) |
        | Fjord Halvorsen | 2030 | Bergen, NO | [Maps for All](https://www.youtube.com/watch?v=ccccccccccc) |
        """
    )
    assert [(t.title, people(t)) for t in found] == [
        ("Queues at Scale", []),
        ("Parsers by Hand", []),
        ("Maps for All", []),
    ]


def test_a_column_name_with_a_plural_in_parentheses() -> None:
    """``Presentation(s)`` names a column of presentations as ``Presentations`` does: beside
    a column of topics, their decks, however each link is labelled."""
    found = talks(
        """
        | Date | Topic | Presentation(s) | Video |
        |---|---|---|---|
        | 2031-01-01 | **Queues at Scale** | [Main Presentation](2031/queues.pdf), [Owl Presentation](2031/owl.pdf) | [Video](https://www.youtube.com/watch?v=aaaaaaaaaaa) |
        | 2031-02-01 | **Parsers by Hand** | [Slides PDF](2031/parsers.pdf) | [Video](https://www.youtube.com/watch?v=bbbbbbbbbbb) |
        """
    )
    assert [(t.title, sorted(media(t))) for t in found] == [
        ("Queues at Scale", ["2031/owl.pdf", "2031/queues.pdf", "aaaaaaaaaaa"]),
        ("Parsers by Hand", ["2031/parsers.pdf", "bbbbbbbbbbb"]),
    ]


def test_a_korean_table_of_sessions() -> None:
    """``|밋업링크|세션내용|발표자료|``: the session column holds each talk's line, ``세션 1 :
    Title : 김민수님 (Acme)``: its number, its title, its speaker (the honorific after her
    name is no part of it) and where she works."""
    found = talks(
        """
        |밋업링크|세션내용|발표자료|
        |------|---|---|
        |[Link](https://www.meetup.com/harbor/events/101/)|세션 1 : 큐 처리 입문 : 김민수님 (하버)|[Link](https://speakerdeck.com/minsu/queues)|
        |[Link](https://www.meetup.com/harbor/events/101/)|세션 2 : 파서 만들기 : 이서연님 (루멘)|[Link](https://speakerdeck.com/seoyeon/parsers)|
        |[Link](https://www.meetup.com/harbor/events/102/)|세션 1 : 지도 입문 : 박지훈님 (30분)|[Link](https://speakerdeck.com/jihoon/maps)|
        """
    )
    assert [(t.title, people(t), orgs(t)) for t in found] == [
        ("큐 처리 입문", [("김민수", None)], ["하버"]),
        ("파서 만들기", [("이서연", None)], ["루멘"]),
        ("지도 입문", [("박지훈", None)], []),  # how long, no organization
    ]


def test_a_date_on_a_talks_own_row_is_no_section() -> None:
    """``| May 8 | 09:00 | Title | Speaker |`` over ``| | 10:00 | … |``: the dated row is a
    talk of its own, no group's row: the rows keep the heading's section."""
    result = plan(
        """
        ## Day 1

        | Date | Time | Title | Speaker |
        |------|------|-------|---------|
        | May 8 | 09:00 | Scaling Queues | Ann Lee |
        | | 10:00 | Typing the Untypeable | Bo Lind |
        | | 11:00 | Embedded on a Budget | Cy Moe |
        """
    )
    assert {t.talk.section for t in result.talks} <= {"Day 1"}
    assert "Typing the Untypeable" in [t.talk.title for t in result.talks]


def test_a_session_column_beside_a_title_column_holds_no_title() -> None:
    """``| タイトル | 登壇者 | セッション | 資料 |``: the session column says which slot
    (``LT``, ``基調講演``), the title column the titles."""
    found = talks(
        """
        | タイトル | 登壇者 | セッション | 資料 |
        |---|---|---|---|
        | サーバーレスで作るチャット | 山田 花子 | 基調講演 | [スライド](https://speakerdeck.com/hanako/chat) |
        | 型ヒント入門 | 佐藤 健 | LT | [スライド](https://speakerdeck.com/ken/types) |
        """
    )
    assert [t.title for t in found] == ["サーバーレスで作るチャット", "型ヒント入門"]


def test_a_column_of_authors_beside_the_presenters_names_no_speaker() -> None:
    """A reading group's ``Week | Paper | Author(s) | Presenter``: the authors wrote what is
    presented; the presenters speak."""
    found = talks(
        """
        | Week | Paper | Author(s) | Presenter |
        |---|---|---|---|
        | 1 | [Queues Considered Helpful](https://papers.example/q.pdf) | Vos et al. | [Ann Lee](https://www.linkedin.com/in/annlee/) |
        | 2 | [Parsers All the Way Down](https://papers.example/p.pdf) | Holm, Berg | [Bo Lind](https://www.linkedin.com/in/bolind/) |
        """
    )
    assert [[s.name for s in t.speakers] for t in found] == [["Ann Lee"], ["Bo Lind"]]


def test_a_roster_of_speakers_with_their_roles_holds_no_talk() -> None:
    """``Speaker | Role | Company``: a list of who spoke, what each does and where; the
    role is no talk's title, so no row is a talk (``Chức vụ``, ``Tổ chức`` too)."""
    assert not talks(
        """
        ### Speakers

        | Speaker | Role | Company |
        |---|---|---|
        | **Ann Lee** | Head of Solutions | Acme |
        | **Bo Lind** | Technical Account Manager | Acme |
        | **Cy Moe** | AI Director | Initech |
        """
    )
    assert not talks(
        """
        | Diễn giả | Chức vụ | Tổ chức |
        |---|---|---|
        | **Ann Lee** | Head of Solutions | Acme |
        | **Bo Lind** | Technical Account Manager | Acme |
        """
    )


def test_a_column_of_short_abstracts_beside_the_speakers_holds_the_titles() -> None:
    """``Date | Speaker | Abstract``, with no column of titles: cells of a title's few words
    are the talks' titles; a column of paragraphs stays the abstracts, and a calendar's
    ``Description`` holds no titles."""
    found = talks(
        """
        ## Spring 2031

        | Date | Speaker | <span style="width:100%">Abstract</span> |
        |---|---|---|
        | 1/22/2031 | Ann Lee | Why Queues at All? |
        | 1/29/2031 | Bo Lind | Parsers by Hand, Once More |
        | 2/5/2031 | Cy Moe | Maps for Everyone |
        """
    )
    assert [(t.title, people(t)) for t in found] == [
        ("Why Queues at All?", [("Ann Lee", None)]),
        ("Parsers by Hand, Once More", [("Bo Lind", None)]),
        ("Maps for Everyone", [("Cy Moe", None)]),
    ]
    assert not talks(
        """
        | Date | Host | Description |
        |---|---|---|
        | 2031-05-03 | Ann Lee | Board game night at the library |
        | 2031-05-10 | Bo Lind | Picnic by the harbor |
        | 2031-05-17 | Cy Moe | Walk along the old canal |
        """
    )
    long = "We look at how queues grow under load, why they stall, and what a team can do about it before the pager rings at night."
    assert not talks(
        f"""
        | Date | Speaker | Abstract |
        |---|---|---|
        | 1/22/2031 | Ann Lee | {long} |
        | 1/29/2031 | Bo Lind | {long} |
        | 2/5/2031 | Cy Moe | {long} |
        """
    )


def test_a_programs_grid_of_rooms_gives_a_talk_a_cell() -> None:
    """``Time | Room 1 | Room 2``: each cell of a room's column is a session, read as a
    talk's line (who, a dash, what; the title over its speaker), a talk where its speakers
    are linked or its media given; a cell of no one (``Lunch``, a deck's link alone) is
    none, and gives nothing to the cell beside it. A booking's grid names people alone;
    a column named ``Room`` holds each row's room."""
    found = talks(
        """
        ## Schedule

        | Time | Room 1 | Room 2 |
        |---|---|---|
        | 11:00 | [Ann Lee](/speakers/ann) — [Queues at Scale](/sessions/queues) | [Bo Lind](/speakers/bo) — [Parsers by Hand](/sessions/parsers) |
        | 12:00 | **Maps for All**<br>Cy Moe (Acme) | Lunch |
        | 13:00 | Keynote: Tides by Machine<br>[Dee Roe](https://www.linkedin.com/in/dee/) | [Slides](https://example.org/x.pdf) |
        """
    )
    assert [(t.title, people(t), orgs(t), media(t)) for t in found] == [
        ("Queues at Scale", [("Ann Lee", "/speakers/ann")], [], []),
        ("Parsers by Hand", [("Bo Lind", "/speakers/bo")], [], []),
        ("Maps for All", [("Cy Moe", None)], ["Acme"], []),
        ("Tides by Machine", [("Dee Roe", "https://www.linkedin.com/in/dee/")], [], []),
    ]
    assert not talks(
        """
        | Time | Board Room | Meeting Room 2 |
        |---|---|---|
        | 09:00 | Quarterly planning — Ann Lee | Candidate interview — Bo Lind |
        | 10:00 | Budget review — Cy Moe | Team lunch — Dee Roe |
        """
    )
    rows = talks(
        """
        | Session | Room | Track |
        |---|---|---|
        | **Caching Tides** - Ann Lee [Slides](https://speakerdeck.com/ann/tides) | Room 1 | Data |
        | **Quiet Systems** - Bo Lind [Slides](https://speakerdeck.com/bo/quiet) | Room 2 | Web |
        """
    )
    assert [t.title for t in rows] == ["Caching Tides", "Quiet Systems"]


def test_an_html_grids_cell_may_hold_a_talk_a_line() -> None:
    """A ``<table>`` program whose cell gives two talks, one a line (``<br>`` between), and
    leaves out a ``</td>``: each talk that names its speaker is read."""
    found = talks(
        """
        <table>
        <tr><th>Время</th><th>Зал 1</th><th>Зал 2</th></tr>
        <tr>
          <td>11:00</td>
          <td>
            <a href="/speakers/ann">Анна Ли</a> —
            <a href="/sessions/queues">Очереди в масштабе</a>
          <td>
            <a href="/speakers/bo">Бо Линд</a> —
            <a href="/sessions/parsers">Парсеры вручную</a>
            <br>
            <a href="/speakers/cy">Сай Мо</a> —
            <a href="/sessions/maps">Карты для всех</a>
          </td>
        </tr>
        </table>
        """
    )
    assert [(t.title, people(t)) for t in found] == [
        ("Очереди в масштабе", [("Анна Ли", "/speakers/ann")]),
        ("Парсеры вручную", [("Бо Линд", "/speakers/bo")]),
        ("Карты для всех", [("Сай Мо", "/speakers/cy")]),
    ]


def test_a_chinese_speaker_cell_gives_name_organization_and_role_apart() -> None:
    """``贾岛 海港科技 高级技术专家`` in a column of speakers (or after ``讲师：``): the name,
    where she works, then what she does, apart by blanks; the role is no part of either.
    A middle of two characters with no organization's ending may be a name (the company
    first, or two speakers): no organization is read there."""
    found = talks(
        """
        ### 活动议程

        | 时间 | 分享主题 | 分享嘉宾 |
        | --- | --- | --- |
        | 13:30-14:15 | 《海港网关的思考与实践》 | 贾岛 海港科技 高级技术专家 |
        | 14:15-15:00 | 《北港的容器踩坑实录》 | 付铖 北港云 容器化负责人 |
        | 15:10-15:20 | 茶歇 |  |
        """
    )
    assert [(people(t), orgs(t)) for t in found] == [
        ([("贾岛", None)], ["海港科技"]),
        ([("付铖", None)], ["北港云"]),
    ]
    unsure = talks(
        """
        | 时间 | 分享主题 | 分享嘉宾 |
        | --- | --- | --- |
        | 13:30-14:15 | 《海港网关的思考与实践》 | 海港 王芳 高级工程师 |
        | 14:15-15:00 | 《北港的容器踩坑实录》 | 王芳 张伟 工程师 |
        """
    )
    assert [orgs(t) for t in unsure] == [[], []]


def test_a_format_column_that_says_who_led_beats_the_authors() -> None:
    """A reading group's ``Reading | Authors | Format``, whose format's cells say who led
    each session (``Discussion led by [Ann Lee](…)``, ``Speaker: [Bo Lind](…)``): they are
    the speakers; the authors wrote what was read, and a ``Group discussion`` names no one.
    Who hosted a slot, or "the first author", names no presenter."""
    found = talks(
        """
        ### Sessions

        | Date | Reading | Authors | Format |
        | --- | --- | --- | --- |
        | June 23, 2031 | [Queues at Scale](https://arxiv.org/abs/3104.00001) | Cy Moe et al. | Discussion led by [Ann Lee](https://ann.example.org/) |
        | June 18, 2031 | [Parsers by Hand](https://arxiv.org/abs/3104.00002) | Dee Roe and Eve Poe | Speaker: [Bo Lind](https://bo.example.org/) |
        | June 4, 2031 | [Maps for All](https://arxiv.org/abs/3104.00003) | Fay Low | Group discussion |
        """
    )
    assert [(t.title, people(t)) for t in found] == [
        ("Queues at Scale", [("Ann Lee", "https://ann.example.org/")]),
        ("Parsers by Hand", [("Bo Lind", "https://bo.example.org/")]),
        ("Maps for All", []),
    ]
    hosted = talks(
        """
        | Date | Title | Authors | Slot |
        | --- | --- | --- | --- |
        | June 23, 2031 | [Tide Models](https://ann.example.org/tides.pdf) | Ann Lee | Coffee hosted by Harbor Labs |
        | June 24, 2031 | [Owl Calls](https://bo.example.org/owls.pdf) | Bo Lind | Lunch hosted by Lumen Trust |
        | June 25, 2031 | [Ferry Noise](https://cy.example.org/ferry.pdf) | Cy Moe | Presented by the first author |
        """
    )
    assert [people(t) for t in hosted] == [
        [("Ann Lee", None)],
        [("Bo Lind", None)],
        [("Cy Moe", None)],
    ]


def test_a_speakers_cell_may_link_the_talks_deck() -> None:
    """``| Cy Moe ([slides][3]) | Title |``: a deck's link beside a speaker's name, in a
    column named for speakers, is her talk's, a reference's target as well as an inline
    one; a video beside a name in a testimonial's table is none."""
    found = talks(
        """
        | Speaker | Title |
        |---|---|
        | Cy Moe ([slides][3]) | Maps for All |
        | Dee Roe [(slides)](./slides/tides.pdf) | Tides by Machine |

        [3]: ./slides/maps.pdf
        """
    )
    assert [(t.title, people(t), media(t)) for t in found] == [
        ("Maps for All", [("Cy Moe", None)], ["./slides/maps.pdf"]),
        ("Tides by Machine", [("Dee Roe", None)], ["./slides/tides.pdf"]),
    ]
    assert not talks(
        """
        | Name | Quote |
        |---|---|
        | Ann Lee ([video](https://www.youtube.com/watch?v=aaaaaaaaaaa)) | Best workshop ever |
        | Bo Lind ([video](https://www.youtube.com/watch?v=bbbbbbbbbbb)) | Clear and friendly |
        """
    )


def test_a_decks_one_word_link_names_its_talk() -> None:
    """``Speaker | Slide Deck | Video`` with no column of titles: a deck's link of one word
    written as a product's name (``[RobustIRC](…)``) is its talk's title, as a longer one
    is; ``[Link]``, ``[Homepage]``, ``[Thesis]`` or a language is where or which, not what."""
    found = talks(
        """
        | Speaker | Slide Deck | Video |
        | --- | --- | --- |
        | Ann Lee | [Queues at Scale](AnnLee-Queues/) | [Video](https://www.youtube.com/watch?v=aaaaaaaaaaa) |
        | Bo Lind | [HarborIRC](BoLind-HarborIRC/) | [Video](https://www.youtube.com/watch?v=bbbbbbbbbbb) |
        | Cy Moe | [Link](CyMoe-Maps/) | [Video](https://www.youtube.com/watch?v=ccccccccccc) |
        """
    )
    assert [(t.title, people(t)) for t in found] == [
        ("Queues at Scale", [("Ann Lee", None)]),
        ("HarborIRC", [("Bo Lind", None)]),
    ]
    assert not talks(
        """
        | Name | Link |
        |---|---|
        | Ann Lee | [Homepage](https://ann.example.org/) |
        | Bo Lind | [Thesis](https://bo.example.org/thesis.pdf) |
        """
    )
    languages = talks(
        """
        | Speaker | Slides | Video |
        | --- | --- | --- |
        | Ann Lee | [English](AnnLee-en/) | [Video](https://www.youtube.com/watch?v=aaaaaaaaaaa) |
        | Bo Lind | [Deutsch](BoLind-de/) | [Video](https://www.youtube.com/watch?v=bbbbbbbbbbb) |
        """
    )
    assert [t.title for t in languages if t.title in ("English", "Deutsch")] == []


def test_a_grid_with_a_hall_named_in_one_word_is_a_programs_grid() -> None:
    found = talks(
        """
        | Time | Auditorium | Room 100 | Room 200 |
        |---|---|---|---|
        | 9:00am | Opening Keynote<br>[Queues at Sea](/talks/queues)<br>Ann Lee | | |
        | 10:15am | [Parsers by Hand](/talks/parsers)<br>Bo Lind | [Maps for Everyone](/talks/maps)<br>Cy Moe | [Caches at Scale](/talks/caches)<br>Dee Roe |
        | 11:00am | Break | | |
        """
    )
    assert [(t.title, t.kind, people(t)) for t in found] == [
        ("Queues at Sea", "keynote", [("Ann Lee", None)]),
        ("Parsers by Hand", "talk", [("Bo Lind", None)]),
        ("Maps for Everyone", "talk", [("Cy Moe", None)]),
        ("Caches at Scale", "talk", [("Dee Roe", None)]),
    ]
    screenings = talks(
        """
        | Time | Theater | Room 1 | Room 2 |
        |---|---|---|---|
        | 7:00pm | Salt and Iron<br>Arne Fjell | Nine Winters<br>Pia Sund | |
        | 9:00pm | Low Tide<br>Ola Brenn | | |
        """
    )
    assert not screenings  # a cinema's screen, no lecture hall
    panel = talks(
        """
        | Time | Auditorium | Room 100 | Room 200 |
        |---|---|---|---|
        | 10:00 | Panel<br>[Ann Lee](/people/ann), [Bo Lind](/people/bo) | | |
        | 11:00 | Workshop<br>Bring your laptop<br>[Cy Moe](/people/cy) | | |
        """
    )
    titles = [t.title for t in panel]
    assert "Ann Lee" not in titles and "Bring your laptop" not in titles  # people, a note


def test_a_column_of_profiles_links_each_row_s_speakers() -> None:
    found = talks(
        """
        | Name | Twitter | Presentation | Slides |
        | --- | --- | --- | --- |
        | Ada Vos | [@adavos](https://twitter.com/adavos) | Folding Maps | [x](https://speakerdeck.com/avos/maps) |
        | Bo Lind, Cy Moe | [@bolind](https://twitter.com/bolind) [@cymoe](https://twitter.com/cymoe) | Quiet Queues | [x](https://speakerdeck.com/bl/queues) |
        | Di Hart | | Small Caches | [x](https://speakerdeck.com/dh/caches) |
        | Eli Stone, Fay Ruiz | [@eli](https://twitter.com/eli) | Parsers | [x](https://speakerdeck.com/es/parsers) |
        """
    )
    assert [people(t) for t in found] == [
        [("Ada Vos", "https://twitter.com/adavos")],
        [("Bo Lind", "https://twitter.com/bolind"), ("Cy Moe", "https://twitter.com/cymoe")],
        [("Di Hart", None)],
        # one profile for two speakers: whose is it? neither is given it
        [("Eli Stone", None), ("Fay Ruiz", None)],
    ]


def test_an_organizations_account_in_a_column_of_profiles_is_no_speakers() -> None:
    found = talks(
        """
        | Talk | Speaker | Company | Twitter |
        | --- | --- | --- | --- |
        | Folding Maps | Ada Vos | Acme Cloud | [@acmecloud](https://twitter.com/acmecloud) |
        | Quiet Queues | Bo Lind | Northwind | [@bolind](https://twitter.com/bolind) |
        """
    )
    assert [people(t) for t in found] == [
        [("Ada Vos", None)],
        [("Bo Lind", "https://twitter.com/bolind")],
    ]


def test_a_level_column_names_no_one_and_a_title_column_holds_titles_alone() -> None:
    """``Title | Event | Date | Level``: whom a talk is for (``Intermediate``) is no speaker,
    and a cell under ``Title`` is all title, whatever it stresses (``**Queues** for busy
    people``, ``**Harbor Cloud**: deploy with confidence``)."""
    found = talks(
        """
        ## 2031

        | Title | Event | Date | Level | |
        | --- | --- | --- | --- | --- |
        | **Queues, streams, and logs** for busy people | Harbor Days 2031 | 2031-05-02 | Intermediate | [🎥](https://www.youtube.com/watch?v=aaaaaaaaaaa) |
        | **Harbor Cloud**: deploy with confidence | Lumen Meetup (online) | 2031-04-11 | Beginners | [🎥](https://www.youtube.com/watch?v=bbbbbbbbbbb) |
        | Improving Your **Test Coverage** | Fjord Conf | 2031-02-03 | Advanced | [🎥](https://www.youtube.com/watch?v=ccccccccccc) |
        """
    )
    assert [(t.title, people(t), orgs(t)) for t in found] == [
        ("Queues, streams, and logs for busy people", [], []),
        ("Harbor Cloud: deploy with confidence", [], []),
        ("Improving Your Test Coverage", [], []),
    ]
    # names after a title under `Title` are still its speakers
    found = talks(
        """
        | Title | Event | Date |
        | --- | --- | --- |
        | Queues at scale - Ann Lee | Harbor Days 2031 | 2031-05-02 |
        | Streams and logs (with Bo Lind) | Fjord Conf | 2031-03-11 |
        | [Lenses in practice](https://www.youtube.com/watch?v=aaaaaaaaaaa) by Cy Moe | Lumen Meetup | 2031-01-20 |
        """
    )
    assert [(t.title, people(t)) for t in found] == [
        ("Queues at scale", [("Ann Lee", None)]),
        ("Streams and logs", [("Bo Lind", None)]),
        ("Lenses in practice", [("Cy Moe", None)]),
    ]


def test_a_speakers_column_linking_name_and_affiliation_in_one_link_splits_them() -> None:
    """``[Ann Lee (Lumen)](her page)`` in most cells of a speakers column: she, her page,
    and where she works; a remark in the parentheses stays part of the name's link."""
    found = talks(
        """
        | Date | Speaker | Title |
        | --- | --- | --- |
        | Feb 21 | [Ada Vos (Lumen Institute)](https://scholar.example.org/avos) | [Signals in Deep Networks](#vos) |
        | Feb 28 | [Bo Lind (Fjord)](https://fjord.example.edu/~blind/) | [Synchronization on Lattices](#lind) |
        | Mar 7 | [Cy Moe (UC Harbor)](https://cymoe.example.org) | [Descent and Local Minima](#moe) |
        | Mar 14 | [Di Park (TBC)](https://dipark.example.org) | [Prediction Without Models](#park) |
        """
    )
    assert [(people(t), orgs(t)) for t in found] == [
        ([("Ada Vos", "https://scholar.example.org/avos")], ["Lumen Institute"]),
        ([("Bo Lind", "https://fjord.example.edu/~blind/")], ["Fjord"]),
        ([("Cy Moe", "https://cymoe.example.org")], ["UC Harbor"]),
        ([("Di Park (TBC)", "https://dipark.example.org")], []),
    ]
    # where no cell's words say an organization (cities, nicknames), they stay in the name
    found = talks(
        """
        | Date | Speaker | Title |
        | --- | --- | --- |
        | Feb 21 | [Ada Vos (Berlin)](https://avos.example.org) | [Signals in Deep Networks](#vos) |
        | Feb 28 | [Robert Lind (Bob)](https://bob.example.org) | [Synchronization on Lattices](#lind) |
        | Mar 7 | [Cy Moe (Oslo)](https://cymoe.example.org) | [Descent and Local Minima](#moe) |
        """
    )
    assert [(people(t), orgs(t)) for t in found] == [
        ([("Ada Vos (Berlin)", "https://avos.example.org")], []),
        ([("Robert Lind (Bob)", "https://bob.example.org")], []),
        ([("Cy Moe (Oslo)", "https://cymoe.example.org")], []),
    ]


def test_a_schedule_with_its_speakers_is_no_section_of_its_own() -> None:
    """``### Schedule with Confirmed Speakers`` over a seminar's table wraps every talk:
    no section; ``### Spring term`` over it is one."""
    table = (
        "| Date | Speaker | Title |\n| --- | --- | --- |\n"
        "| Feb 21 | [Ada Vos](https://avos.example.org) | [Signals in Deep Networks](#vos) |\n"
        "| Feb 28 | [Bo Lind](https://blind.example.org) | [Synchronization on Lattices](#lind) |\n"
    )
    wrapped = talks("### Schedule with Confirmed Speakers\n\n" + table)
    termed = talks("### Spring term\n\n" + table)
    assert [t.section for t in wrapped] == [None, None]
    assert [t.section for t in termed] == ["Spring term", "Spring term"]


AGENDA = """
# Harbor Days 2031 - Agenda

<table>
<tr><th>Start</th><th>Ende</th><th>Titel</th><th>Autor</th><th>Folien</th></tr>
<tr><td>10:00</td><td>12:00</td><td colspan="3"><b>Track 1: Queues and Tides</b></td></tr>
<tr><td>10:00</td><td>10:30</td><td>Quiet Queues</td><td>Ann Lee</td><td><a href="https://harbor.example/q.pdf">PDF</a> <a href="https://harbor.example/q.mp4">Video</a></td></tr>
<tr><td>10:30</td><td>11:00</td><td>Tide Tables</td><td>Bo Lind</td><td><a href="https://harbor.example/t.pdf">Video</a></td></tr>
<tr><td>11:00</td><td>11:30</td><td colspan="3">Mittagessen</td></tr>
<tr><td>11:30</td><td>12:00</td><td>Folding Maps</td><td>Cy Park</td><td><a href="https://harbor.example/f.pdf">PDF</a></td></tr>
<tr><td>12:00</td><td>13:00</td><td colspan="3"><b>Room Aurora — Paper Planes</b></td></tr>
<tr><td>12:00</td><td>12:30</td><td>Gliding Far</td><td>Di Ray</td><td><a href="https://harbor.example/g.pdf">PDF</a></td></tr>
</table>
"""


def test_a_row_one_cell_spans_is_a_part_of_the_program_no_talk() -> None:
    found = talks(AGENDA)
    assert [(t.title, people(t), t.section) for t in found] == [
        ("Quiet Queues", [("Ann Lee", None)], "Track 1: Queues and Tides"),
        ("Tide Tables", [("Bo Lind", None)], "Track 1: Queues and Tides"),
        ("Folding Maps", [("Cy Park", None)], "Track 1: Queues and Tides"),  # lunch is when
        ("Gliding Far", [("Di Ray", None)], "Room Aurora — Paper Planes"),
    ]


def test_a_link_that_names_a_video_in_a_column_of_slides_is_the_video() -> None:
    (first, second, *_) = talks(AGENDA)
    assert sorted((m.kind, m.url) for m in first.media) == [
        ("slides", "https://harbor.example/q.pdf"),
        ("video", "https://harbor.example/q.mp4"),
    ]
    # a deck's file says what it is, whatever its label
    assert [(m.kind, m.url) for m in second.media] == [("slides", "https://harbor.example/t.pdf")]


def test_a_wide_talk_or_a_break_in_a_row_of_its_own_is_no_part() -> None:
    found = talks(
        """
        # Lakeside Data Summit 2031

        <table>
        <tr><th>Time</th><th>Talk</th><th>Speaker</th></tr>
        <tr><td>09:00</td><td colspan="2">Keynote: Data Without Borders (Hana Sato)</td></tr>
        <tr><td>10:00</td><td>Columnar storage, revisited</td><td>Peter Wolny</td></tr>
        <tr><td>10:45</td><td colspan="2">Summer break — back in September</td></tr>
        <tr><td>11:30</td><td>Feature stores that scale</td><td>Aisha Bello</td></tr>
        <tr><td>12:00</td><td colspan="2">Day-2 operations for data teams (Mei Tan)</td></tr>
        <tr><td>12:30</td><td colspan="2">Social engineering in 2031 (Ama Owusu)</td></tr>
        <tr><td>13:00</td><td colspan="2">Block I/O in practice (Ivo Petrov)</td></tr>
        <tr><td>18:30</td><td colspan="2">GetTogether in the Lobby</td></tr>
        </table>
        """
    )
    assert [(t.title, t.kind, t.section) for t in found] == [
        ("Data Without Borders (Hana Sato)", "keynote", None),  # a talk, its cell wide
        ("Columnar storage, revisited", "talk", None),
        ("Feature stores that scale", "talk", None),  # the break is when, no part
        ("Day-2 operations for data teams (Mei Tan)", "talk", None),  # no day's number
        ("Social engineering in 2031 (Ama Owusu)", "talk", None),  # no social evening
        ("Block I/O in practice (Ivo Petrov)", "talk", None),
    ]


def test_a_link_that_names_slides_in_a_column_of_videos_is_the_deck() -> None:
    found = talks(
        """
        | Title | Speaker | Video |
        |---|---|---|
        | Quiet Queues | Ann Lee | [Recording](https://vimeo.com/111111111) [Slides](https://ann.example/q.pdf) |
        | Tide Tables | Bo Lind | [Recording](https://vimeo.com/222222222) |
        | Folding Maps | Cy Park | [Recording](https://vimeo.com/333333333) |
        """
    )
    assert sorted((m.kind, m.url) for m in found[0].media) == [
        ("slides", "https://ann.example/q.pdf"),
        ("video", "https://vimeo.com/111111111"),
    ]


def test_a_reading_groups_papers_are_its_titles_and_no_ones_slides() -> None:
    """``Date | Presenter | Paper | Why``: the paper is the session's title, its link the
    paper's; rows still to come, their papers not chosen yet, say nothing of the column."""
    found = talks(
        """
        | Date | Presenter | Paper | Why should we care |
        |---|---|---|---|
        | 01/03/31 | Ann Lee | [Queues Considered Helpful](https://papers.example/q.pdf) | A good introduction to queues |
        | 08/03/31 | Bo Lind | [Parsers All the Way Down](https://papers.example/p.pdf) | How parsers are written by hand |
        | 15/03/31 | Cy Moe | [Tide Tables Revisited](https://papers.example/t.pdf) | Tables, again |
        | 22/03/31 | Di Ray | | |
        | 29/03/31 | Eva Holm | | |
        | 05/04/31 | Fay Wu | | |
        | 12/04/31 | Gil Hart | | |
        """
    )
    assert [(t.title, [s.name for s in t.speakers], media(t)) for t in found] == [
        ("Queues Considered Helpful", ["Ann Lee"], []),
        ("Parsers All the Way Down", ["Bo Lind"], []),
        ("Tide Tables Revisited", ["Cy Moe"], []),
    ]


def test_a_cell_of_labelled_lines_gives_its_title_by_its_label() -> None:
    """``Date | Speaker | Recordings`` where each cell of the last column writes what was
    presented, then its media, each on a line of its label (``paper：[Title](paper.pdf)<br>
    video：…``): the paper is the title (its link no deck), the lines under it the media; in
    a table of awards, where only authors are named, the cells name no talk."""
    found = talks(
        """
        | Date | Speaker | Recordings |
        |---|---|---|
        | 2031/01/16 | [Ann Lee](https://github.com/annlee) | paper：[Queues Considered Helpful](https://papers.example/q.pdf)<br>video：[https://www.youtube.com/watch?v=aaaaaaaaaaa](https://www.youtube.com/watch?v=aaaaaaaaaaa) |
        | 2031/02/20 | Bo Lind | Paper: [Parsers All the Way Down](https://papers.example/p.pdf)<br>Video: [recording](https://www.youtube.com/watch?v=bbbbbbbbbbb)<br>Slides: [deck](https://speakerdeck.com/bolind/parsers) |
        | 2031/03/22 | [Cy Moe](https://github.com/cymoe) | Topic: Tide Tables Revisited |
        """
    )
    assert [(t.title, [s.name for s in t.speakers], media(t)) for t in found] == [
        ("Queues Considered Helpful", ["Ann Lee"], ["aaaaaaaaaaa"]),
        (
            "Parsers All the Way Down",
            ["Bo Lind"],
            ["bbbbbbbbbbb", "bolind/parsers"],
        ),
        ("Tide Tables Revisited", ["Cy Moe"], []),
    ]
    awards = talks(
        """
        For the invited talks of each year, see the programme page.

        | Year | Authors | Award |
        |---|---|---|
        | 2030 | Ann Lee, Bo Lind | paper: [Queues Considered Helpful](https://papers.example/q.pdf)<br>video: [talk](https://www.youtube.com/watch?v=aaaaaaaaaaa) |
        | 2031 | Cy Moe | paper: [Tide Tables Revisited](https://papers.example/t.pdf)<br>video: [talk](https://www.youtube.com/watch?v=ccccccccccc) |
        """,
        meta={"title": "Best Paper Awards"},
    )
    assert awards == []  # who wrote the papers, no one who presented them


def test_a_second_name_in_a_speakers_cell_who_speaks_alone_elsewhere_speaks() -> None:
    """``Ann Lee<br>Bo Lind`` in a column of speakers: the second line may say where Ann
    works, but Bo Lind gives a talk of his own on the page: a second speaker."""
    found = talks(
        """
        | Date | Speaker | Title |
        |---|---|---|
        | 3 May 2031 | Bo Lind | Quiet Queues |
        | 10 May 2031 | Ann Lee<br>Bo Lind | Folding Maps |
        | 17 May 2031 | Cy Moe<br>Northwind | Tide Tables |
        """
    )
    assert [(t.title, [s.name for s in t.speakers], orgs(t)) for t in found] == [
        ("Quiet Queues", ["Bo Lind"], []),
        ("Folding Maps", ["Ann Lee", "Bo Lind"], []),
        ("Tide Tables", ["Cy Moe"], ["Northwind"]),
    ]


def test_a_table_of_code_examples_is_no_talk_list() -> None:
    """A docs page's table of the labels it knows, each cell three labels or more written as
    code: examples, no talks (a talk's title may show code, but no labels)."""
    found = talks(
        """
        | role | written as |
        | --- | --- |
        | title | `Talk:`, `Title:`, `Topic:`, `题目：`; a topic's number before a heading's title is no part of it (`#### 主题一：Title`) |
        | kind | `Talk:`, `Keynote:`, `Workshop:`, `Vortrag:`; a kind before a heading's title is no part of it (`#### Keynote: Title`) |
        | slides | `Slides:`, `Deck:`, `Presentation:`, a `[Slideshow](…)` link to a deck |
        """
    )
    assert found == []
    titled = talks(
        """
        | Title | Speaker |
        | --- | --- |
        | Tuning `malloc` in `C` | Ann Lee |
        | The `async` story | Bo Lind |
        | `map`, `filter`, `fold`, `scan`: iterator tricks | Cy Moe |
        """
    )
    assert [t.title for t in titled] == [
        "Tuning malloc in C",
        "The async story",
        "map, filter, fold, scan: iterator tricks",
    ]


def test_a_one_row_table_of_labels_under_a_heading_is_its_talks_record() -> None:
    found = talks(
        """
        # Harbor Fest 2031 recap

        #### Parsers by Hand in Kotlin

        | 時間 | 登壇者 | 場所 |
        |:-----------:|:------------:|:------------:|
        | 11:00 - 11:45 | 山田 花子 | Hall (WEST) |

        - 知りたいこと
            - なにができるの？

        #### Queues Without Locks

        | Time | Speaker | Room |
        |---|---|---|
        | 14:00 - 14:45 | Tom Berg | Room B |

        - What I learned
            - Locks are slow.
            - [Slides](https://docs.google.com/presentation/d/1abcDEFghiJKLmno/edit)
        """
    )
    assert [(t.title, people(t), media(t)) for t in found] == [
        ("Parsers by Hand in Kotlin", [("山田 花子", None)], []),
        ("Queues Without Locks", [("Tom Berg", None)], ["1abcDEFghiJKLmno"]),
    ]
    # a row that gives a title is a talk of its own, under its day
    found = talks(
        """
        ### Monday, April 23rd, 2031

        | Speaker | Title | Length |
        |---|---|---|
        | Tom Berg | Queues Without Locks | 30 min |

        ### Monday, April 30th, 2031

        | Speaker | Title | Length |
        |---|---|---|
        | Rosa Prado | Parsers by Hand | 30 min |
        """
    )
    assert [(t.title, people(t), t.section) for t in found] == [
        ("Queues Without Locks", [("Tom Berg", None)], "Monday, April 23rd, 2031"),
        ("Parsers by Hand", [("Rosa Prado", None)], "Monday, April 30th, 2031"),
    ]


def test_a_name_column_in_a_programs_table_gives_its_speakers() -> None:
    found = talks(
        """
        # Charlas

        | Horario | Nombre | Título |
        |---|---|---|
        | 10:00 – 10:50 | Rosa Prado (rprado) [CBBA] | De DevOps a DevSecOps |
        | 11:00 – 11:45 | Tom Berg [LP] | Instalaré Linux en mi router |
        | 12:00 – 12:30 | REGISTRO | Salón auditorio |
        """
    )
    assert [(t.title, people(t)) for t in found] == [
        ("De DevOps a DevSecOps", [("Rosa Prado", None)]),
        ("Instalaré Linux en mi router", [("Tom Berg", None)]),
    ]
    # a team's table: its people's job titles, no talks
    assert not talks(
        """
        # Our team

        | Name | Title |
        |---|---|
        | Rosa Prado | Staff Engineer |
        | Tom Berg | Head of Design |
        """
    )


def test_a_block_of_text_classed_as_a_title_heads_the_table_under_it() -> None:
    found = talks(
        """
        # Program

        <div class="hm-section-title">TALKS – Friday 5 December</div>

        <table class="hm">
          <tr><th>Time</th><th>Name</th><th>Title</th></tr>
          <tr><td>10:00</td><td>Ada Vos</td><td>Queues at Sea</td></tr>
          <tr><td>11:00</td><td>Bo Lind</td><td>Parsers by Hand</td></tr>
        </table>

        <div class="hm-section-title">TALKS – Saturday 6 December</div>

        <table class="hm">
          <tr><th>Time</th><th>Name</th><th>Title</th></tr>
          <tr><td>10:00</td><td>Cy Moe</td><td>Small Caches</td></tr>
          <tr><td>11:00</td><td>Di Ray</td><td>Tests that Age</td></tr>
        </table>

        <div class="note">Lunch is served at noon.</div>
        """
    )
    assert [(t.title, t.section) for t in found] == [
        ("Queues at Sea", "TALKS – Friday 5 December"),
        ("Parsers by Hand", "TALKS – Friday 5 December"),
        ("Small Caches", "TALKS – Saturday 6 December"),
        ("Tests that Age", "TALKS – Saturday 6 December"),
    ]


def test_a_cards_or_posts_title_class_heads_no_section() -> None:
    found = talks(
        """
        # Talks

        ## Conferences

        ### Queues at Sea

        [Slides](https://speakerdeck.com/ada/queues) · Ada Vos at Harbor Conf 2031

        <div class="card-title">Related reading</div>

        ### Parsers by Hand

        [Slides](https://speakerdeck.com/bo/parsers) · Bo Lind at Lumen Days 2031
        """
    )
    assert [(t.title, t.section) for t in found] == [
        ("Queues at Sea", "Conferences"),
        ("Parsers by Hand", "Conferences"),
    ]


def test_a_remark_in_parentheses_in_a_columns_name_is_none_of_its_words() -> None:
    """``発表者（敬称略）`` ("presenters, honorifics left out") names the speakers' column,
    as ``Speaker (alphabetical)`` does; ``タイトル`` with a full-width space after it, the
    titles'."""
    found = talks(
        """
        | 発表者（敬称略）| タイトル　|
        | ------------- |:-------------:|
        | はる | 締め切りカウントダウンを作った話 |
        | cannorin | TidalCycles - Haskell meets Music |

        | Speaker (alphabetical) | Talk |
        |---|---|
        | Ann Lee | Quiet Queues |
        | Bo Lind | Folding Maps |
        """
    )
    assert [(t.title, [s.name for s in t.speakers]) for t in found] == [
        ("締め切りカウントダウンを作った話", ["はる"]),
        ("TidalCycles - Haskell meets Music", ["cannorin"]),
        ("Quiet Queues", ["Ann Lee"]),
        ("Folding Maps", ["Bo Lind"]),
    ]


AGENDA_LINES = """
## Agenda

|09:30 - 10:00 | Opening words | [Ann Lee](people/ann-lee) |
|10:00 - 10:45 | Tides of the Northern Harbor | [Bo Lind](people/bo-lind) |
|10:45 - 11:00 | Coffee |  |
|11:00 - 11:40 | Mapping Reefs with Sonar Drones | Cy Moe |
|11:40 - 12:20 | A Year of Open Buoy Data | [Di Park](people/di-park) |
"""


def test_a_paragraph_of_pipe_rows_is_a_table_with_no_header() -> None:
    """Lines written as a table's rows with no line of dashes under the first: Markdown
    shows them as text, the reader sees a table's rows, each read where it stands (the
    opening words and the coffee are no talks, as in any program)."""
    found = talks(AGENDA_LINES)
    assert [(t.line, t.title, people(t)) for t in found] == [
        (4, "Tides of the Northern Harbor", [("Bo Lind", "people/bo-lind")]),
        (6, "Mapping Reefs with Sonar Drones", [("Cy Moe", None)]),
        (7, "A Year of Open Buoy Data", [("Di Park", "people/di-park")]),
    ]
    assert [t.in_place for t in plan(AGENDA_LINES).talks] == [True] * 3


def test_pipe_lines_of_unlike_rows_stay_a_paragraph() -> None:
    """Rows of different widths, two lines only, or rows that open with no time (a day's, a
    week's: no header says which column titles them) are no program's."""
    uneven = AGENDA_LINES.replace("| Cy Moe |", "| Cy Moe | extra |")
    two = "\n".join(AGENDA_LINES.splitlines()[:5])
    days = "\n".join(
        f"| Day {n} | {title} | {name} | [video](https://www.youtube.com/watch?v=qqqqqqqqqq{n}) |"
        for n, title, name in [
            (1, "Tide Tables", "Ann Lee"),
            (2, "Buoys", "Bo Lind"),
            (3, "Reefs", "Cy Moe"),
        ]
    )
    assert talks(uneven) == []
    assert talks(two) == []
    assert talks(days) == []


def test_pipe_lines_over_a_setext_underline_are_a_heading() -> None:
    """``| … |`` lines over ``---``: Python-Markdown shows a heading, no program."""
    heading = "\n".join(AGENDA_LINES.strip().splitlines()[2:5]) + "\n---\n"
    assert [block.kind for block in read_blocks(heading)] == ["heading"]


def test_a_column_of_links_to_posts_about_the_talks_holds_no_decks() -> None:
    """``| Link |`` of ``[:arrow_right:](…/posts/…)``: a blog's post about each talk."""
    found = talks(
        """
        | Title | Speaker | Video | Link |
        | --- | --- | --- | --- |
        | Tides Explained | Ann Lee | [:arrow_forward:](https://youtu.be/aaaaaaaaaaa) | [:arrow_right:](https://talks.example.app/posts/tides-explained) |
        | Buoys at Dawn | Bo Lind | [:arrow_forward:](https://youtu.be/bbbbbbbbbbb) | [:arrow_right:](https://talks.example.app/posts/buoys-at-dawn) |
        """
    )
    assert [(t.title, media(t)) for t in found] == [
        ("Tides Explained", ["aaaaaaaaaaa"]),
        ("Buoys at Dawn", ["bbbbbbbbbbb"]),
    ]


def test_pipe_rows_of_times_in_am_and_pm_are_a_program() -> None:
    """``| 6pm | … |``, ``| 6:30pm | … |``: times written with am or pm open the slots too."""
    found = talks(
        """
        | 6pm | Doors open | |
        | 6:30pm | Tides in Embedded Devices | Joe Example |
        | 7:15 pm | Buoys Outside the Browser | Lea Example |
        """
    )
    assert [(t.title, people(t)) for t in found] == [
        ("Tides in Embedded Devices", [("Joe Example", None)]),
        ("Buoys Outside the Browser", [("Lea Example", None)]),
    ]


WHERE_PRESENTED = """
    # {title}

    | Date | Place | City | Links |
    |-|-|-|-|
    | 2031-02-01 | Harbor Conf 2031 (Lightning talks) | Oslo | [Video](https://www.youtube.com/watch?v=aaaaaaaaaaa), [Slides](https://files.example.org/harbor.pdf) |
    | 2031-01-10 | One year of the project | | [Blog post](https://blog.example.org/one-year) |
    | 2030-11-20 | River Days 2030 | Riga | [Youtube](https://youtu.be/bbbbbbbbbbb) (20 minutes) |
    | 2030-09-13 | Tide Summit 2030 | Bergen | |
    | 2030-06-18 | DevCamp 2030 | Oslo | [Video](https://vimeo.com/123456789) |
    """


def test_events_with_their_year_name_the_talks_of_a_table_of_where_it_was_presented() -> None:
    found = talks(WHERE_PRESENTED.format(title="Presentations"))
    # a row that links no recording or deck (a blog post, an event alone) stays as written
    assert [(t.title, media(t)) for t in found] == [
        (
            "Harbor Conf 2031 (Lightning talks)",
            ["aaaaaaaaaaa", "https://files.example.org/harbor.pdf"],
        ),
        ("River Days 2030", ["bbbbbbbbbbb"]),
        ("DevCamp 2030", ["123456789"]),
    ]


def test_a_table_of_events_is_no_list_of_talks_on_a_page_that_lists_none() -> None:
    assert talks(WHERE_PRESENTED.format(title="Events we sponsored")) == []


def test_a_meetups_recording_on_its_dates_row_is_each_of_its_talks_video() -> None:
    """``| 2031-05-08 | Recording [Harbor Meetup - May](video) |`` over the evening's talks:
    the recording holds each of them (a talk that links its own keeps its own); a date's row
    that only links a page of the evening names no recording."""
    page = """
        ## Past meetups

        | Date | Info |
        |----|----|
        | 2031-05-08 | Recording [Harbor Meetup - May 2031](https://www.youtube.com/watch?v=aaaaaaaaaaa) ([News](https://example.org/news-may)) |
        |            | Queues at Scale by Ann Lee ([Slides](https://example.org/queues.pdf)) |
        |            | Parsers by Hand by Bo Lind ([Video](https://youtu.be/bbbbbbbbbbb)) |
        | 2031-04-10 | [Harbor Meetup - April 2031](https://example.org/april) |
        |            | Maps for All by Cy Moe ([Slides](https://example.org/maps.pdf)) |
        |            | Kites in Winter by Di Ray ([Slides](https://example.org/kites.pdf)) |
        """
    assert [(t.title, [v.id for v in t.videos]) for t in talks(page)] == [
        ("Queues at Scale", ["aaaaaaaaaaa"]),
        ("Parsers by Hand", ["bbbbbbbbbbb"]),
        ("Maps for All", []),
        ("Kites in Winter", []),
    ]


def test_a_post_linked_in_a_column_of_slides_is_no_deck() -> None:
    """``| Ann Lee | Title (blog form: [Toward v2](https://blog.example.org/toward-v2)) |``
    under ``Slide Deck``: the title, and a post that tells it again, no deck."""
    found = talks(
        """
        | Timeslot | Speaker | Slide Deck | Video |
        | -------- | ------- | ---------- | ----- |
        | 9:10 | [Ann Lee](https://github.com/annlee) | Queues at Scale (blog form: “[Toward v2](https://blog.example.org/toward-v2)”) | [Video](https://www.youtube.com/watch?v=aaaaaaaaaaa) |
        | 9:40 | [Bo Lind](https://github.com/bolind) | [Parsers by Hand](https://example.org/parsers.pdf) | [Video](https://www.youtube.com/watch?v=bbbbbbbbbbb) |
        | 10:20 | [Cy Moe](https://github.com/cymoe) | [Maps for All](https://blog.example.org/) | [Video](https://www.youtube.com/watch?v=ccccccccccc) |
        """
    )
    assert [media(t) for t in found] == [
        ["aaaaaaaaaaa"],
        ["bbbbbbbbbbb", "https://example.org/parsers.pdf"],
        ["ccccccccccc", "https://blog.example.org/"],
    ]
