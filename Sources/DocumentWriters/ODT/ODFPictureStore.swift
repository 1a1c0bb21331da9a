import DocumentTree

/// The images of a package: each distinct image stored once under `Pictures/`, named by a
/// stable index in order of first use (`Pictures/image1.png`).
final class ODFPictureStore {
    struct Picture {
        var path: String
        var mediaType: String
        var bytes: [UInt8]
    }

    private(set) var pictures: [Picture] = []
    private var pathsByContent: [SampledBytesKey: String] = [:]

    /// The package path of the bytes, adding them on first use.
    func path(for bytes: [UInt8], format: Image.Format) -> String {
        let key = SampledBytesKey(bytes)
        if let path = pathsByContent[key] { return path }
        let path = "Pictures/image\(pictures.count + 1).\(format.rawValue)"
        pathsByContent[key] = path
        pictures.append(Picture(path: path, mediaType: format.mediaType, bytes: bytes))
        return path
    }
}
