"""Python-Markdown extensions for tests: processors of a package the roundup extension does
not know."""

from __future__ import annotations

import xml.etree.ElementTree as etree

import markdown
import markdown.extensions
import markdown.treeprocessors


class Replacing(markdown.extensions.Extension):
    """A tree processor of another package that changes the text of some elements."""

    def __init__(self, tag: str, old: str, new: str, priority: float) -> None:
        super().__init__()
        self.tag, self.old, self.new, self.priority = tag, old, new, priority

    def extendMarkdown(self, md: markdown.Markdown) -> None:
        ext = self

        class Replace(markdown.treeprocessors.Treeprocessor):
            def run(self, root: etree.Element) -> None:
                for element in root.iter(ext.tag):
                    element.text = (element.text or "").replace(ext.old, ext.new)

        md.treeprocessors.register(Replace(md), "replace", self.priority)
