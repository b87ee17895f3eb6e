"""A list too narrow for its texts: long texts give way first, a date stays whole."""

from __future__ import annotations

from desktop.ui.widgets.table_model import Column, RowsModel
from desktop.ui.widgets.tables import fit_columns, read_only_table


def test_a_date_keeps_its_year_while_long_texts_are_shortened(qtbot):
    columns = [
        Column("date", lambda: "Date"),
        Column("who", lambda: "Connector"),
        Column("notes", lambda: "Notes"),
    ]
    model = RowsModel(columns)
    model.set_rows(
        [
            {
                "date": "15 mars 2022",
                "who": "Calixta Castro Almazán de la Fuente",
                "notes": "Presentación y objetivos profesionales del participante en hostelería",
            }
        ]
    )
    view = read_only_table(model)
    qtbot.addWidget(view)
    fm = view.fontMetrics()
    date_width = view.sizeHintForColumn(0)
    # room for the date whole and about twenty characters of each long text
    view.resize(
        date_width + 44 * fm.averageCharWidth() + view.verticalScrollBar().sizeHint().width(), 200
    )
    view.show()
    qtbot.waitExposed(view)
    fit_columns(view)
    header = view.horizontalHeader()
    assert header.sectionSize(0) >= date_width  # "15 mars 20…" would lose the year
    assert header.sectionSize(1) < view.sizeHintForColumn(1)  # the name gave way instead
    assert sum(header.sectionSize(i) for i in range(3)) <= view.viewport().width()
