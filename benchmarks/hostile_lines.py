"""Seconds :func:`~mkdocs_roundup.parse.parse_page` takes on pages with one hostile line
each (a long run of blanks, of separators), at two lengths: time that grows four times
when the length doubles is a pattern gone quadratic.

Usage::

    python benchmarks/hostile_lines.py [--length 50000]
"""

from __future__ import annotations

import argparse
import time

from mkdocs_roundup.parse import parse_page

_DECK = "[slides](https://speakerdeck.com/ann/deck)"


def pages(n: int) -> dict[str, str]:
    blanks = " " * n
    return {
        "item, blanks": f"- Title{blanks}by Ann Lee {_DECK}\n- Other by Bo Lind {_DECK}\n",
        "item, blanks around a dash": f"- Ann Lee{blanks}-{blanks}Title {_DECK}\n",
        "dated paragraph, blanks": f"2020-01-01: Ann{blanks}- x{blanks}y {_DECK}\n\n"
        f"2020-01-02: Bo Lind - Title {_DECK}\n",
        "heading, blanks": f"## Title{blanks}Rest\n\n{_DECK}\n",
        "item, colons": "- Title" + ": " * (n // 2) + f" {_DECK}\n",
        "item, bars": "- Title" + " | " * (n // 3) + f"{_DECK}\n",
        "item, tabs": "- Title" + "\t" * n + f"Rest {_DECK}\n",
        "liquid tag, blanks": "{% include video" + blanks + "x\n",
        "event, blanks": f"- Title{blanks}at{blanks}[Conf](https://conf.example.org) {_DECK}\n",
        "item, commas before media": "- Title" + " ," * (n // 2) + f" word {_DECK}\n",
        "item, dashes before a label": "- Title"
        + " -" * (n // 2)
        + f" x - Speaker: Ann Lee {_DECK}\n",
        "definition term, time then blanks": f'09:00{blanks}x\n: [T](deck.pdf) _Ann Lee_: "T"\n',
        "item, names at workplaces": "- T" + " - Ab@b," * (n // 8) + "@\n- T - Bo@Acme\n",
        "item, CJK title then blanks": f"- 队列入门{blanks}x: Ann Lee, Acme {_DECK}\n",
        "byline, blanks before at": f"- [T](https://youtu.be/aaaaaaaaaaa) by Ann Lee{blanks}x\n",
        "dated row, blanks after a word": "| Date | Info |\n|---|---|\n"
        f"| 2031-05-08 | Recording{blanks}x |\n| | Title by Ann Lee {_DECK} |\n",
        "event item, years after a comma": "* [Harbor Summit](https://h.example.org/), "
        + "2019 " * (n // 5)
        + f"\n  - Title: Ann Lee, Acme {_DECK}\n",
        "pdf shortcode, blanks": "# Talks\n\n## T\n\n{{< pdf" + blanks + "\n",
        "body byline, dots": f"# Talks\n\n**Title**<br/>\n{_DECK} | by Ann"
        + ". " * (n // 2)
        + "x\n",
        "dated item, dots": "---\ntitle: Talks\n---\n\n- 2031-05: T, x" + ". " * (n // 2) + "\n",
        "linked title, colon, blanks": f"# Talks\n\n- {_DECK}: " + " " * n + "x\n",
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--length", type=int, default=50_000)
    length = parser.parse_args().length
    for half, full in zip(pages(length // 2).items(), pages(length).values(), strict=True):
        name, page = half
        times = []
        for text in (page, full):
            start = time.perf_counter()
            parse_page(text, path="hostile.md")
            times.append(time.perf_counter() - start)
        print(f"{name:28} {times[0]:7.3f}s at {length // 2}, {times[1]:7.3f}s at {length}")


if __name__ == "__main__":
    main()
