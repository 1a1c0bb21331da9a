#!/usr/bin/env python3
"""Generate the fictional participant, attendance and results CSVs of Input/.

Deterministic (fixed seed, standard library only): running it again rewrites the same bytes.

    python3 Scripts/generate-participants.py [--input Input]

Writes Input/participants/<id>.csv for every seminar and multiplier event, and
Input/attendance/<seminar>.csv and Input/results/<seminar>.csv for every seminar.
The seminar facts below (dates, hours per day, units, assessors) mirror Input/events.yaml
and Input/programme.yaml; keep them in sync when those files change (`deliverables check`
reports any mismatch, e.g. attendance above a day's hours or a result for a unit the
seminar does not cover).
"""
import argparse
import csv
import io
import random
import unicodedata
from pathlib import Path

SEED = 20270315

# Competences of each unit (programme.yaml) and the assessment method used for it
# (an evidence type id of recognition.yaml).
UNIT_COMPETENCES = {
    "U1": ["1.1", "1.2"], "U2": ["1.3", "1.4"], "U3": ["2.1"], "U4": ["2.2", "2.3"],
    "U5": ["3.1", "3.2"], "U6": ["3.3", "3.4"], "U7": ["4.1"], "U8": ["4.3"],
    "U9": ["5.1", "5.2"], "U10": ["5.3"], "U11": ["6.1", "6.4"], "U12": ["6.2", "6.3"],
}
UNIT_METHOD = {
    "U1": "portfolio", "U2": "portfolio", "U3": "portfolio", "U4": "product",
    "U5": "observation", "U6": "portfolio", "U7": "product", "U8": "portfolio",
    "U9": "product", "U10": "observation", "U11": "observation", "U12": "product",
}

# Seminars (events.yaml): days with their contact hours, units covered, assessors, size.
SEMINARS = [
    {"id": "SEM-BE", "country": "BE", "language": "fr", "size": 24,
     "days": [("2027-03-15", 7), ("2027-03-16", 7), ("2027-03-17", 6)],
     "units": ["U1", "U2", "U3", "U4"], "assessors": ["A-BE-1", "A-BE-2"]},
    {"id": "SEM-FR", "country": "FR", "language": "fr", "size": 18,
     "days": [("2027-03-30", 7), ("2027-03-31", 8)],
     "units": ["U5", "U6", "U7"], "assessors": ["A-FR-1"]},
    {"id": "SEM-IT", "country": "IT", "language": "it", "size": 22,
     "days": [("2027-04-13", 7), ("2027-04-14", 7), ("2027-04-15", 6)],
     "units": ["U3", "U4", "U9", "U10"], "assessors": ["A-IT-1"]},
    {"id": "SEM-PT", "country": "PT", "language": "pt", "size": 16,
     "days": [("2027-04-27", 7), ("2027-04-28", 8)],
     "units": ["U11", "U12"], "assessors": ["A-PT-1"]},
    {"id": "SEM-RO", "country": "RO", "language": "ro", "size": 26,
     "days": [("2027-05-11", 7), ("2027-05-12", 7), ("2027-05-13", 6)],
     "units": ["U1", "U2", "U3", "U4"], "assessors": ["A-RO-1"]},
]
MULTIPLIER_EVENTS = [
    {"id": "ME-BE", "country": "BE", "language": "fr", "size": 42},
    {"id": "ME-FR", "country": "FR", "language": "fr", "size": 38},
    {"id": "ME-IT", "country": "IT", "language": "it", "size": 36},
    {"id": "ME-PT", "country": "PT", "language": "pt", "size": 34},
    {"id": "ME-RO", "country": "RO", "language": "ro", "size": 45},
]

GIVEN = {
    "BE": ["Amélie", "Benoît", "Célestine", "Dorothée", "Émile", "François", "Geneviève", "Jérôme",
           "Léa", "Noémie", "Raphaël", "Thérèse", "Zoë", "Joëlle", "Anaïs", "Maëlle", "Loïc",
           "Bram", "Sien", "Lotte", "Wouter", "Jef", "Anke", "Tine", "Ruben", "Femke", "Stijn", "Nathalie"],
    "FR": ["Aurélie", "Bérénice", "Cédric", "Clément", "Élodie", "Gaël", "Hervé", "Inès", "Jérémie",
           "Léonie", "Mélanie", "Océane", "Pénélope", "Sébastien", "Théo", "Valérie", "Zoé",
           "Françoise", "Noël", "Raphaëlle", "Gaëtan", "Agnès", "Jérôme", "Hélène"],
    "IT": ["Niccolò", "Nicolò", "Lucia", "Giulia", "Francesca", "Matteo", "Andrea", "Elena", "Federica",
           "Lorenzo", "Chiara", "Sara", "Tommaso", "Alessia", "Marco", "Paola", "Davide", "Ilaria",
           "Gabriele", "Martina", "Giosuè", "Noè"],
    "PT": ["João", "Inês", "Conceição", "Sebastião", "Gonçalo", "Luís", "Tomás", "Leonor", "Beatriz",
           "Mónica", "Débora", "Sónia", "Márcio", "André", "Vânia", "Simão", "Lúcia", "Rúben",
           "Fábio", "Cátia", "Joana", "Marta"],
    "RO": ["Ștefan", "Ioana", "Andreea", "Cătălina", "Mădălina", "Răzvan", "Bogdan", "Irina", "Ionuț",
           "Georgiana", "Mihaela", "Sorin", "Cristina", "Tudor", "Oana", "Alexandru", "Laurențiu",
           "Anișoara", "Viorica", "Dănuț", "Florentina", "Ilinca"],
}
FAMILY = {
    "BE": ["Lemaître", "Dubois", "Peeters", "Janssens", "Maes", "Desmet", "Lefèbvre", "Wauters",
           "Goossens", "Mertens", "Claes", "Delvaux", "Piérard", "Collard", "Hermans", "Renard",
           "Dupont", "Vermeulen", "Van Damme", "De Backer", "Nélis", "Jacobs", "Lambotte", "Thiry",
           "Gérard", "Fraiponts", "Ruëll", "Stéphenne"],
    "FR": ["Lefèvre", "Moreau", "Fournier", "Girard", "Bonnet", "Dupré", "Leroy", "Rousseau",
           "Chevalier", "Gauthier", "Mercier", "Bérard", "Faure", "Garçon", "Lemaître", "Ménard",
           "Héraud", "Rivière", "Barthélemy", "Noël", "Benoît", "Séverin", "Aubé", "Deschênes"],
    "IT": ["Rossi", "Bianchi", "Esposito", "Colombo", "Ricci", "Marino", "Greco", "Bruno", "Gallo",
           "Conti", "De Luca", "Mancini", "Costa", "Giordano", "Lombardi", "Moretti", "Fabbri",
           "Cantù", "Donà", "Lucà", "Abbà", "Pirrò", "Nicolò", "Bonfà"],
    "PT": ["Gonçalves", "Simões", "Araújo", "Conceição", "Magalhães", "Guimarães", "Lourenço",
           "Brandão", "Falcão", "Gusmão", "Pinto", "Ferreira", "Sousa", "Lopes", "Antunes",
           "Loureiro", "Patrício", "Gaspar", "Estêvão", "Mourão", "Branco", "Assunção"],
    "RO": ["Popescu", "Țurcanu", "Ionescu", "Stănescu", "Dumitrescu", "Bălan", "Munteanu",
           "Rădulescu", "Constantinescu", "Tănase", "Pîrvu", "Mureșan", "Oprișan", "Vlădescu",
           "Țăranu", "Nistor", "Bîrlădeanu", "Căpraru", "Dobrescu", "Grigoraș", "Ungureanu",
           "Lăzărescu", "Chiriță", "Mocanu"],
}
# Fictional socio-cultural organisations (name, e-mail domain).
ORGANISATIONS = {
    "BE": [("Maison de jeunes Les Tilleuls", "mjtilleuls.example"),
           ("Centre culturel du Val de Sambre", "ccvalsambre.example"),
           ("Bibliothèque publique La Plume", "bplaplume.example"),
           ("Alpha Quartier asbl", "alphaquartier.example"),
           ("Jeugdhuis De Vonk vzw", "devonk.example"),
           ("Réseau de lecture publique Namur-Condroz", "lecture-namur-condroz.example"),
           ("Centre d'expression et de créativité L'Atelier vert", "ateliervert.example"),
           ("Université populaire du Brabant wallon", "upbw.example")],
    "FR": [("Médiathèque de Villeurbanne-Est", "mediatheque-ve.example"),
           ("MJC des Pentes", "mjcpentes.example"),
           ("Centre social Les Érables", "cs-erables.example"),
           ("Réseau des médiathèques Rhône-Saône", "mediatheques-rhone-saone.example"),
           ("Association Lire à Tous", "lireatous.example"),
           ("Foyer rural de la Dombes", "foyer-dombes.example")],
    "IT": [("Biblioteca comunale di San Lazzaro", "bibliosanlazzaro.example"),
           ("Centro giovanile Il Portico", "ilportico.example"),
           ("Università Popolare del Tevere", "unipoptevere.example"),
           ("Associazione culturale La Città Invisibile", "cittainvisibile.example"),
           ("Centro per l'istruzione degli adulti Reno", "cpiareno.example"),
           ("Sistema Bibliotecario delle Colline Bolognesi", "bibliotechecollinebolognesi.example")],
    "PT": [("Biblioteca Municipal de Ílhavo-Sul", "bm-ilhavosul.example"),
           ("Associação Cultural Ponte Velha", "pontevelha.example"),
           ("Centro de Juventude da Lapa", "cjlapa.example"),
           ("Universidade Sénior do Douro", "useniordouro.example"),
           ("Rede de Bibliotecas do Vale do Mondego", "bibliotecas-mondego.example"),
           ("Associação Saber Digital", "saberdigital.example")],
    "RO": [("Biblioteca Comunală Florești-Someș", "biblioteca-floresti.example"),
           ("Centrul Cultural Municipal Bârlad-Nord", "ccm-barlad.example"),
           ("Asociația Tineri pentru Comunitate", "tineripc.example"),
           ("Casa de Cultură a Sindicatelor Moldova", "casa-cultura-moldova.example"),
           ("Rețeaua Bibliotecilor Publice Someș", "biblioteci-somes.example"),
           ("Asociația Educație Digitală pentru Adulți", "aeda.example")],
}


def ascii_slug(text):
    """Lower-case ASCII form of a name for e-mail addresses (ș -> s, ç -> c, spaces dropped)."""
    decomposed = unicodedata.normalize("NFKD", text)
    kept = "".join(c for c in decomposed if c.isascii() and (c.isalnum() or c in "-"))
    return kept.lower()


def people(rng, country, language, size, prefix):
    """`size` distinct fictional people of one country, with ids prefix-01, prefix-02, …"""
    rows, used = [], set()
    while len(rows) < size:
        given, family = rng.choice(GIVEN[country]), rng.choice(FAMILY[country])
        if (given, family) in used:
            continue
        used.add((given, family))
        organisation, domain = rng.choice(ORGANISATIONS[country])
        rows.append({
            "id": f"{prefix}-{len(rows) + 1:02d}",
            "given_name": given, "family_name": family,
            "email": f"{ascii_slug(given)}.{ascii_slug(family)}@{domain}",
            "organisation": organisation, "country": country, "language": language,
            "role": "participant",
        })
    return rows


def attendance(rng, seminar, participants):
    """Hours per participant and day: most attend fully; a few fall below 80 %, two are exactly at 80 %."""
    days = seminar["days"]
    total = sum(h for _, h in days)
    threshold = total * 80 // 100          # seminar totals are chosen so that 80 % is whole
    n = len(participants)
    # Fixed positions so every seminar shows both cases: two exactly at 80 %, three below.
    exact, below = {3, n - 5}, {7, n - 2, n // 2}
    rows = []
    for index, person in enumerate(participants):
        hours = [h for _, h in days]
        if index in exact:
            short = total - threshold          # remove exactly 20 % from one day
            day = rng.randrange(len(days))
            while hours[day] < short:
                day = (day + 1) % len(days)
            hours[day] -= short
        elif index in below:
            hours[rng.randrange(len(days))] = 0     # missed a whole day
            if sum(hours) >= threshold:
                hours[0] = max(0, hours[0] - 3)
        elif rng.random() < 0.15:
            hours[rng.randrange(len(days))] -= 1    # arrived late or left early
        assert sum(hours) <= total
        for (date, _), h in zip(days, hours):
            if h > 0:
                rows.append({"participant": person["id"], "date": date, "part": "day", "hours": h})
    return rows


def results(rng, seminar, participants, attended):
    """One result per participant and unit; people who missed most of the seminar are not assessed."""
    total = sum(h for _, h in seminar["days"])
    date = seminar["days"][-1][0]
    rows = []
    for index, person in enumerate(participants):
        if attended[person["id"]] < total / 2:
            continue
        for unit_index, unit in enumerate(seminar["units"]):
            failed = rng.random() < 0.08
            levels = []
            for competence in UNIT_COMPETENCES[unit]:
                if failed:
                    level = "A2"
                else:
                    level = rng.choices(["B1", "B2", "C1"], weights=[62, 33, 5])[0]
                levels.append(f"{competence}={level}")
            if failed and len(levels) > 1 and rng.random() < 0.5:
                levels[0] = levels[0][:-2] + "B1"       # one competence reached, the other not
            rows.append({
                "participant": person["id"], "unit": unit, "date": date,
                "assessor": seminar["assessors"][(index + unit_index) % len(seminar["assessors"])],
                "method": UNIT_METHOD[unit], "passed": "no" if failed else "yes",
                "levels": " ".join(levels),
            })
    return rows


def write_csv(path, fieldnames, rows):
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=fieldnames, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(buffer.getvalue(), encoding="utf-8")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--input", default=str(Path(__file__).resolve().parent.parent / "Input"),
                        help="the Input/ directory to write into (default: the repository's Input/)")
    root = Path(parser.parse_args().input)
    person_fields = ["id", "given_name", "family_name", "email", "organisation", "country", "language", "role"]
    for seminar in SEMINARS:
        rng = random.Random(f"{SEED}-{seminar['id']}")
        participants = people(rng, seminar["country"], seminar["language"], seminar["size"], f"P-{seminar['country']}")
        write_csv(root / "participants" / f"{seminar['id']}.csv", person_fields, participants)
        attendance_rows = attendance(rng, seminar, participants)
        write_csv(root / "attendance" / f"{seminar['id']}.csv", ["participant", "date", "part", "hours"], attendance_rows)
        attended = {p["id"]: 0 for p in participants}
        for row in attendance_rows:
            attended[row["participant"]] += row["hours"]
        write_csv(root / "results" / f"{seminar['id']}.csv",
                  ["participant", "unit", "date", "assessor", "method", "passed", "levels"],
                  results(rng, seminar, participants, attended))
    for event in MULTIPLIER_EVENTS:
        rng = random.Random(f"{SEED}-{event['id']}")
        participants = people(rng, event["country"], event["language"], event["size"], f"P-{event['id']}")
        write_csv(root / "participants" / f"{event['id']}.csv", person_fields, participants)


if __name__ == "__main__":
    main()
