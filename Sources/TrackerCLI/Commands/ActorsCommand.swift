import ArgumentParser
import TrackerAnalysis
import TrackerStore

extension ActorKind: ExpressibleByArgument {}

struct ActorsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "actors",
        abstract: "List, inspect and manage the actors in the database.",
        discussion: """
            Actors are stored as they are first named in an ingested article, with the built-in \
            dictionary's aliases and affiliations. Any alias finds an actor ("Pyongyang", "DPRK").

            Examples:
              tracker actors list --format csv
              tracker actors show Pyongyang
              tracker actors add "Harbour First" --kind group --alias HF
              tracker actors alias "North Korea" "the North"
              tracker actors merge "Kim Jong Un" "Kim Jong-un"
            """,
        subcommands: [List.self, Show.self, Add.self, Alias.self, Merge.self],
        defaultSubcommand: List.self
    )

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Actors, most mentioned first.")
        @OptionGroup var database: DatabaseOptions
        @Option(help: "table, json, csv or markdown.") var format: ListFormat = .table
        @Option(help: "List at most this many.") var limit: Int?

        func run() throws {
            let actors = try database.openForReading().actors(limit: limit)
            let table = ListTable(
                columns: ["key", "name", "kind", "affiliation", "origin", "mentions", "holder", "source", "target"],
                rows: actors.map { item in
                    let actor = item.actor
                    return [
                        .text(actor.key), .text(actor.name), .text(actor.kind.rawValue), .text(actor.parent),
                        .text(actor.origin.rawValue), .int(item.mentions), .int(actor.statementsByRole[.holder] ?? 0),
                        .int(actor.statementsByRole[.source] ?? 0), .int(actor.statementsByRole[.target] ?? 0),
                    ]
                })
            var out = StandardOutput()
            out.write(table.rendered(as: format))
            try out.flush()
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "One actor: aliases, affiliation, roles and statements.")
        @OptionGroup var database: DatabaseOptions
        @Argument(help: "A name, key or alias.") var name: String

        func run() throws {
            guard let actor = try database.openForReading().actor(named: name) else {
                throw CLIError("no actor named '\(name)'; see 'tracker actors list'")
            }
            var out = StandardOutput()
            let inert = TerminalEscaping.escaped
            out.write(inert("\(actor.name) (\(actor.kind.rawValue), \(actor.key), \(actor.origin.rawValue))") + "\n")
            if let parent = actor.parent { out.write("affiliation: \(inert(parent))\n") }
            if !actor.aliases.isEmpty { out.write("aliases: \(inert(actor.aliases.joined(separator: ", ")))\n") }
            for role in actor.roles { out.write("role: \(inert(role.description))\n") }
            let roles = StatementQuery.Role.allCases.map { "\($0.rawValue) \(actor.statementsByRole[$0] ?? 0)" }
            out.write("statements: \(roles.joined(separator: ", "))\n")
            if !actor.heldByKind.isEmpty {
                out.write(
                    "as holder: "
                        + actor.heldByKind.sorted { $0.key.rawValue < $1.key.rawValue }.map { "\($0.key.rawValue) \($0.value)" }
                        .joined(separator: ", ") + "\n")
            }
            try out.flush()
        }
    }

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Add an actor of your own.")
        @OptionGroup var database: DatabaseOptions
        @Argument(help: "Its canonical name.") var name: String
        @Option(help: "state, organisation, group or person.") var kind: ActorKind
        @Option(help: "The actor it belongs to (name or alias).") var parent: String?
        @Option(help: "Another name for it (repeatable).") var alias: [String] = []

        func run() throws {
            let actor = try database.open().addActor(name: name, kind: kind, parent: parent, aliases: alias)
            Diagnostics.info("added \(actor.name) (\(actor.key))")
        }
    }

    struct Alias: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Give an actor another name.")
        @OptionGroup var database: DatabaseOptions
        @Argument(help: "The actor (name or alias).") var name: String
        @Argument(help: "The new alias.") var alias: String

        func run() throws {
            try database.openExisting().addAlias(alias, to: name)
            Diagnostics.info("'\(alias)' now names \(name)")
        }
    }

    struct Merge: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Merge actor A into B: every statement naming A now names B.")
        @OptionGroup var database: DatabaseOptions
        @Argument(help: "The actor to merge away.") var from: String
        @Argument(help: "The actor to keep.") var into: String
        @Option(help: "Why (kept in the correction history with who and when).") var note: String?

        func run() throws {
            let moved = try database.openExisting().mergeActor(from, into: into, author: Author.current, note: note)
            Diagnostics.info("merged '\(from)' into '\(into)': \(moved) statement role(s) re-pointed")
        }
    }
}
