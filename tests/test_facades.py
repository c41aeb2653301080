"""Facades the plugin did not make are found in a page's HTML and reported where written."""

from __future__ import annotations

from mkdocs_roundup.facades import diagnostics, forged

MADE = (
    '<a class="roundup-embed roundup-embed--youtube roundup-embed__facade" '
    'href="https://www.youtube.com/watch?v=Ab3dEf6hIj9" '
    'data-embed-src="https://www.youtube-nocookie.com/embed/Ab3dEf6hIj9">YouTube</a>'
)
PLAYER = "https://www.youtube-nocookie.com/embed/Ab3dEf6hIj9"


def test_the_facades_made_are_not_reported() -> None:
    assert forged(MADE + MADE, [PLAYER, PLAYER]) == []
    # The class named in text or code is no element.
    assert forged(MADE + "<code>&lt;a class=roundup-embed__facade&gt;</code>", [PLAYER]) == []


def test_every_other_facade_is_reported_whatever_its_markup() -> None:
    page = (
        MADE
        + "<p><a data-embed-src='https://evil.example/1' class='x roundup-embed__facade'>a</a>"
        + '<span class="roundup-embed__facade"/>'
        + MADE  # the same player twice, made once: the second is not the plugin's
    )
    assert forged(page, [PLAYER]) == ["https://evil.example/1", "", PLAYER]
    assert forged(MADE, []) == [PLAYER]


def test_reported_at_the_lines_that_name_the_class() -> None:
    markdown = (
        "# Talks\n\n"
        '<a class="roundup-embed__facade" data-embed-src="https://evil.example/">x</a>\n\n'
        "[y](#y){ .roundup-embed__facade data-embed-src='https://evil.example/2' }\n"
    )
    html = (
        '<h1>Talks</h1><a class="roundup-embed__facade" data-embed-src="https://evil.example/">'
        'x</a><p><a class="roundup-embed__facade" data-embed-src="https://evil.example/2" '
        'href="#y">y</a></p><div class="roundup-embed__facade"></div>'
    )
    found = diagnostics(html, [], markdown=markdown, path="p.md", first_line=5)
    assert [(d.line, d.message.split(": it")[0]) for d in found] == [
        (
            7,
            "a 'roundup-embed__facade' element the plugin did not make "
            "(data-embed-src 'https://evil.example/')",
        ),
        (
            9,
            "a 'roundup-embed__facade' element the plugin did not make "
            "(data-embed-src 'https://evil.example/2')",
        ),
        (5, "a 'roundup-embed__facade' element the plugin did not make (data-embed-src '')"),
    ]
