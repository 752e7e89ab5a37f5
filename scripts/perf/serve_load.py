"""Load test of `ita serve`: N clients, each on its own keep-alive connection, post the sample's
plan and results to /api/validate as fast as the server answers, for D seconds. Reports the
requests, errors (any status but 200), latency percentiles, and the server's resident memory
sampled every 0.25 s (start, peak, end: flat memory means no growth under load).

    python3 serve_load.py HOST PORT SERVER_PID CLIENTS SECONDS PLAN RESULTS
"""
import asyncio
import os
import statistics
import sys
import time


def multipart(files):
    boundary = "----itaLoad7MA4YWxkTrZu0gW"
    body = b""
    for name, content in files:
        body += (f"--{boundary}\r\nContent-Disposition: form-data; name=\"files\"; filename=\"{name}\"\r\n"
                 f"Content-Type: text/csv\r\n\r\n").encode() + content + b"\r\n"
    body += f"--{boundary}--\r\n".encode()
    return body, f"multipart/form-data; boundary={boundary}"


def rss_mb(pid):
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


async def client(host, port, request, stop_at, latencies, errors):
    reader, writer = await asyncio.open_connection(host, port)
    try:
        while time.monotonic() < stop_at:
            start = time.monotonic()
            writer.write(request)
            await writer.drain()
            head = await reader.readuntil(b"\r\n\r\n")
            status = int(head.split(b" ", 2)[1])
            length = 0
            for line in head.split(b"\r\n"):
                if line.lower().startswith(b"content-length:"):
                    length = int(line.split(b":", 1)[1])
            await reader.readexactly(length)
            latencies.append(time.monotonic() - start)
            if status != 200:
                errors.append(status)
    finally:
        writer.close()


async def memory(pid, stop_at, samples):
    while time.monotonic() < stop_at + 1:
        samples.append(rss_mb(pid))
        await asyncio.sleep(0.25)


async def main():
    host, port, pid, clients, seconds, plan, results = sys.argv[1:8]
    port, pid, clients, seconds = int(port), int(pid), int(clients), float(seconds)
    files = [(os.path.basename(p), open(p, "rb").read()) for p in (plan, results)]
    body, content_type = multipart(files)
    request = (f"POST /api/validate HTTP/1.1\r\nHost: {host}:{port}\r\nContent-Type: {content_type}\r\n"
               f"Content-Length: {len(body)}\r\n\r\n").encode() + body
    latencies, errors, samples = [], [], []
    start_rss = rss_mb(pid)
    stop_at = time.monotonic() + seconds
    began = time.monotonic()
    await asyncio.gather(memory(pid, stop_at, samples),
                         *(client(host, port, request, stop_at, latencies, errors) for _ in range(clients)))
    elapsed = time.monotonic() - began
    latencies.sort()
    def pct(p):
        return latencies[min(len(latencies) - 1, int(p / 100 * len(latencies)))] * 1000
    print(f"clients {clients}  duration {elapsed:.1f} s  requests {len(latencies)}  "
          f"({len(latencies) / elapsed:.0f}/s)  errors {len(errors)}{' ' + str(sorted(set(errors))) if errors else ''}")
    print(f"latency ms  p50 {pct(50):.1f}  p90 {pct(90):.1f}  p99 {pct(99):.1f}  max {latencies[-1] * 1000:.1f}  "
          f"mean {statistics.mean(latencies) * 1000:.1f}")
    third = max(1, len(samples) // 3)
    print(f"server RSS MB  before {start_rss:.1f}  peak {max(samples):.1f}  "
          f"first third max {max(samples[:third]):.1f}  last third max {max(samples[-third:]):.1f}  after {rss_mb(pid):.1f}")
    if errors:
        sys.exit(1)


asyncio.run(main())
