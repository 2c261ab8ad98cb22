import Foundation
import Hummingbird

/// The stylesheet and script, read once from the bundled `Static/` folder.
/// A request names a file; only the names found in that folder at start-up
/// are ever served, so no path (`..`, `/`, encoded or not) can reach another file.
struct StaticAssets: Sendable {
    struct Asset: Sendable {
        var contentType: String
        var bytes: [UInt8]
    }

    private var assets: [String: Asset]

    /// The folder's files by name; throws when the bundle or a file cannot be read.
    static func bundled() throws -> StaticAssets {
        guard let folder = Bundle.module.url(forResource: "Static", withExtension: nil) else {
            throw WorkbenchError("the workbench's static files are missing from its bundle (Static/); reinstall tracker")
        }
        var assets: [String: Asset] = [:]
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        for name in names.sorted() {
            guard let type = contentTypes[(name as NSString).pathExtension] else { continue }
            let data = try Data(contentsOf: folder.appendingPathComponent(name))
            assets[name] = Asset(contentType: type, bytes: Array(data))
        }
        return StaticAssets(assets: assets)
    }

    /// The types the workbench ships; any other file in the folder is not served.
    static let contentTypes = [
        "css": "text/css; charset=utf-8", "js": "text/javascript; charset=utf-8",
        "svg": "image/svg+xml", "png": "image/png",
    ]

    /// The names served.
    var names: [String] { assets.keys.sorted() }

    /// The bytes of the file named `name`, if it is served.
    func bytes(of name: String) -> [UInt8]? { assets[name]?.bytes }

    /// The file named `name`, or a 404.
    func response(for name: String) -> Response {
        guard let asset = assets[name] else { return ErrorPage.response(.notFound, "No such file.") }
        return Response(
            status: .ok, headers: [.contentType: asset.contentType, .cacheControl: "no-cache"],
            body: .init(byteBuffer: ByteBuffer(bytes: asset.bytes)))
    }
}
