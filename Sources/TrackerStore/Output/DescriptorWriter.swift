import Foundation

/// Buffered, checked writes to an open file descriptor: every `write(2)` is
/// checked, and the first failure is kept and reported by ``flush()``.
///
/// Writing line by line without a buffer is slow for large documents, so
/// text is gathered in 64 KiB blocks.
public struct DescriptorWriter: Sendable {
    /// The descriptor written to.
    public let descriptor: Int32
    /// The name used in error messages ("standard output", a path).
    public let name: String
    private var buffer: [UInt8] = []
    private var failure: OutputError?
    static let blockSize = 1 << 16

    /// A writer on `descriptor`, named `name` in error messages.
    public init(descriptor: Int32, name: String) {
        self.descriptor = descriptor
        self.name = name
        buffer.reserveCapacity(Self.blockSize)
    }

    /// Queues `text`; a failed write is reported by the next ``flush()``.
    public mutating func write(_ text: String) {
        guard failure == nil else { return }
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= Self.blockSize { writeBuffer() }
    }

    /// Queues `bytes`; a failed write is reported by the next ``flush()``.
    public mutating func write(bytes: some Sequence<UInt8>) {
        guard failure == nil else { return }
        buffer.append(contentsOf: bytes)
        if buffer.count >= Self.blockSize { writeBuffer() }
    }

    /// Writes what is queued; throws the first failure of any write so far.
    public mutating func flush() throws(OutputError) {
        writeBuffer()
        if let failure { throw failure }
    }

    private mutating func writeBuffer() {
        guard !buffer.isEmpty, failure == nil else { buffer.removeAll(keepingCapacity: true); return }
        let code: Int32? = buffer.withUnsafeBytes { raw in
            guard let base = raw.baseAddress else { return nil }
            var offset = 0
            while offset < raw.count {
                let written = Foundation.write(descriptor, base + offset, raw.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                // A write of 0 bytes for a non-empty buffer makes no progress: treat it as a full device.
                if written == 0 { return ENOSPC }
                offset += written
            }
            return nil
        }
        if let code { failure = .writeFailed(path: name, reason: OutputError.reason(code)) }
        buffer.removeAll(keepingCapacity: true)
    }
}
