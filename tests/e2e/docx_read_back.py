"""python-docx reads back what render/docx wrote: paragraphs, table cells, margins, headers."""
import sys

import docx
from docx.shared import Mm

failures = []


def expect(condition, message):
    if not condition:
        failures.append(message)


def near(length, mm):
    return abs(length - Mm(mm)) < Mm(0.1)


order = docx.Document(sys.argv[1])
texts = [p.text for p in order.paragraphs]
expect("ПРИКАЗЫВАЮ:" in texts, "no ПРИКАЗЫВАЮ: paragraph")
expect(any(t.startswith("В соответствии с распоряжением") for t in texts), "no preamble")
preamble = next(t for t in texts if t.startswith("В соответствии"))
expect("\x01" not in preamble and "обучающихся для" in preamble, "control character kept")
expect(any(t.startswith("Директор") and t.endswith("Колесник") for t in texts), "no signature")
expect(order.paragraphs[0].style.name == "Реквизит", "org block style: " + order.paragraphs[0].style.name)
expect(order.styles["Основной текст"].font.size.pt == 14, "body size")

sections = order.sections
expect(len(sections) == 3, "sections: %d" % len(sections))
expect(near(sections[0].left_margin, 30) and near(sections[0].right_margin, 15), "margins")
expect(near(sections[0].top_margin, 20) and near(sections[0].bottom_margin, 20), "margins")
expect(near(sections[0].page_width, 210) and near(sections[0].page_height, 297), "A4")
expect(sections[0].different_first_page_header_footer, "no titlePg")
expect(sections[1].orientation == docx.enum.section.WD_ORIENT.LANDSCAPE, "not landscape")
expect(near(sections[1].page_width, 297), "landscape width")
expect(sections[0].header.paragraphs[0].text == "1", "header: %r" % sections[0].header.paragraphs[0].text)

tables = order.tables
expect(len(tables) == 2, "tables: %d" % len(tables))
pairs = tables[0]
expect(len(pairs.rows) == 202, "rows: %d" % len(pairs.rows))
expect(pairs.cell(0, 0).text == "№ п/п", "header cell")
expect(pairs.cell(1, 0).text == "№ п/п", "vertical merge of № п/п")
expect(pairs.cell(0, 1).text == "Наставник" and pairs.cell(0, 2).text == "Наставник", "gridSpan")
expect(pairs.cell(2, 0).text == "1" and pairs.cell(201, 0).text == "200", "numbers")
expect(pairs.cell(2, 1).text == pairs.cell(3, 1).text != "", "mentor merged over two pairs")
expect(pairs.cell(2, 4).text == "ТМ11", "group (no-break hyphen is dropped by python-docx): %r" % pairs.cell(2, 4).text)
expect(tables[1].cell(0, 4).text == "Подпись", "acquaintance sheet")

anketa = docx.Document(sys.argv[2])
texts = [p.text for p in anketa.paragraphs]
expect(any("☒" in t and "☐" in t for t in texts), "checkboxes")
expect(any(t.startswith("Дата заполнения") and "\n" in t for t in texts), "line break")
grifs = anketa.tables[0]
expect(grifs.cell(0, 0).paragraphs[0].text == "ПРИНЯТО", "adoption grif left")
expect(grifs.cell(0, len(grifs.columns) - 1).paragraphs[0].text == "УТВЕРЖДАЮ", "approval right")
chart = anketa.tables[1]
expect(chart.cell(1, 1).text == "72,5" and chart.cell(3, 2).text == "", "chart data")
expect(anketa.core_properties.author == "МБОУ «Ашеванская ООШ»", "author")
expect(anketa.core_properties.created.year == 2023, "created")

for failure in failures:
    print("FAIL (python-docx):", failure)
sys.exit(1 if failures else 0)
