import ArgumentParser

@main
struct ITA: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ita",
        abstract: "ITA Toolkit: read, check and export the ITA measures plan and results report.",
        subcommands: []
    )
}
