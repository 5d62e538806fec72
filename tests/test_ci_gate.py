"""Issue 13, "CI gate": ``validate`` never passes having checked nothing; codes are selected in
the command line or ``[tool.divplan]``; the pre-commit hook checks only plans; ``compare
--exit-code``; SARIF that code scanning can show."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
import yaml

from divplan.check.diagnostics import CODES
from divplan.cli.app import main

from conftest import RAW, ROOT, SEED

SEED_TEXT = SEED.read_text(encoding="utf-8")
ZH = RAW / "zh-sc-2019.txt"
# a clean plan but for DP402/DP403 (no notice: no date, no number)
WARNINGS_ONLY = "一、任务\n1.完善制度。（财政部负责）\n2.加强监管。（商务部牵头，财政部参加）\n"


def validate(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["validate", *args])
    cap = capsys.readouterr()
    return code, cap.out, cap.err


def _mutated(folder: Path, name: str = "plan.txt") -> Path:
    """The seed with an unknown department: one DP202 error."""
    folder.mkdir(parents=True, exist_ok=True)
    text = SEED_TEXT.replace("(Responsible by the CSRC)", "(Responsible by the Ministry of Magic)")
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


# ------------------------------------------------------------------------------ nothing checked
def test_folders_recurse_and_globs_expand(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    deep = _mutated(tmp_path / "plans" / "2024" / "q1")
    code, out, err = validate(capsys, str(tmp_path / "plans"))
    assert code == 1 and f"{deep}:" in out and "DP202" in out
    assert err == "divplan: checked 1 file: 1 error, 0 warnings\n"
    code, out, _ = validate(capsys, f"{tmp_path}/plans/**/*.txt")
    assert code == 1 and "DP202" in out


@pytest.mark.parametrize("kind", ["empty folder", "glob matching nothing"])
def test_no_input_is_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str], kind: str) -> None:
    (tmp_path / "plans").mkdir()
    arg = str(tmp_path / "plans") if kind == "empty folder" else f"{tmp_path}/plans/*.txt"
    code, out, err = validate(capsys, arg)
    assert code == 2 and out == ""
    reason = "no files in this folder" if kind == "empty folder" else "no files match"
    assert err == f"divplan: {arg}: {reason}\n"


def test_summary_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "w.txt").write_text(WARNINGS_ONLY, encoding="utf-8")
    _mutated(tmp_path)
    (tmp_path / "empty.txt").write_bytes(b"")
    code, _, err = validate(capsys, str(tmp_path))
    assert code == 2
    assert err.splitlines()[-1] == (
        "divplan: checked 2 files: 1 error, 2 warnings (1 unreadable input)"
    )
    code, _, err = validate(capsys, "-q", str(tmp_path / "w.txt"))
    assert code == 0 and err == ""


def test_only_plans_skips_other_documents(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    shutil.copy(
        ROOT / "tests" / "data" / "detect" / "neg-zh-law-articles.txt", tmp_path / "law.txt"
    )
    (tmp_path / "empty.txt").write_bytes(b"")
    code, _, err = validate(capsys, str(tmp_path))
    assert code == 2  # without --only-plans: the law has errors, the empty file is unreadable
    code, out, err = validate(capsys, "--only-plans", str(tmp_path))
    assert code == 0 and out == ""
    assert err == "divplan: checked 0 files: 0 errors, 0 warnings (2 not plans, skipped)\n"


# ------------------------------------------------------------------------------ select / ignore
def test_select_and_ignore_codes_and_prefixes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _mutated(tmp_path)
    assert validate(capsys, str(path))[0] == 1
    code, out, _ = validate(capsys, "--ignore", "DP202", str(path))
    assert code == 0 and "DP202" not in out
    code, out, _ = validate(capsys, "--select", "DP1,DP4", str(path))
    assert code == 0 and out == ""
    code, out, _ = validate(capsys, "--select", "dp2", str(path))
    assert code == 1 and {ln.split()[2] for ln in out.splitlines()} == {"DP202:"}
    code, out, _ = validate(capsys, "--select", "DP2", "--ignore", "DP20", str(path))
    assert code == 0


def test_strict_with_select(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "w.txt"
    path.write_text(WARNINGS_ONLY, encoding="utf-8")
    assert validate(capsys, "--strict", str(path))[0] == 1
    assert validate(capsys, "--strict", "--ignore", "DP402,DP403", str(path))[0] == 0


@pytest.mark.parametrize("codes", ["DP9", "XX1", "DP2,nope"])
def test_unknown_codes_are_usage_errors(capsys: pytest.CaptureFixture[str], codes: str) -> None:
    code, out, err = validate(capsys, "--select", codes, str(SEED))
    assert code == 2 and out == "" and "unknown diagnostic code or prefix" in err


# ------------------------------------------------------------------------------ [tool.divplan]
def _project(tmp_path: Path, table: str) -> Path:
    (tmp_path / "pyproject.toml").write_text(
        '[project]\nname = "x"\n\n[tool.divplan]\n' + table, encoding="utf-8"
    )
    sub = tmp_path / "plans" / "deep"
    sub.mkdir(parents=True)
    return sub


def test_pyproject_table_is_read_from_the_nearest_project(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    aliases = tmp_path / "local.tsv"
    aliases.write_text(
        "id\tkind\tname_zh\tname_en\taliases\tfrom\tto\tsuccessors\n"
        "MAGIC\tministry\t魔法部\tMinistry of Magic\t\t\t\t\n",
        encoding="utf-8",
    )
    sub = _project(tmp_path, 'ignore = ["DP403"]\nstrict = true\naliases = ["local.tsv"]\n')
    plan = _mutated(sub)
    (sub / "w.txt").write_text(WARNINGS_ONLY, encoding="utf-8")
    monkeypatch.chdir(sub)  # below the project: the table is found upwards
    code, out, _ = validate(capsys, plan.name)
    assert code == 0 and out == ""  # the alias file resolves the Ministry of Magic
    code, out, _ = validate(capsys, "w.txt")
    assert code == 1 and "error DP402" in out and "DP403" not in out  # strict, DP403 ignored
    code, out, _ = validate(capsys, "--no-strict", "w.txt")
    assert code == 0 and "warning DP402" in out  # the command line wins
    code, out, _ = validate(capsys, "--ignore", "DP1", "w.txt")
    assert "DP403" in out  # a command-line --ignore replaces the table's


def test_pyproject_encoding_reaches_every_command(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    sub = _project(tmp_path, 'encoding = "gb18030"\ninput-format = "text"\n')
    (sub / "p.txt").write_bytes(ZH.read_text(encoding="utf-8").encode("gb18030"))
    monkeypatch.chdir(sub)
    assert main(["parse", "p.txt"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["source"]["encoding"] == "gb18030" and doc["source"]["format"] == "text"


@pytest.mark.parametrize(
    ("table", "message"),
    [
        ('selct = ["DP1"]\n', "unknown key 'selct'"),
        ('strict = "yes"\n', "strict must be a boolean"),
        ("ignore = [1]\n", "ignore must be a list of strings"),
        ('input-format = "rtf"\n', "input-format must be one of"),
        ("strict = \n", "pyproject.toml"),
    ],
)
def test_bad_pyproject_table_is_a_usage_error(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    table: str,
    message: str,
) -> None:
    _project(tmp_path, table)
    monkeypatch.chdir(tmp_path)
    code, _, err = validate(capsys, str(SEED))
    assert code == 2 and message in err and err.count("\n") == 1


# ------------------------------------------------------------------------------ pre-commit
def _hook() -> dict[str, object]:
    (hook,) = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert isinstance(hook, dict)
    return hook


def test_pre_commit_hook_runs_only_on_plans() -> None:
    hook = _hook()
    assert hook["id"] == "divplan-validate" and hook["language"] == "python"
    assert str(hook["entry"]).split() == ["divplan", "validate", "--only-plans"]
    files, exclude = re.compile(str(hook["files"])), re.compile(str(hook["exclude"]))

    def runs_on(path: str) -> bool:
        return bool(files.search(path)) and not exclude.search(path)

    for plan in ("plans/2019.txt", "a/b.html", "x.docx", "y.xlsx", "z.pdf", "notes/plan.md"):
        assert runs_on(plan), plan
    for other in (
        "README.md",
        "docs/README.rst",
        "CHANGELOG.md",
        "LICENSE.txt",
        "x.py",
        "requirements-dev.txt",
        "sub/README.txt",
    ):
        assert not runs_on(other), other


def test_pre_commit_hook_passes_on_this_repository_s_documents(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """README.md failed the old hook ("no items found"): now it is not even given to it."""
    monkeypatch.chdir(ROOT)
    hook = _hook()
    files, exclude = re.compile(str(hook["files"])), re.compile(str(hook["exclude"]))
    docs = [p.relative_to(ROOT).as_posix() for p in [ROOT / "README.md", *ROOT.glob("docs/*")]]
    given = [d for d in docs if files.search(d) and not exclude.search(d)]
    assert "README.md" not in given and given
    args = str(hook["entry"]).split()[1:]
    assert main([*args, *given]) == 0


def test_readme_recipes_parse() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("## In CI and pre-commit") :]
    blocks = re.findall(r"```yaml\n(.*?)```", section, re.S)
    assert len(blocks) >= 2
    for block in blocks:
        assert yaml.safe_load(block)
    pre_commit = [yaml.safe_load(b) for b in blocks if "repos" in b]
    for config in pre_commit:
        for repo in config["repos"]:
            rev = repo.get("rev")
            assert repo["repo"] == "local" or re.fullmatch(r"[0-9a-f]{40}", str(rev)), rev
            for hook in repo["hooks"]:
                assert hook["id"] == "divplan-validate"


# ------------------------------------------------------------------------------ compare
def test_compare_exit_code(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    same = main(["compare", str(ZH), str(ZH), "--exit-code"])
    changed = tmp_path / "new.txt"
    changed.write_text(
        ZH.read_text(encoding="utf-8").replace("中央宣传部", "商务部", 1), encoding="utf-8"
    )
    differ = main(["compare", str(ZH), str(changed), "--exit-code"])
    plain = main(["compare", str(ZH), str(changed)])
    capsys.readouterr()
    assert (same, differ, plain) == (0, 1, 0)


# ------------------------------------------------------------------------------ SARIF
def test_sarif_rules_have_help_and_paths_are_relative(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import sarif_pydantic

    path = _mutated(tmp_path / "plans" / "sub dir", "plan 1.txt")
    monkeypatch.chdir(tmp_path)
    _, out, _ = validate(capsys, "--format", "sarif", str(path))  # an absolute path given
    doc = json.loads(out)
    sarif_pydantic.Sarif.model_validate(doc)
    run = doc["runs"][0]
    for rule in run["tool"]["driver"]["rules"]:
        severity, meaning = CODES[rule["id"]]
        assert rule["defaultConfiguration"]["level"] == {"info": "note"}.get(severity, severity)
        assert rule["shortDescription"]["text"] == meaning
        assert meaning in rule["help"]["text"] and meaning in rule["help"]["markdown"]
        assert rule["helpUri"].endswith("#diagnostic-codes")
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "\n## Diagnostic codes\n" in readme  # the anchor helpUri points at
    locations = {
        r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in run["results"]
    }
    assert locations == {"plans/sub%20dir/plan%201.txt"}
    bases = {
        r["locations"][0]["physicalLocation"]["artifactLocation"]["uriBaseId"]
        for r in run["results"]
    }
    assert bases == {"%SRCROOT%"}
    assert run["originalUriBaseIds"]["%SRCROOT%"]["uri"] == tmp_path.as_uri() + "/"
    _, out, _ = validate(capsys, "--format", "sarif", "--sarif-root", "plans", str(path))
    uris = {
        r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
        for r in json.loads(out)["runs"][0]["results"]
    }
    assert uris == {"sub%20dir/plan%201.txt"}
