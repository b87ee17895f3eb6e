"""A batch of 500 printed itineraries (read from the store, laid out, fonts embedded), beside
reportlab building the same number of documents and pages of plain paragraphs in the same
run. Target: within 3x.
Run: pytest tests/benchmarks/test_itinerary_bench.py --benchmark-enable --benchmark-only -s
"""

from __future__ import annotations

import io
import re
import time
from datetime import date

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate

from desktop.reports import itinerary as report
from desktop.services import demo, records
from desktop.services import itinerary_docs as docs
from desktop.services.setup import init_device
from desktop.storage.store import Store

BATCH = 500
PRINTED = date(2026, 11, 23)
WORDS = ("training pathway goal session lab company placement connector referral niche hours "
         "schedule appointment development plan technician participant follow-up").split()


def _pages(pdf: bytes) -> int:
    return len(re.findall(rb"/Type /Page\b(?!s)", pdf))


def _plain_document(pages: int) -> bytes:
    """``pages`` full pages of plain paragraphs (the standard font, no tables)."""
    style = getSampleStyleSheet()["BodyText"]
    story = []
    for page in range(pages):
        for para in range(8):  # eight paragraphs of 60 words: one nearly full page
            words = [WORDS[(page * 7 + para * 3 + i) % len(WORDS)] for i in range(60)]
            story.append(Paragraph(" ".join(words), style))
        story.append(PageBreak())
    story.pop()
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4).build(story)
    return buffer.getvalue()


def test_itinerary_batch_500(benchmark, tmp_path):
    store = Store.open(tmp_path / "data")
    init_device(store, "CIFE", "bench", "Ana Técnica")
    demo.generate(store, BATCH, seed=5)
    people = records.list_all(store, "participant")
    assert len(people) == BATCH
    report.build([(docs.document_data(store, people[0]["id"]), "es")], PRINTED)  # fonts loaded once

    def batch():
        out = []
        for person in people:
            data = docs.document_data(store, person["id"])
            out.append(report.build([(data, docs.document_language(data))], PRINTED))
        return out

    pdfs = benchmark.pedantic(batch, rounds=1, iterations=1)
    itinerary_s = benchmark.stats.stats.mean
    page_counts = [_pages(pdf) for pdf in pdfs]
    assert all(n >= 1 for n in page_counts)

    start = time.perf_counter()
    plain = [_plain_document(n) for n in page_counts]
    plain_s = time.perf_counter() - start
    assert sum(_pages(pdf) for pdf in plain) == sum(page_counts)
    store.close()

    ratio = itinerary_s / plain_s
    benchmark.extra_info.update(documents=BATCH, pages=sum(page_counts), itinerary_s=round(itinerary_s, 2),
                                plain_paragraphs_s=round(plain_s, 2), ratio=round(ratio, 2))
    print(f"\nitineraries: {BATCH} documents, {sum(page_counts)} pages, {itinerary_s:.2f}s; "
          f"plain reportlab paragraphs, same documents and pages: {plain_s:.2f}s; ratio {ratio:.2f}x")
    assert ratio < 3
