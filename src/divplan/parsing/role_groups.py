"""Role groups: the lists of names a clause's cues give roles to, and where one list is two.

Why a module of its own: :mod:`divplan.parsing.roles` builds the groups from the cue stream;
a list that a comma cuts after words no name has ("A stands at the bow, B and C join the
cart-pulling": a phrasing of the lead the lexicon lacks, then the helpers') is two lists, which
only the names, read after the groups are built, can tell.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from divplan.parsing.lexicon_files import lang_regexes
from divplan.parsing.mentions import Found, Piece
from divplan.parsing.name_edges import org_shaped
from divplan.parsing.name_runs import (
    CONJUNCTIVE,
    branch_of_local,
    completes_name,
    known_department,
)
from divplan.parsing.name_tails import verb_tail
from divplan.parsing.role_words import role_of_words

if TYPE_CHECKING:
    from divplan.parsing.cues import Cue


@dataclass
class Group:
    """One list of names in a clause and the roles its cues gave it (a lead, helpers, …)."""

    pieces: list[Piece] = field(default_factory=list)
    roles: set[str] = field(default_factory=set)
    others: bool = False
    given: str | None = None  # the role a *_before cue or label gave it
    by_conj: bool = False  # its lead role came only from a 会同 / "is responsible for" after it
    labelled: bool = False  # its role came from a field label (Responsible: A, B leading)
    others_at: int = -1  # where its unnamed others were written ("relevant departments")

    def split_at_comma(self, text: str) -> Group | None:
        """ "Led by A, B and C participate": the names after A's comma start a new list."""
        commas = [n for n, p in enumerate(self.pieces) if n and p.sep_before.strip()[:1] in ",，"]
        if self.given == "resp" and len(commas) > 1:
            return None  # "Undertaken by A, B and C, D participates": where A's list ends is
            # unclear ("the Food and Drug Administration"), so it stays one list (DP205 says so)
        for n in range(1, len(self.pieces)):
            if n in commas:
                rest = Group(self.pieces[n:], set(), self.others)
                self.pieces = self.pieces[:n]
                return rest
        return None

    @staticmethod
    def names_first(mark: str) -> bool:
        """Whether a lead's mark after a list says the first listed leads (（排名第一的为牵头单位）,
        "(the first listed leads)"), not the body it follows."""
        return any(p.search(mark) for p in lang_regexes("first_marks.tsv").values())

    def role(self) -> str | None:
        for r in ("lead", "participant", "div", "resp", "impl"):
            if r in self.roles:
                return r
        return None


def mark_opens(text: str, cue: Cue, cur: Group | None) -> bool:
    """Whether a mark written after a name's place opens a list instead, a name right after it
    and none before it in its list (責任單位：【總】A、B: the mark is A's, as ★A's)."""
    after = text[cue.end : cue.end + 1]
    return not (cur and cur.pieces) and after.isalpha() and not Group.names_first(cue.text)


def marked_before(cur: Group | None, pending: str | None, labelled: bool) -> Group:
    """The list a mark before one of its names (★A、B、C) interrupts: the open one, or the one
    a label or role word before the mark opens.  The names after the marked one keep its role —
    the helpers' when a lead field held them (牵头单位：★A、B: the mark says which one leads)."""
    g = cur or Group(roles={pending} if pending else set(), given=pending, labelled=labelled)
    if g.labelled and g.given == "lead":
        g.roles = {"participant"}
    return g


def marked_name(
    text: str, cur: Group, first: bool, lookup: Callable[[str], bool], role: str = "lead"
) -> Group:
    """The lead a mark after the list ``cur`` picks out of it (taken from ``cur``): its last
    name (A、B、C（牵头）), or its first where the mark says the first listed leads (A、B、C
    （排名第一的为牵头单位）) — with every piece its name runs over ("… Resources and Planning
    (lead)", "Provincial Development and Reform …"; 省工业|和|信息化厅、B（排在首位的…）)."""
    last = Group([cur.pieces.pop(0 if first else -1)], {role})
    while cur.pieces and first and completes_name(text, last.pieces[-1], cur.pieces[0], lookup):
        last.pieces.append(cur.pieces.pop(0))
    while cur.pieces and not first and (
        not _named(text, last.pieces, lookup)
        or completes_name(text, cur.pieces[-1], last.pieces[0], lookup)
        or known_department(text, cur.pieces[-1].start, last.pieces[-1].end, lookup)
        or _branch_across(text, cur.pieces[-1], last.pieces[0])
        or _title_fragment(text, cur.pieces[-1], lookup)
    ):  # ("Ministry of Ecology | and Environment … Department (lead)": a ministry's own)
        last.pieces.insert(0, cur.pieces.pop())
    return last


def _branch_across(text: str, left: Piece, right: Piece) -> bool:
    """Whether ``left`` + "and" + ``right`` is one local branch's name ("Shuhe Branch of the
    Municipal Ecology" + "and" + "Environment Bureau (point)"), as find_names joins it."""
    spans = [(left.start, left.end), (right.start, right.end)]
    return branch_of_local(text, spans, [left, right], 0) == 1


def _title_fragment(text: str, piece: Piece, lookup: Callable[[str], bool]) -> bool:
    """Whether English ``piece`` before a marked name is a fragment of its name, in title case
    and naming nothing ("County Culture" + "," + "Tourism" + "," + "Radio and Television
    Bureau (grab head)": 文化广电旅游局, its parts listed with commas)."""
    words = text[piece.start : piece.end].split()
    return (
        bool(words)
        and not CONJUNCTIVE.match(piece.sep_before)  # ("Ministry of Science | and Technology")
        and all(w[:1].isupper() and w.isascii() for w in words)
        and not _named(text, [piece], lookup)
    )


def apply_mark(
    text: str,
    mark: str,
    lead: bool,
    cur: Group | None,
    groups: list[Group],
    lookup: Callable[[str], bool],
) -> Group | None:
    """Apply a mark after a listed name (in place on ``groups``): the lead's (A（牵头）、B) when
    ``lead``, else a helper's (A（辅）、B), read the same way; the marked name becomes a list
    of its own with the mark's role.  Returns the list that goes on after it, or None when
    the mark follows no name (the caller says so).  A mark saying the first listed leads
    takes the list its role word closed (A、B、C负责（排首位者牵头）); a lead's mark inside a
    lead field leaves the field's other names the helpers (牵头单位：A（主责）、B)."""
    if not (cur and cur.pieces) and groups and Group.names_first(mark):
        cur = groups[-1]
    if cur is None or not cur.pieces:
        return None
    first = lead and Group.names_first(mark)  # (A、B、C（排名第一…）)
    picked = marked_name(text, cur, first, lookup, "lead" if lead else "participant")
    groups.insert(groups.index(cur) + (not first), picked)
    if lead and cur.labelled and cur.given == "lead":
        cur.roles = {"participant"}
    if not cur.pieces:
        groups.remove(cur)
    nxt = Group(roles=set(cur.roles), given=cur.given, labelled=cur.labelled)
    groups.append(nxt)
    return nxt


def _named(text: str, pieces: list[Piece], lookup: Callable[[str], bool]) -> bool:
    """Whether ``pieces`` joined make a name (known, or built like an organisation's)."""
    joined = text[pieces[0].start : pieces[-1].end]
    return org_shaped(joined) or lookup(joined)


def split_at_tails(text: str, groups: list[Group], lookup: Callable[[str], bool]) -> list[Group]:
    """``groups`` with each list that a role word after it governs cut after a name that words
    no name has follow, before a comma ("The County Agriculture Bureau stands at the bow, the
    County Finance Bureau … join"): those words are the first name's own phrasing of its role
    (read by its pieces, or as the uncued side beside the helpers'), not part of the list the
    role word closes.  A list a field label or a role word before it opened stays whole, but for
    a responsibility field's that a helpers' word closes."""
    out: list[Group] = []
    for g in groups:
        helped = g.labelled and g.given == "resp" and (  # ("Responsible units: A sings the
            "participant" in g.roles or (g.pieces and _helpers_tail(text, g.pieces[-1]))  # big
        )  # play, B, C as supporting actor", "Responsibility: A erects the stage, B, C sing
        # the opera.": the helpers' words close it)
        if (g.given is not None and not helped) or not g.roles or not g.pieces:
            out.append(g)  # (opened by a label or a role word before it, or no role to give)
            continue
        if len(g.pieces) == 1:
            out.extend(_others_apart(text, g, lookup))  # ("A presses the ballast stone,
            continue  # relevant departments participate": the others' own list)
        cut = next(
            (
                n
                for n in range(1, len(g.pieces))
                if g.pieces[n].sep_before.strip()[:1] in (",", "，")
                and _tail_before(text, g.pieces, n, lookup)
            ),
            None,
        )
        if cut is None:
            out.append(g)
            continue
        out.append(Group(g.pieces[:cut], set()))  # (its others, "and the rest", end the list)
        g.pieces = g.pieces[cut:]
        out.append(g)
    return out


def _tail_before(text: str, pieces: list[Piece], n: int, lookup: Callable[[str], bool]) -> bool:
    """Whether words no name has end the piece before ``pieces[n]``: after its own name, or
    after a known name its own commas cut into pieces ("General Administration of Quality
    Supervision, Inspection and Quarantine runs the first leg, …")."""
    last = pieces[n - 1]
    if verb_tail(text[last.start : last.end]) is not None:
        return not lookup(text[last.start : last.end])
    for k in range(n - 1):
        words = text[pieces[k].start : last.end]
        end = verb_tail(words)
        if end is not None and lookup(words[:end].strip()):
            return True
    return False


def _helpers_tail(text: str, piece: Piece) -> bool:
    """Whether the words after the name ending a list hold pieces of the helpers' role only."""
    words = text[piece.start : piece.end]
    end = verb_tail(words)
    found = role_of_words(words[end:].strip()) if end is not None else None
    return found is not None and found[0] == "participant"


def _others_apart(text: str, g: Group, lookup: Callable[[str], bool]) -> list[Group]:
    """``g``, one name and unnamed others after it, as two lists when words no name has end
    the name before a comma and the others come after it: the role word closing the list is
    the others' (the name's own words say its role, read by its pieces or beside theirs)."""
    piece = g.pieces[0]
    name = text[piece.start : piece.end]
    if (
        not g.others
        or g.others_at < piece.end
        or not any(c in text[piece.end : g.others_at] for c in ",，")
        or verb_tail(name) is None
        or lookup(name)
    ):
        return [g]
    return [Group([piece], set()), Group([], g.roles, True, others_at=g.others_at)]


def words_alone_hold(groups: list[Group], founds: list[Found]) -> None:
    """A last list of words alone that say how the task is held ("A; B; each within its own
    compass"): the lists of names before it, none given a role, hold it so."""
    if len(groups) < 2 or founds[-1].refs or groups[-1].others:
        return
    held = groups[-1].roles & {"div", "resp"}
    if held and all(not g.roles for g in groups[:-1]):
        for g in groups[:-1]:
            g.roles |= held
    elif "div" in held and all(g.roles == {"resp"} for g in groups[:-1]):
        for g in groups[:-1]:  # ("A, B are responsible according to the division of their
            g.roles.add("div")  # duties": the words after the role word say how it is held)


__all__ = [
    "Group",
    "mark_opens",
    "marked_before",
    "marked_name",
    "split_at_tails",
    "words_alone_hold",
]
