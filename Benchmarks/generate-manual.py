#!/usr/bin/env python3
"""Writes a Markdown training manual like the one pandoc was measured on (Docs/convert.md).

At scale 1: 6 chapters x 8 sections of prose with French, Romanian and Portuguese diacritics,
30 tables of 6 columns x 20 rows, bullet and ordered lists, 48 footnotes (about 60 pages).
`--scale N` multiplies every count by N. The output is the same bytes for the same scale:
the text comes from a fixed linear congruential generator, not from `random`.

Usage: generate-manual.py [--scale N] [-o FILE]   (standard output without -o)
"""
import argparse
import sys

WORDS = {
    "fr": ("compétence évaluation numérique formateur apprenant réseau qualité échange résultats "
           "reconnaissance acquis validation étape préparée démarche sociale culturelle pédagogie "
           "élève médiation créativité collaboratif accès données sécurité partenaires société").split(),
    "ro": ("competență evaluare digitală formator învățare rețea calitate schimb rezultate "
           "recunoaștere cunoștințe validare etapă pregătire socială culturală pedagogie "
           "participant mediere creativitate colaborare acces securitate parteneri societate").split(),
    "pt": ("competência avaliação digital formador aprendizagem rede qualidade intercâmbio resultados "
           "reconhecimento conhecimentos validação etapa preparação social cultural pedagogia "
           "formando mediação criatividade colaboração acesso segurança parceiros sociedade").split(),
    "en": ("the trainer uses digital tools to plan assess and document learning outcomes with "
           "participants in community centres libraries museums and youth organisations across "
           "partner countries while keeping data safe and sharing open resources").split(),
}
LANGUAGES = ["en", "fr", "ro", "pt"]
COUNTRIES = ["Belgique", "France", "Italia", "Portugal", "România"]
UNITS = ["Ressources numériques", "Evaluare și feedback", "Capacitação dos aprendentes",
         "Teaching and learning", "Competența digitală", "Engagement professionnel"]


class Sequence:
    """A linear congruential generator (Numerical Recipes constants): same seed, same text."""

    def __init__(self, seed):
        self.state = seed & 0xFFFFFFFF

    def next(self, bound):
        self.state = (1664525 * self.state + 1013904223) & 0xFFFFFFFF
        return (self.state >> 8) % bound

    def pick(self, items):
        return items[self.next(len(items))]


def sentence(seq, language):
    words = [seq.pick(WORDS[language]) for _ in range(8 + seq.next(12))]
    if seq.next(5) == 0:
        words[seq.next(len(words))] = "*" + seq.pick(WORDS[language]) + "*"
    if seq.next(7) == 0:
        words[seq.next(len(words))] = "**" + seq.pick(WORDS[language]) + "**"
    text = " ".join(words)
    return text[0].upper() + text[1:] + "."


def paragraph(seq, language):
    return " ".join(sentence(seq, language) for _ in range(4 + seq.next(4)))


def table(seq, number):
    header = "| Unité | Competență | Avaliação | Heures | ECVET | Pays |"
    align = "|:------|:-----------|:----------|------:|:-----:|:-----|"
    rows = [f"Table {number}: répartition des unités et des crédits", "", header, align]
    for row in range(20):
        rows.append("| U{}.{} | {} | {} | {} | {:.1f} | {} |".format(
            number, row + 1, seq.pick(UNITS), seq.pick(WORDS["pt"]).capitalize(),
            4 + seq.next(40), (1 + seq.next(30)) / 2, seq.pick(COUNTRIES)))
    return "\n".join(rows)


def manual(scale):
    seq = Sequence(2027)
    chapters = 6 * scale
    sections_per_chapter = 8
    total_sections = chapters * sections_per_chapter
    total_tables = 30 * scale
    out = [
        "---",
        f"title: Manuel de reconnaissance des acquis (scale {scale})",
        "subtitle: Common training programme for trainers in the socio-cultural sector",
        "author: [Ana Popescu, João Silva, Élodie Martin]",
        "lang: en",
        "date: 2027-06-30",
        "toc: true",
        "---",
        "",
    ]
    tables_written = 0
    footnote = 0
    section_index = 0
    for chapter in range(1, chapters + 1):
        language = LANGUAGES[chapter % len(LANGUAGES)]
        out += [f"# {chapter}. {seq.pick(UNITS)} — {seq.pick(WORDS['fr'])}", "", paragraph(seq, language), ""]
        for section in range(1, sections_per_chapter + 1):
            section_index += 1
            footnote += 1
            out += [f"## {chapter}.{section} {seq.pick(WORDS[language]).capitalize()} {seq.pick(WORDS['ro'])} {{#sec-{chapter}-{section}}}", ""]
            out += [paragraph(seq, language) + f"[^n{footnote}]", ""]
            out += [paragraph(seq, LANGUAGES[(chapter + section) % len(LANGUAGES)]), ""]
            out += [f"- {sentence(seq, language)}" for _ in range(4)] + [""]
            if section % 2 == 0:
                out += [f"{item}. {sentence(seq, 'pt')}" for item in range(1, 4)] + [""]
            out += [paragraph(seq, language), ""]
            # Spread the tables evenly over the sections.
            while tables_written < total_tables and tables_written * total_sections < section_index * total_tables:
                tables_written += 1
                out += [table(seq, tables_written), ""]
            out += [paragraph(seq, language), ""]
            out += [f"[^n{footnote}]: {sentence(seq, 'fr')} See [section {chapter}.1](#sec-{chapter}-1).", ""]
    return "\n".join(out)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=int, default=1, help="multiply every count by N (default 1)")
    parser.add_argument("-o", "--output", help="file to write (default: standard output)")
    arguments = parser.parse_args()
    if arguments.scale < 1:
        parser.error("--scale must be 1 or more")
    text = manual(arguments.scale)
    if arguments.output:
        with open(arguments.output, "w", encoding="utf-8") as file:
            file.write(text)
    else:
        sys.stdout.write(text)


if __name__ == "__main__":
    main()
