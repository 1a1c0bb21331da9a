#!/usr/bin/env python3
"""Write a copy of Input/ whose seminars have N synthetic participants in total.

Each synthetic participant copies the attendance and results of one real participant of the
same seminar (cycling through them), so the data passes `deliverables check` and the
eligibility rules give the same mix of decisions as the shipped dataset. Names carry
diacritics. Deterministic: the same N gives the same files.

usage: generate-participants.py N SOURCE_INPUT TARGET_INPUT
"""
import csv
import io
import shutil
import sys
from pathlib import Path

GIVEN = ["Ștefan", "Márcio", "Chloé", "Giuseppe", "Zoë", "Ioana", "João", "Hélène", "Niccolò", "Beatriz"]
FAMILY = ["Țurcanu", "Gusmão", "Lefèvre", "Esposito", "Dumitrașcu", "Estêvão", "Müller", "Năstase", "Gonçalves", "Rossi"]


def read(path):
    with open(path, newline="", encoding="utf-8") as handle:
        rows = list(csv.reader(handle))
    return rows[0], rows[1:]


def write(path, header, rows):
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    Path(path).write_text(out.getvalue(), encoding="utf-8")


def main():
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    total, source, target = int(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3])
    if target.exists():
        shutil.rmtree(target)
    shutil.copytree(source, target)
    seminars = sorted(p.stem for p in (source / "attendance").glob("*.csv"))
    per = [total // len(seminars) + (1 if i < total % len(seminars) else 0) for i in range(len(seminars))]
    serial = 0
    for seminar, count in zip(seminars, per):
        p_header, people = read(source / "participants" / f"{seminar}.csv")
        a_header, attendance = read(source / "attendance" / f"{seminar}.csv")
        r_header, results = read(source / "results" / f"{seminar}.csv")
        pid = p_header.index("id")
        out_people, out_attendance, out_results = [], [], []
        for n in range(count):
            model = people[n % len(people)]
            new_id = f"P-{seminar[4:]}-{n + 1:05d}"
            row = list(model)
            row[pid] = new_id
            row[p_header.index("given_name")] = GIVEN[serial % len(GIVEN)]
            row[p_header.index("family_name")] = FAMILY[(serial // len(GIVEN)) % len(FAMILY)] + f" {n + 1}"
            row[p_header.index("email")] = f"participant{serial}@example.org"
            out_people.append(row)
            out_attendance += [[new_id] + r[1:] for r in attendance if r[0] == model[pid]]
            out_results += [[new_id] + r[1:] for r in results if r[0] == model[pid]]
            serial += 1
        write(target / "participants" / f"{seminar}.csv", p_header, out_people)
        write(target / "attendance" / f"{seminar}.csv", a_header, out_attendance)
        write(target / "results" / f"{seminar}.csv", r_header, out_results)
    print(f"{target}: {total} participants over {len(seminars)} seminars")


if __name__ == "__main__":
    main()
