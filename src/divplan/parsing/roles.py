"""Roles: read one responsibility clause from its token stream.

Why tokens and not a grammar of whole phrasings: the genre is open (conventions.md), and a
reader that knows the *words* of the genre — cues from ``lexicon/cues.tsv`` — reads phrasings
in orders it has never seen.  The steps, for the clause text ``T``:

1. **Deadline.**  A ``完成时限：`` / ``Deadline:`` field, and segments after a comma or
   semicolon that read as deadlines and name no department, are cut off as the item's deadline
   (:mod:`divplan.parsing.clause_deadlines`), also between the roles (A牵头，2014年底前完成；B配合).
2. **Tokens.**  :func:`divplan.parsing.cues.scan` marks the cues; list pieces lie between.
3. **Groups.**  Pieces separated only by list separators form a group (one list of names).
   A cue ends the group before it.  The roles, in this order of strength:

   - ``*_after`` cues (牵头, 参加, 负责, 按职责分工负责, "takes the lead", "participate") give
     their role to the group just before them (a division's, after a comma, to names with no
     role of their own: A、B，各负其责); ``*_before`` cues and field labels ("Led by", 牵头单位：)
     to the group just after them;
   - ``conj`` / ``charge`` (会同, "in conjunction with", "is in charge of") make the group
     before lead and the group after participate;
   - a scope word right before unnamed others (省直 in 省直有关部门) is not a name; a body
     before 成员单位 or after "member units of" stands for its member units.

4. **Mode** (conventions.md, "Gold files"): any lead → ``lead``, every other named group
   participates (but a helpers' field naming the leads again, by their duties: ``division``);
   a participating group beside an uncued or "responsible" one → that one leads; otherwise
   "by their duties" → ``division``; otherwise ``sole`` for one name and no others, else
   ``joint``.

The reading is ``exact`` when every word was a cue, a filler or a name, and every cue had
names to govern; else ``inferred``, ``guesses`` saying what was guessed (:mod:`~.role_guesses`).
A clause that names nobody and uses no cue is not a clause.  "Same as above" (同上) says which
roles it stands for (``ditto``), read ``inferred``; so are two lists each told to lead or answer
with no punctuation after a role word between them (two clauses run together).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from divplan.parsing.clause_deadlines import deadline_fields, split_deadlines
from divplan.parsing.clause_text import ClauseReading, Mode, Prepared, Reference
from divplan.parsing.cue_filters import field_values, named_locals
from divplan.parsing.cues import LABELS, ROLE_KINDS, Cue, generic_body, label_key, scan
from divplan.parsing.helper_fields import first_helpers_field_leads, helpers_labels
from divplan.parsing.mentions import Piece, find_names, unique
from divplan.parsing.name_edges import org_shaped, trim
from divplan.parsing.parens import bracket_depth, quoted_chars, unwrap_values
from divplan.parsing.role_groups import (
    Group,
    apply_mark,
    mark_opens,
    marked_before,
    split_at_tails,
    words_alone_hold,
)
from divplan.parsing.role_guesses import one_marked, with_role_guesses
from divplan.parsing.role_words import held_before, joint_before, leftover_roles, unnamed_others

_ROLE = {
    "lead_after": "lead", "lead_before": "lead", "label_lead": "lead",
    "part_after": "participant", "part_before": "participant", "label_part": "participant",
    "part_mark": "participant",
    "resp_after": "resp", "resp_before": "resp", "label_resp": "resp",
    "div_after": "div", "impl_after": "impl", "impl_before": "impl",
}  # fmt: skip
_NAMED = frozenset({"lead", "participant", "div"})  # (roles a role word names)
_AFTER = frozenset({"lead_after", "part_after", "resp_after", "div_after", "impl_after"})
_LIST_ENDS = _AFTER | {"boundary"} | LABELS  # what ends the list after a field's ";"
_LABELS_BEFORE = frozenset({"label_lead", "label_part"})
_BEFORE = frozenset({"lead_before", "part_before", "resp_before", "impl_before"}) | _LABELS_BEFORE
_SCOPE_OTHERS = re.compile(
    r"^(?:各|有关|相关|其他|all|the|relevant|related|concerned|competent)", re.IGNORECASE
)
_FIELD_SEGMENT = re.compile(r"[;；.。)）]")
_COLON = re.compile(r"[:：]")  # a segment holding a label the lexicon missed ("Cooper-ating:")
_OTHER_MEMBERS = re.compile(r"其他|等|other", re.IGNORECASE)
_LIST_SEPS = ("、", ",", "，")
_MARKS = ("lead_mark", "part_mark")


def read_clause(prep: Prepared, lookup: Callable[[str], bool]) -> ClauseReading:
    """Read the clause text ``prep`` (brackets excluded) into roles; never raises."""
    text = prep.text
    known = lambda seg: lookup(seg) or org_shaped(seg)  # noqa: E731
    begin, end, deadline, cues, unkept = split_deadlines(text, list(scan(text)), known)
    labels = [c for c in cues if c.kind in LABELS]
    ends = [c.start for c in labels[1:]] + [len(text)] * bool(labels)  # on to the next label
    values = [(c.end, e) for c, e in zip(labels, ends, strict=True)]  # (and to the end: 责任单位：
    values += [(c.end, len(text)) for c in labels[:1]]  # （牵头单位：A；配合单位：B、C）, a cell)
    depth = bracket_depth(unwrap_values(text, values))
    quoted = quoted_chars(text)
    fields = deadline_fields(cues, end)
    cues = [
        c
        for c in cues
        if begin <= c.start
        and c.end <= end
        and not any(fs < c.start < fe for fs, fe in fields)  # "by" in "Time limit: by …"
        and not (c.kind in ("sep", "boundary") and depth[c.start] > 0)  # 各县（市、区）人民政府
        and not (c.kind in ("sep", "boundary") and quoted[c.start])  # 市“双随机、一公开”联席会议
    ]
    cues = [d for c in field_values(cues, text[:end]) for d in named_locals(c, text)]
    cues = with_role_guesses(text, cues, begin, end, lookup)  # "A dominant promotion, B …"
    cues = first_helpers_field_leads(cues)  # "Coordinating ministry: A / Ministries to advise: B"
    guesses = [f"a second deadline 「{text[s:e]}」 was not kept" for s, e in unkept]
    guesses += [c.guess for c in cues if c.guess]  # (a label read by its words)
    groups: list[Group] = []
    cur: Group | None = None
    pending: str | None = None
    labelled = False  # the pending role came from a field label
    pending_member = False
    member_others = False
    conj = False
    last_sep = ""
    last_closer = ""
    last_role = ""  # the last cue that is not punctuation
    prev_kind = "start"
    pos = begin
    run_on = False  # a list right after an "after" cue, no punctuation between
    ditto: set[str] = set()  # the roles a "same as above" stands for
    resume: Group | None = None  # the list a marked name interrupts, on after its separator

    def open_group() -> Group:
        nonlocal cur, pending, labelled
        if cur is None:
            cur = Group(roles={pending} if pending else set(), given=pending, labelled=labelled)
            pending = None
            groups.append(cur)
        return cur

    def before() -> Group | None:
        """The list a cue written after it governs: the open one, or the one just closed."""
        if cur is not None and (cur.pieces or cur.others):
            return cur
        if groups and prev_kind == "cue" and last_closer in _AFTER:
            return groups[-1]
        if groups and last_closer in ("sep", "boundary") and last_role in _AFTER:
            return groups[-1]  # "A is responsible, in conjunction with B": only a comma between
        return None

    muted = False  # inside a field that names a person (牵头领导：王建国)
    field: str | None = None  # the role of the last field label
    for cue in [*cues, Cue("end", end, end, "")]:
        s, e = trim(text, pos, max(pos, cue.start))  # (cues may overlap: a local name)
        if e > s and not muted:
            run_on = run_on or (prev_kind == "cue" and last_closer in _AFTER)  # "A负责B、C…"
            g = open_group()
            sep = last_sep if prev_kind == "sep" else ""
            g.pieces.append(
                Piece(s, e, sep, pending_member, written=pos, written_end=max(pos, cue.start))
            )
            if pending_member and member_others:
                g.others = True
            pending_member = member_others = False
            prev_kind = "gap"
        pos = max(pos, cue.end)
        k = cue.kind
        if k == "end":
            break
        if k in LABELS:
            muted = k in ("label_person", "label_task", "label_deadline")
            field = None if muted else _ROLE.get(k)  # the field a list after ";" still fills
            if muted:
                cur = None
                continue
        if k == "sep":
            last_sep = cue.text
            if resume is not None and cue.text.strip() in _LIST_SEPS:  # ★A、B: A's name ends
                cur, resume = resume, None
                groups.extend([] if cur in groups else [cur])
        elif k == "lead_mark_before" or (k in _MARKS and mark_opens(text, cue, cur)):
            resume, pending = marked_before(cur, pending, labelled), None  # ★A、B、C / 【總】A、
            cur = Group(roles={"participant" if k == "part_mark" else "lead"})  # B: A leads
            groups.append(cur)
        elif k == "others":
            g = open_group()
            g.others, g.others_at = True, cue.start
            if prev_kind == "gap" and g.pieces and _SCOPE_OTHERS.match(cue.text):
                g.pieces[-1].scope = True
        elif k == "member_after":
            if cur is not None and cur.pieces:
                body = cur.pieces[-1]
                if generic_body(text[body.start : body.end]):
                    body.scope = True  # 联席会议各成员单位: members of an unnamed body
                    cur.others = True
                else:
                    body.member = True
                    cur.others = cur.others or bool(_OTHER_MEMBERS.search(cue.text))
            else:
                guesses.append(f"「{cue.text}」 follows no body")
        elif k == "member_before":
            pending_member = True
            member_others = bool(_OTHER_MEMBERS.search(cue.text))
        elif k in _MARKS:  # (A（辅）、B: a helper's mark, the same way)
            marked = apply_mark(text, cue.text, k == "lead_mark", cur, groups, lookup)
            if marked is None:
                guesses.append(f"「{cue.text}」 follows no department")
            else:
                cur = marked
        elif k in _AFTER:
            if cur is not None and (cur.pieces or cur.others):
                role = _ROLE[k]
                resp_list = cur.given == "resp" and (cur.labelled or role == "div")
                if cur.given not in (None, role) and not resp_list:
                    # "Led by A, B is responsible", "Responsible by A, B cooperate"; but
                    # "Responsible: A, B leading", "Undertaken by A, B by their duties": one list
                    rest = cur.split_at_comma(text)
                    if rest is not None:
                        groups.append(rest)
                        cur = rest
                cur.roles.add(role)
                cur = None
            elif k == "lead_after" and groups and prev_kind == "cue":
                groups[-1].roles.add("lead")  # "A is responsible, taking the lead"
            elif k == "div_after" and not groups:  # "According to their duties, A and B"
                pending, labelled = "div", False
            elif k == "div_after" and last_closer == "boundary" and groups and all(
                g.roles <= {"resp"} for g in groups
            ):  # 责任单位：A、B，各负其责 / （A、B，按职责分工负责）
                groups[-1].roles.add("div")
            elif k == "div_after" and prev_kind != "gap" and last_role in _AFTER and groups:
                if last_role == "resp_after":  # "A, B are responsible(,) … by their duties"
                    groups[-1].roles.add("div")  # else "B cooperate according to their duties"
            elif prev_kind == "cue" and groups and last_role in _AFTER and (
                _ROLE[k] == _ROLE[last_role] or k in ("impl_after", "resp_after")
            ):
                pass  # 配合支持, 牵头抓好落实, "… jurisdiction scope responsible": one role
            else:
                guesses.append(f"「{cue.text}」 governs no department")
        elif k in _BEFORE or k == "label_resp":
            cur = None
            pending = _ROLE[k]
            labelled = k in LABELS
        elif k in ("conj", "charge"):
            target = before()
            conj = True
            if target is not None:
                target.by_conj = target.by_conj or "lead" not in target.roles
                target.roles.add("lead")
            else:
                guesses.append(f"「{cue.text}」 has no department before it")
            cur = None
            pending = "participant"
        elif k == "ditto":
            ditto.add("participant" if (pending or field) == "participant" else "lead")
            cur = pending = None
        elif k == "boundary":
            cur = resume = None
            seg = _FIELD_SEGMENT.split(text[cue.end :], maxsplit=1)[0]
            colon = _COLON.search(seg)  # a label the lexicon missed right after ";" ("Cooper-
            new_field = colon is not None and len(seg[: colon.start()].split()) <= 3  # ating:")
            nxt = next((c for c in cues if c.start >= cue.end and c.kind in _LIST_ENDS), None)
            own = nxt is not None and nxt.kind in _AFTER and _ROLE[nxt.kind] != field  # ("A; B
            if field is not None and cue.text.strip() in (";", "；") and not new_field and not own:
                pending, labelled = field, True  # shall contribute"); "Lead: A; B. Part…": B leads
        prev_kind = "sep" if k == "sep" else "cue"
        last_closer = k
        if k not in ("sep", "boundary"):
            last_role = k
    if (
        pending is not None
        and pending not in ("participant", "resp")
        and not any(c.kind in LABELS for c in cues)
    ):
        guesses.append("a role word governs no department")
    if run_on and sum(bool(g.roles & {"lead", "resp", "div"}) for g in groups) > 1:
        guesses.append("two clauses run together with no punctuation between")  # table cells
    groups = split_at_tails(text, groups, lookup)  # "A stands at the bow, B and C join"
    reading = _reading(prep, groups, cues, conj, deadline, guesses, lookup)
    reading.guessed_labels = tuple(
        (label_key(c.text), c.kind) for c in cues if c.kind in LABELS and c.guess
    ) or helpers_labels(cues)  # ("Agency of record:" alone here, a lead field elsewhere:
    # divplan.label_agreement)
    if ditto and (reading.leads or reading.participants or reading.others):
        reading.ditto, reading.reading, reading.cued = frozenset(ditto), "inferred", True
    elif ditto:  # "同上" and nothing else: all the roles of the item above
        reading = ClauseReading(ditto=frozenset({"all"}), cued=True, reading="inferred")
        reading.deadline = prep.span(*deadline) if deadline else None
    return reading


def _reading(
    prep: Prepared,
    groups: list[Group],
    cues: list[Cue],
    conj: bool,
    deadline: tuple[int, int] | None,
    guesses: list[str],
    lookup: Callable[[str], bool],
) -> ClauseReading:
    by_role: dict[str | None, list[Reference]] = {}
    present: set[str | None] = set()  # roles held by a list, named or unnamed others only
    others = False
    founds = [find_names(prep, g.pieces, lookup) for g in groups]
    named_after = any(
        "participant" in g.roles and (f.refs or g.others)
        for g, f in zip(groups, founds, strict=True)
    )
    led = [g for g in groups if "lead" in g.roles]
    if conj and not named_after and led and all(g.by_conj for g in led):
        conj = False  # "A is responsible for implementation": nobody named after the cue: A alone
        for g in led:
            g.roles.discard("lead")
    kinds = [unnamed_others(f.leftovers) for f in founds]  # ("B, cohort units cooperate")
    for g, kind in zip(groups, kinds, strict=True):
        g.others = g.others or bool(kind)
    notes = [
        leftover_roles(f.leftovers or ([] if g.roles & _NAMED else f.fillers), g.roles)
        for g, f in zip(groups, founds, strict=True)
    ]  # ("A hold the head", A作为|主攻部门: the role their left-over words hold a piece of)
    words_alone_hold(groups, founds)
    for g, found, note, kind in zip(groups, founds, notes, kinds, strict=True):
        guesses.extend(kind + note)
        guesses.extend(found.notes())
        others = others or g.others
        if {"lead", "participant"} <= g.roles:
            guesses.append("a list is both lead and participant; read as lead")
        by_role.setdefault(g.role(), []).extend(found.refs)
        if found.refs or g.others:
            present.add(g.role())
    impl = by_role.pop("impl", [])  # 落实 / "implement": under someone else, participants
    if impl or "impl" in present:
        present.discard("impl")
        role = "participant" if conj or present & {"lead", "resp", None, "div"} else "resp"
        by_role.setdefault(role, []).extend(impl)
        present.add(role)
    leads = by_role.get("lead", [])
    parts = by_role.get("participant", [])
    # (in the order written: "A，B负责" names A first though only B's list carries the cue)
    rest = sorted(by_role.get("resp", []) + by_role.get(None, []), key=lambda r: r.start)
    div = by_role.get("div", [])
    mode: Mode
    named = sorted(leads + rest, key=lambda r: r.start)
    held = held_before(prep.text, named, cues) if conj and not parts else None
    if held is not None and all(g.by_conj for g in led):
        mode, leads = ("joint" if held == "joint" else "division"), named  # "A and B jointly
        # steward it (each within its own compass), together with other relevant departments":
        # their words say how they hold it; no one named is led
        guesses.append(f"the words after the names say how they hold the task: read as {mode}")
    elif "lead" in present or conj:
        mode = "lead"
        parts = sorted(parts + rest + div, key=lambda r: r.start)
    elif "div" in present and not parts and not rest:
        mode, leads = "division", div  # A、B分别负责，有关部门配合: no one named helps
    elif "participant" in present and not parts and joint_before(prep.text, rest, cues):
        mode, leads = "joint", rest  # A、B联合承担，有关部门参加: their words say they share it
    elif "participant" in present and present & {"resp", None, "div"}:
        mode, leads = "lead", rest + div  # A负责，B配合; A、B分别负责，C配合
    elif "participant" in present:
        mode = "lead"  # (helpers only: see shared_when_only_helpers)
    elif "div" in present:
        mode, leads = "division", div + rest
    else:
        leads = rest
        mode = "sole" if len(leads) == 1 and not others else "joint"
    lead_keys = {r.lookup.casefold() for r in leads}
    kept = [r for r in unique(parts) if r.lookup.casefold() not in lead_keys]
    mode = "division" if parts and not kept and "div" in present and mode == "lead" else mode
    parts = kept
    cued = any(c.kind in ROLE_KINDS for c in cues)
    if mode == "joint" and (doubt := one_marked(prep.text, [(r.start, r.end) for r in leads])):
        guesses.append(doubt)  # (A†, B: a legend may make † the lead's)
    at = prep.span(*deadline) if deadline else None
    if not (leads or parts or others or cued):
        return ClauseReading(error="no department and no role word", deadline=at)
    return ClauseReading(
        mode=mode,
        leads=unique(leads),
        participants=parts,
        others=others,
        deadline=at,
        reading="inferred" if guesses else "exact",
        guesses=guesses,
        cued=cued,
        helpers_only=present == {"participant"}
        and not any(g.labelled or g.given not in (None, "participant") for g in groups),
    )


def shared_when_only_helpers(reading: ClauseReading) -> ClauseReading:
    """An item's final clause naming only helpers by role words ("A、B协同攻坚", "A and B
    cooperate"), with nobody over them and no 配合单位 label: no lead word, so the listed bodies
    share the task (conventions.md: joint, or sole for one), read as a guess.  Asked once the
    item's clause is whole: （A牵头）（B、C配合） is one clause in two brackets first."""
    if not reading.helpers_only or reading.leads or not reading.participants:
        return reading
    return replace(
        reading,
        leads=reading.participants,
        participants=[],
        mode="sole" if len(reading.participants) == 1 and not reading.others else "joint",
        guesses=[*reading.guesses, "only a helping role is named, no lead: read as shared"],
        reading="inferred",
    )


__all__ = ["read_clause", "shared_when_only_helpers"]
