import Foundation
import Hummingbird
import HummingbirdTesting
import ITAServe
import Testing

/// The server's clocks: the request time cuts off work that runs too long (its job is freed when
/// the work ends), and a kept check is deleted when its lifetime ends.
@Suite struct DeadlineTests {
    @Test func workPastTheRequestTimeIsAnswered503AndItsJobFreedAfter() async throws {
        let limiter = WorkLimiter(jobs: 1, queue: 0, timeout: .milliseconds(200))
        let started = ContinuousClock.now
        do throws(ServeError) {
            _ = try await limiter.run { Thread.sleep(forTimeInterval: 2); return 1 }
            Issue.record("work past its time was answered")
        } catch {
            #expect(error.code == "request-timeout")
        }
        #expect(ContinuousClock.now - started < .milliseconds(1500), "answered at the deadline, not when the work ended")
        // The job is held until the work really ends, then free for the next request.
        try await Task.sleep(for: .milliseconds(2100))
        let value = try await limiter.run { 2 }
        #expect(value == 2)
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

    @Test func aKeptCheckIsDeletedWhenItsLifetimeEnds() async throws {
        var configuration = testConfiguration()
        configuration.resultLifetime = .milliseconds(300)
        let app = ServeApp(configuration: configuration)
        let form = try samplePair()
        try await Application(router: app.router()).test(.router) { client in
            let location = try await client.execute(uri: "/check", method: .post, headers: form.headers, body: form.body) { response in
                try #require(response.headers[.location])
            }
            try await client.execute(uri: location, method: .get) { response in
                #expect(response.status == .ok)
            }
            try await Task.sleep(for: .milliseconds(900))
            try await client.execute(uri: location, method: .get) { response in
                #expect(response.status == .notFound)
            }
        }
        #expect(await app.store.count == 0)
    }
}
