#!/usr/bin/env python3
"""Fill an equivalent one-page certificate DOCX template N times with docxtpl (the comparison
for certificates-bench.sh). usage: docxtpl-certificates.py N OUTPUT_FOLDER"""
import sys
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Mm, Pt
from docxtpl import DocxTemplate


def make_template(path):
    document = Document()
    section = document.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Mm(297), Mm(210)
    table = document.add_table(rows=1, cols=1)
    table.style = "Table Grid"
    cell = table.cell(0, 0)
    for text, size in [("{{ title }}", 30), ("This is to certify that", 12.5), ("{{ holder }}", 24),
                       ("took part in {{ activity }}", 12.5), ("{{ period }}", 11), ("Units: {{ units }}", 10.5),
                       ("Learning outcomes achieved: {{ outcomes }}", 8.5), ("Competences: {{ competences }}", 8.5),
                       ("Issued by {{ issuer }}", 9.5), ("{{ signatories }}", 9.5), ("{{ place }}, {{ date }}", 9.5),
                       ("Verification code: {{ code }} · Certificate id: {{ id }}", 8.5)]:
        paragraph = cell.add_paragraph()
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        paragraph.add_run(text).font.size = Pt(size)
    document.save(path)


def main():
    count, out = int(sys.argv[1]), Path(sys.argv[2])
    out.mkdir(parents=True, exist_ok=True)
    template_path = out / "template.docx"
    make_template(template_path)
    for n in range(count):
        template = DocxTemplate(template_path)
        template.render({
            "title": "Certificado de unidades de crédito", "holder": f"Márcio Gusmão {n}",
            "activity": "Seminário de formação DIGITRAIN", "period": "27–28 de abril de 2027, 15 horas, Porto",
            "units": "U11 Literacia da informação · U12 Comunicação digital", "outcomes": ", ".join(f"LO-6.{i}-K1" for i in range(12)),
            "competences": "6.1 B1 · 6.2 B1 · 6.3 B2 · 6.4 B1", "issuer": "Associação Saber Digital",
            "signatories": "Inês Gonçalves (Formador) · João Simões (Formador)", "place": "Porto", "date": "28 de abril de 2027",
            "code": "V2SA8-D810W", "id": f"urn:uuid:{n:032x}",
        })
        template.save(out / f"certificate-{n}.docx")


if __name__ == "__main__":
    main()
