import DocumentTree
import DocumentWriters
import Foundation
import ProjectModel
@testable import Stages
import TestSupport
import XCTest

/// How badges and attendance sheets fill their pages: eight badges a page, long names shrunk to
/// fit, attendance sheets that print with blank rows even without participants. One LibreOffice
/// run for the whole class.
final class KitsPagingTests: XCTestCase {
    /// `count` participants of the Romanian seminar with Romanian names.
    private func romanianSeminar(participants count: Int, longName: String? = nil) throws -> KitFacts {
        var inputs = try KitsProject.real.inputs()
        let seminar = try XCTUnwrap(inputs.data.seminars.first { $0.id == "SEM-RO" })
        inputs.data.participants.removeAll { $0.activity == "SEM-RO" }
        let family = ["Țurcanu", "Șerban", "Stănescu", "Ionescu", "Ălbescu"]
        for index in 0..<count {
            var participant = Participant()
            participant.id = "P-T-\(index)"
            participant.givenName = index == 0 && longName != nil ? "" : "Ioana\(index)"
            participant.familyName = index == 0 ? (longName ?? family[0]) : family[index % family.count]
            participant.organisation = "Biblioteca Județeană Iași"
            participant.country = "RO"
            participant.language = "ro"
            participant.activity = "SEM-RO"
            inputs.data.participants.append(participant)
        }
        let words = KitLanguage(language: "ro", labels: inputs.labels, fallback: inputs.defaultLanguage)
        return KitFacts(activity: KitActivity(seminar: seminar), data: inputs.data, words: words, style: inputs.style)
    }

    /// Badges for the participants only (no staff), so the page count is the participants'.
    private func participantBadges(_ facts: KitFacts) -> Document {
        var sheet = KitWriter.badgeSheet(facts)
        sheet = BadgeSheet(badges: Array(sheet.badges.prefix(facts.participants.count)), caption: sheet.caption,
                           style: sheet.style, metadata: sheet.metadata)
        return sheet.document()
    }

    func testBadgesAttendanceAndLongNamesOnPrintedPages() throws {
        let scratch = try TemporaryDirectory(prefix: "kits-paging")
        defer { scratch.remove() }
        let style = try KitsProject.real.inputs().style
        let options = WriterOptions(style: style)
        let longName = "Maria-Magdalena Constantinescu-Rădulescu"
        XCTAssertEqual(longName.count, 40)

        let twenty = try romanianSeminar(participants: 20)
        let empty = try romanianSeminar(participants: 0)
        let long = try romanianSeminar(participants: 1, longName: longName)
        let shortOne = try romanianSeminar(participants: 1)
        var files: [String: URL] = [:]
        for (name, document) in [("badges-20", participantBadges(twenty)), ("attendance-0", AttendanceSheet(facts: empty).document()),
                                 ("badges-long", participantBadges(long)), ("badges-short", participantBadges(shortOne))] {
            for format in [OutputFormat.odt, .docx] {
                let bytes = try Writers.writer(for: format).write(document, options: options)
                files["\(name).\(format.rawValue)"] = try scratch.write(bytes, to: "\(name).\(format.rawValue)")
            }
        }
        let pdfs = try convertToPDF(Array(files.values), in: scratch)
        func pdf(_ name: String) throws -> URL { try XCTUnwrap(pdfs[try XCTUnwrap(files[name]).standardizedFileURL], name) }

        for format in ["odt", "docx"] {
            // 20 participants: 8 + 8 + 4 badges (4 blank badges fill the last page).
            let badges = try PDFInfo(pdf: pdf("badges-20.\(format)"))
            XCTAssertEqual(badges.pageCount, 3, "badges-20.\(format)")
            XCTAssertTrue(badges.pageSizes.allSatisfy { $0.isA4() && !$0.isLandscape })

            // No participants: the sheets of the three days still print, one landscape page each, with numbered blank rows.
            let sheet = try PDFInfo(pdf: pdf("attendance-0.\(format)"))
            XCTAssertEqual(sheet.pageCount, 3, "attendance-0.\(format): one page per day")
            XCTAssertTrue(sheet.pageSizes.allSatisfy { $0.isA4() && $0.isLandscape })
            let firstDay = try PDFText.text(of: pdf("attendance-0.\(format)"), firstPage: 1, lastPage: 1)
            let signature = try KitsProject.real.inputs().labels.text("common.signature", "ro")
            XCTAssertTrue(firstDay.contains(signature), "the header row: \(firstDay.prefix(400))")
            XCTAssertTrue(firstDay.contains(String(AttendanceSheet.rowsOnFirstPage)), "blank rows numbered up to a full page")
            XCTAssertTrue(PDFText.normalize(firstDay).contains("Pagina 1 din 3"), "page n of m: \(firstDay.suffix(200))")

            // A 40-character name stays on its badge: same page count as a short name, the whole name on page 1.
            let long = try PDFInfo(pdf: pdf("badges-long.\(format)"))
            let short = try PDFInfo(pdf: pdf("badges-short.\(format)"))
            XCTAssertEqual(long.pageCount, short.pageCount)
            XCTAssertEqual(long.pageCount, 1)
            let layout = try PDFText.text(of: pdf("badges-long.\(format)"), firstPage: 1, lastPage: 1)
            let text = PDFText.normalize(layout)
            for part in ["Maria-Magdalena", "Constantinescu-", "Rădulescu"] { XCTAssertTrue(text.contains(part), "\(part) in \(text)") }
            // One or two lines: the only named badge is the first, so its lines are the ones with parts of the name.
            let nameLines = layout.split(separator: "\n").filter { $0.contains("Maria") || $0.contains("Constantinescu") || $0.contains("Rădulescu") }
            XCTAssertLessThanOrEqual(nameLines.count, 2, "\(nameLines)")
        }
    }

    func testLongNamesShrinkToFitTwoLinesOfTheBadge() throws {
        let style = try KitsProject.real.inputs().style
        let sheet = BadgeSheet(badges: [], caption: "", style: style, metadata: Metadata(title: "t"))
        let maximum = try XCTUnwrap(style.paragraphStyle(named: "BadgeName").fontSize)
        XCTAssertEqual(sheet.nameSize("Ana Pop"), maximum, "short names keep the style's size")
        let name = "Maria-Magdalena Constantinescu-Rădulescu"
        let size = sheet.nameSize(name)
        XCTAssertLessThan(size, maximum)
        // Two lines, the longer one at most the badge's text width at the estimated glyph width.
        let longest = Double(BadgeNameSize.longestLine(of: name))
        let width = Length.pt(longest * size * BadgeNameSize.averageCharacterWidth)
        XCTAssertLessThanOrEqual(width, BadgeSheet.badgeWidth - .mm(2 * style.table.cellPadding + 6))
        XCTAssertEqual(BadgeNameSize.longestLine(of: name), "Constantinescu-Rădulescu".count)
    }

    func testParticipantsAreListedInTheCountrysAlphabeticalOrder() {
        let names = ["Țurcanu", "Szabo", "Șerban", "Stănescu", "Sava", "Ălbescu", "Alexe"]
        let participants = names.enumerated().map { index, name -> Participant in
            var participant = Participant()
            participant.id = "P\(index)"
            participant.familyName = name
            return participant
        }
        let sorted = ParticipantOrder.sorted(participants, localeIdentifier: "ro_RO").map(\.familyName)
        XCTAssertEqual(sorted, ["Alexe", "Ălbescu", "Sava", "Stănescu", "Szabo", "Șerban", "Țurcanu"])
    }

    func testHalfDayAttendanceMakesAMorningAndAnAfternoonSheet() throws {
        var facts = try romanianSeminar(participants: 3)
        var activity = facts.activity
        activity.attendanceBy = .halfDay
        facts = KitFacts(activity: activity, data: facts.data, words: facts.words, style: facts.style)
        let sheets = AttendanceSheet(facts: facts).sheets
        XCTAssertEqual(sheets.count, 2 * activity.days.count)
        XCTAssertEqual(sheets.compactMap(\.part), Array(repeating: [DayPart.am, .pm], count: activity.days.count).flatMap { $0 })
        XCTAssertEqual(AttendanceSheet(facts: facts).document().sections.count, sheets.count)
    }
}
