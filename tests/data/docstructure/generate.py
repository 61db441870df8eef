"""Write the synthetic part of the labelled set: official documents laid out as GB/T
9704-2012 describes (and as websites reprint them), with the fields each one carries.

    python tests/data/docstructure/generate.py

Every document is a report in the scraper format (listing line, then one paragraph
per line) beside a JSON file with what a reader finds in it. The fields come from
what was put in, never from the analyser. The hand-written documents (odd layouts,
news) live beside them and are not touched.
"""

from __future__ import annotations

import json
import random
import sys
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[2]
sys.path.insert(0, str(REPO))

from reader.core.reading.loader import load_report  # noqa: E402

CN = "零一二三四五六七八九"

ORGANS = [  # (organs, agency code)
    (["国务院"], "国发"),
    (["国务院办公厅"], "国办发"),
    (["国务院办公厅"], "国办函"),
    (["中共中央办公厅"], "中办发"),
    (["教育部"], "教基"),
    (["财政部"], "财预"),
    (["国家发展改革委"], "发改投资"),
    (["人力资源社会保障部"], "人社部发"),
    (["国家卫生健康委"], "国卫医发"),
    (["山西省人民政府"], "晋政发"),
    (["山西省人民政府办公厅"], "晋政办发"),
    (["中共山西省委"], "晋发"),
    (["中共山西省委办公厅"], "晋办发"),
    (["北京市人民政府"], "京政发"),
    (["浙江省人民政府办公厅"], "浙政办发"),
    (["吉林省教育厅"], "吉教发"),
    (["河南省财政厅"], "豫财预"),
    (["福建省生态环境厅"], "闽环发"),
    (["太原市人民政府"], "并政发"),
    (["内蒙古自治区人民政府"], "内政发"),
    (["湖北省卫生健康委员会"], "鄂卫发"),
    (["重庆市人民政府办公厅"], "渝府办发"),
    (["中共吉林省委组织部"], "吉组发"),
    (["广西壮族自治区民政厅"], "桂民发"),
    (["中共中央办公厅", "国务院办公厅"], "中办发"),
    (["国家发展改革委", "财政部"], "发改价格"),
    (["中共山西省委", "山西省人民政府"], "晋发"),
    (["教育部", "财政部", "人力资源社会保障部"], "教师"),
]
ADDRESSEES = [
    "各省、自治区、直辖市人民政府，国务院各部委、各直属机构：",
    "各市、县人民政府，省人民政府各委、厅，各直属机构：",
    "各省、自治区、直辖市教育厅（教委），新疆生产建设兵团教育局：",
    "各市委，省委各部委，省级国家机关各部门党组（党委），各人民团体党组：",
    "各区、县人民政府，市政府各委、办、局：",
    "各盟市卫生健康委，委机关各处室：",
]
SUBJECTS = [
    "进一步加强安全生产工作",
    "做好春季农业生产工作",
    "推进政务服务“一网通办”",
    "加强基层党组织建设",
    "深化医药卫生体制改革",
    "开展“不忘初心、牢记使命”主题教育",
    "加快发展职业教育",
    "优化营商环境",
    "推进生态环境保护督察整改",
    "加强城乡社区治理",
    "做好高校毕业生就业创业工作",
    "规范财政专项资金管理",
    "加强养老服务体系建设",
    "深入开展扫黑除恶专项斗争",
    "推进乡村振兴战略实施",
    "加强义务教育教师队伍建设",
    "做好冬季清洁取暖工作",
    "完善社会救助制度",
    "推进“放管服”改革",
    "加强公共卫生应急管理",
]
FILLERS = [
    "各地区、各部门要高度重视，切实加强组织领导，明确责任分工，确保各项任务落到实处",
    "要坚持问题导向，聚焦群众反映强烈的突出问题，拿出务实管用的举措",
    "建立健全工作机制，强化部门协同，形成上下联动、齐抓共管的工作格局",
    "加大财政投入力度，统筹安排相关资金，提高资金使用效益",
    "加强督促检查，对工作推进不力的要及时通报，严肃问责",
    "坚持以人民为中心的发展思想，不断增强人民群众的获得感、幸福感、安全感",
    "充分发挥基层党组织战斗堡垒作用和党员先锋模范作用",
    "加强宣传引导，及时总结推广典型经验，营造良好社会氛围",
    "严格落实属地管理责任和行业监管责任，守住安全底线",
    "完善考核评价办法，将工作成效纳入年度目标责任考核",
    "推动信息共享和业务协同，提升服务便利化水平",
    "加强队伍建设，提升干部履职能力和服务水平",
    "鼓励社会力量参与，形成多元投入、共建共享的良好局面",
    "各有关单位要结合实际制定具体实施办法，并于每年年底前报送工作进展情况",
]
HEADS1 = ["总体要求", "主要任务", "重点工作", "保障措施", "组织实施", "工作目标", "基本原则", "实施步骤"]
HEADS2 = ["加强组织领导", "强化责任落实", "完善政策措施", "加强监督检查", "推进试点示范", "加强宣传引导"]
HEADS3 = ["明确工作分工", "细化目标任务", "加强资金保障", "做好信息报送", "严格考核评价"]
CHAPTERS = ["总则", "职责分工", "管理程序", "监督检查", "法律责任", "附则"]
ATTACHMENT_NAMES = [
    "重点任务分工表",
    "工作联系人名单",
    "考核评分标准",
    "申报表",
    "试点地区名单",
    "项目资金分配表",
    "情况统计表",
]
COPY_TO = [
    "抄送：党中央各部门，全国人大常委会办公厅，全国政协办公厅。",
    "抄送：省委各部门，省人大常委会办公厅，省政协办公厅。",
    "抄送：各市委、市人民政府。",
]
BRACKETS = [("〔", "〕")] * 10 + [("［", "］"), ("[", "]"), ("（", "）"), ("(", ")"), ("【", "】")]


@dataclass
class Doc:
    """A document being written: its paragraphs, the expected fields and the places
    whose section path is checked."""

    paragraphs: list[str] = field(default_factory=list)
    outline: list[str] = field(default_factory=list)
    paths: list[tuple[str, str]] = field(default_factory=list)
    counter: int = 0

    def body(self, rng: random.Random, path: str, label: str = "") -> None:
        """A body paragraph (optionally starting with a heading label) whose place is `path`."""
        self.counter += 1
        verb = rng.choice(["抓紧推进", "持续深化", "按期完成"])
        sentence = f"{rng.choice(FILLERS)}，第{self.counter}项工作要{verb}。"
        self.paragraphs.append(label + sentence)
        if path and rng.random() < 0.5:
            self.paths.append((f"第{self.counter}项工作", path))


def cn(number: int) -> str:
    if number < 10:
        return CN[number]
    tens, ones = divmod(number, 10)
    return ("十" if tens == 1 else CN[tens] + "十") + (CN[ones] if ones else "")


def cn_date(year: int, month: int, day: int, zero: str) -> str:
    return "".join(zero if d == "0" else CN[int(d)] for d in str(year)) + f"年{cn(month)}月{cn(day)}日"


def full_width(text: str) -> str:
    return text.translate({ord(d): 0xFF10 + int(d) for d in "0123456789"})


def number_text(rng: random.Random, code: str, year: int, serial: int) -> str:
    left, right = rng.choice(BRACKETS)
    text = f"{code}{left}{year}{right}{serial}号"
    return full_width(text) if rng.random() < 0.15 else text


def outline_gongwen(doc: Doc, rng: random.Random, prefix: str = "", depth: int | None = None) -> None:
    """一、 / （一） / 1. / （1） headings with body paragraphs."""
    depth = depth or rng.choice([1, 2, 2, 3, 3, 4])
    for i in range(1, rng.randint(2, 4) + 1):
        label1 = f"{cn(i)}、"
        doc.paragraphs.append(f"{label1}{rng.choice(HEADS1)}")
        doc.outline.append(prefix + label1)
        if depth == 1:
            for _ in range(rng.randint(1, 2)):
                doc.body(rng, _cite(prefix, label1))
            continue
        for j in range(1, rng.randint(2, 3) + 1):
            label2 = f"（{cn(j)}）"
            path2 = label1 + label2
            doc.outline.append(prefix + label1 + "/" + label2)
            if depth == 2 or rng.random() < 0.4:
                doc.body(rng, _cite(prefix, path2), label2 + rng.choice(HEADS2) + "。")
                continue
            doc.paragraphs.append(label2 + rng.choice(HEADS2))
            for k in range(1, rng.randint(2, 3) + 1):
                sep = rng.choice(["．", ".", "．"])
                label3 = f"{k}{sep}"
                doc.outline.append(f"{prefix}{label1}/{label2}/{label3}")
                doc.body(rng, _cite(prefix, path2 + label3), label3 + rng.choice(HEADS3) + "。")
                if depth == 4 and k == 1:
                    for m in range(1, 3):
                        label4 = f"（{m}）"
                        doc.outline.append(f"{prefix}{label1}/{label2}/{label3}/{label4}")
                        doc.body(rng, _cite(prefix, path2 + label3 + label4), label4)


def _cite(prefix: str, path: str) -> str:
    return f"{prefix.rstrip('/')} {path}" if prefix else path


def outline_articles(doc: Doc, rng: random.Random, chapters: bool, prefix: str = "") -> None:
    """第X章 / 第X条 with 款 and 项."""
    article = 0
    for c in range(1, (rng.randint(3, 5) if chapters else 1) + 1):
        chapter_prefix = ""
        if chapters:
            label = f"第{cn(c)}章"
            doc.paragraphs.append(f"{label}\u3000{CHAPTERS[min(c - 1, len(CHAPTERS) - 1)]}")
            doc.outline.append(prefix + label)
            chapter_prefix = label + "/"
        for _ in range(rng.randint(2, 4)):
            article += 1
            label = f"第{cn(article)}条"
            doc.outline.append(prefix + chapter_prefix + label)
            shape = rng.choice(["one", "one", "clauses", "items", "items+clause"])
            doc.counter += 1
            first = f"{label}\u3000{rng.choice(FILLERS)}，第{doc.counter}项工作要抓紧推进。"
            if shape in ("items", "items+clause"):
                first = f"{label}\u3000第{doc.counter}项工作包括下列事项："
            doc.paragraphs.append(first)
            multi = shape in ("clauses", "items+clause")
            here = label + ("第一款" if multi else "")
            if rng.random() < 0.5:
                doc.paths.append((f"第{doc.counter}项工作", _cite(prefix, here)))
            if multi:
                doc.outline.append(prefix + chapter_prefix + label + "/第一款")
            if shape in ("items", "items+clause"):
                for k in range(1, rng.randint(2, 4) + 1):
                    item = f"（{cn(k)}）"
                    parent = chapter_prefix + label + ("/第一款" if multi else "")
                    doc.outline.append(prefix + parent + "/" + item)
                    doc.body(rng, _cite(prefix, here + f"第{item}项"), item)
            if multi:
                for n in range(2, rng.randint(2, 3) + 1):
                    clause = f"第{cn(n)}款"
                    doc.outline.append(prefix + chapter_prefix + label + "/" + clause)
                    doc.body(rng, _cite(prefix, label + clause))


def make_official(index: int, rng: random.Random) -> tuple[str, list[str], dict]:
    organs, code = rng.choice(ORGANS)
    year = rng.randint(2015, 2023)
    month, day = rng.randint(1, 12), rng.randint(1, 28)
    serial = rng.randint(1, 120)
    layout = rng.choice(
        ["notice", "notice", "opinion", "opinion", "issue", "rules", "rules", "plan", "short", "portal"]
    )
    subject = rng.choice(SUBJECTS)
    doc = Doc()
    organ_text = "、".join(organs) if len(organs) <= 2 and rng.random() < 0.5 else " ".join(organs)
    kind = {"notice": "通知", "opinion": "意见", "issue": "通知", "plan": "方案", "portal": "通知"}.get(
        layout
    )
    if layout == "rules":
        kind = rng.choice(["办法", "规定", "细则", "条例"])
    if layout == "short":
        kind = rng.choice(["通报", "批复", "函", "决定"])
    enclosed = rng.choice(["实施方案", "管理办法", "工作方案", "行动计划"])
    if layout == "issue":
        short = subject[2:] if subject.startswith("加强") else subject
        title = f"{organ_text}关于印发《{short}{enclosed}》的通知"
    elif layout == "plan":
        title = f"{subject}实施方案"
    elif layout == "rules":
        title = f"{rng.choice(['山西省', '北京市', '浙江省', ''])}{subject[-6:]}管理{kind}"
        title = title if kind != "办法" or rng.random() < 0.7 else title + "（试行）"
    else:
        suffix = "实施意见" if kind == "意见" and rng.random() < 0.3 else kind
        title = f"{organ_text}关于{subject}的{suffix}"
    expected_number = None
    number_para = ""
    with_number = (rng.random() < 0.85 and layout != "rules") or (layout == "rules" and rng.random() < 0.3)
    if with_number:
        number_para = number_text(rng, code, year, serial)
        expected_number = f"{code}〔{year}〕{serial}号"
    # 版头
    flag = rng.random()
    flag_line = False
    if layout == "portal":
        labels = [
            f"索引号：000014349/{year}-{serial:05d}",
            f"发文机关：{organs[0]}",
            f"标　　题：{title}",
            f"发文字号：{number_para or '无'}",
            f"成文日期：{year}年{month:02d}月{day:02d}日",
        ]
        if rng.random() < 0.5:
            doc.paragraphs.append("　".join(labels))
        else:
            doc.paragraphs.extend(labels)
    else:
        if flag < 0.4 and len(organs) <= 2:
            header = " ".join(organs) + "文件"
            if len(organs) == 1 and rng.random() < 0.4:
                header = " ".join(header)  # letter-spaced: 国 务 院 文 件
            doc.paragraphs.append(header)
            flag_line = True
        elif flag < 0.5 and len(organs) == 1 and number_para:
            doc.paragraphs.append(organs[0])
            flag_line = True
        if number_para:
            if rng.random() < 0.15:
                doc.paragraphs.append(
                    f"{number_para}\u3000\u3000\u3000签发人：{rng.choice(['王林', '李强', '赵明'])}"
                )
            else:
                doc.paragraphs.append(number_para)
    listing_title = title
    title_in_text = rng.random() < 0.85 or layout == "portal"
    if title_in_text:
        doc.paragraphs.append(title)
    if layout == "rules" and rng.random() < 0.4:
        doc.paragraphs.append(
            f"（{year}年{month}月{day}日{organs[0]}第{rng.randint(2, 30)}次常务会议审议通过）"
        )
        expected_date = f"{year:04d}-{month:02d}-{day:02d}"
        closing_date = False
    else:
        expected_date = f"{year:04d}-{month:02d}-{day:02d}"
        closing_date = True
    addressed = layout in ("notice", "opinion", "issue", "short", "portal") and rng.random() < 0.85
    if addressed:
        doc.paragraphs.append(rng.choice(ADDRESSEES))
    # 正文
    if layout == "issue":
        doc.paragraphs.append(
            f"现将《{title.split('《')[1].split('》')[0]}》印发给你们，请结合实际认真贯彻落实。"
        )
    elif layout in ("notice", "opinion", "portal"):
        doc.paragraphs.append(
            f"为{subject}，经{organs[0]}同意，现就有关事项{'通知' if kind == '通知' else '提出意见'}如下。"
        )
        outline_gongwen(doc, rng)
    elif layout == "plan":
        doc.paragraphs.append(f"为{subject}，结合实际，制定本方案。")
        outline_gongwen(doc, rng)
    elif layout == "rules":
        outline_articles(doc, rng, chapters=rng.random() < 0.6)
    else:
        for _ in range(rng.randint(1, 3)):
            doc.body(rng, "")
    # 附件说明
    names = rng.sample(ATTACHMENT_NAMES, rng.choice([0, 0, 0, 0, 1, 1, 2, 3]))
    if layout == "issue":
        names = [title.split("《")[1].split("》")[0]]
    if names:
        if len(names) == 1 and rng.random() < 0.6:
            doc.paragraphs.append(f"附件：{names[0]}")
            numbered = False
        else:
            doc.paragraphs.append(f"附件：1．{names[0]}")
            doc.paragraphs.extend(f"{i}．{n}" for i, n in enumerate(names[1:], start=2))
            numbered = True
    # 署名 and 成文日期
    signed = rng.random() < 0.85
    date_style = rng.random()
    if date_style < 0.6:
        date_text = f"{year}年{month}月{day}日"
    elif date_style < 0.75:
        date_text = full_width(f"{year}年{month}月{day}日")
    else:
        date_text = cn_date(year, month, day, rng.choice(["〇", "〇", "○", "零"]))
    if closing_date and layout != "portal":
        if signed:
            if len(organs) > 1 and rng.random() < 0.5:
                doc.paragraphs.extend(organs)
            else:
                doc.paragraphs.append("\u3000\u3000".join(organs))
        doc.paragraphs.append(("\u3000" * rng.randint(0, 4)) + date_text)
        if not (signed or number_para or addressed or title_in_text):
            expected_date = None  # a lone date with nothing official around it
        if rng.random() < 0.3:
            doc.paragraphs.append("（此件公开发布）")
    elif layout == "portal":
        pass
    # 附件
    prefix_names = []
    if names and rng.random() < 0.6:
        for i, name in enumerate(names, start=1):
            marker = "附件" if not numbered else f"附件{i}"
            doc.paragraphs.append(marker)
            doc.paragraphs.append(name)
            prefix_names.append(marker)
            doc.outline.append(marker)
            if layout == "issue":
                outline_gongwen(doc, rng, prefix=marker + "/")
            else:
                doc.paragraphs.append(f"（{name}内容从略）")
    if rng.random() < 0.4 and layout != "portal":
        doc.paragraphs.append(rng.choice(COPY_TO))
        office = organs[0] if organs[0].endswith(("办公厅", "办公室")) else organs[0] + "办公室"
        doc.paragraphs.append(f"{office}\u3000\u3000{year}年{month}月{min(day + 1, 28)}日印发")
    expected_kind = kind
    if layout in ("plan", "rules"):  # a title without 关于…的 needs structure or a header
        level1 = [o for o in doc.outline if "/" not in o and o.endswith("、")]
        if not (layout == "rules" or len(level1) >= 2 or expected_number or addressed):
            expected_kind = None
    sources = [
        layout == "portal",
        signed and closing_date and layout != "portal",
        flag_line,
        layout not in ("plan", "rules") and title.startswith(organs[0]),
    ]
    expected_organs = ([organs[0]] if layout == "portal" else list(organs)) if any(sources) else []
    expected = {
        "number": expected_number,
        "organs": expected_organs,
        "kind": expected_kind,
        "date": expected_date,
        "attachments": names,
        "outline": doc.outline,
        "paths": [list(p) for p in doc.paths],
    }
    return listing_title, doc.paragraphs, {"layout": f"official-{layout}", "expected": expected}


NEWS_TITLES = [
    "{organ}印发《关于{subject}的通知》",
    "{province}{subject}工作取得新进展",
    "{organ}召开会议部署{subject}",
    "记者手记：{subject}一线见闻",
    "{province}出台措施{subject}",
]
NEWS_TRAPS = [
    "按照《{organ}关于{subject}的通知》（{number}）要求，各地迅速行动、狠抓落实。",
    "会议传达学习了{organ}{number}文件精神，一是提高政治站位，二是压实工作责任，三是强化督促检查。",
    "1.2万名党员干部参加了集中学习，{year}年以来累计开展专题研讨{serial}次。",
    "《通知》要求，要把{subject}作为重要政治任务，详见附件。",
]
NEWS_ENDINGS = [
    "（记者 王晓明 李娜）",
    "责任编辑：张敏",
    "来源：山西日报",
    "本报记者　赵刚",
    "山西日报\n{year}年{month}月{day}日",
]


def make_news(rng: random.Random, paragraphs: list[str]) -> tuple[str, list[str], dict]:
    """A news report made of seed paragraphs with the things that trap a careless reader:
    a 文号 quoted in running text, 一是/二是, decimals at a paragraph's start, a date
    line under a newspaper's name."""
    organs, code = rng.choice(ORGANS)
    year, serial = rng.randint(2015, 2023), rng.randint(1, 99)
    fill = {
        "organ": organs[0],
        "subject": rng.choice(SUBJECTS),
        "province": rng.choice(["山西", "内蒙古", "吉林", "浙江", "河南"]),
        "number": f"{code}〔{year}〕{serial}号",
        "year": year,
        "serial": serial,
        "month": rng.randint(1, 12),
        "day": rng.randint(1, 28),
    }
    body = rng.sample(paragraphs, rng.randint(3, 7))
    for trap in rng.sample(NEWS_TRAPS, rng.randint(1, 3)):
        body.insert(rng.randrange(len(body) + 1), trap.format(**fill))
    if rng.random() < 0.3:
        body.insert(0, f"{year}年{fill['month']:02d}月{fill['day']:02d}日 09:{serial % 60:02d}　来源：新华网")
    body.extend(rng.choice(NEWS_ENDINGS).format(**fill).split("\n"))
    empty = {
        "number": None,
        "organs": [],
        "kind": None,
        "date": None,
        "attachments": [],
        "outline": [],
        "paths": [],
    }
    return rng.choice(NEWS_TITLES).format(**fill), body, {"layout": "news-generated", "expected": empty}


def write(name: str, number: int, title: str, paragraphs: list[str], meta: dict) -> None:
    body = "\n".join(paragraphs)
    (HERE / f"{name}.txt").write_text(f"{number}{title}.txt\n{body}\n", encoding="utf-8")
    (HERE / f"{name}.json").write_text(
        json.dumps(meta, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )


def main() -> None:
    rng = random.Random(16)
    for old in HERE.glob("gen_*"):
        old.unlink()
    for index in range(1, 81):
        title, paragraphs, meta = make_official(index, rng)
        write(f"gen_{index:03d}", 1000 + index, title, paragraphs, meta)
    seed_paragraphs = [
        p for path in sorted((REPO / "seeds").glob("*.txt")) for p in load_report(path).document.paragraphs
    ]
    for index in range(1, 16):
        title, paragraphs, meta = make_news(rng, seed_paragraphs)
        write(f"gen_news_{index:02d}", 4000 + index, title, paragraphs, meta)


if __name__ == "__main__":
    main()
