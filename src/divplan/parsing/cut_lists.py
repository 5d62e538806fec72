"""Cut lists: a clause whose list of bodies ends on a separator, the rest of it elsewhere.

Why: a table row a page break cut ("… Provincial Department of Personnel lead the work,  Deadline:
End of 2008" / the helpers on the next page, after the running header), or a cell a copy cut,
leaves a list that stops on its comma (A牵头，B、) with nothing after it but the next field.
What is read is right as far as it goes, but the bodies after the cut are missing, and nothing
in the reading would say so: the reading is a guess, said (DP208).

Guarantee: only the reading's status and its guesses change, never who is read.
"""

from __future__ import annotations

import re
from dataclasses import replace

from divplan.parsing.clause_text import ClauseReading

#: a separator with nothing after it in its field: the clause's end, or a field's gap (two
#: spaces or more, a table's columns run together) before the next field
_OPEN = re.compile(r"[,，、](?:\s*$|[ \t\u3000]{2,}(?=\S))")
GUESS = "the list ends on a separator with no body after it: it may go on elsewhere (a page break)"


def cut_list(text: str, reading: ClauseReading) -> ClauseReading:
    """``reading``, said to be a guess when its list of bodies stops on a separator."""
    if reading.span is None or not (reading.leads or reading.participants):
        return reading
    s, e = reading.span
    if _OPEN.search(text, s, e) is None:
        return reading
    return replace(reading, reading="inferred", guesses=[*reading.guesses, GUESS])


__all__ = ["GUESS", "cut_list"]
