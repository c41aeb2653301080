"""Two lines over a player: who gave the talk where, then its title in quotes."""

from __future__ import annotations

from reading import media, people, plan

PAGE = """
# Recordings from around the world

Some talks given this year.

**[Ada Vos][ada] at Harbor Days - May 2031**
**'Folding Maps by Hand'**
<div class="video">
<iframe src="https://www.youtube-nocookie.com/embed/aaaaaaaaaaa"></iframe>
</div>

*Ada gave it twice.*

**[Bo Lind][bo] at Lantern Conf - June 2031**
**"Quiet Queues"**
<div class="video">
<iframe src="https://www.youtube-nocookie.com/embed/bbbbbbbbbbb"></iframe>
</div>

[ada]: https://ada.example.org
[bo]: https://twitter.com/bolind
"""


def test_a_byline_then_a_quoted_title_over_a_player_is_a_talk() -> None:
    found = plan(PAGE)
    assert found.diagnostics == ()  # the player's <div> is the talk's, closed in it
    talks = [t.talk for t in found.talks]
    assert [(t.title, people(t), media(t)) for t in talks] == [
        ("Folding Maps by Hand", [("Ada Vos", "https://ada.example.org")], ["aaaaaaaaaaa"]),
        ("Quiet Queues", [("Bo Lind", "https://twitter.com/bolind")], ["bbbbbbbbbbb"]),
    ]


def test_a_byline_and_a_quote_without_a_player_stay_as_written() -> None:
    without = PAGE.replace("<iframe", "<img").replace("></iframe>", ">")
    assert plan(without).talks == ()


def test_a_caption_over_a_video_on_a_page_of_no_talks_is_none() -> None:
    holiday = PAGE.replace("Recordings from around the world", "Our summer").replace(
        "Some talks given this year.", "Pictures and videos from the trip."
    )
    assert plan(holiday).talks == ()


def test_bylines_at_no_event_or_by_no_person_over_a_video_are_none() -> None:
    # where is no event (the beach, a reception, an award's gala), who is a company or a
    # role before a name, or the quote is a sentence someone said
    for first, second in [
        ("Ada Vos at the beach", "Summer"),
        ("Ada Vos at the Open Source Awards 2031", "Contributor of the Year"),
        ("Northwind Labs at Harbor Conf 2031", "Building the cloud together"),
        ("Mayor Ada Vos at Harbor Days 2031", "We build here."),
    ]:
        page = PAGE.replace("[Ada Vos][ada] at Harbor Days - May 2031", first)
        page = page.replace("Folding Maps by Hand", second)
        assert second not in [t.talk.title for t in plan(page).talks], first
