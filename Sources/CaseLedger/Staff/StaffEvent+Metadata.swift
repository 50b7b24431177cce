extension StaffEvent {
    /// The same fact with different decision metadata (used to build corrections).
    public func replacingMetadata(_ metadata: DecisionMetadata) -> StaffEvent {
        switch self {
        case .staffAdded(var p):
            p.metadata = metadata
            return .staffAdded(p)
        case .staffRoleGranted(var p):
            p.metadata = metadata
            return .staffRoleGranted(p)
        case .staffRoleRevoked(var p):
            p.metadata = metadata
            return .staffRoleRevoked(p)
        case .signOffLimitGranted(var p):
            p.metadata = metadata
            return .signOffLimitGranted(p)
        case .signOffLimitRevoked(var p):
            p.metadata = metadata
            return .signOffLimitRevoked(p)
        case .staffLeft(var p):
            p.metadata = metadata
            return .staffLeft(p)
        }
    }

}
