extension Stage {
    /// D7: one printed kit per training seminar and language (the seminar's and English):
    /// agenda, participant handbook, attendance sheets per day, name badges, evaluation form,
    /// index page (listing the certificates folder), and with `--format pdf` the whole kit as one
    /// PDF. See `Docs/kits.md`.
    public static func seminars(version: String = "1") -> Stage {
        KitStage.make("seminars", version: version, kind: .seminar) { data in
            data.seminars.map(KitActivity.init(seminar:))
        }
    }
}
