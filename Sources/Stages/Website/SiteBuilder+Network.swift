import ProjectModel

extension SiteBuilder {
    /// The operator network by country: anchor links filter without JavaScript (each country is
    /// its own section); the script adds a country and type filter that hides the others.
    func networkContext() -> [String: Any] {
        let countries: [[String: Any]] = project.countries.compactMap { country in
            let operators = data.operators.filter { $0.country == country.code }
            guard !operators.isEmpty else { return nil }
            return [
                "code": country.code, "anchor": "country-\(country.code.lowercased())", "name": countryName(country.code),
                "count": format.number(operators.count),
                "operators": operators.map { op -> [String: Any] in
                    var row: [String: Any] = [
                        "id": op.id, "name": t.text(op.name), "city": op.city, "type": op.type.rawValue,
                        "typeLabel": t("network.type.\(op.type.rawValue)"), "address": op.address,
                        "roles": op.roles.map { t("network.role.\($0.rawValue)") }.joined(separator: ", "),
                        "modules": op.modules.joined(separator: ", "),
                    ]
                    if let website = op.website { row["website"] = website }
                    if let email = op.email { row["email"] = email }
                    if let phone = op.phone { row["phone"] = phone }
                    return row
                },
            ]
        }
        let types: [[String: Any]] = OperatorType.allCases.filter { type in data.operators.contains { $0.type == type } }
            .map { ["value": $0.rawValue, "label": t("network.type.\($0.rawValue)")] }
        return [
            "countries": countries, "types": types,
            "total": format.number(data.operators.count),
            "countryCount": format.number(countries.count),
        ]
    }
}
