import Foundation
import Hummingbird
import HummingbirdTesting
@testable import ITAServe
import Testing

/// The server's clocks: the request time cuts off work that runs too long (its job is freed when
/// the work ends), and a kept check is deleted when its lifetime ends.
@Suite struct DeadlineTests {
    /// The clock answers while the work still runs (it cannot answer before: the work takes 10
    /// times the request time, and its own value would be 1).
    @Test func workPastTheRequestTimeIsAnswered503() async throws {
        let limiter = WorkLimiter(jobs: 1, queue: 0, timeout: .milliseconds(200))
        do throws(ServeError) {
            _ = try await limiter.run { Thread.sleep(forTimeInterval: 2); return 1 }
            Issue.record("work past its time was answered with its value")
        } catch {
            #expect(error.code == "request-timeout")
        }
    }

    /// Work done in time answers its value, and the cancelled clock never answers for it later.
    @Test func workInTimeAnswersItsValue() async throws {
        let limiter = WorkLimiter(jobs: 2, queue: 4, timeout: .milliseconds(300))
        for round in 0..<20 {
            let value = try await limiter.run { round }
            #expect(value == round)
        }
        try await Task.sleep(for: .milliseconds(400))
        #expect(try await limiter.run { "after" } == "after")
    }

    /// Served while its lifetime lasts, gone after it (a loaded machine may be slower than the
    /// lifetime between the upload and the first look: only a look within it must find it).
    @Test func aKeptCheckIsDeletedWhenItsLifetimeEnds() async throws {
        var configuration = testConfiguration()
        configuration.resultLifetime = .seconds(1)
        let app = ServeApp(configuration: configuration)
        let form = try samplePair()
        try await Application(router: app.router()).test(.router) { client in
            let posted = ContinuousClock.now
            let location = try await postCheck(client, form).location
            let status = try await client.execute(uri: location, method: .get) { $0.status }
            if ContinuousClock.now - posted < .seconds(1) { #expect(status == .ok) }
            // Gone within a few lifetimes (the default lifetime is 15 minutes: a check kept for
            // its whole lifetime is still there at the end of this loop).
            var gone = false
            for _ in 0..<30 where !gone {
                try await Task.sleep(for: .seconds(1))
                gone = try await client.execute(uri: location, method: .get) { $0.status } == .notFound
            }
            #expect(gone)
        }
        #expect(await app.store.count == 0)
    }
}
