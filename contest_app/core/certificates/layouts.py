"""Where each field of a default certificate sits: A4 portrait and landscape, in millimetres.

Positions are boxes (x, y, width, height) from the page's top-left corner; the renderer fits
every text into its box (wrapping and shrinking as needed), so long Mongolian or Russian lines
never run into the next field. Other page sizes scale these two designs.
"""

from __future__ import annotations

from typing import Any

FieldSpec = dict[str, Any]

# shared by every kind; "accent", "ink" and "grey" are resolved against the template's colours
_HEAD_PORTRAIT: dict[str, FieldSpec] = {
    "wordmark": dict(x=30, y=21, w=150, h=11, size=20, style="serif-bold", color="accent",
                     tracking=7, text="NEAR", on_stock=False),
    "org": dict(x=25, y=32, w=160, h=11, size=9.5, size2=7.5, style="sans", color="grey",
                on_stock=False),
    "title": dict(x=20, y=49, w=170, h=31, size=34, size2=15, style="serif-bold",
                  on_stock=False),
    "edition": dict(x=20, y=90, w=170, h=13, size=12.5, size2=10, on_stock=False),
    "theme": dict(x=25, y=103, w=160, h=11, size=9, size2=8, style="sans", color="grey",
                  wrap=True, on_stock=False),
}
_FOOT_PORTRAIT: dict[str, FieldSpec] = {
    "sig1_name": dict(x=70, y=259, w=70, h=6, size=10, style="serif-bold"),
    "sig1_title": dict(x=70, y=265, w=70, h=10, size=9, size2=7.5, style="sans", color="grey",
                       on_stock=False),
    "sig2_name": dict(x=120, y=259, w=70, h=6, size=10, style="serif-bold", visible=False),
    "sig2_title": dict(x=120, y=265, w=70, h=10, size=9, size2=7.5, style="sans",
                       color="grey", visible=False, on_stock=False),
    "code": dict(x=150, y=266.5, w=50, h=4, size=7, style="sans", color="grey",
                 text="{code}"),
    "serial": dict(x=150, y=270.5, w=50, h=4, size=7, style="sans", color="grey",
                   text="No. {serial}"),
    "reissue": dict(x=145, y=274.5, w=60, h=7, size=7, size2=6.5, style="sans",
                    color="accent"),
}
_IMAGES_PORTRAIT: dict[str, FieldSpec] = {
    "logo": dict(x=18, y=18, w=24, h=24),
    "seal": dict(x=113, y=234, w=26, h=26),
    "sig1": dict(x=80, y=240, w=50, h=18),
    "sig2": dict(x=130, y=240, w=50, h=18, visible=False),
    "thumbnail": dict(x=22, y=242, w=38, h=30, on_stock=True),
    "qr": dict(x=163, y=242, w=24, h=24, on_stock=True),
}

_BODY_PORTRAIT: dict[str, dict[str, FieldSpec]] = {
    "award": {
        "tier": dict(x=20, y=118, w=170, h=16, size=19, size2=11, style="serif-bold",
                     color="accent"),
        "name": dict(x=20, y=138, w=170, h=27, size=30, size2=13, style="serif-bold",
                     text="{name}", text2="{name_latin}"),
        "region": dict(x=20, y=167, w=170, h=11, size=10.5, size2=9, style="sans",
                       color="grey"),
        "work": dict(x=20, y=180, w=170, h=14, size=12.5, size2=10, wrap=True,
                     text="{title_q}", text2="“{title_en}”"),
        "body": dict(x=32, y=197, w=146, h=28, size=11, size2=9, wrap=True),
        "date": dict(x=20, y=228, w=170, h=10, size=10.5, size2=9),
    },
    "participation": {
        "name": dict(x=20, y=122, w=170, h=27, size=30, size2=13, style="serif-bold",
                     text="{name}", text2="{name_latin}"),
        "region": dict(x=20, y=151, w=170, h=11, size=10.5, size2=9, style="sans",
                       color="grey"),
        "work": dict(x=20, y=164, w=170, h=14, size=12.5, size2=10, wrap=True,
                     text="{title_q}", text2="“{title_en}”"),
        "body": dict(x=32, y=183, w=146, h=32, size=11, size2=9, wrap=True),
        "date": dict(x=20, y=220, w=170, h=10, size=10.5, size2=9),
    },
    "teacher": {
        "name": dict(x=20, y=124, w=170, h=20, size=26, style="serif-bold", text="{name}"),
        "school": dict(x=20, y=146, w=170, h=9, size=11),
        "region": dict(x=20, y=156, w=170, h=11, size=10.5, size2=9, style="sans",
                       color="grey"),
        "body": dict(x=30, y=176, w=150, h=38, size=11.5, size2=9.5, wrap=True),
        "date": dict(x=20, y=220, w=170, h=10, size=10.5, size2=9),
    },
}

_HEAD_LANDSCAPE: dict[str, FieldSpec] = {
    "wordmark": dict(x=40, y=15, w=217, h=9, size=17, style="serif-bold", color="accent",
                     tracking=6, text="NEAR", on_stock=False),
    "org": dict(x=40, y=24, w=217, h=9, size=9, size2=7.5, style="sans", color="grey",
                on_stock=False),
    "title": dict(x=30, y=34, w=237, h=22, size=28, size2=13, style="serif-bold",
                  on_stock=False),
    "edition": dict(x=30, y=61, w=237, h=10, size=11.5, size2=9, on_stock=False),
    "theme": dict(x=40, y=71, w=217, h=7, size=8, size2=7, style="sans", color="grey",
                  on_stock=False),
}
_FOOT_LANDSCAPE: dict[str, FieldSpec] = {
    "sig1_name": dict(x=113, y=185, w=71, h=5, size=10, style="serif-bold"),
    "sig1_title": dict(x=113, y=190, w=71, h=8, size=8.5, size2=7, style="sans", color="grey",
                       on_stock=False),
    "sig2_name": dict(x=170, y=185, w=71, h=5, size=10, style="serif-bold", visible=False),
    "sig2_title": dict(x=170, y=190, w=71, h=8, size=8.5, size2=7, style="sans",
                       color="grey", visible=False, on_stock=False),
    "code": dict(x=235, y=184, w=50, h=4, size=7, style="sans", color="grey",
                 text="{code}"),
    "serial": dict(x=235, y=188, w=50, h=4, size=7, style="sans", color="grey",
                   text="No. {serial}"),
    "reissue": dict(x=225, y=192, w=60, h=5.5, size=6.5, size2=6, style="sans",
                    color="accent"),
}
_IMAGES_LANDSCAPE: dict[str, FieldSpec] = {
    "logo": dict(x=20, y=16, w=22, h=22),
    "seal": dict(x=150, y=162, w=22, h=22),
    "sig1": dict(x=123, y=172, w=51, h=12),
    "sig2": dict(x=180, y=172, w=51, h=12, visible=False),
    "thumbnail": dict(x=24, y=158, w=40, h=30, on_stock=True),
    "qr": dict(x=248, y=159, w=24, h=24, on_stock=True),
}
_BODY_LANDSCAPE: dict[str, dict[str, FieldSpec]] = {
    "award": {
        "tier": dict(x=30, y=80, w=237, h=12, size=17, size2=10, style="serif-bold",
                     color="accent"),
        "name": dict(x=30, y=93, w=237, h=21, size=27, size2=12, style="serif-bold",
                     text="{name}", text2="{name_latin}"),
        "region": dict(x=30, y=115, w=237, h=8.5, size=10, size2=8.5, style="sans",
                       color="grey"),
        "work": dict(x=30, y=124.5, w=237, h=10, size=11.5, size2=9.5,
                     text="{title_q}", text2="“{title_en}”"),
        "body": dict(x=70, y=137, w=157, h=19, size=10, size2=8.5, wrap=True),
        "date": dict(x=70, y=157, w=157, h=9.5, size=9.5, size2=8.5),
    },
    "participation": {
        "name": dict(x=30, y=84, w=237, h=24, size=28, size2=12, style="serif-bold",
                     text="{name}", text2="{name_latin}"),
        "region": dict(x=30, y=110, w=237, h=9, size=10, size2=8.5, style="sans",
                       color="grey"),
        "work": dict(x=30, y=121, w=237, h=11, size=11.5, size2=9.5,
                     text="{title_q}", text2="“{title_en}”"),
        "body": dict(x=70, y=135, w=157, h=20, size=10, size2=8.5, wrap=True),
        "date": dict(x=70, y=157, w=157, h=9.5, size=9.5, size2=8.5),
    },
    "teacher": {
        "name": dict(x=30, y=86, w=237, h=18, size=26, style="serif-bold", text="{name}"),
        "school": dict(x=30, y=106, w=237, h=8, size=11),
        "region": dict(x=30, y=115, w=237, h=9, size=10, size2=8.5, style="sans",
                       color="grey"),
        "body": dict(x=60, y=129, w=177, h=26, size=11, size2=9, wrap=True),
        "date": dict(x=60, y=157, w=177, h=9.5, size=9.5, size2=8.5),
    },
}

ALL_FIELDS = ("wordmark", "org", "title", "edition", "theme", "tier", "name", "school",
              "region", "work", "body", "date", "sig1_name", "sig1_title", "sig2_name",
              "sig2_title", "code", "serial", "reissue")
ALL_IMAGES = ("background", "logo", "seal", "sig1", "sig2", "thumbnail", "qr")


def default_boxes(kind: str, width: float, height: float
                  ) -> tuple[dict[str, FieldSpec], dict[str, FieldSpec]]:
    """(fields, images) for kind on a page of width x height mm: the nearest design, scaled."""
    landscape = width > height
    base_w, base_h = (297.0, 210.0) if landscape else (210.0, 297.0)
    head, foot, images, bodies = (
        (_HEAD_LANDSCAPE, _FOOT_LANDSCAPE, _IMAGES_LANDSCAPE, _BODY_LANDSCAPE) if landscape
        else (_HEAD_PORTRAIT, _FOOT_PORTRAIT, _IMAGES_PORTRAIT, _BODY_PORTRAIT))
    sx, sy = width / base_w, height / base_h
    font_scale = min(sx, sy)
    fields: dict[str, FieldSpec] = {}
    body = bodies.get(kind, bodies["participation"])
    for key in ALL_FIELDS:
        spec = dict(head.get(key) or body.get(key) or foot.get(key) or {})
        if not spec:  # a field this kind does not show by default: parked, hidden
            spec = dict(x=20, y=20, w=60, h=8, size=10, visible=False)
        fields[key] = _scaled(spec, sx, sy, font_scale)
    boxes: dict[str, FieldSpec] = {"background": dict(x=0, y=0, w=width, h=height)}
    for key, spec in images.items():
        boxes[key] = _scaled(dict(spec), sx, sy, font_scale)
    if kind == "teacher":  # a letter to a teacher shows no painting
        boxes["thumbnail"]["visible"] = False
    return fields, boxes


def _scaled(spec: FieldSpec, sx: float, sy: float, font_scale: float) -> FieldSpec:
    out = dict(spec)
    for key, factor in (("x", sx), ("w", sx), ("y", sy), ("h", sy)):
        out[key] = round(float(spec[key]) * factor, 1)
    for key in ("size", "size2", "tracking"):
        if key in spec:
            out[key] = round(float(spec[key]) * font_scale, 1)
    return out
