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
        subcommands: [Validate.self, Parse.self, Export.self, Convert.self, TemplateCommand.self]
    )
}
