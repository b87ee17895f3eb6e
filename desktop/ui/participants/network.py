"""A participant's network, drawn: the participant in the middle, the connectors they met
(meetings held) around them, and further out the connectors they were referred to through
each (desktop.services.network); an introduction that happened is a solid line, one pending
a dashed line, one dropped a grey dotted line. The legend is part of the drawing, which prints
as it shows (Print…, the print dialog of the itinerary's preview)."""

from __future__ import annotations

import logging
import math

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPainterPath, QPen
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGraphicsEllipseItem,
    QGraphicsItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QGraphicsView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import network as N
from desktop.i18n import format_date, translate
from desktop.services import audit
from desktop.services.network import participant_network
from desktop.storage.store import Store
from desktop.ui.itinerary.pdfpages import ask_printer
from desktop.ui.widgets.geometry import fit_to_screen

log = logging.getLogger("milma.ui.participants")

INNER, OUTER = 190.0, 380.0  # radii of the connectors met and of those referred to
NODE = {"participant": 30.0, "met": 20.0, "referred": 14.0}
INK = QColor("#1f2933")
COLOURS = {
    "participant": QColor("#1d4e89"),
    "met": QColor("#2f80c0"),
    "referred": QColor("#8fbfe3"),
    "dropped": QColor("#c4c8cc"),
}
GREY = QColor("#8a9299")
# how each kind of line is drawn: (width, style, colour)
LINES = {
    "met": (3.0, Qt.PenStyle.SolidLine, INK),
    N.HAPPENED: (1.8, Qt.PenStyle.SolidLine, INK),
    N.PENDING: (1.8, Qt.PenStyle.DashLine, INK),
    N.DROPPED: (1.4, Qt.PenStyle.DotLine, GREY),
}


def _pen(kind: str) -> QPen:
    width, style, colour = LINES[kind]
    pen = QPen(colour, width, style)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    return pen


def _legend_texts() -> list[tuple[str, str]]:
    return [
        ("met", translate("Network", "Met at a meeting held")),
        (N.HAPPENED, translate("Network", "Referred through them: the introduction happened")),
        (N.PENDING, translate("Network", "Referred through them: the introduction is pending")),
        (N.DROPPED, translate("Network", "Referred through them: the introduction was dropped")),
    ]


class NetworkDialog(QDialog):
    """``nodes``: connector id -> the circle drawn for them; ``edges``: (from id, to id, kind)
    -> the line drawn (the participant's id for the lines from the middle)."""

    def __init__(self, store: Store, participant_id: str, name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("NetworkDialog")
        self.store = store
        self.participant_id = participant_id
        self.name = name
        self.network = participant_network(store, participant_id)
        self.nodes: dict[str, QGraphicsEllipseItem] = {}
        self.edges: dict[tuple[str, str, str], QGraphicsItem] = {}
        self.scene = QGraphicsScene(self)
        self.scene.setBackgroundBrush(QBrush(Qt.GlobalColor.white))
        self.view = QGraphicsView(self.scene, self)
        self.view.setObjectName("network_view")
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.print_button = QPushButton(self)
        self.print_button.setObjectName("print_network")
        self.print_button.clicked.connect(lambda: self.print_network())
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.buttons)
        fit_to_screen(self, 980, 720)
        self.retranslate()

    # ---- the drawing -------------------------------------------------------------------------
    def draw(self) -> None:
        self.scene.clear()
        self.nodes, self.edges = {}, {}
        contacts = self.network.contacts
        referred = self.network.referred()
        outer = max(OUTER, INNER + 150, len(referred) * 150 / (2 * math.pi))
        where: dict[str, QPointF] = {self.participant_id: QPointF(0, 0)}
        angle_of: dict[str, float] = {}
        step = 2 * math.pi / max(len(contacts), 1)
        for i, contact in enumerate(contacts):
            angle_of[contact.connector_id] = -math.pi / 2 + i * step
            where[contact.connector_id] = self._polar(INNER, angle_of[contact.connector_id])
        for cid, angle in self._outer_angles(outer, angle_of, step).items():
            where[cid] = self._polar(outer, angle)
        for contact in contacts:  # lines first, circles over them
            self._line(self.participant_id, contact.connector_id, "met", where)
            for intro in contact.introductions:
                self._line(
                    contact.connector_id,
                    intro.connector_id,
                    intro.status,
                    where,
                    inner=intro.connector_id in angle_of,
                )
        self._node(self.participant_id, self.name, "", "participant", where[self.participant_id])
        for contact in contacts:
            self._node(
                contact.connector_id,
                contact.name,
                self._met_words(contact),
                "met",
                where[contact.connector_id],
            )
        for cid, intro in referred.items():
            kind = "dropped" if intro.status == N.DROPPED else "referred"
            self._node(cid, intro.name, intro.field, kind, where[cid])
        self._title_and_legend()
        self._fit()

    def _outer_angles(
        self, outer: float, angle_of: dict[str, float], step: float
    ) -> dict[str, float]:
        """Where each connector referred to (and not met) sits on the outer ring: spread over
        the sector of the connector met they came through, or between the connectors met
        they came through when several; never closer to the next than a label's room."""
        referred = self.network.referred()
        vias: dict[str, list[float]] = {}
        for contact in self.network.contacts:
            mine = [i.connector_id for i in contact.introductions if i.connector_id in referred]
            spread = step * 0.8
            for k, cid in enumerate(mine):
                offset = 0.0 if len(mine) == 1 else -spread / 2 + k * spread / (len(mine) - 1)
                vias.setdefault(cid, []).append(
                    angle_of[contact.connector_id] + (offset if cid not in vias else 0)
                )
        wanted = {}
        for cid, angles in vias.items():
            x, y = sum(math.cos(a) for a in angles), sum(math.sin(a) for a in angles)
            wanted[cid] = math.atan2(y, x) if math.hypot(x, y) > 0.3 else angles[0]
        gap = 150 / outer  # radians: a label's width on the ring
        order = sorted(wanted, key=lambda c: wanted[c])
        for before, cid in zip(order, order[1:], strict=False):
            wanted[cid] = max(wanted[cid], wanted[before] + gap)
        return wanted

    @staticmethod
    def _polar(radius: float, angle: float) -> QPointF:
        return QPointF(radius * math.cos(angle), radius * math.sin(angle))

    def _met_words(self, contact: N.Contact) -> str:
        return (
            translate("Network", "{field} · met on {date}").format(
                field=contact.field, date=format_date(contact.met_on, fmt="medium")
            )
            if contact.field
            else translate("Network", "met on {date}").format(
                date=format_date(contact.met_on, fmt="medium")
            )
        )

    def _line(
        self, a: str, b: str, kind: str, where: dict[str, QPointF], inner: bool = False
    ) -> None:
        """A straight line; between two connectors met (``inner``) on opposite sides, which
        would pass by the participant in the middle, a curve, which the lines from the middle would
        otherwise hide."""
        start, end = where[a], where[b]
        dx, dy = end.x() - start.x(), end.y() - start.y()
        length = math.hypot(dx, dy) or 1.0
        normal = QPointF(-dy / length, dx / length)
        mid = (start + end) / 2
        if inner and abs(QPointF.dotProduct(normal, start)) < INNER * 0.3:
            if QPointF.dotProduct(normal, mid) < 0:  # away from the middle
                normal = -normal
            path = QPainterPath(start)
            path.quadTo(mid + normal * INNER * 0.9, end)
            item: QGraphicsItem = self.scene.addPath(path, _pen(kind))
        else:
            item = self.scene.addLine(start.x(), start.y(), end.x(), end.y(), _pen(kind))
        item.setZValue(0)
        self.edges[(a, b, kind)] = item

    def _node(self, key: str, name: str, detail: str, kind: str, at: QPointF) -> None:
        r = NODE["referred" if kind == "dropped" else kind]
        circle = self.scene.addEllipse(
            QRectF(at.x() - r, at.y() - r, 2 * r, 2 * r),
            QPen(INK if kind != "dropped" else GREY, 1.2),
            QBrush(COLOURS[kind]),
        )
        circle.setZValue(3)  # over the lines and the labels' backgrounds
        circle.setToolTip(name)
        if key != self.participant_id:
            self.nodes[key] = circle
        bold = QFont(self.font())
        bold.setPointSizeF(10.5 if kind == "participant" else 9.5)
        bold.setBold(True)
        self._text(name, bold, INK if kind != "dropped" else GREY, at, r + 4)
        if detail:
            small = QFont(self.font())
            small.setPointSizeF(8.5)
            self._text(detail, small, GREY, at, r + 4 + 16)

    def _text(
        self, text: str, font: QFont, colour: QColor, at: QPointF, below: float
    ) -> QGraphicsSimpleTextItem:
        item = self.scene.addSimpleText(text, font)
        item.setBrush(QBrush(colour))
        box = item.boundingRect()
        item.setPos(at.x() - box.width() / 2, at.y() + below)
        item.setZValue(2)
        # a white ground, so that no line crosses the words
        ground = self.scene.addRect(
            item.sceneBoundingRect().adjusted(-3, 0, 3, 0),
            QPen(Qt.PenStyle.NoPen),
            QBrush(Qt.GlobalColor.white),
        )
        ground.setZValue(1)
        return item

    def _title_and_legend(self) -> None:
        graph = self.scene.itemsBoundingRect()
        title_font = QFont(self.font())
        title_font.setPointSizeF(13)
        title_font.setBold(True)
        title = self.scene.addSimpleText(
            translate("Network", "Network of {name}").format(name=self.name), title_font
        )
        title.setBrush(QBrush(INK))
        title.setPos(graph.left(), graph.top() - title.boundingRect().height() - 24)
        font = QFont(self.font())
        font.setPointSizeF(9.5)
        y = graph.bottom() + 30
        if not self.network:
            empty = self.scene.addSimpleText(
                translate(
                    "Network",
                    "No meeting held yet: the network grows from the first connector met.",
                ),
                font,
            )
            empty.setBrush(QBrush(INK))
            empty.setPos(graph.left(), y)
            y += 36
        for kind, words in _legend_texts():
            self.scene.addLine(graph.left(), y + 8, graph.left() + 46, y + 8, _pen(kind))
            text = self.scene.addSimpleText(words, font)
            text.setBrush(QBrush(INK))
            text.setPos(graph.left() + 58, y)
            y += 22

    def _fit(self) -> None:
        box = self.scene.itemsBoundingRect().adjusted(-24, -24, 24, 24)
        self.scene.setSceneRect(box)
        self.view.fitInView(box, Qt.AspectRatioMode.KeepAspectRatio)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self._fit()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        self._fit()

    # ---- printing ----------------------------------------------------------------------------
    def print_network(self, printer: QPrinter | None = None) -> int:
        """Print the drawing, legend included, on one page of the given printer or of the one
        chosen in the print dialog. Returns the pages printed."""
        printer = printer or ask_printer(self, "milma-network", 1)
        if printer is None:
            return 0
        painter = QPainter()
        if not painter.begin(printer):
            return 0
        try:
            page = printer.pageRect(QPrinter.Unit.DevicePixel)
            page.moveTo(0, 0)
            self.scene.render(
                painter, page, self.scene.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio
            )
        finally:
            painter.end()
        audit.printed(self.store, [self.participant_id], document="network")
        log.info("network of participant %s printed", self.participant_id)
        return 1

    def retranslate(self) -> None:
        self.setWindowTitle(translate("Network", "Network of {name}").format(name=self.name))
        self.print_button.setText(translate("Network", "&Print…"))
        self.view.setAccessibleName(
            translate("Network", "Whom the participant met, and through whom")
        )
        self.draw()

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
