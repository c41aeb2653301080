"""A list of talks' fields, each item a field (``- **Topic**: Title`` over ``- [Recording](…)``):
each item that labels a title opens a talk, the items after it are its fields.
"""

from __future__ import annotations

import itertools

from .blocks import Block
from .fields import Fields
from .line_marks import without_bullet
from .unit import Unit
from .unit_lines import unit_body
from .weighing import Weighing


class LabelledLists(Weighing):
    """Reads a list of talks' fields (the reader of a page's lists is one)."""

    def labelled_list_units(self, block: Block) -> list[Unit]:
        """A list of talks' fields, under a section's heading: each item that labels its
        title opens a talk, the items after it that only label a field or link media are
        its fields (``- **Topic**: Title by Ann Lee`` over ``- [Recording](…)``). A list
        that holds any other item, or opens with no title, is none."""
        items = [(item, self._field_line(item)) for item in block.children]
        if not items or any(line is None for _, line in items) or items[0][1] != "title":
            return []
        units: list[Unit] = []
        for position, (item, role) in enumerate(items):
            if role != "title":
                continue
            after = [
                i for i, _ in itertools.takewhile(lambda p: p[1] != "title", items[position + 1 :])
            ]
            unit = self._labelled_talk(item, after)
            units += [unit] if unit is not None else []
        return units

    def _field_line(self, item: Block) -> str | None:
        """``title`` for an item whose own line labels a title and gives it, ``field`` for
        one that labels another field or links media only, else ``None``."""
        first = item.children[0] if len(item.children) == 1 else None
        if first is None or first.inline is None or first.kind != "paragraph":
            return None
        text = without_bullet(first.inline.lines()[0][1])
        labelled = self.reader.label(text)
        if labelled is not None:
            return "title" if labelled[0] == "title" and labelled[1].strip() else "field"
        return "field" if self.reader.is_media_field(text, first.inline) else None

    def _labelled_talk(self, item: Block, fields_after: list[Block]) -> Unit | None:
        """The talk an item that labels its title opens, with the field items after it."""
        first = item.children[0]
        inline = first.inline
        assert inline is not None
        line, text = inline.lines()[0]
        fields = Fields()
        self.reader.title_line(without_bullet(text), inline, fields, line)
        end = fields_after[-1].end if fields_after else item.end
        return self._talk_over(item, fields, fields_after, end)

    def _talk_over(
        self,
        item: Block,
        fields: Fields,
        body: list[Block],
        end: int,
        evidence: tuple[str, ...] = (),
    ) -> Unit | None:
        """The talk an item's own line gives (``fields``, read), with the blocks ``body``
        under or after it, up to line ``end``, and what the list says of it (``evidence``);
        ``None`` where it is none."""
        unit_body(self.reader, body, fields)
        fields.evidence.update(evidence)
        if not self.is_talk(fields):
            return None
        inline = item.children[0].inline
        assert inline is not None
        line = inline.lines()[0][0]
        return Unit("item", item.start, line + 1, end, fields, item, indent=item.indent)
