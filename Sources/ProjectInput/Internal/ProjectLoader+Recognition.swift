import ProjectModel

extension ProjectLoader {
    func readRecognition(_ r: MappingReader) -> Recognition {
        var recognition = Recognition()
        recognition.stages = each(r, "stages", required: true) { s in
            var stage = RecognitionStage()
            stage.id = s.enumeration("id", RecognitionStageKind.self, required: true) ?? .identification
            stage.title = s.localized("title", required: true)
            stage.responsible = s.localized("responsible")
            stage.methods = s.localizedList("methods")
            stage.outputs = s.localizedList("outputs")
            stage.source = s.sourceMap
            return stage
        }
        recognition.evidenceTypes = each(r, "evidenceTypes") { e in
            var evidence = EvidenceType()
            evidence.id = e.id("id") ?? ""
            evidence.title = e.localized("title", required: true)
            evidence.description = e.localized("description")
            evidence.source = e.sourceMap
            return evidence
        }
        recognition.routes = each(r, "routes") { x in
            var route = ValidationRoute()
            route.id = x.id("id") ?? ""
            route.title = x.localized("title", required: true)
            route.kind = x.enumeration("kind", RouteKind.self, required: true) ?? .training
            route.units = x.idList("units", required: true)
            route.evidence = x.idList("evidence")
            route.passRule = x.localized("passRule")
            route.source = x.sourceMap
            return route
        }
        recognition.rules = each(r, "rules") { x in
            var rule = RecognitionRule()
            rule.id = x.id("id") ?? ""
            rule.title = x.localized("title", required: true)
            if let from = x.mapping("from", required: true) {
                switch from.enumeration("kind", RecognitionSourceKind.self, required: true) ?? .unit {
                case .unit:
                    rule.from = .unit(id: from.id("unit") ?? "", operatorCountry: from.string("operatorCountry"))
                case .externalCredential:
                    rule.from = .externalCredential(name: from.string("name", required: true) ?? "")
                }
                from.finish()
            }
            if let to = x.mapping("to", required: true) {
                rule.toUnit = to.id("unit") ?? ""
                let country = to.string("country") ?? "any"
                rule.toCountry = country == "any" ? nil : country
                to.finish()
            }
            if let condition = x.mapping("condition") {
                rule.minimumLevel = condition.enumeration("minimumLevel", ProficiencyLevel.self)
                rule.competences = condition.idList("competences")
                condition.finish()
            }
            if let grants = x.mapping("grants", required: true) {
                switch grants.enumeration("kind", RecognitionGrantKind.self, required: true) ?? .exemption {
                case .exemption: rule.grant = .exemption
                case .points: rule.grant = .points(grants.number("points", required: true) ?? 0)
                }
                grants.finish()
            }
            rule.source = x.sourceMap
            return rule
        }
        if let m = r.mapping("memorandum") {
            var memorandum = Memorandum()
            memorandum.objectives = m.localized("objectives")
            if let validity = m.mapping("validity") {
                memorandum.validFrom = validity.date("from", required: true)
                memorandum.validTo = validity.date("to", required: true)
                validity.finish()
            }
            memorandum.review = m.localized("review")
            memorandum.fields = m.localizedList("fields")
            memorandum.source = SourceMap(record: m.location, fields: m.table.fields)
            m.finish()
            recognition.memorandum = memorandum
        }
        if let agreement = r.mapping("learningAgreement") {
            recognition.learningAgreementFields = agreement.localizedList("fields")
            agreement.finish()
        }
        recognition.source = r.sourceMap
        return recognition
    }

    func readCertification(_ r: MappingReader) -> Certification {
        var certification = Certification()
        certification.certificateTypes = each(r, "certificateTypes", required: true) { c in
            var type = CertificateType()
            type.id = c.id("id") ?? ""
            type.kind = c.enumeration("kind", CertificateKind.self, required: true) ?? .participation
            type.title = c.localized("title", required: true)
            type.achievementType = c.string("achievementType") ?? ""
            type.eqfLevel = c.int("eqfLevel")
            type.rules = each(c, "rules", required: true) { readEligibilityRule($0) }.compactMap { $0 }
            type.source = c.sourceMap
            return type
        }
        if let eqavet = r.mapping("eqavet") {
            certification.eqavetCycle = each(eqavet, "cycle") { p in
                var phase = EqavetPhase()
                phase.phase = p.enumeration("phase", EqavetPhaseName.self, required: true)?.rawValue ?? ""
                phase.title = p.localized("title", required: true)
                phase.description = p.localized("description")
                phase.source = p.sourceMap
                return phase
            }
            certification.eqavetIndicators = each(eqavet, "indicators") { i in
                var indicator = EqavetIndicator()
                indicator.number = i.int("number", required: true) ?? 0
                indicator.title = i.localized("title", required: true)
                indicator.reported = i.bool("reported") ?? false
                indicator.how = i.localized("how")
                indicator.source = i.sourceMap
                return indicator
            }
            eqavet.finish()
        }
        certification.source = r.sourceMap
        return certification
    }

    private func readEligibilityRule(_ r: MappingReader) -> EligibilityRule? {
        guard let kind = r.enumeration("rule", EligibilityRuleKind.self, required: true) else {
            // Mark the other keys as known so only the bad `rule` is reported.
            for key in ["minimumPercent", "units", "minimum", "minimumLevel", "competences", "minimumCount", "routes"] {
                _ = r.value(key)
            }
            return nil
        }
        let condition: EligibilityCondition
        switch kind {
        case .attendance:
            condition = .attendance(minimumPercent: r.number("minimumPercent", required: true) ?? 0)
        case .unitsPassed:
            condition = .unitsPassed(units: selection(r, "units"), minimum: r.int("minimum") ?? 1)
        case .mandatoryUnitsPassed:
            condition = .mandatoryUnitsPassed
        case .proficiency:
            condition = .proficiency(minimumLevel: r.enumeration("minimumLevel", ProficiencyLevel.self, required: true) ?? .a1,
                                     competences: selection(r, "competences"), minimumCount: r.int("minimumCount") ?? 1)
        case .route:
            condition = .route(r.idList("routes", required: true))
        }
        return EligibilityRule(condition: condition, source: r.sourceMap)
    }

    /// `any` or a list of ids.
    private func selection(_ r: MappingReader, _ key: String) -> Selection {
        guard let node = r.value(key) else { return .any }
        if node.scalar?.string == "any" { return .any }
        return .only(r.idList(key))
    }
}

enum RecognitionSourceKind: String, CaseIterable { case unit, externalCredential }
enum RecognitionGrantKind: String, CaseIterable { case exemption, points }
enum EligibilityRuleKind: String, CaseIterable { case attendance, unitsPassed, mandatoryUnitsPassed, proficiency, route }
enum EqavetPhaseName: String, CaseIterable { case planning, implementation, evaluation, review }
