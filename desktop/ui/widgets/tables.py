"""The read-only lists of the application: whole rows selected one at a time, nothing edited in
place, alternating row colours, no row numbers, and one way to size their columns.

Columns share the width the list has (fit_columns, kept up to date by keep_fitted): none scrolls
sideways on a 1366-pixel laptop. When the texts need more room than there is, what gives way,
in turn: long headers wrap onto a second line (WrappingHeader), texts longer than MAX_CHARS are
shortened with an ellipsis (whole in their tooltip where the model gives one), then other long
texts down to SHORTENED_CHARS, then headers end in an ellipsis, and at last every column shares
what is left."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, QSize, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyle,
    QStyleOptionHeader,
    QStyleOptionHeaderV2,
    QTableView,
    QWidget,
)

# The roles a list model answers with its header text: displayed, and as the tooltip, which
# shows a header whole when a narrow screen cuts it short (read_only_table ends it in "…")
HEADER_TEXT_ROLES = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)

MAX_CHARS = 36  # no column wider than this many average characters while others need room
SHORTENED_CHARS = 12  # a long text is shortened to no fewer than this many characters first
KEPT_CHARS = 4  # ...but a text at most this many characters longer is not shortened then


class WrappingHeader(QHeaderView):
    """A horizontal header whose labels wrap onto a second line when their column is narrower
    than the label, instead of losing letters; an ellipsis only when two lines are not enough."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(Qt.Orientation.Horizontal, parent)
        # a header with too little room even on two lines ends in an ellipsis (its tooltip has
        # it whole, see HEADER_TEXT_ROLES) rather than losing letters at both ends
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)

    def _text(self, i: int) -> str:
        model = self.model()
        text = (
            model.headerData(i, self.orientation(), Qt.ItemDataRole.DisplayRole)
            if model is not None
            else None
        )
        return str(text) if text else ""

    def _padding(self, i: int, text: str) -> int:
        """What the style adds around a label (margins, sort indicator)."""
        return max(
            super().sectionSizeFromContents(i).width() - self.fontMetrics().horizontalAdvance(text),
            0,
        )

    def one_line_width(self, i: int) -> int:
        return super().sectionSizeFromContents(i).width()

    def _best_split(self, text: str) -> tuple[int, str]:
        """The widest line of the best two-line wrapping of ``text``, and the wrapped text."""
        fm = self.fontMetrics()
        words = text.split(" ")
        best = (fm.horizontalAdvance(text), text)
        for k in range(1, len(words)):
            first, second = " ".join(words[:k]), " ".join(words[k:])
            width = max(fm.horizontalAdvance(first), fm.horizontalAdvance(second))
            if width < best[0]:
                best = (width, f"{first}\n{second}")
        return best

    def two_line_width(self, i: int) -> int:
        """The narrowest the column can be with its label on two lines."""
        text = self._text(i)
        return (
            self._best_split(text)[0] + self._padding(i, text) if text else self.one_line_width(i)
        )

    def _wrapped(self, i: int, width: int) -> str | None:
        """The label on two lines when it needs them at ``width`` and they are enough."""
        text = self._text(i)
        if not text or self.one_line_width(i) <= width:
            return None
        line, wrapped = self._best_split(text)
        return wrapped if "\n" in wrapped and line + self._padding(i, text) <= width else None

    def wraps(self) -> bool:
        return any(
            not self.isSectionHidden(i) and self._wrapped(i, self.sectionSize(i))
            for i in range(self.count())
        )

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        size = super().sizeHint()
        if self.wraps():
            size.setHeight(size.height() + self.fontMetrics().lineSpacing())
        return size

    def paintSection(self, painter, rect, i: int) -> None:  # noqa: N802 - Qt API
        wrapped = self._wrapped(i, rect.width())
        if wrapped is None:
            super().paintSection(painter, rect, i)
            return
        option = QStyleOptionHeaderV2()
        self.initStyleOptionForIndex(option, i)
        option.rect = rect
        option.text = wrapped
        option.textElideMode = Qt.TextElideMode.ElideNone
        sort = option.sortIndicator
        style = self.style()
        painter.save()
        if sort == QStyleOptionHeader.SortIndicator.None_:
            style.drawControl(QStyle.ControlElement.CE_Header, option, painter, self)
        else:
            # the style would squeeze the label above an arrow drawn under it, over the second
            # line: the two lines keep the height, the arrow its own room at the right
            margin = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, option, self)
            size = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, option, self)
            option.sortIndicator = QStyleOptionHeader.SortIndicator.None_
            style.drawControl(QStyle.ControlElement.CE_HeaderSection, option, painter, self)
            option.rect = rect.adjusted(margin, 0, -(size + 2 * margin), 0)
            style.drawControl(QStyle.ControlElement.CE_HeaderLabel, option, painter, self)
            option.sortIndicator = sort
            option.rect = QRect(
                rect.right() - margin - size, rect.center().y() - size // 2, size, size
            )
            style.drawPrimitive(
                QStyle.PrimitiveElement.PE_IndicatorHeaderArrow, option, painter, self
            )
        painter.restore()


def read_only_table(model, parent: QWidget | None = None, name: str | None = None) -> QTableView:
    view = QTableView(parent)
    if name:
        view.setObjectName(name)
    view.setHorizontalHeader(WrappingHeader(view))
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    return view


def compact_rows(view: QTableView) -> None:
    """Rows as tall as the text needs: more of the list fits on a 768-pixel screen."""
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)


def _give_way(widths: list[int], floors: list[int], excess: int) -> tuple[list[int], int]:
    """Narrow the columns towards their floors, each in proportion to what it can give, until
    ``excess`` pixels are saved (or the floors are reached). Returns the widths and what is
    still in excess."""
    floors = [min(f, w) for f, w in zip(floors, widths, strict=True)]
    spare = [w - f for w, f in zip(widths, floors, strict=True)]
    total = sum(spare)
    if excess <= 0 or total <= 0:
        return widths, excess
    if total <= excess:
        return floors, excess - total
    share = excess / total
    out = [w - int(s * share + 0.999) for w, s in zip(widths, spare, strict=True)]
    return out, excess - (sum(widths) - sum(out))


def fit_columns(
    view: QTableView,
    stretch: int | None = None,
    natural: list[int] | None = None,
    max_chars: int = MAX_CHARS,
) -> None:
    """Columns as wide as their header and contents within the list's width; the ``stretch``
    column (by default the last) takes the room left. See the module docstring for what gives
    way when there is too little room. ``natural``: the contents' widths, when the list is
    too long to measure (the participants list); otherwise the rows in sight are measured."""
    model = view.model()
    header = view.horizontalHeader()
    count = header.count()
    if model is None or count == 0:
        return
    header.setStretchLastSection(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    fm = view.fontMetrics()
    char = fm.averageCharWidth()
    shown = [i for i in range(count) if not header.isSectionHidden(i)]
    minimum = header.minimumSectionSize()
    whole = {
        i: max(natural[i] if natural is not None else view.sizeHintForColumn(i), minimum)
        for i in shown
    }
    contents = {i: min(w, char * max_chars) for i, w in whole.items()}
    if isinstance(header, WrappingHeader):
        one_line = {i: header.one_line_width(i) for i in shown}
        two_lines = {i: header.two_line_width(i) for i in shown}
    else:
        one_line = {i: header.sectionSizeHint(i) for i in shown}
        two_lines = dict(one_line)

    # a text a few characters longer than SHORTENED_CHARS (a date: "15 mars 2022") keeps them:
    # cutting it would save little and lose what it says
    shortened = {
        i: w if w <= char * (SHORTENED_CHARS + KEPT_CHARS) else char * SHORTENED_CHARS
        for i, w in contents.items()
    }
    widths = [max(whole[i], one_line[i]) for i in shown]
    excess = sum(widths) - view.viewport().width()
    for floors in (
        [max(whole[i], two_lines[i]) for i in shown],  # headers on two lines
        [max(contents[i], two_lines[i]) for i in shown],  # the longest texts shortened
        [max(shortened[i], two_lines[i]) for i in shown],  # texts shortened
        [min(contents[i], char * SHORTENED_CHARS) for i in shown],  # headers end in "…"
        [minimum for _i in shown],
    ):  # everything shares what is left
        widths, excess = _give_way(widths, floors, excess)
    if excess < 0:  # room to spare: to the stretching column
        target = stretch if stretch is not None and stretch in shown else shown[-1]
        widths[shown.index(target)] -= excess
    for i, width in zip(shown, widths, strict=True):
        header.resizeSection(i, width)
    header.geometriesChanged.emit()  # two lines of header, or one again


class _Fitter(QObject):
    """Fits a list's columns again when its width or its rows change (coalesced: once per
    turn of the event loop)."""

    def __init__(self, view: QTableView, stretch: int | None, natural):
        super().__init__(view)
        self.setObjectName("column_fitter")
        self.view, self.stretch, self.natural = view, stretch, natural
        self.timer = QTimer(self, singleShot=True, interval=0)
        self.timer.timeout.connect(self.fit)
        view.viewport().installEventFilter(self)
        self.watch(view.model())

    def watch(self, model) -> None:
        if model is None:
            return
        for signal in (
            model.modelReset,
            model.rowsInserted,
            model.rowsRemoved,
            model.layoutChanged,
            model.headerDataChanged,
        ):
            signal.connect(self._later)

    def _later(self, *_args) -> None:
        self.timer.start()

    def fit(self) -> None:
        natural = self.natural() if callable(self.natural) else self.natural
        fit_columns(self.view, self.stretch, natural)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.Resize and event.size().width() != event.oldSize().width():
            self.fit()
        return False


def keep_fitted(view: QTableView, stretch: int | None = None, natural=None) -> None:
    """Fit the columns now, and again whenever the list's width or rows change. ``natural``
    may be a function giving the contents' widths (see fit_columns)."""
    fitter = view.findChild(_Fitter, "column_fitter")
    if fitter is None:
        fitter = _Fitter(view, stretch, natural)
    else:
        fitter.stretch, fitter.natural = stretch, natural
    fitter.fit()
