"""The six working languages of the secretariat, and picking a text from a per-language dict."""

from __future__ import annotations

from collections.abc import Mapping

LANGUAGES: tuple[str, ...] = ("en", "ko", "zh", "ja", "ru", "mn")

# the language's own name, as a language menu shows it
NATIVE_NAMES: dict[str, str] = {
    "en": "English",
    "ko": "한국어",
    "zh": "简体中文",
    "ja": "日本語",
    "ru": "Русский",
    "mn": "Монгол",
}

# Qt locale names of the translation files
QT_LOCALES: dict[str, str] = {
    "en": "en",
    "ko": "ko",
    "zh": "zh_CN",
    "ja": "ja",
    "ru": "ru",
    "mn": "mn",
}


def pick(texts: Mapping[str, str] | None, language: str, fallback: str = "en") -> str:
    """The text in language, else in the fallback, else any non-empty one."""
    if not texts:
        return ""
    for lang in (language, fallback):
        value = texts.get(lang)
        if value:
            return value
    return next((v for v in texts.values() if v), "")
