/// The few words the HTML page adds for accessibility (skip link, notes heading, back links,
/// check box names), in the five project languages; other languages fall back to English.
struct HTMLLabels: Sendable {
    var skipToContent: String
    var notes: String
    var backToText: String
    var checked: String
    var unchecked: String
    var table: String

    static func forLanguage(_ tag: String) -> HTMLLabels {
        let primary = tag.split(separator: "-").first.map { $0.lowercased() } ?? ""
        switch primary {
        case "fr":
            return HTMLLabels(skipToContent: "Aller au contenu", notes: "Notes", backToText: "Retour au texte",
                              checked: "coché", unchecked: "non coché", table: "Tableau")
        case "pt":
            return HTMLLabels(skipToContent: "Saltar para o conteúdo", notes: "Notas", backToText: "Voltar ao texto",
                              checked: "assinalado", unchecked: "não assinalado", table: "Tabela")
        case "ro":
            return HTMLLabels(skipToContent: "Salt la conținut", notes: "Note", backToText: "Înapoi la text",
                              checked: "bifat", unchecked: "nebifat", table: "Tabel")
        case "it":
            return HTMLLabels(skipToContent: "Vai al contenuto", notes: "Note", backToText: "Torna al testo",
                              checked: "selezionato", unchecked: "non selezionato", table: "Tabella")
        default:
            return HTMLLabels(skipToContent: "Skip to content", notes: "Notes", backToText: "Back to text",
                              checked: "checked", unchecked: "unchecked", table: "Table")
        }
    }
}
