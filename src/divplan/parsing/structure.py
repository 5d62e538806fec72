"""Structure: normalised text → the plan's outline (sections, subsections, items).

Three steps, each in its own module: ``lines.lark`` classifies lines (:mod:`divplan.parsing.lines`),
the context pass groups them into blocks and gives each a role (:mod:`divplan.parsing.context`),
and ``outline.lark`` — fed one token per block — nests them; the transformer below turns
its tree into :class:`Outline`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from lark import Lark, Token, Transformer
from lark.lexer import Lexer

from divplan.parsing.blocks import Block, make_blocks
from divplan.parsing.context import assign_roles
from divplan.parsing.grammar import parser
from divplan.parsing.lines import split_lines


@dataclass
class SubsectionNode:
    block: Block
    items: list[Block] = field(default_factory=list)
    others: list[Block] = field(default_factory=list)


@dataclass
class SectionNode:
    block: Block | None  # None for the implicit section of a plan without sections
    items: list[Block] = field(default_factory=list)
    subsections: list[SubsectionNode] = field(default_factory=list)
    others: list[Block] = field(default_factory=list)


@dataclass
class Outline:
    """The document's blocks, nested."""

    leading: list[Block] = field(default_factory=list)
    notice: list[Block] = field(default_factory=list)
    title: Block | None = None
    sections: list[SectionNode] = field(default_factory=list)
    others: list[Block] = field(default_factory=list)  # stray paragraphs inside the plan
    trailer: list[Block] = field(default_factory=list)
    trailing: list[Block] = field(default_factory=list)


class _BlockLexer(Lexer):
    """Feeds the outline parser one token per block: the token type is the block's role."""

    def __init__(self, conf: Any) -> None:
        pass

    def lex(self, data: Any, parser_state: Any = None) -> Iterator[Token]:
        blocks: list[Block] = data
        for i, b in enumerate(blocks):
            yield Token(b.role.upper(), str(i))


def _outline_parser() -> Lark:
    return parser("outline", lexer=_BlockLexer)


def _english_labels(subsections: list[SubsectionNode]) -> bool:
    """Whether every one of ``subsections`` is headed by a labelled English line ("Focus area
    1:", SUB_LABEL_EN): words that name a plan's top level as often as a part's points."""
    return bool(subsections) and all(s.block.family == "SUB_LABEL_EN" for s in subsections)


class _ToOutline(Transformer[Token, Outline]):
    def __init__(self, blocks: list[Block]) -> None:
        super().__init__()
        self.blocks = blocks

    def _b(self, tok: Token) -> Block:
        return self.blocks[int(tok)]

    def item(self, children: list[Token]) -> tuple[str, Block]:
        return ("item", self._b(children[0]))

    def other(self, children: list[Token]) -> tuple[str, Block]:
        return ("other", self._b(children[0]))

    def subsection(self, children: list[Any]) -> SubsectionNode:
        node = SubsectionNode(self._b(children[0]))
        for kind, blk in children[1:]:
            (node.items if kind == "item" else node.others).append(blk)
        return node

    def section(self, children: list[Any]) -> SectionNode:
        node = SectionNode(self._b(children[0]))
        for child in children[1:]:
            if isinstance(child, SubsectionNode):
                node.subsections.append(child)
            else:
                kind, blk = child
                (node.items if kind == "item" else node.others).append(blk)
        return node

    def body(self, children: list[Any]) -> list[SectionNode]:
        loose = SectionNode(None)
        sections: list[SectionNode] = []
        for child in children:
            if isinstance(child, SectionNode):
                sections.append(child)
            elif isinstance(child, SubsectionNode):
                loose.subsections.append(child)
            else:
                kind, blk = child
                (loose.items if kind == "item" else loose.others).append(blk)
        if not sections and not loose.items and _english_labels(loose.subsections):
            for sub in loose.subsections:  # ("Focus area 1:" … with no part above them: the
                node = SectionNode(sub.block)  # plan's own top level, its sections)
                node.items, node.others = sub.items, sub.others
                sections.append(node)
            loose.subsections = []
        if loose.items or loose.subsections or loose.others:
            sections.insert(0, loose)
        return sections

    def notice(self, children: list[Token]) -> tuple[str, list[Block]]:
        return ("notice", [self._b(t) for t in children])

    def trailer(self, children: list[Token]) -> tuple[str, list[Block]]:
        return ("trailer", [self._b(t) for t in children])

    def title(self, children: list[Token]) -> tuple[str, Block]:
        return ("title", self._b(children[0]))

    def start(self, children: list[Any]) -> Outline:
        out = Outline()
        for child in children:
            if isinstance(child, Token):
                (out.leading if child.type == "LEADING" else out.trailing).append(self._b(child))
            elif isinstance(child, list):
                for sec in child:
                    if sec.block is None and not sec.items and not sec.subsections:
                        out.others.extend(sec.others)
                    else:
                        out.sections.append(sec)
            else:
                kind, value = child
                if kind == "notice":
                    out.notice = value
                elif kind == "trailer":
                    out.trailer = value
                else:
                    out.title = value
        return out


def outline(
    text: str,
    has_clause: Callable[[str, Block], bool],
    is_deadline: Callable[[str], bool],
    is_date_line: Callable[[str], bool],
    item_closed: Callable[[int, int], bool] | None = None,
    has_sentence_clause: Callable[[Block], bool] | None = None,
    opens_with_clause: Callable[[Block], bool] | None = None,
    wholly_a_clause: Callable[[Block], bool] | None = None,
) -> Outline:
    """Parse the normalised ``text`` into an :class:`Outline`."""
    lines = split_lines(text)
    blocks = make_blocks(text, lines, is_deadline, is_date_line, item_closed)
    assign_roles(
        text,
        blocks,
        lambda b: has_clause(text, b),
        is_date_line,
        has_sentence_clause,
        opens_with_clause,
        wholly_a_clause,
    )
    tree = _outline_parser().parse(blocks)  # type: ignore[arg-type,unused-ignore]
    return _ToOutline(blocks).transform(tree)
