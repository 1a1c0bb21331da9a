import ProjectModel

extension ProjectChecker {
    func checkProgramme() {
        let programme = data.programme
        if programme.source.has("targetEqfLevel") {
            eqfLevel(programme.targetEqfLevel, owner: "the programme", at: programme.source["targetEqfLevel"])
        }
        unique(programme.modules.map { ($0.id, $0.source["id"]) }, kind: "module")
        unique(programme.units.map { ($0.id, $0.source["id"]) }, kind: "unit")
        var moduleOfUnit: [String: String] = [:]
        for module in programme.modules {
            let owner = "module '\(module.id)'"
            references(module.units, field: "units", source: module.source, in: units, kind: "unit", owner: owner)
            for (index, unit) in module.units.enumerated() {
                if let other = moduleOfUnit[unit], other != module.id {
                    diagnostics.error(module.source["units[\(index)]"], "unit '\(unit)' is in module '\(other)' and in \(owner); a unit belongs to one module")
                }
                moduleOfUnit[unit] = moduleOfUnit[unit] ?? module.id
            }
            for (index, prerequisite) in module.prerequisites.enumerated() {
                let location = module.source["prerequisites[\(index)]"]
                if prerequisite == module.id {
                    diagnostics.error(location, "\(owner) lists itself as a prerequisite")
                } else {
                    reference(prerequisite, in: modules, kind: "module", owner: "\(owner) prerequisite", at: location)
                }
            }
            for customisation in module.customisations {
                declaredCountry(customisation.country, owner: "\(owner) customisation", at: customisation.source["country"])
                if !module.customisable {
                    diagnostics.error(customisation.source.record, "\(owner) has a customisation for '\(customisation.country)' but is not customisable (set customisable: true)")
                }
            }
        }
        for unit in programme.units {
            let owner = "unit '\(unit.id)'"
            eqfLevel(unit.eqfLevel, owner: owner, at: unit.source["eqfLevel"])
            let hours = [("contact", unit.hours.contact), ("online", unit.hours.online),
                         ("practice", unit.hours.practice), ("selfStudy", unit.hours.selfStudy)]
            var negative = false
            for (mode, value) in hours where value < 0 {
                negative = true
                diagnostics.error(unit.source["hours." + mode], "\(owner) has \(Self.number(value)) \(mode) hours; hours cannot be negative")
            }
            if !negative, unit.hours.total <= 0 {
                diagnostics.error(unit.source["hours"], "\(owner) has no hours; its total hours must be greater than 0")
            }
            positive(unit.ecvetPoints, what: "ECVET points", owner: owner, at: unit.source["ecvetPoints"])
            references(unit.outcomes, field: "outcomes", source: unit.source, in: outcomes, kind: "learning outcome", owner: owner)
            references(unit.competences, field: "competences", source: unit.source, in: competences, kind: "competence", owner: owner)
            if !unit.id.isEmpty, moduleOfUnit[unit.id] == nil {
                diagnostics.warning(unit.source["id"], "\(owner) belongs to no module")
            }
        }
        if let declared = programme.declaredTotalHours, abs(declared - programme.totalHours) > 0.001 {
            diagnostics.error(programme.source["totalHours"], "the programme declares \(Self.number(declared)) total hours but its units add up to \(Self.number(programme.totalHours))")
        }
        if let declared = programme.declaredTotalEcvetPoints, abs(declared - programme.totalEcvetPoints) > 0.001 {
            diagnostics.error(programme.source["totalEcvetPoints"], "the programme declares \(Self.number(declared)) ECVET points but its units add up to \(Self.number(programme.totalEcvetPoints))")
        }
    }

    func checkRecognition() {
        let recognition = data.recognition
        guard recognition.source.record.file != SourceMap.generated.record.file else { return }
        let stages = recognition.stages.map(\.id)
        let missing = RecognitionStageKind.allCases.filter { !stages.contains($0) }
        if !missing.isEmpty {
            diagnostics.error(recognition.source["stages"], "the four validation stages must all be described; missing: "
                              + missing.map(\.rawValue).joined(separator: ", "))
        }
        unique(recognition.stages.map { ($0.id.rawValue, $0.source["id"]) }, kind: "stage")
        unique(recognition.evidenceTypes.map { ($0.id, $0.source["id"]) }, kind: "evidence type")
        unique(recognition.routes.map { ($0.id, $0.source["id"]) }, kind: "route")
        unique(recognition.rules.map { ($0.id, $0.source["id"]) }, kind: "recognition rule")
        for route in recognition.routes {
            let owner = "route '\(route.id)'"
            references(route.units, field: "units", source: route.source, in: units, kind: "unit", owner: owner)
            references(route.evidence, field: "evidence", source: route.source, in: evidence, kind: "evidence type", owner: owner)
        }
        for rule in recognition.rules {
            let owner = "recognition rule '\(rule.id)'"
            if case .unit(let unit, let country) = rule.from {
                reference(unit, in: units, kind: "unit", owner: owner, at: rule.source["from.unit"])
                if let country { declaredCountry(country, owner: owner, at: rule.source["from.operatorCountry"]) }
            }
            reference(rule.toUnit, in: units, kind: "unit", owner: owner, at: rule.source["to.unit"])
            if let country = rule.toCountry { declaredCountry(country, owner: owner, at: rule.source["to.country"]) }
            for (index, competence) in rule.competences.enumerated() {
                reference(competence, in: competences, kind: "competence", owner: owner, at: rule.source["condition.competences[\(index)]"])
            }
            if case .points(let points) = rule.grant {
                positive(points, what: "ECVET points", owner: owner, at: rule.source["grants.points"])
            }
        }
        if let memorandum = recognition.memorandum, let from = memorandum.validFrom, let to = memorandum.validTo, to < from {
            diagnostics.error(memorandum.source["validity.to"], "the memorandum ends on \(to), before it starts on \(from)")
        }
    }

    func checkCertification() {
        let certification = data.certification
        unique(certification.certificateTypes.map { ($0.id, $0.source["id"]) }, kind: "certificate type")
        for type in certification.certificateTypes {
            let owner = "certificate type '\(type.id)'"
            if let level = type.eqfLevel { eqfLevel(level, owner: owner, at: type.source["eqfLevel"]) }
            for rule in type.rules {
                checkEligibilityRule(rule, owner: owner)
            }
        }
        unique(certification.eqavetCycle.map { ($0.phase, $0.source["phase"]) }, kind: "EQAVET phase")
        unique(certification.eqavetIndicators.map { (String($0.number), $0.source["number"]) }, kind: "EQAVET indicator")
        for indicator in certification.eqavetIndicators where !(1...10).contains(indicator.number) {
            diagnostics.error(indicator.source["number"], "EQAVET indicator \(indicator.number) does not exist; indicators are 1 to 10")
        }
    }

    private func checkEligibilityRule(_ rule: EligibilityRule, owner: String) {
        let source = rule.source
        switch rule.condition {
        case .attendance(let percent):
            if !(percent > 0 && percent <= 100) {
                diagnostics.error(source["minimumPercent"], "\(owner) asks for \(Self.number(percent)) % attendance; use a percentage above 0 and at most 100")
            }
        case .unitsPassed(let selection, let minimum):
            if case .only(let ids) = selection {
                references(ids, field: "units", source: source, in: units, kind: "unit", owner: owner)
                if minimum > ids.count {
                    diagnostics.error(source["minimum"], "\(owner) asks for \(minimum) units passed among only \(ids.count)")
                }
            }
            if minimum < 1 { diagnostics.error(source["minimum"], "\(owner) asks for \(minimum) units passed; use at least 1") }
        case .mandatoryUnitsPassed:
            break
        case .proficiency(_, let selection, let count):
            if case .only(let ids) = selection {
                references(ids, field: "competences", source: source, in: competences, kind: "competence", owner: owner)
                if count > ids.count {
                    diagnostics.error(source["minimumCount"], "\(owner) asks for \(count) competences among only \(ids.count)")
                }
            } else if let competences, count > competences.count, !competences.isEmpty {
                diagnostics.error(source["minimumCount"], "\(owner) asks for \(count) competences but the framework has \(competences.count)")
            }
            if count < 1 { diagnostics.error(source["minimumCount"], "\(owner) asks for \(count) competences; use at least 1") }
        case .route(let ids):
            references(ids, field: "routes", source: source, in: routes, kind: "route", owner: owner)
        }
    }

    func checkOperators() {
        unique(data.operators.map { ($0.id, $0.source["id"]) }, kind: "operator")
        for op in data.operators {
            let owner = "operator '\(op.id)'"
            declaredCountry(op.country, owner: owner, at: op.source["country"])
            references(op.modules, field: "modules", source: op.source, in: modules, kind: "module", owner: owner)
        }
        unique(data.needs.map { ($0.id, $0.source["id"]) }, kind: "need")
        for need in data.needs {
            let owner = "need '\(need.id)'"
            declaredCountry(need.country, owner: owner, at: need.source["country"])
            references(need.competences, field: "competences", source: need.source, in: competences, kind: "competence", owner: owner)
        }
    }

    func checkPeople() {
        unique(data.people.map { ($0.id, $0.source["id"]) }, kind: "person")
        for person in data.people where !person.organisation.isEmpty {
            reference(person.organisation, in: operators, kind: "operator", owner: "person '\(person.id)'", at: person.source["organisation"])
        }
    }
}
