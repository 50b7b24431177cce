import CaseLedger

/// The staff register shown on a date: `caseledger staff show`.
public struct StaffRegisterView: Sendable {
    /// The register.
    public let register: StaffRegister
    /// The date roles and limits are shown for.
    public let date: CalendarDate

    /// A view of `register` on `date`.
    public init(register: StaffRegister, date: CalendarDate) {
        self.register = register
        self.date = date
    }

    /// Members in staff id order (two ids spelt alike in different Unicode forms, rule 67, by
    /// their code units).
    private var members: [StaffMember] {
        register.members.sorted { a, b in a.value.staffId != b.value.staffId ? a.value.staffId < b.value.staffId : a.key < b.key }.map(\.value)
    }

    /// `{"on": date, "members": [...]}`: each member with every role and sign-off limit ever
    /// held (from, until, the events that granted and ended it) and what they hold on the date.
    public var json: JSONValue {
        [
            "on": .string(date.iso),
            "members": .array(members.map { m in
                [
                    "staffId": .string(m.staffId), "name": .string(m.name), "team": m.team.map { .string($0) } ?? nil,
                    "from": .string(m.from.iso), "leftOn": m.leftOn.map { .string($0.iso) } ?? nil,
                    "onRegister": .bool(m.isOnRegister(on: date)),
                    "rolesHeld": .array(m.roles(on: date).sorted().map { .string($0.rawValue) }),
                    "signOffLimitHeld": m.signOffLimit(on: date).map(\.json) ?? nil,
                    "roles": .array(m.roles.map { grant($0, ["role": .string($0.value.rawValue)]) }),
                    "signOffLimits": .array(m.signOffLimits.map { grant($0, ["weeklyLimit": $0.value.json]) }),
                ]
            }),
        ]
    }

    /// One line per member: id, name, team, and the roles and sign-off limit held on the date.
    public var text: String {
        var lines = ["Staff register on \(date): \(members.count) member\(members.count == 1 ? "" : "s")"]
        for m in members {
            let team = m.team.map { ", \($0)" } ?? ""
            guard m.isOnRegister(on: date) else {
                let when = m.from > date ? "joins \(m.from)" : "left \(m.leftOn.map(\.iso) ?? "")"
                lines.append("\(m.staffId) \(m.name)\(team): not on the register (\(when))")
                continue
            }
            let roles = m.roles(on: date).sorted().map(\.rawValue)
            let limit = m.signOffLimit(on: date).map { "sign-off up to \($0) a week" } ?? "no sign-off authority"
            lines.append("\(m.staffId) \(m.name)\(team): \(roles.isEmpty ? "no roles" : roles.joined(separator: ", ")); \(limit)")
        }
        return lines.map { VisibleText.neutralised($0, oneLine: true) }.joined(separator: "\n")
    }

    private func grant<V>(_ g: Grant<V>, _ value: JSONObject) -> JSONValue {
        var out: JSONObject = [
            "from": .string(g.from.iso), "until": g.until.map { .string($0.iso) } ?? nil,
            "grantedBy": .string(g.grantedBy), "endedBy": g.endedBy.map { .string($0) } ?? nil,
        ]
        for (k, v) in value { out[k] = v }
        return .object(out)
    }
}
