"""A speaker label's value in Chinese: the name, then where she works and what she does,
written in one run (``苏元朋 UCloud接入云总监``)."""

from __future__ import annotations

import pytest
from reading import orgs, people, talks


@pytest.mark.parametrize(
    ("value", "name", "org"),
    [
        ("苏元朋 UCloud接入云总监", "苏元朋", "UCloud"),
        ("王振威，Coding初创团队主力工程师。", "王振威", "Coding"),
        ("Rex Young Leminasoft创始人", "Rex Young", "Leminasoft"),
        ("何少岳（Bmob CEO）", "何少岳", "Bmob"),
        ("王广成，LeanCloud（AVOS）资深工程师", "王广成", "LeanCloud"),
        ("黄锡雄 机智云总经理", "黄锡雄", "机智云"),
    ],
)
def test_a_name_then_an_organization_and_a_role_run_together(
    value: str, name: str, org: str
) -> None:
    page = "".join(
        f"#### 主题{n}：{title}\n\n**分享讲师：**{who}\n**PPT：**[下载](https://example.org/{n}.pdf)\n\n"
        for n, (title, who) in enumerate([("云上的架构", value), ("代码托管", "邵海杨，又拍云")])
    )
    first = talks(page)[0]
    assert (people(first), orgs(first)) == ([(name, None)], [org])


def test_two_names_or_a_role_alone_name_no_organization() -> None:
    page = "".join(
        f"#### 主题{n}：{title}\n\n**分享讲师：**{who}\n**PPT：**[下载](https://example.org/{n}.pdf)\n\n"
        for n, (title, who) in enumerate(
            [("云上的架构", "李娜 王芳总监"), ("代码托管", "张伟 高级工程师")]
        )
    )
    assert all(not orgs(t) for t in talks(page))
