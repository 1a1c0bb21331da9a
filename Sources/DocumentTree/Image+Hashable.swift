extension Image {
    /// Hashes the image without reading all of its bytes: the writers key their media stores and
    /// header/footer parts by images, and hashing a 30 kB logo byte by byte for every certificate
    /// cost more than writing the certificate. Equal images still hash equally; `==` (synthesized)
    /// compares every byte, which Swift does at once for arrays sharing storage.
    public func hash(into hasher: inout Hasher) {
        SampledBytesKey.feed(data, into: &hasher)
        hasher.combine(format)
        if let pngFallback { SampledBytesKey.feed(pngFallback, into: &hasher) }
        hasher.combine(altText)
        hasher.combine(width)
        hasher.combine(height)
    }
}
