import ProjectModel

extension SiteBuilder {
    /// The programme: totals, the coverage matrix, the modules and their units.
    func programmeContext() -> [String: Any] {
        let here = location(of: .programme)
        let programme = data.programme
        let outcomesByID = Dictionary(data.outcomes.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let competencesByID = Dictionary(data.framework.competences.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let modules: [[String: Any]] = programme.modules.map { module in
            let units: [[String: Any]] = module.units.compactMap { programme.unit($0) }.map { unit in
                let modes: [(String, Double)] = [("contact", unit.hours.contact), ("online", unit.hours.online),
                                                 ("practice", unit.hours.practice), ("selfStudy", unit.hours.selfStudy)]
                return [
                    "id": unit.id, "anchor": "unit-\(Self.slug(unit.id))", "title": t.text(unit.title),
                    "eqf": String(unit.eqfLevel), "hours": hours(unit.hours.total), "ecvet": hours(unit.ecvetPoints),
                    "modes": modes.filter { $0.1 > 0 }.map { ["label": t("programme.mode.\($0.0)"), "hours": hours($0.1)] },
                    "outcomes": unit.outcomes.compactMap { outcomesByID[$0] }.map { ["id": $0.id, "statement": t.text($0.statement)] },
                    "competences": unit.competences.compactMap { competencesByID[$0] }.map { competence in
                        ["id": competence.id, "title": t.text(competence.title),
                         "href": here.link(to: competenceLocation(competence.id))]
                    },
                    "methods": unit.methods.resolved(in: language, fallback: project.defaultLanguage).map { ["text": $0] },
                    "assessment": t.text(unit.assessment),
                ]
            }
            let totalHours = module.units.compactMap { programme.unit($0) }.reduce(0) { $0 + $1.hours.total }
            let totalPoints = module.units.compactMap { programme.unit($0) }.reduce(0) { $0 + $1.ecvetPoints }
            return [
                "id": module.id, "anchor": "module-\(Self.slug(module.id))", "title": t.text(module.title),
                "description": t.text(module.description),
                "status": module.mandatory ? t("programme.mandatory") : t("programme.optional"),
                "hours": hours(totalHours), "ecvet": hours(totalPoints), "units": units,
            ]
        }
        return [
            "title": t.text(programme.title), "eqf": String(programme.targetEqfLevel),
            "hours": hours(programme.totalHours), "ecvet": hours(programme.totalEcvetPoints),
            "moduleCount": format.number(programme.modules.count), "unitCount": format.number(programme.units.count),
            "modules": modules,
            "toc": programme.modules.map { ["href": "#module-\(Self.slug($0.id))", "label": "\($0.id) \(t.text($0.title))"] },
            "matrix": "coverage-matrix.svg",
            "matrixWidth": String(coverageMatrix().size.width), "matrixHeight": String(coverageMatrix().size.height),
        ]
    }
}
