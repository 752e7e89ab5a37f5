import Foundation
import PackagePlugin

/// Compiles the ITA templates (`Resources/templates/ita-YYYY.json` of the target) into the target
/// as one generated Swift source, so that the `ita` binary carries them and runs when copied alone
/// to another folder or machine (a resource bundle beside the binary is easy to lose). The JSON
/// files stay the one source of truth: they are read again whenever one of them changes.
@main
struct EmbedTemplates: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        guard let module = target as? SourceModuleTarget else { return [] }
        let templates = module.sourceFiles(withSuffix: "json")
            .map(\.url)
            .filter { $0.deletingLastPathComponent().lastPathComponent == "templates" }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedTemplates.swift")
        return [
            .buildCommand(
                displayName: "Compiling \(templates.count) ITA templates into \(target.name)",
                executable: try context.tool(named: "EmbedTemplatesTool").url,
                arguments: [output.path] + templates.map(\.path),
                inputFiles: templates,
                outputFiles: [output]),
        ]
    }
}
