"""Real ``mkdocs build`` runs over the shared corpus of published roundup pages.

The corpus lives beside the repository (``../shared/corpus``), not in it. Without it these
tests skip, except in CI (``CI=true``), where its absence is a failure.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from bs4 import BeautifulSoup
from reading import LI
from sites import copy_corpus, mkdocs_build, need_corpus, write_site

need_corpus(module=True)

pytestmark = pytest.mark.corpus

# Talks a careful reader counts on every page (the negatives have none).
EXPECTED = {
    "2022-11-30-cloudstack-collaboration-conference-2022-roundup.md": 38,
    "2023-05-24-cseug2023-roundup.md": 8,
    "2023-08-23-cloudstack-india-user-group-2023-roundup.md": 7,
    "2023-12-07-ccc2023-roundup.md": 36,
    "2023-12-07-ccc2023-roundup.v-linked-images.md": 36,
    "2023-12-07-ccc2023-roundup.v-seed.md": 36,
    "2024-02-28-csiug-2024-hyd-roundup.md": 7,
    "2024-10-01-cseug-roundup.md": 6,
    "2024-10-01-cseug-roundup.v-seed.md": 6,
    "cseug25-roundup.md": 8,
    "2025-07-18-csiug-roundup.md": 9,
    "2025-09-25-cseug-autumn-roundup.md": 6,
    "2024-01-08-cloudstack-and-gitops-at-scale.md": 0,
    "2026-01-13-ccc-2025-roundup.md": 0,
}


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    root = tmp_path_factory.mktemp("corpus")
    copy_corpus(root / "docs" / "blog")
    config = write_site(
        root, {}, markdown_extensions=["attr_list", "md_in_html", {"toc": {"permalink": True}}]
    )
    done = mkdocs_build("-f", str(config))
    assert done.returncode == 0, done.stderr
    return root / "site", done.stderr


@pytest.fixture(scope="module")
def events(site: tuple[Path, str]) -> dict[str, dict[str, Any]]:
    data = json.loads((site[0] / "roundup.json").read_text(encoding="utf-8"))
    return {Path(e["source"]).name: e for e in data["events"]}


def talk(events: dict[str, dict[str, Any]], page: str, title: str) -> dict[str, Any]:
    return next(t for t in events[page]["talks"] if t["title"] == title)


def names(people: list[dict[str, Any]]) -> list[tuple[str, str | None]]:
    return [(p["name"], p["url"]) for p in people]


@pytest.mark.parametrize(("page", "count"), EXPECTED.items())
def test_talk_count_of_every_page(
    events: dict[str, dict[str, Any]], site: tuple[Path, str], page: str, count: int
) -> None:
    found = len(events[page]["talks"]) if page in events else 0
    assert found == count
    html = (site[0] / "blog" / Path(page).stem / "index.html").read_text(encoding="utf-8")
    soup = BeautifulSoup(html, "html.parser")
    cards = soup.select("article.roundup-talk")
    assert len(cards) == count
    # No card inside another, whatever the page's own HTML does.
    assert not any(card.find_parent("article", class_="roundup-talk") for card in cards)
    # Each card's heading carries the talk's id.
    if page in events:
        ids = [card.find(["h2", "h3", "h4", "h5", "h6"])["id"] for card in cards]  # type: ignore[index]
        assert ids == [t["id"] for t in events[page]["talks"]]


def test_only_the_malformed_image_is_a_warning(
    site: tuple[Path, str],
) -> None:
    warnings = [line for line in site[1].splitlines() if "WARNING" in line and ".md:" in line]
    malformed = (
        "WARNING -  blog/2025-07-18-csiug-roundup.md:105: malformed link or image; "
        "its URL is read as SlideShare"
    )
    assert malformed in warnings
    assert all(w == malformed for w in warnings)  # look-alike names are info: guesses


def test_ccc2022_html_layout(events: dict[str, dict[str, Any]]) -> None:
    page = "2022-11-30-cloudstack-collaboration-conference-2022-roundup.md"
    keynote = talk(
        events, page, "Apache CloudStack - Charting a Path for the Next 10 years and Beyond"
    )
    assert keynote["kind"] == "keynote"
    assert keynote["line"] == 23
    assert keynote["section"] == "Day 1 Sessions"
    assert names(keynote["speakers"]) == [("Simon Weller", None)]
    assert keynote["slides"] == [
        {
            "provider": "slideshare",
            "id": "C4xo9eTit6s2tK",
            "url": "https://www.slideshare.net/ShapeBlue/keynote-talk-apache-cloudstack-charting-a-path-for-the-next-10-years-and-beyond",
            "embed_url": "https://www.slideshare.net/slideshow/embed_code/key/C4xo9eTit6s2tK",
            "title": "Apache CloudStack - Charting a Path for the Next 10 years and Beyond",
        }
    ]
    assert [v["id"] for v in keynote["videos"]] == ["vu3p0JDe830"]
    assert keynote["abstract"].startswith("CloudStack since its inception")
    assert "Simon Weller is the new VP" not in keynote["abstract"]  # the bio is not the abstract

    pending = talk(events, page, "Cloud Services in the Core of a Multi-business Company")
    assert names(pending["speakers"]) == [
        ("Gustavo Rossi", None),
        ("Esteban Tissera", None),
        ("Nicolas Furman", None),
    ]
    assert pending["slides"] == [] and [v["id"] for v in pending["videos"]] == ["1NLtsJtV3xk"]

    storpool = talk(
        events, page, "StorPool Storage \u041everview and Integration with CloudStack"
    )  # the Cyrillic "О" stays as written
    assert storpool["section"] == "Day 2 Sessions"
    assert len(names(storpool["speakers"])) == 3
    edge = talk(events, page, "Edge Zones In CloudStack")  # "</a>- Abhishek Kumar"
    assert names(edge["speakers"]) == [("Abhishek Kumar", None)]
    assert talk(events, page, "What's Coming In CloudStack 4.18")["section"] == "Day 3 Sessions"
    assert (
        talk(events, page, "How To Monetise & Bill CloudStack - A Practical Open Approach")[
            "speakers"
        ][0]["name"]
        == "K B Shiv Kumar"
    )
    assert sum(len(t["slides"]) for t in events[page]["talks"]) == 37


def test_cseug2023_bold_links(events: dict[str, dict[str, Any]]) -> None:
    page = "2023-05-24-cseug2023-roundup.md"
    dimsi = talk(events, page, "Dimsi and Backroll : What’s new/next release")
    assert names(dimsi["speakers"]) == [
        ("Pierre Charton", None),
        ("Pierre de La Ville", None),
        ("Ousmane", None),
    ]
    assert names(dimsi["organizations"]) == [("Dimsi", None)]
    assert [v["id"] for v in dimsi["videos"]] == ["NvIhxSh8L0M"]
    assert dimsi["line"] == 77
    assert dimsi["abstract"].startswith("In this session, team members from DIMSI")
    welcome = talk(events, page, "Welcome")
    assert names(welcome["speakers"]) == [("Giles Sirett", None)]
    wido = talk(events, page, "Re-using old hardware, thus saving money and the environment")
    assert names(wido["organizations"]) == [("Your.Online", None)]
    # The live-stream link in the introduction belongs to no talk.
    assert all(v["id"] != "pt8bBsZN5Xk" for t in events[page]["talks"] for v in t["videos"])


def test_csiug2023_bios_and_missing_recordings(events: dict[str, dict[str, Any]]) -> None:
    page = "2023-08-23-cloudstack-india-user-group-2023-roundup.md"
    welcome = talk(events, page, "Welcome and State of Apache CloudStack Community")
    # The bio's [Rohit](…) is not the talk's attribution (GOLD.md: bios don't count).
    assert names(welcome["speakers"]) == [("Rohit Yadav", None)]
    assert welcome["videos"] == []
    assert [(s["id"], s["url"]) for s in welcome["slides"]] == [
        (
            "e5gbS0sSfzB5wj",
            "https://www.slideshare.net/ShapeBlue/welcome-and-state-of-apache-cloudstack-community-rohit-yadav",
        )
    ]
    assert welcome["abstract"].startswith("VP of Apache CloudStack welcomes")
    k8s = talk(events, page, "Deploying Kubernetes Clusters on Apache CloudStack")
    assert [s["name"] for s in k8s["speakers"]] == ["Kiran Chavala", "Vishesh Jindal"]
    assert [
        s["name"] for s in talk(events, page, "Deploying CloudStack with Ceph")["speakers"]
    ] == ["Ravichandran"]


def test_ccc2023_sections_panels_and_kinds(events: dict[str, dict[str, Any]]) -> None:
    page = "2023-12-07-ccc2023-roundup.md"
    panel = talk(events, page, "Apache CloudStack Question Time")
    assert panel["kind"] == "panel" and panel["slides"] == []
    assert [s["name"] for s in panel["speakers"]] == [
        "Giles Sirett",
        "Wido den Hollander",
        "Stephan Bienek",
        "Swen Brüseke",
    ]
    assert panel["section"] == "Day 1 Sessions" and panel["line"] == 100
    keynote = talk(events, page, "Open Source is Not Dead")
    assert (
        keynote["kind"] == "keynote"
        and keynote["id"] == "keynote-talk-open-source-is-not-dead-charles-schulz"
    )
    backroll = talk(events, page, "Backroll, News and Demo")
    assert backroll["kind"] == "demo" and len(backroll["speakers"]) == 3
    workshop = talk(events, page, "Backup and Disaster Recovery with CloudStack and StorPool")
    assert workshop["kind"] == "workshop"
    swen = talk(events, page, "How We Use CloudStack to Provide Managed Hosting")
    assert names(swen["speakers"]) == [("Swen Brüseke", f"{LI}swen-br%C3%BCseke-391912193/")]
    assert [(v["id"], s["id"]) for v, s in zip(swen["videos"], swen["slides"], strict=False)] == [
        ("zZV8689HiUk", "cTLrJgXbrFKyrj")
    ]
    governance = talk(
        events,
        page,
        "Project Sustainability and Vendor Contributions in an Apache Governance Model",
    )
    assert [s["name"] for s in governance["speakers"]] == [
        "Ivet Petrova",
        "Daan Hoogland",
        "Alex Ivanov",
    ]
    assert sum(len(t["slides"]) for t in events[page]["talks"]) == 34
    assert sum(len(t["videos"]) for t in events[page]["talks"]) == 36
    assert (
        talk(events, page, "State of the Union")["url"]
        == "blog/2023-12-07-ccc2023-roundup/#state-of-the-union-rohit-yadav"
    )


def test_ccc2023_other_versions(events: dict[str, dict[str, Any]]) -> None:
    seed = events["2023-12-07-ccc2023-roundup.v-seed.md"]["talks"]
    assert sum(len(t["slides"]) for t in seed) == 33
    live = next(t for t in seed if t["title"].startswith("Live Demo Showcase"))
    assert [s["name"] for s in live["speakers"]] == ["Chidambara Shashikiran", "Florian Coulombel"]
    linked = events["2023-12-07-ccc2023-roundup.v-linked-images.md"]["talks"]
    assert (sum(len(t["slides"]) for t in linked), sum(len(t["videos"]) for t in linked)) == (
        34,
        36,
    )


def test_csiug2024_and_cseug2024(events: dict[str, dict[str, Any]]) -> None:
    elevating = talk(
        events,
        "2024-02-28-csiug-2024-hyd-roundup.md",
        "Elevating Cloud Infrastructure with Object Storage, DRS, VM Scheduling, and DRaaS",
    )
    assert [s["name"] for s in elevating["speakers"]] == ["Jithin Raju", "Vishesh Jindal"]
    assert [s["id"] for s in elevating["slides"]] == ["ta0GIsjchZA5ti"]
    assert [v["id"] for v in elevating["videos"]] == ["w85gB1SXS7U"]
    vmha = talk(events, "2024-10-01-cseug-roundup.md", "VM-HA with CloudStack and Linstor")
    assert names(vmha["speakers"]) == [("Rene Peinthor", None)]
    assert names(vmha["organizations"]) == [("LINBIT", "https://linbit.com")]
    storage = talk(
        events,
        "2024-10-01-cseug-roundup.md",
        "Development of an \u041ebject Storage Plugin for CloudStack",
    )
    assert storage["abstract"] == ""  # "currently unavailable" is not an abstract
    assert names(storage["organizations"]) == [("sc synergy GmbH", "https://scsynergy.com/")]


def test_2025_pages(events: dict[str, dict[str, Any]]) -> None:
    costs = talk(
        events,
        "cseug25-roundup.md",
        "Proposed Feature: Monitoring and Managing Cloud Usage Costs in Apache CloudStack",
    )
    assert [s["name"] for s in costs["speakers"]] == ["Grégoire Lamodiere", "Joffrey Luangsaysana"]
    assert names(costs["organizations"]) == [("DIMSI", "https://dimsi.fr")]
    assert [s["id"] for s in costs["slides"]] == ["279334953"]
    assert all(
        t["videos"] == [] for t in events["cseug25-roundup.md"]["talks"]
    )  # the playlist is no talk's video

    page = "2025-07-18-csiug-roundup.md"
    xaas = talk(events, page, "Extensions Framework (XaaS) - Enabling Orchestrate Anything")
    assert names(xaas["speakers"]) == [
        ("Harikrishna Patnala", f"{LI}harikrishnapatnala/"),
        ("Abhishek Kumar", f"{LI}shwstppr/"),
    ]
    assert names(xaas["organizations"]) == [("ShapeBlue", None)]
    yotta = talk(
        events,
        page,
        "The Yotta x CloudStack Advantage: a Scalable, India-First Cloud - Tailored for Sovereignty, Flexibility, Affordability and Innovation",
    )
    assert names(yotta["organizations"]) == [("Yotta", "https://yotta.com")]
    portal = talk(
        events,
        page,
        "Simplifying End-to-End Apache CloudStack Deployment with a Web-Based Automation Portal",
    )
    assert [s["id"] for s in portal["slides"]] == ["281704660"]  # the malformed linked image
    assert talk(events, page, "CloudStack GPU Integration")["line"] == 93

    autumn = "2025-09-25-cseug-autumn-roundup.md"
    mike = talk(
        events,
        autumn,
        "Apache CloudStack: Powering Research in Apiculture, Aquaponics, and Advanced Networking",
    )
    assert names(mike["speakers"]) == [("Mike Hinsley", None)]
    assert names(mike["organizations"]) == [("GYOCYO", None)]
    lucian = talk(
        events,
        autumn,
        "CloudStack Extensions Framework (XaaS) - Enabling Orchestrate Anything + Demo",
    )
    assert lucian["kind"] == "demo"
    assert names(lucian["organizations"]) == [
        ("ShapeBlue", "https://www.linkedin.com/company/shapeblue/")
    ]
    assert events[autumn]["date"] == "2025-09-25"


def test_docusaurus_leftovers_render_natively(site: tuple[Path, str]) -> None:
    html = (site[0] / "blog" / "2023-12-07-ccc2023-roundup" / "index.html").read_text(
        encoding="utf-8"
    )
    assert "<!-- more -->" in html and "truncate" not in html
    soup = BeautifulSoup(html, "html.parser")
    button = soup.find("a", string="View Photo Gallery")
    assert button is not None and "md-button" in button["class"]


def test_no_third_party_iframe_is_left_on_roundup_pages(
    site: tuple[Path, str], events: dict[str, dict[str, Any]]
) -> None:
    for page in events:
        html = (site[0] / "blog" / Path(page).stem / "index.html").read_text(encoding="utf-8")
        assert "<iframe" not in html, page
