"""A list under a line that says it gives speakers and their topics, in languages written
without blanks between words too: each item its speakers first, where they work in
parentheses, then the topic."""

from __future__ import annotations

from reading import orgs, people, talks


def test_a_chinese_speakers_and_topics_list_names_each_speaker_first() -> None:
    found = talks(
        """
        # 活动索引

        ## 港城 Meetup #2 杭州站

        讲师与 Topic：

        - 赵敏（海港科技高级技术专家）：服务网格在港口调度中的落地实践
        - 王芳（灯塔前端工程师）：云原生网关探秘 - 从入门到上线
        - 李雷 （远程）：潮汐数据的流式处理实践

        ## 港城 Meetup #1 上海站

        讲师与Topic：

        - 陈静（HPE 软件分析师）& 周杰（灯塔）：可观测性的演进之路
        - 孙悦（海港通讯网管软件资深专家）：大规模集群下的网络代理实践
        """
    )
    assert [(t.title, people(t), orgs(t), t.section) for t in found] == [
        (
            "服务网格在港口调度中的落地实践",
            [("赵敏", None)],
            ["海港科技"],
            "港城 Meetup #2 杭州站",
        ),
        ("云原生网关探秘 - 从入门到上线", [("王芳", None)], ["灯塔"], "港城 Meetup #2 杭州站"),
        ("潮汐数据的流式处理实践", [("李雷", None)], [], "港城 Meetup #2 杭州站"),
        (
            "可观测性的演进之路",
            [("陈静", None), ("周杰", None)],
            ["HPE", "灯塔"],
            "港城 Meetup #1 上海站",
        ),
        # where she works and her department run together: no organization for sure
        ("大规模集群下的网络代理实践", [("孙悦", None)], [], "港城 Meetup #1 上海站"),
    ]


def test_a_chinese_list_without_the_label_stays_as_written() -> None:
    found = talks(
        """
        # 团队

        - 赵敏（海港科技高级技术专家）：服务网格在港口调度中的落地实践
        - 王芳（灯塔，资深开发工程师）：云原生网关探秘
        """
    )
    assert found == []


def test_a_japanese_label_says_speakers_and_titles() -> None:
    found = talks(
        """
        # 勉強会

        ## 第3回

        登壇者とタイトル：

        - 佐藤花子（灯台株式会社）: 型システム入門の話
        - 鈴木一郎（港湾大学）: 分散トレーシングを始めよう
        """
    )
    assert [(t.title, people(t)) for t in found] == [
        ("型システム入門の話", [("佐藤花子", None)]),
        ("分散トレーシングを始めよう", [("鈴木一郎", None)]),
    ]
    assert [orgs(t) for t in found] == [
        ["灯台株式会社"],
        ["港湾大学"],
    ]


def test_words_in_chinese_that_name_no_one_are_no_speakers() -> None:
    """A round table, a prize draw, a novel and its author: no family name opens them."""
    found = talks(
        """
        # 沙龙

        讲师与议题：

        - 圆桌讨论（全体讲师）：云原生的下一个十年会是什么样
        - 抽奖环节（主办方）：幸运观众送出机械键盘三把

        ## 读书会

        讲师与议题：

        - 红楼梦（曹雪芹）：大观园里的人情世故
        - 边城（沈从文）：湘西小镇的故事
        """
    )
    assert found == []
    rare = talks(
        """
        # 活动

        讲师与议题：

        - 朵晓东（海港科技，高级技术专家）：数据平面的深层揭秘
        - 王芳（灯塔网络）：多集群调度的设计与取舍
        """
    )
    assert [people(t) for t in rare] == [[("朵晓东", None)], [("王芳", None)]]


def test_a_korean_agenda_names_each_speaker_then_where_she_works() -> None:
    found = talks(
        """
        # 제7회 정기 모임

        ## 아젠다

        | Time | Agenda | Speaker | Slide |
        |----|----|----|----|
        | 14:10~14:40 | 오픈소스 거버넌스 소개 | 김민수, 해오름텔레콤 | [pdf](https://example.org/a.pdf) |
        | 14:40~15:10 | 라이선스 양립성 연구 | 박서연, 한빛연구소 | [pdf](https://example.org/b.pdf) |
        | 15:10~15:40 | Supply Chain Update | Ann Lee, Harbor Foundation | [pdf](https://example.org/c.pdf) |
        """
    )
    assert [(t.title, people(t), orgs(t), t.section) for t in found] == [
        ("오픈소스 거버넌스 소개", [("김민수", None)], ["해오름텔레콤"], None),
        ("라이선스 양립성 연구", [("박서연", None)], ["한빛연구소"], None),
        ("Supply Chain Update", [("Ann Lee", None)], ["Harbor Foundation"], None),
    ]


def test_and_others_after_a_name_in_chinese_is_no_part_of_it() -> None:
    found = talks(
        """
        # 沙龙

        |演讲者   |话题|视频|
        |---------|----|----|
        |王康     |密码学小课堂|[Youtube](https://youtu.be/aaaaaaaaaaa)|
        |李阿玲等 |排版用户组 Workshop|[Youtube](https://youtu.be/bbbbbbbbbbb)|
        """
    )
    assert [people(t) for t in found] == [[("王康", None)], [("李阿玲", None)]]


def test_a_panel_among_the_speakers_and_topics_names_its_people_after_its_topic() -> None:
    found = talks(
        """
        # 活动

        ## 港城 Meetup #5

        讲师与 Topic：

        - 赵敏（海港科技）：服务网格在港口调度中的落地实践
        - 王芳（灯塔网络）：多集群调度的设计与取舍
        - Roundtable：回顾这一年，云原生的下一步：赵敏、王芳、陈静
        """
    )
    assert [(t.title, t.kind, people(t)) for t in found] == [
        ("服务网格在港口调度中的落地实践", "talk", [("赵敏", None)]),
        ("多集群调度的设计与取舍", "talk", [("王芳", None)]),
        ("回顾这一年，云原生的下一步", "panel", [("赵敏", None), ("王芳", None), ("陈静", None)]),
    ]
    alone = talks(
        """
        # Panels

        Speakers and topics:

        - Panel: Maps at Sea: Ann Lee, Bo Lind
        - Panel: Tides Ahead: Cy Moe, Di Ray
        """
    )
    assert [(t.title, t.kind, people(t)) for t in alone] == [
        ("Maps at Sea", "panel", [("Ann Lee", None), ("Bo Lind", None)]),
        ("Tides Ahead", "panel", [("Cy Moe", None), ("Di Ray", None)]),
    ]
