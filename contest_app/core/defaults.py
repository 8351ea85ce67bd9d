"""What a new edition starts with: the 2024 tiers and quotas, four criteria, titles per language.

These are contest data (stored per edition and editable), so their words live here in all six
languages rather than in the UI translation files.
"""

from __future__ import annotations

DEFAULT_TIERS: list[tuple[str, int]] = [
    ("grand", 1),
    ("excellence", 10),
    ("encouragement", 20),
    ("finalist", 124),
]

TIER_NAMES: dict[str, dict[str, str]] = {
    "grand": {"en": "Grand Prize", "ko": "최우수상", "zh": "最优秀奖", "ja": "最優秀賞",
              "ru": "Гран-при", "mn": "Тэргүүн шагнал"},
    "excellence": {"en": "Excellence Award", "ko": "우수상", "zh": "优秀奖", "ja": "優秀賞",
                   "ru": "Премия за мастерство", "mn": "Шилдэг бүтээлийн шагнал"},
    "encouragement": {"en": "Encouragement Award", "ko": "장려상", "zh": "鼓励奖", "ja": "奨励賞",
                      "ru": "Поощрительная премия", "mn": "Урамшууллын шагнал"},
    "finalist": {"en": "Finalist", "ko": "입선", "zh": "入围奖", "ja": "入選",
                 "ru": "Финалист", "mn": "Шалгарсан бүтээл"},
}

# key, weight, names
DEFAULT_CRITERIA: list[tuple[str, float, dict[str, str]]] = [
    ("theme", 1.0, {"en": "Theme fit", "ko": "주제 적합성", "zh": "切题", "ja": "テーマ性",
                    "ru": "Соответствие теме", "mn": "Сэдэвт нийцсэн байдал"}),
    ("creativity", 1.0, {"en": "Creativity", "ko": "창의성", "zh": "创意", "ja": "独創性",
                         "ru": "Творческий подход", "mn": "Бүтээлч байдал"}),
    ("composition", 1.0, {"en": "Composition", "ko": "구성", "zh": "构图", "ja": "構図",
                          "ru": "Композиция", "mn": "Зохиомж"}),
    ("technique", 1.0, {"en": "Technique", "ko": "표현 기법", "zh": "技法", "ja": "技法",
                        "ru": "Техника", "mn": "Техник"}),
]

DEFAULT_SCALE = (1.0, 10.0)


def english_ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def contest_titles(edition: int) -> dict[str, str]:
    return {
        "en": f"The {english_ordinal(edition)} NEAR Youth Painting Contest",
        "ko": f"제{edition}회 NEAR 청소년 미술대회",
        "zh": f"第{edition}届NEAR青少年绘画大赛",
        "ja": f"第{edition}回NEAR青少年絵画コンテスト",
        "ru": f"{edition}-й Молодёжный конкурс живописи NEAR",
        "mn": f"NEAR-ын Залуучуудын уран зургийн {edition}-р уралдаан",
    }
