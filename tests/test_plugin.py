"""Small sites built for real with ``mkdocs build``: the plugin's options and diagnostics."""

from __future__ import annotations

import json
import subprocess
from dataclasses import fields, replace
from pathlib import Path
from textwrap import dedent

import markdown
import pytest
from bs4 import BeautifulSoup
from sites import mkdocs_build, write_site

from mkdocs_roundup.extension import RoundupExtension
from mkdocs_roundup.model import Talk
from mkdocs_roundup.plugin import RoundupPlugin

MEETUP = dedent(
    """\
    ---
    title: Spring Meetup
    date: 2025-04-02
    location: Lisbon
    ---

    # Spring Meetup

    ## Talks

    ### Quiet Queues, [Ada Vos](https://github.com/ada-vos-example)

    Queues that do not shout.

    <iframe src="https://www.youtube.com/embed/QuIeTqUeUe1" title="YouTube video player"></iframe>

    ### Loud Logs, Bo Lind

    Logs that do.

    <iframe src="https://www.slideshare.net/slideshow/embed_code/key/LoUdLoGsLoUdLo" width="640" height="480"></iframe>
    """
)


def build(
    tmp_path: Path,
    pages: dict[str, str],
    *,
    strict: bool = False,
    theme: str = "material",
    **plugin: object,
) -> subprocess.CompletedProcess[str]:
    config = write_site(tmp_path, pages, plugin=plugin, theme=theme)
    return mkdocs_build("-f", str(config), *(["--strict"] if strict else []))


def export(tmp_path: Path) -> dict[str, object]:
    data: dict[str, object] = json.loads(
        (tmp_path / "site" / "roundup.json").read_text(encoding="utf-8")
    )
    return data


def test_export_format(tmp_path: Path) -> None:
    done = build(tmp_path, {"events/spring.md": MEETUP}, strict=True)
    assert done.returncode == 0, done.stderr
    (event,) = export(tmp_path)["events"]  # type: ignore[misc]
    assert {k: event[k] for k in ("source", "url", "title", "date", "location")} == {
        "source": "events/spring.md",
        "url": "events/spring/",
        "title": "Spring Meetup",
        "date": "2025-04-02",
        "location": "Lisbon",
    }
    first, second = event["talks"]
    assert first == {
        "id": "quiet-queues-ada-vos",
        "url": "events/spring/#quiet-queues-ada-vos",
        "line": 11,
        "title": "Quiet Queues",
        "kind": "talk",
        "section": None,
        "speakers": [
            {
                "name": "Ada Vos",
                "url": "https://github.com/ada-vos-example",
                **{k: v for k, v in first["speakers"][0].items() if k not in ("name", "url")},
            }
        ],
        "organizations": [],
        "abstract": "Queues that do not shout.",
        "slides": [],
        "videos": [
            {
                "provider": "youtube",
                "id": "QuIeTqUeUe1",
                "url": "https://www.youtube.com/watch?v=QuIeTqUeUe1",
                "embed_url": "https://www.youtube-nocookie.com/embed/QuIeTqUeUe1",
                "title": "Quiet Queues",
            }
        ],
    }
    assert second["line"] == 17 and second["slides"][0]["id"] == "LoUdLoGsLoUdLo"


def test_warnings_name_the_file_and_line_and_fail_strict(tmp_path: Path) -> None:
    bad = MEETUP + '\n<iframe src="https://tracker.example/embed/9"></iframe>\n'
    done = build(tmp_path, {"spring.md": bad}, strict=True)
    assert done.returncode == 1
    assert "WARNING -  spring.md:23: iframe from unknown host tracker.example" in done.stderr
    assert build(tmp_path, {"spring.md": bad}).returncode == 0  # without --strict, it builds


def test_front_matter_and_globs_choose_the_pages(tmp_path: Path) -> None:
    off = MEETUP.replace("location: Lisbon", "roundup: false")
    done = build(
        tmp_path,
        {"a/spring.md": MEETUP, "b/spring.md": MEETUP, "c/spring.md": off},
        exclude=["b/*"],
    )
    assert done.returncode == 0, done.stderr
    assert [e["source"] for e in export(tmp_path)["events"]] == ["a/spring.md"]  # type: ignore[attr-defined]
    html = (tmp_path / "site" / "b" / "spring" / "index.html").read_text(encoding="utf-8")
    assert "roundup-talk" not in html and "<iframe" in html  # untouched, as written

    done = build(tmp_path, {"a/spring.md": MEETUP}, include=["nothing/*"])
    assert export(tmp_path)["events"] == []


def test_default_mkdocs_theme_and_assets(tmp_path: Path) -> None:
    done = build(tmp_path, {"spring.md": MEETUP}, strict=True, theme="mkdocs")
    assert done.returncode == 0, done.stderr
    site = tmp_path / "site"
    soup = BeautifulSoup(
        (site / "spring" / "index.html").read_text(encoding="utf-8"), "html.parser"
    )
    assert len(soup.select("article.roundup-talk")) == 2
    assert any(
        "assets/roundup/roundup.css" in link["href"] for link in soup.select("link[rel=stylesheet]")
    )
    assert any("assets/roundup/roundup.js" in s.get("src", "") for s in soup.select("script"))
    assert (site / "assets" / "roundup" / "roundup.css").is_file()
    assert (site / "assets" / "roundup" / "roundup.js").is_file()
    assert not list(site.rglob("talk.html"))  # templates are not copied as pages


def test_template_override_from_custom_dir(tmp_path: Path) -> None:
    overrides = tmp_path / "overrides" / "roundup"
    overrides.mkdir(parents=True)
    original = (
        Path(__file__).parents[1] / "mkdocs_roundup" / "templates" / "roundup" / "talk.html"
    ).read_text(encoding="utf-8")
    (overrides / "talk.html").write_text(
        original.replace('class="roundup-talk__meta"', 'class="roundup-talk__meta my-meta"'),
        encoding="utf-8",
    )
    theme = {"name": "material", "custom_dir": "overrides"}
    config = write_site(tmp_path, {"spring.md": MEETUP}, theme=theme)
    done = mkdocs_build("-f", str(config))
    assert done.returncode == 0, done.stderr
    html = (tmp_path / "site" / "spring" / "index.html").read_text(encoding="utf-8")
    assert html.count("my-meta") == 2


@pytest.mark.parametrize("setting", ["", "data/talks.json"])
def test_export_path_is_configurable(tmp_path: Path, setting: str) -> None:
    done = build(tmp_path, {"spring.md": MEETUP}, export=setting)
    assert done.returncode == 0, done.stderr
    assert not (tmp_path / "site" / "roundup.json").exists()
    if setting:
        assert json.loads((tmp_path / "site" / setting).read_text(encoding="utf-8"))["events"]


def test_a_talk_at_its_url_keeps_every_field() -> None:
    """``Talk.at`` copies field by field: a field added to ``Talk`` must be added there."""
    values: dict[str, object] = {f.name: f"{f.name}!" for f in fields(Talk)}
    talk = Talk(**values)  # type: ignore[arg-type]
    assert talk.at("page/#id") == replace(talk, url="page/#id")


def test_field_labels_reach_the_reader() -> None:
    plugin = RoundupPlugin()
    errors, warnings = plugin.load_config({"field_labels": {"speakers": ["Vortragsperson"]}})
    assert errors == [] and warnings == []
    assert plugin.config.field_labels == {"speakers": ["Vortragsperson"]}
    text = (
        "## Queues\n\nVortragsperson: Bo Lind\n\n"
        '<iframe src="https://youtu.be/aaaaaaaaaaa"></iframe>\n\n'
        "## Parsers\n\nVortragsperson: Ada Vos\n\n[Slides](https://speakerdeck.com/avos/parsers)\n"
    )
    extension = RoundupExtension(field_labels={"speakers": ["Vortragsperson"]})
    markdown.Markdown(extensions=[extension]).convert(text)
    assert extension.result is not None
    speakers = [[p.name for p in t.talk.speakers] for t in extension.result.talks]
    assert speakers == [["Bo Lind"], ["Ada Vos"]]


def test_a_facade_the_plugin_did_not_make_is_reported(tmp_path: Path) -> None:
    forged = (
        MEETUP
        + '\n<a class="roundup-embed__facade" href="#x" data-embed-src="https://evil.example/">'
        "Play</a>\n"
    )
    note = dedent(
        """\
        ---
        title: Notes
        ---

        # Notes

        [Play](#y){ .roundup-embed__facade data-embed-src="https://evil.example/2" }
        """
    )
    done = build(tmp_path, {"spring.md": forged, "notes.md": note})
    assert done.returncode == 0, done.stderr
    reported = [line for line in done.stderr.splitlines() if "roundup-embed__facade" in line]
    assert reported == [
        "WARNING -  notes.md:7: a 'roundup-embed__facade' element the plugin did not make "
        "(data-embed-src 'https://evil.example/2'): it stays a link, never a player; "
        "link to the video or deck instead",
        "WARNING -  spring.md:23: a 'roundup-embed__facade' element the plugin did not make "
        "(data-embed-src 'https://evil.example/'): it stays a link, never a player; "
        "link to the video or deck instead",
    ]


def test_a_page_says_at_most_twenty_warnings_of_a_kind(tmp_path: Path) -> None:
    tracker = "".join(
        f'\n<iframe src="https://tracker.example/embed/{n}"></iframe>\n' for n in range(30)
    )
    done = build(tmp_path, {"spring.md": MEETUP + tracker})
    assert done.returncode == 0, done.stderr
    lines = [line for line in done.stderr.splitlines() if "tracker.example" in line]
    assert len(lines) == 21, done.stderr
    assert lines[-1].startswith(
        "WARNING -  spring.md: 10 more like 'iframe from unknown host tracker.example"
    )
    assert lines[-1].endswith("' not shown")


@pytest.mark.parametrize(
    ("options", "error"),
    [
        ({"min_talks": 0}, "option 'min_talks': must be a whole number of 1 or more, not 0"),
        ({"export": "../roundup.json"}, "option 'export': '../roundup.json' is outside site_dir"),
        ({"export": "/tmp/roundup.json"}, "option 'export': '/tmp/roundup.json' is outside"),
        ({"export": "data/"}, "option 'export': 'data/' is a folder"),
        (
            {"speakers_url": "people/", "organizations_url": "people"},
            "option 'organizations_url': 'people' is the page of speakers_url ('people/') too",
        ),
        (
            {"poster_endpoints": {"youtub": "https://o.example/?u={url}"}},
            "option 'poster_endpoints': unknown provider 'youtub' (known: youtube, vimeo,",
        ),
        (
            {"poster_endpoints": {"vimeo": "https://o.example/?u={foo}"}},
            "option 'poster_endpoints': vimeo: 'https://o.example/?u={foo}' has the "
            "placeholder {foo}; the only one is {url}",
        ),
        (
            {"poster_endpoints": {"vimeo": "https://o.example/?u={url"}},
            "option 'poster_endpoints': vimeo: 'https://o.example/?u={url': expected '}'",
        ),
    ],
)
def test_options_that_cannot_work_are_configuration_errors(
    tmp_path: Path, options: dict[str, object], error: str
) -> None:
    done = build(tmp_path, {"spring.md": MEETUP}, **options)
    assert done.returncode == 1
    assert f"ERROR   -  Config value 'plugins': Plugin 'roundup' {error}" in done.stderr, (
        done.stderr
    )
    assert not (tmp_path / "site").exists()


def test_valid_options_near_the_limits_build(tmp_path: Path) -> None:
    done = build(
        tmp_path,
        {"spring.md": MEETUP},
        strict=True,
        min_talks=1,
        export="data/./all.json",
        speakers_url="people/",
        organizations_url="orgs.md",
        poster_endpoints={"vimeo": "https://o.example/{{x}}?u={url}"},
    )
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "site" / "data" / "all.json").is_file()


IN_PLACE = dedent(
    """\
    # Talks

    === "2024"

        - [Queues at Scale](https://speakerdeck.com/ada/queues) - [Ada Vos](https://github.com/avos)
        - [Parsers by Hand](https://speakerdeck.com/bo/parsers) - [Bo Lind](https://github.com/blind)

    <ul>
      <li><a href="https://www.slideshare.net/cy/small-models">Small Models</a></li>
      <li><a href="https://www.slideshare.net/di/big-models">Big Models</a></li>
    </ul>

    <table>
    <tr><th>Talk</th><th>Speaker</th></tr>
    <tr><td><a href="https://vimeo.com/123456">Tiny Search</a></td><td>Eve Nord</td></tr>
    <tr><td><a href="https://vimeo.com/234567">Retry Budgets</a></td><td>Fay Holm</td></tr>
    </table>
    """
)


def test_cards_in_material_tabs_html_lists_and_tables_read_in_place(tmp_path: Path) -> None:
    config = write_site(
        tmp_path,
        {"talks.md": IN_PLACE},
        markdown_extensions=["attr_list", {"pymdownx.tabbed": {"alternate_style": True}}],
    )
    done = mkdocs_build("-f", str(config), "--strict")
    assert done.returncode == 0, done.stderr
    (event,) = export(tmp_path)["events"]  # type: ignore[misc]
    titles = [t["title"] for t in event["talks"]]
    assert titles == [
        "Queues at Scale",
        "Parsers by Hand",
        "Small Models",
        "Big Models",
        "Tiny Search",
        "Retry Budgets",
    ]
    page = BeautifulSoup((tmp_path / "site/talks/index.html").read_text("utf-8"), "html.parser")
    tab = page.select_one(".tabbed-block")
    assert tab is not None  # the tab's talks are cards, inside the tab
    cards = tab.select(".roundup-talk")
    assert [c.select_one("h2").get_text(strip=True) for c in cards] == [
        "Queues at Scale",
        "Parsers by Hand",
    ]
    assert len(page.select(".roundup-talk")) == 2  # the HTML list's talks stand as written
    assert [a.get_text() for a in page.select("article li a")][-2:] == [
        "Small Models",
        "Big Models",
    ]
    assert [td.get_text() for td in page.select("article table td")] == [
        "Tiny Search",
        "Eve Nord",
        "Retry Budgets",
        "Fay Holm",
    ]  # and so do the HTML table's
