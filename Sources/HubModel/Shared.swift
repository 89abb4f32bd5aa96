/// A value held once, in a box, and shared by its copies until one of them changes it (copy on
/// write). For large values copied into many lists: a calendar event goes into every list and
/// feed that shows it, and copying its twenty-odd strings and arrays field by field was a fifth
/// of a rebuild; a copy of a shared value is one reference. Inlinable, so that users in other
/// modules get code specialised to their value: generic code looked up the value's type at run
/// time on every read, which cost more than the copies saved.
public struct Shared<Value: Sendable>: @unchecked Sendable {
    // Unchecked: the box is changed only when this copy holds the only reference to it.
    @usableFromInline final class Box {
        @usableFromInline var value: Value
        @usableFromInline init(_ value: Value) { self.value = value }
    }

    @usableFromInline var box: Box

    @inlinable public init(_ value: Value) {
        box = Box(value)
    }

    @inlinable public var value: Value {
        // Read in place: a field read through `value` (an event's id, its audience) copies
        // that field, not the whole value with a retain of each of its fields.
        _read { yield box.value }
        _modify {
            if !isKnownUniquelyReferenced(&box) { box = Box(box.value) }
            yield &box.value
        }
    }
}

extension Shared: Equatable where Value: Equatable {
    @inlinable public static func == (lhs: Shared, rhs: Shared) -> Bool {
        lhs.box === rhs.box || lhs.box.value == rhs.box.value
    }
}

extension Shared: Hashable where Value: Hashable {
    @inlinable public func hash(into hasher: inout Hasher) {
        hasher.combine(box.value)
    }
}
