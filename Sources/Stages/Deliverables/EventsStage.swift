extension Stage {
    /// D6: one printed kit per multiplier event and language (the event's and English):
    /// invitation, agenda, attendance sheet, name badges, evaluation form, index page, and with
    /// `--format pdf` the whole kit as one PDF. See `Docs/kits.md`.
    public static func events(version: String = "1") -> Stage {
        KitStage.make("events", version: version, kind: .multiplierEvent) { data in
            data.multiplierEvents.map(KitActivity.init(event:))
        }
    }
}
