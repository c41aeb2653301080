"""People written in Chinese characters or Hangul: a name, then where she works or what she
does, after a full-width comma (``邵海杨，又拍云``) or blanks (``贾岛 海港科技 高级技术专家``), in
parentheses (``赵敏（海港科技高级技术专家）``), or after a comma (``김민수, 해오름``).
"""

from __future__ import annotations

import re

from .affiliations import org_like
from .fields import People
from .model import Party
from .patterns import lazy
from .written_names import NOT_ORG, without_honorific

_NAMED = r"[\u4e00-\u9fff]{2,4}|[A-Z][a-z]+(?: [A-Z][a-z]+){1,2}"
_NAME = rf"(?P<name>{_NAMED})"
"""A name in Chinese characters (two to four) or in Latin letters (two or three words), as a
regular expression's part."""
_HAN_NAME_THEN = lazy(
    rf"\s*(?P<name>(?:{_NAMED})(?:（[^（），\x00]{{1,10}}）)?)\s*，\s*"
    r"(?P<more>[^，\x00]{1,30})(?:，[^\x00]*)?"
)
"""A name in Chinese characters (or a first and a family name in Latin letters), maybe with
another name in parentheses (``石建伟（卓与）``), then, after a full-width comma, where she
works or what she does (``邵海杨，又拍云``, ``王振威，Coding初创团队主力工程师。``, ``Ann
Lee，Acme 工程师``), maybe then more of her bio after another comma (``…，曾开发多个工具``:
what she did, no one's name)."""

_HAN_ROLE = lazy(
    r"工程师|创始人|联合创始人|总监|总经理|经理|负责人|架构师|专家|讲师|主管|合伙人|顾问|总裁|董事长|"
    r"CEO|CTO|COO|VP|研究员|教授|学生|博士|开发者|设计师|分析师"
)
"""Words of a role in Chinese (or its acronym): a role, no organization's name."""

_HAN_SPACED = lazy(
    r"\s*(?P<name>[\u4e00-\u9fff]{2,4})\s+(?P<org>[^\s，、\x00]{2,20})"
    r"\s+(?P<role>[^\s，、\x00]{2,20})\s*"
)
"""A name in Chinese characters, where she works, then what she does, apart by blanks
(``贾岛 海港科技 高级技术专家``)."""

_HAN_ORG_END = lazy(
    r"(?:云|科技|公司|会社|集团|网络|软件|技术|大学|学院|研究院|研究所|实验室|工作室|基金会|社区)[。.]?$"
)
"""How an organization's name ends in Chinese (``又拍云``, ``海港科技``)."""

_LATIN_ORG = lazy(r"[A-Za-z][\w.&-]*(?:\s[A-Za-z][\w.&-]*)?[。.]?")
"""An organization's name in Latin letters, in a word or two (``LeanCloud``)."""


def _han_org_written(words: str) -> bool:
    """Whether words are an organization's name in Chinese (by its ending) or in Latin
    letters (``海港科技``, ``LeanCloud``): not a second person's name (``张伟，李娜``), nor a
    sentence."""
    return bool(_HAN_ORG_END.search(words) or _LATIN_ORG.fullmatch(words))


def _han_org(han: re.Match[str]) -> bool:
    """Whether what follows a name and a full-width comma (:data:`_HAN_NAME_THEN`) is where
    she works: an organization's name in Chinese (``海港科技``); one in Latin letters
    (``LeanCloud``) before her role (``赵敏，Tencent Cloud，资深架构师``) or alone at the end
    after a name in Chinese (``张伟，LeanCloud``), and after a name in Latin letters where it
    is one word or an organization's by its words (``Ann Lee，Microsoft``, ``Ann Lee，Acme
    Inc``; ``Ann Lee，Bo Lind`` names two people)."""
    more = han["more"].strip()
    if _HAN_ORG_END.search(more):
        return True
    if not _LATIN_ORG.fullmatch(more):
        return False
    more_after = han.string[han.end("more") :].strip()
    if more_after:  # "，资深架构师，…": her role next, where she works before it
        return bool(_HAN_ROLE.search(more_after.lstrip("，").split("，", 1)[0]))
    if not han["name"].isascii():
        return True
    word = more.rstrip("。.")
    return " " not in word or org_like(word)


def han_name_org_role(text: str) -> People | None:
    """``贾岛 海港科技 高级技术专家``: the speaker, named in Chinese, and where she works,
    what she does after it (a role's words) no part of either; ``None`` for other words,
    and where the middle may be a name (two characters, no organization's ending: ``腾讯
    王芳 工程师`` gives the company first)."""
    if text.isascii():
        return None  # (most lines: no Chinese character, no such name)
    found = _HAN_SPACED.fullmatch(text)
    if found is None:
        return _name_then_work(text)
    if not _HAN_ROLE.search(found["role"]) or _HAN_ROLE.search(found["org"]):
        return None
    org = found["org"]
    if len(org) < 3 and not _han_org_written(org):
        return None  # "腾讯 王芳 工程师", "王芳 张伟 工程师": a name in the middle, maybe
    return (Party(found["name"]),), (Party(org),)


def _name_then_work(text: str) -> People | None:
    """``苏元朋 海港云总监``, ``Ann Lee Lumen创始人``: the speaker, then, after a blank, where
    she works and her role written as one word in Chinese; ``None`` for other words."""
    found = _NAME_THEN_WORK.fullmatch(text)
    if found is None or not _ROLE_AT_END.search(work := found["work"]):
        return None
    name = found["name"]
    if not (name.isascii() or han_family_named(name)) or not (org := han_org_of(work)):
        return None
    return (Party(name),), (Party(org),)


_NAME_THEN_WORK = lazy(
    rf"\s*{_NAME}"
    r"\s+(?P<work>[^\s，、\x00]*[\u4e00-\u9fff][^\s，、\x00]*)\s*"
)
"""A name in Chinese characters (or in Latin letters), a blank, then words without blanks
that hold Chinese characters."""


def han_role_or_award(title: str) -> bool:
    """Whether a title in Chinese names a role or an award (``技术负责人``, ``最佳新人奖``): a
    team's or a prize's section, no talk's."""
    return bool(_ROLE_AT_END.search(title.strip()) or title.strip().endswith(("奖", "獎")))


def han_name_then_work(text: str) -> People | None:
    """``邵海杨，又拍云``, ``王振威，Coding初创团队主力工程师。``: the speaker, named in
    Chinese (or in Latin letters), and where she works (none where it is her role);
    ``None`` for other words."""
    han = _HAN_NAME_THEN.fullmatch(text) if "，" in text else None
    if han is None:
        return None
    if _STUDIED.search(han["more"]):  # "李原，2020年毕业于北京大学": where she studied, no work
        return ((Party(han["name"]),), ()) if han_family_named(han["name"]) else None
    if _HAN_ROLE.search(han["more"]):
        org = han_org_of(han["more"].rstrip("。. "))  # "Coding初创团队主力工程师": Coding
    elif _han_org(han):
        org = han["more"].rstrip("。. ")
    else:
        return None
    return (Party(han["name"]),), (Party(org),) if org else ()


_STUDIED = lazy(r"毕业|畢業|就读|就讀|曾在|曾任|加入")
"""Words of a bio that says where someone studied or was (``2020年毕业于…大学``): no
workplace of hers now."""
_HAN_NAMED = lazy(
    r"\s*(?P<name>[\u4e00-\u9fff]{2,4})\s*[（(](?P<work>[^（）()\x00]{1,120})[）)]\s*"
)
"""A name in Chinese characters, then where she works and what she does in parentheses,
full-width or not (``赵敏（海港科技高级技术专家）``): a person's (a word alone, ``新年会``,
may be anything)."""
_ROLE_AT_END = lazy(rf"(?:{_HAN_ROLE.pattern})$")
_ROLE_WORDS_BEFORE = lazy(
    r"(?:高级|资深|首席|主任|技术|开发|运维|产品|软件|研发|测试|前端|后端|后台|数据|中间件|"
    r"基础架构|架构|解决方案|云平台|平台|Java|Go|Python|\s)+$",
    re.I,
)
"""The words before a role in Chinese that say which role it is (``高级技术专家``, ``Java
资深开发工程师``: senior, technical, development), no part of the organization before them."""
_ORG_MOST = 4
"""The most characters of an organization's name in Chinese known by its place alone, before
a role; a longer one needs an organization's ending (``海港科技``) to be sure where its
department's words begin (``海港网管软件`` may hold both)."""


_SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏"
    "魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵"
    "万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘"
    "祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟"
    "艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞"
    "姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚"
    "鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋"
    "相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇"
    "湛宾戎勾茅利於居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧"
    "陳張劉黃趙吳鄭謝許韓馮鄧蕭葉蘇呂盧鍾譚陸範賈韋鄒閆龍賀顧龔萬錢嚴湯溫莊聶魯嶽歐關蘭寧"
) | frozenset({
    "欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "令狐", "夏侯", "长孙", "宇文", "司徒",
    "澹台", "歐陽", "司馬", "諸葛", "佐藤", "鈴木", "高橋", "田中", "伊藤", "渡辺", "山本", "中村", "小林", "加藤",
    "吉田", "山田", "佐々木", "山口", "松本", "井上", "木村", "斎藤", "清水", "山崎", "池田", "橋本", "阿部", "石川",
    "山下", "中島", "石井", "小川", "前田", "岡田", "長谷川", "藤田", "後藤", "近藤", "村上", "遠藤", "青木", "坂本",
    "福田", "太田", "西村", "藤井", "岡本", "藤原", "中野", "三浦", "原田", "松田", "竹内", "小野", "田村", "中山",
    "和田", "森田", "上田", "内田", "柴田", "酒井", "工藤", "横山", "宮崎", "宮本", "大野", "丸山", "今井", "河野",
    "村田", "武田", "上野", "杉山", "増田", "平野", "大塚", "千葉", "久保", "松井", "小島", "桜井", "野口", "松尾",
    "野村", "木下", "菊地", "佐野", "大西", "杉本", "新井", "浜田", "菅原", "市川", "水野", "小松", "島田", "古川",
    "小山", "高野", "西田", "菊池", "山内", "永井", "久保田", "大橋"
})  # fmt: skip
"""The family names most people written in Chinese characters have: the common Chinese ones
(simplified and traditional; a name of one character, or two, ``欧阳``) and the common
Japanese ones (``佐藤``). A name in Chinese characters opens with one; words that do not
(``圆桌讨论``, a round table; ``三体``, a book) are no one's."""


def han_family_named(name: str) -> bool:
    """Whether two to four Chinese characters open with a common family name (``崔秀龙``)."""
    return 2 <= len(name) <= 4 and (
        name[:1] in _SURNAMES or name[:2] in _SURNAMES or name[:3] in _SURNAMES
    )


def _han_person(name: str, work: str, org: str) -> bool:
    """Whether two to four Chinese characters are a person's name: by their family name, or
    three of them beside where she works and her role (``朵晓东（海港科技，高级技术专家）``:
    a family name rarer than those known; not ``红楼梦（曹雪芹）``, a novel and its author)."""
    if han_family_named(name):
        return True
    return len(name) == _GIVEN_AND_FAMILY and bool(org) and _HAN_ROLE.search(work) is not None


_GIVEN_AND_FAMILY = 3
"""The characters of most names in Chinese: a family name of one, a given name of two."""


def han_name_and_work(text: str) -> People | None:
    """``赵敏（海港科技高级技术专家）``: the speaker named in Chinese, and where she works,
    the words before her role (none where they may hold her department, or name none);
    each of several, joined outside their parentheses (``赵敏（海港）& 王芳（灯塔）``);
    ``None`` for other words."""
    if "（" not in text and "(" not in text:
        return None  # a name then where she works in parentheses, or no one (most lines)
    speakers: list[Party] = []
    orgs: list[Party] = []
    for part in _outside_parentheses(text):
        found = _HAN_NAMED.fullmatch(part)
        if found is None:
            return None
        work = found["work"]
        org = han_org_of(work)
        if not _han_person(found["name"], work, org):
            return None  # "圆桌讨论（全体讲师）": a round table, no one
        speakers.append(Party(found["name"]))
        if org and Party(org) not in orgs:
            orgs.append(Party(org))
    return tuple(speakers), tuple(orgs)


def _outside_parentheses(text: str) -> list[str]:
    """``text`` cut at each ``&`` or ``、`` that stands outside parentheses."""
    parts, depth, start = [], 0, 0
    for at, char in enumerate(text):
        depth += (char in "（(") - (char in "）)")
        if depth == 0 and char in "&、":
            parts.append(text[start:at])
            start = at + 1
    return [*parts, text[start:]]


def han_org_of(work: str) -> str:
    """The organization a speaker's work names before her role (``海港科技高级技术专家``:
    海港科技; ``HPE 软件分析师``: HPE), or alone (``海港科技``, ``海港科技，高级技术专家``);
    ``""`` where it names none for sure."""
    first = work.replace("，", "、").replace(",", "、").split("、")[0].strip()
    if ":" in first or "：" in first or NOT_ORG.search(first):
        return ""  # "花名：凯撒", "远程": a nickname, how she joins
    role = _ROLE_AT_END.search(first)
    head = _ROLE_WORDS_BEFORE.sub("", first[: role.start()]).strip() if role else first
    head = _ASIDE.sub("", head).strip()  # "LeanCloud（AVOS）": another name of it
    if (latin := _LATIN_THEN_HAN.match(head)) and role:
        head = latin[1]  # "UCloud接入云总监": the company, then her department's words
    if head.isascii():
        return head if _LATIN_ORG.fullmatch(head) else ""  # "HPE", "Apache SkyWalking"
    return head if 2 <= len(head) <= _ORG_MOST or _HAN_ORG_END.search(head) else ""


_ASIDE = lazy(r"[（(][^（）()]*[）)]")
"""Words in parentheses, full-width or not."""
_LATIN_THEN_HAN = lazy(r"([A-Za-z][A-Za-z0-9.&-]+)\s*[\u4e00-\u9fff]")
"""A name in Latin letters, then words in Chinese characters (``UCloud接入云``)."""


_HANGUL_SURNAMES = frozenset(
    "김이박최정강조윤장임한오서신권황안송류전홍고문양손배백허유남심노하곽성차주우구민진지엄채원"
    "천방공현함변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용예경봉사부"
) | frozenset(["황보", "남궁", "제갈", "선우", "독고"])
"""The family names most Koreans have (one syllable, or two: ``남궁``)."""
_HANGUL_NAME_THEN = lazy(r"\s*(?P<name>[가-힣]{2,5})\s*,\s*(?P<org>[^,\x00]{2,40}?)\s*")
"""A name in Hangul, a comma, then where she works (``김민수, 해오름``)."""


def hangul_name_and_org(text: str) -> People | None:
    """``김민수, 해오름텔레콤``: the speaker, named in Hangul by a family name, and where she
    works; ``None`` for other words."""
    found = _HANGUL_NAME_THEN.fullmatch(text) if "," in text else None
    if found is None or not _hangul_name(found["name"]) or _hangul_name(found["org"]):
        return None  # "정다은님, 이구름님": two people, honored
    return (Party(found["name"]),), (Party(found["org"]),)


def _hangul_name(words: str) -> bool:
    """Whether words are a name in Hangul: two to four syllables after a Korean family
    name, maybe honored (``정다은님``)."""
    name = without_honorific(words.strip()).removesuffix("씨")
    if not 2 <= len(name) <= 4 or not all("가" <= c <= "힣" for c in name):
        return False
    return name[:1] in _HANGUL_SURNAMES or name[:2] in _HANGUL_SURNAMES


_BIO_OPENS = lazy(
    r"(?P<name>[\u4e00-\u9fff]{2,4})(?:[（(][^（）()]{1,12}[)）])?[，,](?P<rest>[^。]*)"
)
"""A bio's first sentence: a name in Chinese characters, maybe a nickname in parentheses,
a comma, then what she does (``周峰，东方通信云平台架构师``, ``马景贺（小马哥），… 技术布道师``)."""
_BIO_ROLE = lazy(rf"{_HAN_ROLE.pattern}|布道师|(?i:maintainer)")
"""A role in a bio's first sentence: one in Chinese, an evangelist's (``布道师``), or a
project's maintainer written in Latin letters (``Curve Maintainer``)."""


def han_bio_name(text: str) -> str | None:
    """The name a speaker's bio opens with (:data:`_BIO_OPENS`): a common family name first,
    no role's or organization's word in it (``金牌讲师，…``, ``华为云，…``), and a role after
    the comma; ``None`` for any other line."""
    found = _BIO_OPENS.match(text)
    name = found["name"] if found else ""
    if not found or not han_family_named(name) or _HAN_ROLE.search(name):
        return None
    if _HAN_ORG_END.search(name) or not _BIO_ROLE.search(found["rest"]):
        return None
    return name
