import ProjectModel

extension ProjectLoader {
    func readProject(_ r: MappingReader) -> Project {
        let id = r.id("id") ?? ""
        let title = r.localized("title", required: true)
        let acronym = r.string("acronym") ?? ""
        let version = r.string("version") ?? ""
        let date = r.date("date")
        let defaultLanguage = r.string("defaultLanguage", required: true) ?? "en"
        let languages = r.stringList("languages", required: true)
        let countries = each(r, "countries", required: true) { c in
            Country(code: c.string("code", required: true) ?? "", name: c.localized("name", required: true),
                    language: c.string("language", required: true) ?? "", timeZone: c.string("timeZone") ?? "",
                    source: c.sourceMap)
        }
        let fundingNotice = r.localized("fundingNotice", required: true)
        let website = r.string("website")
        let hoursPerPoint = r.number("hoursPerEcvetPoint") ?? 25
        let partners = each(r, "partners") { p in
            Partner(id: p.id("id") ?? "", operatorID: p.id("operator") ?? "", role: p.string("role") ?? "partner",
                    source: p.sourceMap)
        }
        let deliverables = each(r, "deliverables") { d in
            let id = d.id("id") ?? ""
            return DeliverableInfo(id: id, number: d.string("number") ?? "", title: d.localized("title", required: true),
                                   prose: d.string("prose") ?? "prose/{lang}/\(id).md", source: d.sourceMap)
        }
        return Project(id: id, title: title, acronym: acronym, version: version, date: date,
                       defaultLanguage: defaultLanguage, languages: languages, countries: countries,
                       fundingNotice: fundingNotice, website: website, hoursPerEcvetPoint: hoursPerPoint,
                       partners: partners, deliverables: deliverables, source: r.sourceMap)
    }

    func readFramework(_ r: MappingReader) -> Framework {
        let id = r.id("id") ?? ""
        let title = r.localized("title", required: true)
        let basedOn = r.stringList("basedOn")
        let sourceURL = r.string("sourceUrl")
        let levels: [ProficiencyLevelInfo] = each(r, "levels", required: true) { l in
            let code = l.enumeration("code", ProficiencyLevel.self, required: true) ?? .a1
            return ProficiencyLevelInfo(code: code, name: l.localized("name", required: true),
                                        description: l.localized("description"), source: l.sourceMap)
        }
        let areas: [Area] = each(r, "areas", required: true) { a in
            let areaID = a.id("id") ?? ""
            let title = a.localized("title", required: true)
            let description = a.localized("description")
            let competences: [Competence] = each(a, "competences", required: true) { c in
                let id = c.id("id") ?? ""
                let title = c.localized("title", required: true)
                let description = c.localized("description")
                let descriptors = levelMap(c, "levelDescriptors")
                return Competence(id: id, areaID: areaID, title: title, description: description,
                                  levelDescriptors: descriptors, source: c.sourceMap)
            }
            return Area(id: areaID, title: title, description: description, competences: competences, source: a.sourceMap)
        }
        let criteria: [AssessmentCriterion] = each(r, "assessmentCriteria") { c in
            AssessmentCriterion(id: c.id("id") ?? "", competenceID: c.id("competence") ?? "",
                                title: c.localized("title", required: true), levels: levelMap(c, "levels"),
                                source: c.sourceMap)
        }
        return Framework(id: id, title: title, basedOn: basedOn, sourceURL: sourceURL, levels: levels, areas: areas,
                         assessmentCriteria: criteria, source: r.sourceMap)
    }

    /// `{A1: {en: …}, B1: {en: …}}`: a localised text per proficiency level.
    func levelMap(_ r: MappingReader, _ key: String) -> [ProficiencyLevel: LocalizedText] {
        guard let map = r.mapping(key) else { return [:] }
        var result: [ProficiencyLevel: LocalizedText] = [:]
        for level in ProficiencyLevel.allCases where map.has(level.rawValue) {
            result[level] = map.localized(level.rawValue)
        }
        map.finish()
        return result
    }

    func readOutcomes(_ r: MappingReader) -> [LearningOutcome] {
        each(r, "outcomes", required: true) { o in
            LearningOutcome(id: o.id("id") ?? "", competenceID: o.id("competence") ?? "",
                            dimension: o.enumeration("dimension", OutcomeDimension.self, required: true) ?? .knowledge,
                            eqfLevel: o.int("eqfLevel", required: true) ?? 1,
                            proficiency: o.enumeration("proficiency", ProficiencyLevel.self),
                            statement: o.localized("statement", required: true), criteria: o.idList("criteria"),
                            source: o.sourceMap)
        }
    }

    func readProgramme(_ r: MappingReader) -> Programme {
        var programme = Programme()
        programme.id = r.id("id") ?? ""
        programme.title = r.localized("title", required: true)
        programme.targetEqfLevel = r.int("targetEqfLevel") ?? 0
        programme.declaredTotalHours = r.number("totalHours")
        programme.declaredTotalEcvetPoints = r.number("totalEcvetPoints")
        programme.modules = each(r, "modules", required: true) { m in
            var module = Module()
            module.id = m.id("id") ?? ""
            module.title = m.localized("title", required: true)
            module.description = m.localized("description")
            module.mandatory = m.bool("mandatory") ?? false
            module.customisable = m.bool("customisable") ?? false
            module.prerequisites = m.idList("prerequisites")
            module.units = m.idList("units", required: true)
            module.customisations = each(m, "customisations") { c in
                var customisation = ModuleCustomisation()
                customisation.country = c.string("country", required: true) ?? ""
                customisation.note = c.localized("note")
                customisation.extraTools = c.stringList("extraTools")
                customisation.source = c.sourceMap
                return customisation
            }
            module.source = m.sourceMap
            return module
        }
        programme.units = each(r, "units", required: true) { u in
            var unit = Unit()
            unit.id = u.id("id") ?? ""
            unit.title = u.localized("title", required: true)
            unit.eqfLevel = u.int("eqfLevel", required: true) ?? 1
            if let hours = u.mapping("hours", required: true) {
                unit.hours = UnitHours(contact: hours.number("contact") ?? 0, online: hours.number("online") ?? 0,
                                       practice: hours.number("practice") ?? 0, selfStudy: hours.number("selfStudy") ?? 0)
                hours.finish()
            }
            unit.ecvetPoints = u.number("ecvetPoints", required: true) ?? 1
            unit.outcomes = u.idList("outcomes", required: true)
            unit.competences = u.idList("competences")
            unit.methods = u.localizedList("methods")
            unit.tools = u.stringList("tools")
            unit.assessment = u.localized("assessment")
            unit.source = u.sourceMap
            return unit
        }
        programme.source = r.sourceMap
        return programme
    }
}
