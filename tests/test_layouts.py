"""Badge layouts are data: the bundled ones fit their paper, and a new one is just a file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ecodesk.printing.layouts import LayoutError, get_layout, load_layout_file, load_layouts


@pytest.mark.parametrize(
    ("name", "badge", "per_page", "page"),
    [
        ("a4-8", (90, 55), 8, (210, 297)),
        ("a4-10", (86, 54), 10, (210, 297)),
        ("a6", (105, 148), 1, (105, 148)),
        ("roll-62", (62, 100), 1, (62, 100)),
    ],
)
def test_bundled_layouts(
    name: str, badge: tuple[int, int], per_page: int, page: tuple[int, int]
) -> None:
    lay = get_layout(name)
    assert (lay.badge_w, lay.badge_h) == badge
    assert (lay.page_w, lay.page_h) == page
    assert lay.per_page == per_page
    if per_page > 1:
        assert lay.cut_marks and lay.margin_x >= 5 and lay.margin_y >= 5
    last_x, last_y = lay.slot(per_page - 1)
    assert last_x + lay.badge_w <= lay.page_w and last_y + lay.badge_h <= lay.page_h


def test_elements_do_not_overlap_the_qr() -> None:
    for lay in load_layouts().values():
        qr = lay.elements["qr"]
        for key, box in lay.elements.items():
            if key in ("qr", "band"):
                continue
            apart = (
                box.x + box.w <= qr.x
                or qr.x + qr.w <= box.x
                or box.y + box.h <= qr.y
                or qr.y + qr.h <= box.y
            )
            assert apart, f"{lay.name}: {key} overlaps the QR"


def _description() -> dict[str, object]:
    return {
        "title": "A4 · 21 labels",
        "page": {"width": 210, "height": 297},
        "badge": {"width": 70, "height": 42},
        "columns": 3,
        "rows": 7,
        "elements": {
            "name": {"x": 2, "y": 2, "w": 40, "h": 20, "font_pt": 14},
            "qr": {"x": 45, "y": 5, "w": 22, "h": 22},
            "code": {"x": 44, "y": 30, "w": 24, "h": 5},
        },
    }


def test_a_new_layout_is_a_file(tmp_path: Path) -> None:
    (tmp_path / "labels-21.json").write_text(json.dumps(_description()), encoding="utf-8")
    layouts = load_layouts(tmp_path)
    lay = layouts["labels-21"]
    assert lay.per_page == 21
    assert lay.elements["name"].font_pt == 14 and lay.elements["name"].font == "Sarabun"
    assert lay.slot(20) == pytest.approx((0 + 2 * 70, 1.5 + 6 * 42))


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d["elements"].pop("qr"), "missing qr"),
        (lambda d: d.update(rows=8), "do not fit on the page"),
        (lambda d: d["elements"]["name"].update(w=80), "elements.name: reaches outside"),
        (lambda d: d["elements"]["name"].update(x="left"), "elements.name.x"),
        (lambda d: d["elements"].update(photo={"x": 0, "y": 0, "w": 1, "h": 1}), "unknown photo"),
    ],
)
def test_a_broken_layout_names_the_file_and_field(tmp_path: Path, change, message: str) -> None:  # type: ignore[no-untyped-def]
    data = _description()
    change(data)
    path = tmp_path / "broken.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(LayoutError, match=message) as err:
        load_layout_file(path)
    assert str(err.value).startswith("broken")


def test_a_broken_file_does_not_hide_the_others(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    (tmp_path / "good.json").write_text(json.dumps(_description()), encoding="utf-8")
    (tmp_path / "bad.json").write_text("{not json", encoding="utf-8")
    assert list(load_layouts(tmp_path)) == ["good"]
    assert "bad.json" in caplog.text


def test_bundled_layout_files_are_all_valid() -> None:
    from ecodesk.resources import resource_path

    files = sorted(resource_path("layouts").glob("*.json"))
    assert [load_layout_file(p).name for p in files] == sorted(load_layouts())


def test_unknown_layout_lists_the_known_ones() -> None:
    with pytest.raises(LayoutError, match="a4-8"):
        get_layout("letter")
