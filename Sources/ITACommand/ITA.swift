import ArgumentParser

@main
struct ITA: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ita",
        abstract: "ITA Toolkit: read, check and export the ITA measures plan and results report.",
        discussion: """
        ตรวจแผนมาตรการส่งเสริมคุณธรรมและความโปร่งใส (O42/O25) และรายงานผลการดำเนินการ (O43/O26) \
        ตามแบบของ ITA และจัดทำไฟล์ Excel รายงานผลที่พร้อมพิมพ์
        """,
        subcommands: [Validate.self, Parse.self, Export.self, Convert.self, TemplateCommand.self, Batch.self, Serve.self]
    )
}

extension ITA {
    /// As swift-argument-parser's `main`, except that bad arguments exit 2 (DESIGN §3.1: "2
    /// unusable input or arguments"), not its EX_USAGE 64, so scripts see one code for both.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            if exitCode(for: error) == .validationFailure {
                Console.error(fullMessage(for: error))
                exit(withError: ExitCode(2))
            }
            exit(withError: error)
        }
    }
}
