import ProjectModel

extension SiteBuilder {
    /// The framework browser: the chart, the areas with their competences, the proficiency levels.
    func frameworkContext() -> [String: Any] {
        let here = location(of: .framework)
        let areas: [[String: Any]] = data.framework.areas.map { area in
            [
                "id": area.id, "anchor": "area-\(Self.slug(area.id))", "title": t.text(area.title),
                "description": t.text(area.description),
                "competences": area.competences.map { competence -> [String: Any] in
                    ["id": competence.id, "title": t.text(competence.title), "description": t.text(competence.description),
                     "href": here.link(to: competenceLocation(competence.id)),
                     "outcomes": format.number(data.outcomes.filter { $0.competenceID == competence.id }.count)]
                },
            ]
        }
        let levels: [[String: Any]] = data.framework.levels.map { level in
            ["code": level.code.rawValue, "name": t.text(level.name), "description": t.text(level.description)]
        }
        return [
            "title": t.text(data.framework.title),
            "basedOn": data.framework.basedOn.joined(separator: ", "),
            "areas": areas,
            "levels": levels,
            "chart": "framework-chart.svg",
            "chartWidth": String(frameworkChart().size.width), "chartHeight": String(frameworkChart().size.height),
        ]
    }

    /// One competence: its levels, learning outcomes by dimension, assessment criteria and the
    /// units of the programme that develop it.
    func competenceContext(_ competence: Competence, in area: Area, at here: SiteLocation) -> [String: Any] {
        let levels: [[String: Any]] = data.framework.levels.compactMap { level in
            // Without descriptors of its own, a competence shows the framework's level descriptions.
            let descriptor = competence.levelDescriptors[level.code] ?? level.description
            return ["code": level.code.rawValue, "name": t.text(level.name), "descriptor": t.text(descriptor)]
        }
        let outcomes = data.outcomes.filter { $0.competenceID == competence.id }
        let dimensions: [[String: Any]] = OutcomeDimension.allCases.compactMap { dimension in
            let items = outcomes.filter { $0.dimension == dimension }
            guard !items.isEmpty else { return nil }
            return ["label": t("framework.dimension.\(dimension.rawValue)"),
                    "outcomes": items.map { outcome -> [String: Any] in
                        var row: [String: Any] = ["id": outcome.id, "statement": t.text(outcome.statement),
                                                  "eqf": String(outcome.eqfLevel)]
                        if let proficiency = outcome.proficiency { row["proficiency"] = proficiency.rawValue }
                        return row
                    }]
        }
        let criteria: [[String: Any]] = data.framework.assessmentCriteria.filter { $0.competenceID == competence.id }.map { criterion in
            ["id": criterion.id, "title": t.text(criterion.title),
             "levels": ProficiencyLevel.allCases.compactMap { code -> [String: Any]? in
                 guard let text = criterion.levels[code] else { return nil }
                 return ["code": code.rawValue, "text": t.text(text)]
             }]
        }
        let programmeLink = here.link(to: location(of: .programme))
        let units: [[String: Any]] = data.programme.units.filter { $0.competences.contains(competence.id) }.map { unit in
            ["id": unit.id, "title": t.text(unit.title), "href": programmeLink + "#unit-\(Self.slug(unit.id))"]
        }
        let all = data.framework.competences
        var context: [String: Any] = [
            "id": competence.id, "title": t.text(competence.title), "description": t.text(competence.description),
            "areaTitle": "\(area.id). \(t.text(area.title))",
            "areaHref": here.link(to: location(of: .framework)) + "#area-\(Self.slug(area.id))",
            "frameworkHref": here.link(to: location(of: .framework)),
            "levels": levels, "dimensions": dimensions, "criteria": criteria, "units": units,
            "hasCriteria": !criteria.isEmpty, "hasUnits": !units.isEmpty, "hasOutcomes": !dimensions.isEmpty,
        ]
        if let index = all.firstIndex(where: { $0.id == competence.id }) {
            if index > 0 {
                let previous = all[index - 1]
                context["previous"] = ["href": here.link(to: competenceLocation(previous.id)),
                                       "label": "\(previous.id) \(t.text(previous.title))"]
            }
            if index + 1 < all.count {
                let next = all[index + 1]
                context["next"] = ["href": here.link(to: competenceLocation(next.id)), "label": "\(next.id) \(t.text(next.title))"]
            }
        }
        return context
    }
}
