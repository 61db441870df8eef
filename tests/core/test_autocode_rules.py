"""Rule files for auto-coding (reader.core.analysis.autocode.rules): the format, and every
mistake reported with its line in English and Chinese."""

from __future__ import annotations

import pytest

from reader.core.analysis.autocode import Rule, RuleFileError, parse_rules, read_rules

POLICY = """\ufeff# 政策工具编码词典
[政策工具/供给型]
人才培养
  资金投入
re:科技.{0,4}投入

［政策工具/需求型］
政府采购
# a comment between terms
示范工程
【政策工具/环境型】
税收优惠
[政策工具/供给型]
人才培养
基础设施
"""


def test_a_rule_file_gives_one_rule_per_tag_in_order():
    rules = parse_rules(POLICY, "policy.txt")
    assert rules.name == "policy.txt" and len(rules.digest) == 16
    assert [r.tag for r in rules.rules] == ["政策工具/供给型", "政策工具/需求型", "政策工具/环境型"]
    supply = rules.rules[0]
    # trimmed; a repeated heading adds to its rule; no duplicates
    assert supply.terms == ("人才培养", "资金投入", "基础设施")
    assert supply.patterns == ("科技.{0,4}投入",)
    assert (supply.ruleset, supply.line) == ("policy.txt", 2)
    assert rules.rules[1].terms == ("政府采购", "示范工程")
    assert rules.rules[2] == Rule("政策工具/环境型", ("税收优惠",), (), "policy.txt", rules.digest, 11)


def test_the_digest_names_the_version_of_the_file():
    assert parse_rules(POLICY).digest != parse_rules(POLICY + "新词\n").digest
    assert parse_rules(POLICY).digest == parse_rules(POLICY).digest


def test_read_rules_reads_utf8_and_gb18030(tmp_path):
    path = tmp_path / "政策工具.txt"
    path.write_bytes(POLICY.encode("utf-8"))
    assert read_rules(path).rules[0].terms[0] == "人才培养"
    path.write_bytes(POLICY.lstrip("\ufeff").encode("gb18030"))
    rules = read_rules(path)
    assert rules.name == "政策工具.txt" and rules.rules[1].terms == ("政府采购", "示范工程")


@pytest.mark.parametrize(
    ("text", "code", "line", "english", "chinese"),
    [
        (
            "人才培养\n[供给]\n",
            "term-before-tag",
            1,
            "Line 1: a term comes before any tag",
            "第 1 行：词语之前没有标签",
        ),
        (
            "# x\n[ / ]\n词\n",
            "empty-tag",
            2,
            "Line 2: the tag in brackets is empty",
            "第 2 行：方括号中的标签为空",
        ),
        (
            "[供给\n词\n",
            "unclosed-tag",
            1,
            "Line 1: the tag's bracket is not closed",
            "第 1 行：标签的方括号没有闭合",
        ),
        (
            "[供给]\nre:科技(投入\n",
            "bad-regex",
            2,
            "Line 2: not a valid regular expression",
            "第 2 行：不是有效的正则表达式",
        ),
        ("[供给]\n词\nre:\n", "empty-pattern", 3, "Line 3: nothing follows re:", "第 3 行：re: 之后没有内容"),
        (
            "[供给]\nre:a*\n",
            "matches-empty",
            2,
            "Line 2: the regular expression matches empty text",
            "第 2 行：该正则表达式会匹配空文本",
        ),
        (
            "[供给]\n词\n[需求]\n# nothing\n",
            "empty-rule",
            3,
            "Line 3: the tag 需求 has no term or pattern",
            "第 3 行：标签 需求 下没有词语或正则表达式",
        ),
        (
            "[" + "长" * 201 + "]\n词\n",
            "long-tag",
            1,
            "Line 1: the tag is longer than 200 characters",
            "第 1 行：标签超过 200 个字符",
        ),
    ],
)
def test_mistakes_name_their_line_in_english_and_chinese(text, code, line, english, chinese):
    with pytest.raises(RuleFileError) as caught:
        parse_rules(text, "rules.txt")
    error = caught.value
    assert (error.code, error.line) == (code, line)
    assert error.reason("en").startswith(english)
    assert error.reason("zh").startswith(chinese)


def test_a_file_without_rules_says_how_to_start_one():
    with pytest.raises(RuleFileError) as caught:
        parse_rules("# only a comment\n\n")
    assert caught.value.code == "no-rules"
    assert "[政策工具/供给型]" in caught.value.reason("en")
    assert "方括号" in caught.value.reason("zh")


def test_files_that_cannot_be_read_as_rules(tmp_path):
    with pytest.raises(RuleFileError) as caught:
        read_rules(tmp_path / "missing.txt")
    assert caught.value.code == "unreadable"
    assert caught.value.reason("zh").startswith("无法读取规则文件")
    binary = tmp_path / "rules.bin"
    binary.write_bytes(bytes(range(256)) * 4)
    with pytest.raises(RuleFileError) as caught:
        read_rules(binary)
    assert caught.value.code == "not-text"
    big = tmp_path / "big.txt"
    big.write_bytes(b"[a]\n" + b"x" * (10 * 1024 * 1024))
    with pytest.raises(RuleFileError) as caught:
        read_rules(big)
    assert caught.value.code == "too-large"
    assert str(caught.value) == "The rule file is larger than 10 MB; it was not read."
