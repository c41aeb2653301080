"""A meetup group's archive: each meetup's heading (its recording under it) over its agenda,
the talks as timed items, each speaker on an item nested under her talk, named with her
handle, then where she works."""

from __future__ import annotations

import pytest
from reading import orgs, people, talks

from mkdocs_roundup.fields import Fields
from mkdocs_roundup.model import Party
from mkdocs_roundup.no_talk import person_entry

GH = "https://github.com/"
DECK = "https://speakerdeck.com/lumen/"

ARCHIVE = f"""
# Meetups in Lakeside

## Organizers

- Ann Lee [@annlee]({GH}annlee), [Lumen Labs](https://lumen.example)

### Autumn Queue Meetup

- Recording: https://www.youtube.com/watch?v=aaaaaaaaaaa

#### Agenda

- 17:00 - 17:10: Arrive to the venue, sit down and say hello
  - Slides: {DECK}welcome-autumn
- 17:10 - 17:40: Quiet Queues at Scale
  - Bo Chen [@bochen]({GH}bochen), [Marlow Reed](https://marlowreed.example)
  - Slides: {DECK}quiet-queues
- 17:40 - 18:10: Networking, food, drinks
  - Slides: {DECK}quiet-queues-2
- 18:10 - 18:40: What do queues mean to you?
  - Cy Moe [@cymoe]({GH}cymoe), [Globex](https://globex.example)
  - Di Hart [@dihart]({GH}dihart), Core Maintainer, [Initech](https://initech.example), \
[Contact](https://events.example/speaker/dihart)
  - Slides: {DECK}queues-panel

### Winter Queue Meetup

- Recording: https://www.youtube.com/watch?v=bbbbbbbbbbb

#### Agenda

- 17:10 - 17:40: Small Caches
  - Eli Stone [@eli]({GH}eli), [Kelda Fox](https://keldafox.example)
  - Slides: {DECK}small-caches
- 17:40 - 18:10: Parsers by Hand
  - Fay Lund [@faylund]({GH}faylund), [Stora Mill](https://stora.example)
  - Slides: {DECK}parsers
"""


def test_the_meetups_under_the_organizers_heading_are_sections_over_their_agendas() -> None:
    found = talks(ARCHIVE)
    assert [(t.title, t.section) for t in found] == [
        ("Quiet Queues at Scale", "Autumn Queue Meetup"),
        ("What do queues mean to you?", "Autumn Queue Meetup"),
        ("Small Caches", "Winter Queue Meetup"),
        ("Parsers by Hand", "Winter Queue Meetup"),
    ]


def test_each_nested_speaker_line_is_a_speaker_with_her_handle_and_her_workplace() -> None:
    found = talks(ARCHIVE)
    assert [(people(t), orgs(t)) for t in found] == [
        ([("Bo Chen", f"{GH}bochen")], ["Marlow Reed"]),
        (
            [("Cy Moe", f"{GH}cymoe"), ("Di Hart", f"{GH}dihart")],
            ["Globex", "Initech"],  # "[Contact](…)" is her page, no organization
        ),
        ([("Eli Stone", f"{GH}eli")], ["Kelda Fox"]),  # named as a person is: no speaker
        ([("Fay Lund", f"{GH}faylund")], ["Stora Mill"]),
    ]


def test_a_meetups_recording_is_no_talk_and_no_talks_video() -> None:
    found = talks(ARCHIVE)
    assert all(m.kind == "slides" for t in found for m in t.media)
    assert [m.id for t in found for m in t.media] == [
        "lumen/quiet-queues",
        "lumen/queues-panel",
        "lumen/small-caches",
        "lumen/parsers",
    ]


@pytest.mark.parametrize(
    "slot", ["Arrive to the venue, sit down and say hello", "Networking, food, drinks"]
)
def test_a_break_over_a_deck_that_names_no_one_is_no_talk(slot: str) -> None:
    # the evening's hosts' deck, filed under the agenda's arrival or its pause
    found = talks(
        f"""
        # Autumn Queue Meetup

        - 17:00 - 17:10: {slot}
          - Slides: {DECK}welcome-autumn
        - 17:10 - 17:40: Quiet Queues at Scale
          - Bo Chen [@bochen]({GH}bochen), [Globex](https://globex.example)
          - Slides: {DECK}quiet-queues
        - 17:40 - 18:10: Small Caches
          - Eli Stone [@eli]({GH}eli), [Initech](https://initech.example)
          - Slides: {DECK}small-caches
        """
    )
    assert [t.title for t in found] == ["Quiet Queues at Scale", "Small Caches"]


@pytest.mark.parametrize("line", ["Yair Ek @yairek", "Yair Ek (@yairek)"])
def test_a_line_of_a_name_and_her_handle_is_a_persons_entry(line: str) -> None:
    # "- Yair Ek [@yairek](…), [Kelda Fox](…)" nested under a talk's item, read on its
    # own as "Title, Speaker": her line, no talk
    fields = Fields(title=line, speakers=[Party("Kelda Fox", "https://keldafox.example")])
    assert person_entry(fields)
    assert not person_entry(Fields(title="Queues @ Scale", speakers=[Party("Kelda Fox")]))


SPEAKER_LINES = """
Lakeside Python Meetup
---

### Prepare (for speakers)

- [Slide template](slide_template.pptx)
- Bring your own adapter.

### Meetup 02

__Time__: 08/05/2031 - [__Event page__](https://events.example/119)

__Speaker 1__: [Ann Lee](https://github.com/annlee)

- Quiet Queues in Practice

__Speaker 2__: [Bo Chen](https://github.com/bochen)

- Folding Maps by Hand

- [Slide](https://speakerdeck.com/bochen/folding-maps)

### Meetup 03

__Speaker 1__: [Cy Moe](https://github.com/cymoe)
- Small Caches
- [Code](https://github.com/cymoe/caches)

__Speaker 2__: Di Hart
- Parsers by Hand
- [Slide](slides/parsers.pdf)
"""


def test_a_line_that_labels_a_speaker_over_her_title_and_media_items_is_her_talk() -> None:
    found = talks(SPEAKER_LINES)
    assert [(t.title, people(t), [m.id for m in t.media], t.section) for t in found] == [
        ("Quiet Queues in Practice", [("Ann Lee", f"{GH}annlee")], [], "Meetup 02"),
        (
            "Folding Maps by Hand",
            [("Bo Chen", f"{GH}bochen")],
            ["bochen/folding-maps"],
            "Meetup 02",
        ),
        ("Small Caches", [("Cy Moe", f"{GH}cymoe")], [], "Meetup 03"),  # code, no media
        ("Parsers by Hand", [("Di Hart", None)], ["slides/parsers.pdf"], "Meetup 03"),
    ]  # the speakers' deck template is none


def test_a_nested_speakers_roles_joined_by_a_slash_or_an_ampersand_are_hers() -> None:
    found = talks(
        f"""
        #### Agenda

        - **Intro to Autoscaling**:  [[Slides]](https://example.org/slides/12-intro.pdf)
          - Ann Lee, Cloud Platform Engineer, [Globex](https://globex.example)
        - **Adopting Queues**:  [[Slides]](https://example.org/slides/12-queues.pdf)
          - Bo Chen, Infrastructure / DevSecOps Engineer, [Initech](https://initech.example)
        - **Intro to StatefulSet**:  [[Slides]](https://example.org/slides/10-sets.pdf)
          - Cy Moe [@cymoe]({GH}cymoe), CTO & Co-founder, [Lumen](https://lumen.example)
        """
    )
    assert [(people(t), orgs(t)) for t in found] == [
        ([("Ann Lee", None)], ["Globex"]),
        ([("Bo Chen", None)], ["Initech"]),
        ([("Cy Moe", f"{GH}cymoe")], ["Lumen"]),
    ]


def test_a_meetups_heading_over_one_talk_and_its_recording_is_no_talk() -> None:
    found = talks(
        f"""
        # Meetups in Lakeside

        ### Summer Queue Meetup

        - Recording: https://www.youtube.com/watch?v=ccccccccccc

        #### Agenda

        - 17:10 - 17:40: Small Caches
          - Eli Stone [@eli]({GH}eli), [Kelda Fox](https://keldafox.example)
          - Slides: {DECK}small-caches

        ### Autumn Queue Meetup

        #### Agenda

        - 17:10 - 17:40: Parsers by Hand
          - Fay Lund [@faylund]({GH}faylund), [Globex](https://globex.example)
          - Slides: {DECK}parsers
        """
    )
    assert [(t.title, t.section) for t in found] == [
        ("Small Caches", "Summer Queue Meetup"),
        ("Parsers by Hand", "Autumn Queue Meetup"),
    ]


def test_an_events_crew_under_the_organizers_heading_stays_as_written() -> None:
    found = talks(
        f"""
        # Lakeside Data Meetup

        ## Organizers

        ### Autumn Data Meetup volunteers

        - Camera and sound
          - Fay Lund [@faylund]({GH}faylund), [Stora Mill](https://stora.example)
          - Checklist: https://docs.google.com/presentation/d/crew-checklist/edit
        - Pizza run
          - Gus Berg [@gusberg]({GH}gusberg), [Globex](https://globex.example)
          - Slides: {DECK}pizza-run
        """
    )
    assert found == []
