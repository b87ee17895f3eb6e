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
WORDS = (
    "training pathway goal session lab company placement connector referral niche hours "
    "schedule appointment development plan technician participant follow-up"
).split()


def _pages(pdf: bytes) -> int:
    return len(re.findall(rb"/Type /Page\b(?!s)", pdf))


def _plain_story(pages: int) -> list:
    """``pages`` full pages of plain paragraphs (the standard font, no tables)."""
    style = getSampleStyleSheet()["BodyText"]
    story = []
    for page in range(pages):
        for para in range(8):  # eight paragraphs of 60 words: one nearly full page
            words = [WORDS[(page * 7 + para * 3 + i) % len(WORDS)] for i in range(60)]
            story.append(Paragraph(" ".join(words), style))
        story.append(PageBreak())
    story.pop()
    return story


def _plain_document(pages: int) -> bytes:
    story = _plain_story(pages)
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4).build(story)
    return buffer.getvalue()


def _store(path):
    store = Store.open(path)
    init_device(store, "CIFE", "bench", "Ana Técnica")
    demo.generate(store, BATCH, seed=5)
    people = records.list_all(store, "participant")
    assert len(people) == BATCH
    report.build([(docs.document_data(store, people[0]["id"]), "es")], PRINTED)  # fonts loaded once
    return store, people


def test_itinerary_batch_500(benchmark, tmp_path):
    """One PDF per participant (the default of a lab batch)."""
    store, people = _store(tmp_path / "data")

    def batch():
        """Itineraries and the plain baseline in alternating chunks of 25, so that the load of a
        shared machine weighs on both alike."""
        times = {"itinerary": 0.0, "plain": 0.0}
        pages = []
        for i in range(0, BATCH, 25):
            start = time.perf_counter()
            chunk = [p["id"] for p in people[i : i + 25]]
            found = docs.documents_data(store, chunk)  # as a lab batch reads them
            pdfs = [
                report.build([(found[pid], docs.document_language(found[pid]))], PRINTED)
                for pid in chunk
            ]
            middle = time.perf_counter()
            counts = [_pages(pdf) for pdf in pdfs]
            plain = [_plain_document(n) for n in counts]
            end = time.perf_counter()
            assert [_pages(pdf) for pdf in plain] == counts
            times["itinerary"] += middle - start
            times["plain"] += end - middle
            pages += counts
        return times, pages

    times, pages = benchmark.pedantic(batch, rounds=1, iterations=1)
    store.close()
    assert len(pages) == BATCH and all(n >= 1 for n in pages)
    itinerary_s, plain_s = times["itinerary"], times["plain"]
    ratio = itinerary_s / plain_s
    benchmark.extra_info.update(
        documents=BATCH,
        pages=sum(pages),
        itinerary_s=round(itinerary_s, 2),
        plain_paragraphs_s=round(plain_s, 2),
        ratio=round(ratio, 2),
    )
    print(
        f"\nitineraries: {BATCH} documents, {sum(pages)} pages, {itinerary_s:.2f}s; "
        f"plain reportlab paragraphs, same documents and pages: {plain_s:.2f}s; ratio {ratio:.2f}x"
    )
    # Target: within 3x. Measured 2.2-2.4x on a shared, loaded 2-core machine; what remains is
    # mostly fixed cost per file (two embedded TrueType subsets, the logo, the header) that a plain
    # document in a standard, non-embedded PDF font does not pay: the merged batch pays it once.
    assert ratio < 3


def test_itinerary_batch_500_merged(benchmark, tmp_path):
    """All 500 itineraries in one PDF (each numbering its own pages) beside one document of as
    many pages of plain paragraphs."""
    store, people = _store(tmp_path / "data")

    def merged():
        found = docs.documents_data(store, [p["id"] for p in people])
        return report.build(
            [(found[p["id"]], docs.document_language(found[p["id"]])) for p in people], PRINTED
        )

    pdf = benchmark.pedantic(merged, rounds=1, iterations=1)
    itinerary_s = benchmark.stats.stats.mean
    store.close()
    pages = _pages(pdf)
    start = time.perf_counter()
    story = _plain_story(pages)
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4).build(story)
    plain_s = time.perf_counter() - start
    assert _pages(buffer.getvalue()) == pages
    ratio = itinerary_s / plain_s
    benchmark.extra_info.update(
        documents=1,
        itineraries=BATCH,
        pages=pages,
        itinerary_s=round(itinerary_s, 2),
        plain_paragraphs_s=round(plain_s, 2),
        ratio=round(ratio, 2),
    )
    print(
        f"\nmerged itineraries: {BATCH} in one PDF of {pages} pages, {itinerary_s:.2f}s; plain"
        f" reportlab paragraphs, one document of as many pages: {plain_s:.2f}s; ratio {ratio:.2f}x"
    )
    assert ratio < 3
