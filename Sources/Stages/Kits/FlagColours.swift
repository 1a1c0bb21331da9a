import DocumentTree

/// The colours of a country's flag, for the band across the top of a name badge (three stripes;
/// two-colour flags repeat one colour in the proportion of the flag).
enum FlagColours {
    static func stripes(for country: String, fallback: Color) -> [Color] {
        let hex: [String]
        switch country.uppercased() {
        case "BE": hex = ["#000000", "#FDDA24", "#EF3340"]
        case "FR": hex = ["#002654", "#FFFFFF", "#CE1126"]
        case "IT": hex = ["#009246", "#FFFFFF", "#CE2B37"]
        case "PT": hex = ["#006600", "#FF0000", "#FF0000"]
        case "RO": hex = ["#002B7F", "#FCD116", "#CE1126"]
        case "DE": hex = ["#000000", "#DD0000", "#FFCE00"]
        case "ES": hex = ["#AA151B", "#F1BF00", "#AA151B"]
        case "NL": hex = ["#AE1C28", "#FFFFFF", "#21468B"]
        default: return [fallback, fallback, fallback]
        }
        return hex.compactMap { Color(hex: $0) }
    }
}
