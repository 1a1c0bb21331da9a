import ProjectModel

extension SiteBuilder {
    /// Home: what the project is, the deliverables, the partners and the funding notice.
    func homeContext() -> [String: Any] {
        let here = location(of: .home)
        let sections: [String: SiteSection] = ["network": .network, "framework": .framework, "programme": .programme,
                                               "events": .events, "seminars": .events, "toolkit": .toolkit,
                                               "website": .home, "recognition": .downloads, "certification": .downloads]
        let deliverables: [[String: Any]] = project.deliverables.map { deliverable in
            var row: [String: Any] = ["number": deliverable.number, "title": t.text(deliverable.title)]
            if let section = sections[deliverable.id], section != .home {
                row["href"] = here.link(to: location(of: section))
            }
            return row
        }
        let partners: [[String: Any]] = project.partners.map { partner in
            let op = data.operators.first { $0.id == partner.operatorID }
            return ["name": operatorName(partner.operatorID), "city": op?.city ?? "",
                    "country": countryName(op?.country ?? ""),
                    "role": t("home.role.\(partner.role)")]
        }
        let facts: [[String: Any]] = [
            ["value": format.number(project.partners.count), "label": t("home.facts.partners")],
            ["value": format.number(project.countries.count), "label": t("home.facts.countries")],
            ["value": format.number(data.framework.competences.count), "label": t("home.facts.competences")],
            ["value": format.number(data.programme.units.count), "label": t("home.facts.units")],
            ["value": hours(data.programme.totalHours), "label": t("home.facts.hours")],
            ["value": hours(data.programme.totalEcvetPoints), "label": t("home.facts.ecvet")],
        ]
        let countries = project.countries.map { countryName($0.code) }
        return [
            "projectTitle": t.text(project.title),
            "acronym": project.acronym,
            "countries": countries.joined(separator: ", "),
            "deliverables": deliverables,
            "partners": partners,
            "facts": facts,
            "funding": t.text(project.fundingNotice),
            "frameworkHref": here.link(to: location(of: .framework)),
            "programmeHref": here.link(to: location(of: .programme)),
            "verifyHref": here.link(to: location(of: .verify)),
            "chart": here.link(toFile: "\(language)/framework/framework-chart.svg"),
        ]
    }
}
