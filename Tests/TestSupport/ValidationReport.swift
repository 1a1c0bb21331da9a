import XCTest

/// What a validator said about one file or package.
public struct ValidationReport: Sendable, CustomStringConvertible {
    /// The file or package checked (as given by the caller).
    public var subject: String
    /// The tools that ran (`jing`, `xmllint`, `vnu`…), for messages.
    public var tools: [String]
    /// One line per problem, `part:line:column: message` where the tool says where.
    public var errors: [String]
    /// Things the tool reports as warnings; they do not make the subject invalid.
    public var warnings: [String]
    /// Parts that could not be checked and why (a tool missing for one part); never silent.
    public var notChecked: [String]

    public init(subject: String, tools: [String] = [], errors: [String] = [], warnings: [String] = [], notChecked: [String] = []) {
        self.subject = subject
        self.tools = tools
        self.errors = errors
        self.warnings = warnings
        self.notChecked = notChecked
    }

    public var isValid: Bool { errors.isEmpty }

    public var description: String {
        var lines = ["\(subject): \(isValid ? "valid" : "\(errors.count) error(s)") [\(tools.joined(separator: ", "))]"]
        lines += errors.map { "  error: \($0)" }
        lines += warnings.map { "  warning: \($0)" }
        lines += notChecked.map { "  not checked: \($0)" }
        return lines.joined(separator: "\n")
    }

    /// Fails the calling test with every error line when the subject is invalid.
    public func assertValid(file: StaticString = #filePath, line: UInt = #line) {
        if !isValid {
            let shown = errors.prefix(40).joined(separator: "\n")
            let more = errors.count > 40 ? "\n… and \(errors.count - 40) more" : ""
            XCTFail("\(subject) is invalid (\(tools.joined(separator: ", "))):\n\(shown)\(more)", file: file, line: line)
        }
    }

    /// Fails the calling test when the subject is valid or when no error contains `fragment`.
    public func assertInvalid(mentioning fragment: String? = nil, file: StaticString = #filePath, line: UInt = #line) {
        if isValid {
            XCTFail("\(subject) was expected to be invalid but \(tools.joined(separator: ", ")) accepted it", file: file, line: line)
        } else if let fragment, !errors.contains(where: { $0.localizedCaseInsensitiveContains(fragment) }) {
            XCTFail("no error of \(subject) mentions '\(fragment)':\n\(errors.joined(separator: "\n"))", file: file, line: line)
        }
    }
}

extension Array where Element == ValidationReport {
    /// Fails the calling test once, listing every invalid report.
    public func assertAllValid(file: StaticString = #filePath, line: UInt = #line) {
        let invalid = filter { !$0.isValid }
        if !invalid.isEmpty {
            XCTFail("\(invalid.count) of \(count) invalid:\n" + invalid.map { report in
                ([report.subject] + report.errors.prefix(20).map { "  \($0)" }).joined(separator: "\n")
            }.joined(separator: "\n"), file: file, line: line)
        }
    }
}
