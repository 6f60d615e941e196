import pytest
from db_template import SqliteTemplate, install

from microcourt.services import open_services


@pytest.fixture(scope="session", autouse=True)
def db_template(tmp_path_factory) -> SqliteTemplate:
    """One migrated database per session; every new database a test opens is a copy of
    it (tests/db_template.py)."""
    template = SqliteTemplate(tmp_path_factory.mktemp("db-template")).make()
    patches = install(template)
    yield template
    patches.undo()


@pytest.fixture
def services(tmp_path):
    """Services over a fresh, migrated SQLite file in a temporary data directory."""
    svc = open_services(tmp_path / "data")
    yield svc
    svc.close()


# -- the document lint, over every PDF the suite makes (issue 14 item 7) ---------------

_LINTED: dict[str, list[str]] = {}


@pytest.fixture(scope="session")
def _pdf_capture():
    """Every finished PDF: reportlab's own (the documents) and the bound packets."""
    from reportlab.pdfbase.pdfdoc import PDFDocument

    from microcourt.documents import builder, filing_combine

    made: list[tuple[str, bytes]] = []
    layout: list[str] = []
    original_data, original_finish = PDFDocument.GetPDFData, filing_combine._Writer.finish
    original_save = builder._NumberedCanvas.save

    def get_data(self, canvas):
        data = original_data(self, canvas)
        if isinstance(canvas, builder._NumberedCanvas):  # a document, not a test's scribble
            made.append(("document", data))
        return data

    def finish(self, root, info):
        data = original_finish(self, root, info)
        made.append(("bound", data))
        return data

    def save(self):
        layout.extend(self.layout_record.problems())
        return original_save(self)

    patches = pytest.MonkeyPatch()
    patches.setattr(PDFDocument, "GetPDFData", get_data)
    patches.setattr(filing_combine._Writer, "finish", finish)
    patches.setattr(builder._NumberedCanvas, "save", save)
    yield made, layout
    patches.undo()


@pytest.fixture(autouse=True)
def document_lint(request, _pdf_capture):
    """Fails the test when a PDF it made breaks a layout rule (tests/pdf_lint.py)."""
    import hashlib
    import io

    from pdf_lint import box_problems, font_problems, lint_pdf, seal_problems
    from pypdf import PdfReader

    made, layout = _pdf_capture
    made.clear()
    layout.clear()
    yield
    garbage = request.node.get_closest_marker("garbage_text") is not None
    problems = list(dict.fromkeys(layout))
    for kind, data in made:
        key = ("garbage " if garbage else "") + hashlib.sha256(data).hexdigest()
        if key not in _LINTED:
            reader = PdfReader(io.BytesIO(data))
            if kind == "bound":  # its pages are the documents already linted one by one,
                _LINTED[key] = font_problems(reader)  # stream for stream: only the tags
            elif garbage:
                _LINTED[key] = (font_problems(reader) + box_problems(reader) + seal_problems(
                    [page.extract_text() or "" for page in reader.pages]))
            else:
                _LINTED[key] = lint_pdf(data)
        problems += _LINTED[key]
    made.clear()
    if problems:
        pytest.fail("document lint:\n" + "\n".join(dict.fromkeys(problems)), pytrace=False)
