"""The badges page driven as a user would: filter, select, save, reissue, sign-in sheet."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from sqlalchemy import select

from ecodesk.db.models import Participant, RevokedToken
from ecodesk.services.events import EventInfo
from ecodesk.services.thai_text import thai_sort_key
from ecodesk.ui.badges.models import ID_ROLE, SECTOR
from ecodesk.ui.badges.page import SELECTED, BadgesPage
from tests.keyboard import type_text
from tests.pdf_render import Pdf


def _page(qtbot, ctx, event: EventInfo) -> BadgesPage:  # type: ignore[no-untyped-def]
    ctx.set_event(event.id)
    page = BadgesPage(ctx)
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    return page


def _click_row(qtbot, page: BadgesPage, row: int, modifier=Qt.KeyboardModifier.NoModifier) -> None:  # type: ignore[no-untyped-def]
    rect = page.table.visualRect(page.proxy.index(row, 0))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, modifier, rect.center())


def _printed_count(ctx) -> int:  # type: ignore[no-untyped-def]
    with ctx.db.session() as s:
        return len(
            s.scalars(select(Participant.id).where(Participant.badge_printed_at.is_not(None))).all()
        )


def test_search_and_printed_filter(qtbot, ctx, demo_event: EventInfo) -> None:  # type: ignore[no-untyped-def]
    page = _page(qtbot, ctx, demo_event)
    assert page.proxy.rowCount() == demo_event.participant_count
    type_text(page.search, "เกศินี")
    shown = page.proxy.rowCount()
    assert 0 < shown < demo_event.participant_count
    assert all("เกศินี" in page.proxy.index(r, 0).data() for r in range(shown))
    page.search.clear()
    page.show_choice.setCurrentIndex(page.show_choice.findData("printed"))
    assert page.proxy.rowCount() == 0


def test_save_selected_badges_marks_them_printed(
    qtbot, ctx, demo_event: EventInfo, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    page = _page(qtbot, ctx, demo_event)
    _click_row(qtbot, page, 0)
    _click_row(qtbot, page, 2, Qt.KeyboardModifier.ControlModifier)
    _click_row(qtbot, page, 4, Qt.KeyboardModifier.ControlModifier)
    chosen = page.selected_ids()
    assert len(chosen) == 3
    page.scope.setCurrentIndex(page.scope.findData(SELECTED))
    out = tmp_path / "selected.pdf"
    page.save_to(out)
    qtbot.waitUntil(lambda: not page.jobs.busy, timeout=10_000)
    assert Pdf(out).pages == 1
    assert len(Pdf(out).qr_texts(0)) == 3
    assert _printed_count(ctx) == 3
    assert ctx.dialogs.shown[-1][0] == "info"
    # Printed ones leave the "not printed yet" list; the rest stay.
    page.show_choice.setCurrentIndex(page.show_choice.findData("not_printed"))
    visible = {page.proxy.index(r, 0).data(ID_ROLE) for r in range(page.proxy.rowCount())}
    assert len(visible) == demo_event.participant_count - 3 and not visible & set(chosen)


def test_nothing_selected_says_so(qtbot, ctx, demo_event: EventInfo, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    page = _page(qtbot, ctx, demo_event)
    page.scope.setCurrentIndex(page.scope.findData(SELECTED))
    page.table.clearSelection()
    page.save_to(tmp_path / "none.pdf")
    assert not page.jobs.busy and not (tmp_path / "none.pdf").exists()
    assert ctx.dialogs.shown[-1][0] == "info"


def test_reissue_from_the_page(qtbot, ctx, demo_event: EventInfo) -> None:  # type: ignore[no-untyped-def]
    page = _page(qtbot, ctx, demo_event)
    _click_row(qtbot, page, 0)
    pid = page.selected_ids()[0]
    old_code = page.proxy.index(0, 3).data()
    assert page.reissue_button.isEnabled()
    qtbot.mouseClick(page.reissue_button, Qt.MouseButton.LeftButton)
    with ctx.db.session() as s:
        revoked = s.scalars(select(RevokedToken).where(RevokedToken.participant_id == pid)).one()
        assert revoked.short_code == old_code.replace("-", "")
    # The list shows the new code, and the same person stays selected.
    assert page.selected_ids() == [pid]
    row = page.proxy.mapFromSource(page.model.index(page.model.row_of(pid), 3))
    assert row.data() != old_code


def test_preview_shows_the_chosen_layout(qtbot, ctx, demo_event: EventInfo) -> None:  # type: ignore[no-untyped-def]
    page = _page(qtbot, ctx, demo_event)
    _click_row(qtbot, page, 0)
    page.layout_choice.setCurrentIndex(page.layout_choice.findData("a6"))
    image = page.preview.image()
    assert image is not None
    assert image.height() / image.width() == pytest.approx(148 / 105, rel=0.02)


def test_signin_sheet_from_the_page(qtbot, ctx, demo_event: EventInfo, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    page = _page(qtbot, ctx, demo_event)
    page.signin.by_sector.setChecked(True)
    out = tmp_path / "signin.pdf"
    page.signin.save_to(out)
    qtbot.waitUntil(lambda: not page.jobs.busy, timeout=10_000)
    assert Pdf(out).pages >= 5


def test_cancelled_run_saves_and_marks_nothing(
    qtbot, ctx, demo_event: EventInfo, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    page = _page(qtbot, ctx, demo_event)
    page.scope.setCurrentIndex(page.scope.findData("all"))
    out = tmp_path / "all.pdf"
    page.save_to(out)
    assert page.jobs.task is not None and not page.save_button.isEnabled()
    page.jobs.task.cancel()
    qtbot.waitUntil(lambda: not page.jobs.busy, timeout=10_000)
    assert list(tmp_path.glob("all.pdf*")) == []
    assert _printed_count(ctx) == 0
    assert ctx.dialogs.shown[-1][:2] == ("info", "Cancelled")
    assert page.save_button.isEnabled()


def test_badges_print_in_the_lists_order(qtbot, ctx, demo_event: EventInfo) -> None:  # type: ignore[no-untyped-def]
    page = _page(qtbot, ctx, demo_event)
    page.scope.setCurrentIndex(page.scope.findData("all"))
    by_name = [b.participant_id for b in page.chosen().badges]
    assert by_name == [b.participant_id for b in page.badge_set.badges]
    header = page.table.horizontalHeader()
    qtbot.mouseClick(
        header.viewport(),
        Qt.MouseButton.LeftButton,
        pos=QPoint(header.sectionViewportPosition(SECTOR) + 5, 5),
    )
    sectors = [b.sector for b in page.chosen().badges]
    assert sectors == sorted(sectors, key=thai_sort_key)
    assert len(sectors) == demo_event.participant_count


def test_event_logo_is_checked_then_kept_with_the_event(
    qtbot, ctx, demo_event: EventInfo, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from ecodesk.resources import resource_path
    from ecodesk.services.badges import LOGO_SETTING
    from ecodesk.services.events import get_event

    page = _page(qtbot, ctx, demo_event)
    broken = tmp_path / "logo.png"
    broken.write_bytes(b"not an image")
    page.set_logo(str(broken))
    assert ctx.dialogs.shown[-1][0] == "warning" and str(broken) in ctx.dialogs.shown[-1][2]
    assert LOGO_SETTING not in get_event(ctx.db, demo_event.id).settings
    logo = str(resource_path("icons", "ecodesk.svg"))
    page.set_logo(logo)
    assert get_event(ctx.db, demo_event.id).settings[LOGO_SETTING] == logo
    assert page.badge_set is not None and page.badge_set.logo == logo
