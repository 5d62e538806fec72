"""Tables in a PDF's layout text: a table, and a row wrapped over a page break, go on across
pages (:func:`divplan.read.pdf._tables_over`).

The pages are written as pypdf's layout mode writes them: cells placed by character count (a
CJK character is one column wide there, not two as in a monospace editor), header labels centred
over their columns, the header row repeated at the top of each page, a running head above it.
"""

from __future__ import annotations

from divplan.read.pdf import _tables_over
from divplan.read.text_tables import read_text_tables

_AT = (2, 5, 40, 55)  # where the cells of the rows start, in characters
_HEADER = " 序号               工作任务                    责任单位       完成时限"


def _row(*cells: str) -> str:
    line = ""
    for at, cell in zip(_AT, cells, strict=True):
        if cell:
            line = line.ljust(at) + cell
    return line


PAGE_1 = "\n".join(
    [
        "          2010年就业工作重点任务分工方案",
        "",
        _HEADER,
        "一、实施更加积极的就业政策",
        _row("1", "研究制定促进就业工作的政策措施，报国务", "就业促进司会同政策研", "2010年6月底"),
        _row("", "院审定后组织实施。", "究司负责", "前"),
        _row("2", "落实小额担保贷款财政贴息政策，扩大小", "就业促进司会同财政", "2010年9月底"),
        "",
        "                       — 1 —",
    ]
)
PAGE_2 = "\n".join(
    [
        "                                     人社部发〔2010〕9号",
        "",
        _HEADER,
        _row("", "额担保贷款规模。", "部、人民银行负责", "前"),
        _row("3", "开展就业援助月活动。", "就业促进司负责", "2010年2月底前"),
        "",
        "                       — 2 —",
    ]
)
PAGE_3 = "\n".join(
    [
        "                                     人社部发〔2010〕9号",
        "",
        _HEADER,
        _row("4", "做好军队转业干部安置工作。", "军官转业安置司负责", "持续推进"),
        "",
        "  抄送：各省、自治区、直辖市人力资源社会保障厅（局）。",
        "                       — 3 —",
    ]
)


def _items(lines: list[tuple[str, int]]) -> dict[str, tuple[str, int]]:
    return {text.split(".")[0]: (text, page) for text, page in lines if text[:1].isdigit()}


def test_a_row_wrapped_over_a_page_break_is_one_item_on_its_first_page() -> None:
    placed = _tables_over([PAGE_1, PAGE_2])
    assert placed is not None
    items = _items(placed.lines)
    assert sorted(items) == ["1", "2", "3"]
    two, page = items["2"]
    assert "规模。" in two and "就业促进司会同财政部、人民银行负责" in two
    assert two.endswith("完成时限：2010年9月底前") and page == 0
    assert items["3"][1] == 1  # the row after the break keeps its page
    assert not any("序号" in text for text, _ in placed.lines)  # the repeated header is gone


def test_cells_of_wrapped_lines_follow_character_columns() -> None:
    # centred labels do not line up with the rows; the rows line up with each other when a CJK
    # character counts one column, so the wrapped "前" belongs to the deadline, not the lead
    one = _items(_tables_over([PAGE_1]).lines)["1"][0]  # type: ignore[union-attr]
    assert "责任单位：就业促进司会同政策研究司负责  " in one
    assert one.endswith("完成时限：2010年6月底前")


def test_one_row_under_the_header_repeated_on_the_last_page_is_still_a_row() -> None:
    placed = _tables_over([PAGE_1, PAGE_2, PAGE_3])
    assert placed is not None
    text, page = _items(placed.lines)["4"]
    assert "责任单位：军官转业安置司负责" in text and page == 2
    assert not any("人社部发" in t for t, _ in placed.lines if t[:1].isdigit())  # the head stays
    # out of the rows, on a line of its own


def test_a_table_that_does_not_turn_a_page_ends_at_a_line_that_is_not_a_row() -> None:
    page = PAGE_1.replace("— 1 —", "各单位要认真落实。")  # text after the table, not a page foot
    found = read_text_tables(page)
    assert found.tables == 1 and found.text.rstrip().endswith("各单位要认真落实。")


def test_pages_without_a_table_are_left_to_the_page_reader() -> None:
    assert _tables_over(["第一页，没有表格。", None]) is None


def test_wrapped_one_cell_lines_before_a_page_turn_stay_in_their_row() -> None:
    # the lead cell's last lines are one cell each, like a page number or a running head:
    # they are the row's, and only the blank line and page number after them are the page's
    page_1 = "\n".join(
        [
            _HEADER,
            _row("1", "开展专项整治。", "市体育局牵头，市旅游局、", "2017年11月底前"),
            _row("", "", "市公安局、市交通", ""),
            _row("", "", "运输局参加", ""),
            "",
            "                       — 1 —",
        ]
    )
    page_2 = "\n".join([_HEADER, _row("2", "规范市场秩序。", "市旅游局负责", "持续推进")])
    placed = _tables_over([page_1, page_2])
    assert placed is not None
    one = _items(placed.lines)["1"][0]
    assert "市体育局牵头，市旅游局、市公安局、市交通运输局参加" in one
    assert sorted(_items(placed.lines)) == ["1", "2"]


_CENTRED = ("   ", "      ", "                ", "                                  ")


def _centred(number: str, lead: list[str], task: str, deadline: str) -> list[str]:
    """A row as a browser prints it: every cell centred on the row's middle line."""
    mid = len(lead) // 2
    out = []
    for k, part in enumerate(lead):
        if k == mid:
            out.append(f" {number:>2}  {part:<10}{_CENTRED[2]}{task}{_CENTRED[3]}{deadline}")
        else:
            out.append(f"      {part}")
    return [*out, ""]


def test_rows_a_browser_centred_on_their_number_are_whole_rows() -> None:
    header = "  序号    责任部门                               具体措施                          时间进度"
    page_1 = "\n".join(
        [
            header,
            "",
            " 一、扩大养老保险覆盖面",
            "",
            "    以非公有制企业为重点，推进全民参保登记，2013年底前参保人数达到52万人。",
            "",
            *_centred(
                "1",
                ["市人社局牵头，", "市统计局、市公", "安局参加"],
                "开展参保登记试点。",
                "2013年9月底前",
            ),
        ]
    )
    page_2 = "\n".join(  # no header repeated: the table goes on
        _centred(
            "2",
            ["市社保局牵头，", "市工商局、市地", "税局参加"],
            "推动企业参保。",
            "2013年12月底前",
        )
        + _centred("3", ["市社保局负责"], "实施居民养老保险制度。", "持续推进")
    )
    placed = _tables_over([page_1, page_2])
    assert placed is not None
    items = _items(placed.lines)
    assert sorted(items) == ["1", "2", "3"]
    assert "责任单位：市人社局牵头，市统计局、市公安局参加" in items["1"][0]
    assert "责任单位：市社保局牵头，市工商局、市地税局参加" in items["2"][0] and items["2"][1] == 1
    texts = [t for t, _ in placed.lines]
    assert any(t.startswith("一、扩大") for t in texts)  # the section row stays a heading, and
    assert any(t.startswith("以非公有制") for t in texts)  # its paragraph is text, not one


_EN_HEADER = (
    " No.          Key tasks                                Completion time     Lead unit"
    "          Cooperating unit\n"
    "                                                           limit"
)


def _en_row(number: str, task: str, deadline: str, lead: str, part: str) -> str:
    return f"  {number:<4}{task:<47}{deadline:<20}{lead:<19}{part}".rstrip()


def test_a_wrapped_header_label_and_a_sections_paragraph_are_not_rows() -> None:
    page_1 = "\n".join(
        [
            _EN_HEADER,
            "I. Establish the standard system",
            "     Promote the standardization of basic public cultural services, and establish",
            "the standard system by 2015.",
            _en_row(
                "1",
                "Formulate the national guidance standard",
                "Before the end of",
                "Public Culture",
                "Ministry of",
            ),
            _en_row(
                "", "of basic public cultural service", "October 2014", "Department", "Finance"
            ),
            "",
            "                       - 3 -",
        ]
    )
    page_2 = "\n".join(
        [
            _EN_HEADER,
            _en_row(
                "2",
                "Guide all provinces to formulate standards",
                "Continuous",
                "Public Culture",
                "/",
            ),
            _en_row("", "", "advancement", "Department", ""),
        ]
    )
    placed = _tables_over([page_1, page_2])
    assert placed is not None
    items = _items(placed.lines)
    assert sorted(items) == ["1", "2"]
    assert "limit" not in items["1"][0] and "limit" not in items["2"][0]
    assert "Lead unit: Public Culture Department" in items["1"][0]
    assert items["2"][0].endswith("Deadline: Continuous advancement")
    texts = [t for t, _ in placed.lines]
    paragraph = [t for t in texts if t.startswith("Promote the standardization")]
    assert paragraph and paragraph[0].endswith("by 2015.")  # one line of text, not a heading


def test_wrapped_task_lines_left_of_the_task_column_are_task_text() -> None:
    # Word's table printed by LibreOffice, read by pypdf: the number column is narrow, a
    # wrapped task line starts under it, and the lead cell is merged (empty on the row's line)
    page = "\n".join(
        [
            "序号      工作任务      主要责任单位    协同单位      时间进度",
            "一、扩大住房公积金制度覆盖面",
            "1  推动非公有制企业建立              市人力资源和   2010年12月",
            "   住房公积金制度，全年              社会保障局、      底前",
            "   新增缴存职工  1.5万            市总工会",
            "   人。",
            "2  将进城务工人员和城镇   市住房公积金   市工商局     2010年9月底",
            "   个体工商户纳入制度。   管理中心                           前",
        ]
    )
    placed = _tables_over([page])
    assert placed is not None
    items = _items(placed.lines)
    assert sorted(items) == ["1", "2"]
    one = items["1"][0]
    assert "新增缴存职工" in one and "1.5万人。" in one  # task text, not a row of its own
    assert "配合单位：市人力资源和社会保障局、市总工会" in one


def test_centred_rows_that_touch_are_split_at_the_numbers() -> None:
    # two rows with four-line cells printed by a browser, no blank line between them: each
    # line goes with the numbered line nearest it; a one-line lead cell sits below its number
    page = "\n".join(
        [
            "序号              工作任务               牵头单位     协同单位      时间节点",
            "",
            "四、加大强农惠农金融支持",
            "",
            "                                  人民银行澍   澍阳银监分局、",
            " 11 引导金融机构扩大涉农贷款投放，涉农贷款增速不        阳市中心支   中国农业银行澍     2012年全年",
            "    低于各项贷款平均增速。                   行       阳分行、市农村",
            "                                          信用合作联社",
            "                                          市农业局、中国",
            " 12 扩大政策性农业保险覆盖面，开展水稻、生猪保                 人民财产保险股    2012年6月底",
            "    险。                             市财政局   份有限公司澍阳       前",
            "                                          市分公司",
            "",
            " 13 开展村级公益事业建设一事一议财政奖补，覆盖全                市农办         2012年12月",
            "    部行政村。                                               底前",
        ]
    )
    items = _items(_tables_over([page]).lines)  # type: ignore[union-attr]
    assert sorted(items) == ["11", "12", "13"]
    assert "牵头单位：人民银行澍阳市中心支行" in items["11"][0]
    assert "配合单位：澍阳银监分局、中国农业银行澍阳分行、市农村信用合作联社" in items["11"][0]
    assert "牵头单位：市财政局" in items["12"][0]
    assert "配合单位：市农业局、中国人民财产保险股份有限公司澍阳市分公司" in items["12"][0]
    assert items["13"][0].startswith("13. 开展村级公益事业建设一事一议财政奖补，覆盖全部行政村。")


def test_a_page_turn_after_a_long_blank_foot_still_goes_on() -> None:
    # a PDF page's unused foot comes out of the layout text as many blank lines
    page_1 = PAGE_1.replace(
        "\n\n                       — 1 —", "\n" * 30 + "                       第 1页"
    )
    wrapped = [_row("", f"第{k}行续写的任务文字，", "", "") for k in range(5)]
    page_2 = "\n".join(
        [
            _HEADER,
            *wrapped,
            _row("", "额担保贷款规模。", "部、人民银行负责", "前"),
            *PAGE_2.splitlines()[4:],
        ]
    )
    items = _items(_tables_over([page_1, page_2]).lines)  # type: ignore[union-attr]
    assert sorted(items) == ["1", "2", "3"]
    assert "规模。" in items["2"][0] and items["2"][0].endswith("完成时限：2010年9月底前")


def test_a_number_columns_label_wrapped_under_it_names_the_column() -> None:
    # "Serial | number": the label of the first column wraps; the rows are numbered items
    header = "  Serial          Key tasks                                 Responsible unit\n number"
    rows = [
        "     1         Establish the horizontal compensation            Lead: Municipal Finance",
        "               mechanism of the river basin.                     Bureau; Support:",
        "                                                                 Municipal Water",
        "                                                                 Conservancy Bureau",
        "     2         Raise the compensation standard.                  Municipal Forestry Bureau",
    ]
    items = _items(_tables_over([header + "\n" + "\n".join(rows)]).lines)  # type: ignore[union-attr]
    assert sorted(items) == ["1", "2"]
    assert "Support: Municipal Water Conservancy Bureau" in items["1"][0]


def test_a_next_page_laid_out_wider_keeps_its_cells_in_their_columns() -> None:
    # pypdf lays each page out anew: on the second page the columns start further right, and
    # a unit cell's wrapped lines must not be taken for the deadline column of the first page
    page_1 = "\n".join(
        [
            " No.   Task                                   Responsible        Timeline",
            "  1    Close small coal mines.                Lead: State        By the end",
            "                                              Administration     of June",
            "                                              of Work Safety     2007",
        ]
    )
    page_2 = "\n".join(
        [
            "  2    Train the safety managers.                         The training        By the end",
            "                                                          centres shall       of 2007",
            "                                                          cooperate with",
            "                                                          the Personnel",
            "                                                          Department",
        ]
    )
    items = _items(_tables_over([page_1, page_2]).lines)  # type: ignore[union-attr]
    assert items["2"][0].endswith("By the end of 2007")
    assert "centres shall cooperate with the Personnel Department" in items["2"][0]


def test_a_tab_separated_table_goes_on_past_a_pages_number_and_running_head() -> None:
    # a PDF's text layer as a tab-separated table: the second page repeats no header
    text = "\n".join(
        [
            "No.\tTask\tResponsible units\tDeadline",
            "1\tCompile the renewal plan.\tProvincial Department of Construction\t2006",
            "",
            "- 2 -",
            "Tan Zheng Ban Fa [2006] No. 52",
            "",
            "2\tGuarantee the funds.\tProvincial Department of Finance\tThroughout 2006",
        ]
    )
    found = read_text_tables(text)
    lines = found.text.splitlines()
    assert any(ln.startswith("2. Guarantee the funds.") for ln in lines)
    assert "- 2 -" in lines  # the page's lines stay, in place, for the normaliser to drop
