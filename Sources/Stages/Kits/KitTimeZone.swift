import Foundation
import ProjectModel

/// The local time of an activity: its time zone's abbreviation on the day (`CET`, `CEST`,
/// `EEST`, `WEST`) and its name in the kit's language.
struct KitTimeZone: Sendable {
    let identifier: String

    /// The abbreviation in force at noon on `date` (`CEST` in June in Brussels); the identifier
    /// when Foundation does not know the zone.
    func abbreviation(on date: CalendarDate?) -> String {
        guard let zone = TimeZone(identifier: identifier), let instant = noon(of: date, in: zone) else { return identifier }
        let style: TimeZone.NameStyle = zone.isDaylightSavingTime(for: instant) ? .shortDaylightSaving : .shortStandard
        return zone.localizedName(for: style, locale: Locale(identifier: "en_GB")) ?? identifier
    }

    /// The zone's name in words in `localeIdentifier` (`ora de vară a Europei de Est`).
    func name(on date: CalendarDate?, localeIdentifier: String) -> String? {
        guard let zone = TimeZone(identifier: identifier), let instant = noon(of: date, in: zone) else { return nil }
        let style: TimeZone.NameStyle = zone.isDaylightSavingTime(for: instant) ? .daylightSaving : .standard
        return zone.localizedName(for: style, locale: Locale(identifier: localeIdentifier))
    }

    private func noon(of date: CalendarDate?, in zone: TimeZone) -> Date? {
        guard let date else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        return calendar.date(from: DateComponents(year: date.year, month: date.month, day: date.day, hour: 12))
    }
}
