<?php
// A RoadRunner-style worker hands each request to a Laravel-style HTTP
// kernel. The metrics middleware collects a timing per request and sends
// the batch from terminate(), which the kernel runs from its own
// terminate(): the worker loop calls it after every request, so the
// batch holds one request's timing at most.

final class Request
{
    public function __construct(public string $path, public string $traceId)
    {
    }
}

final class Response
{
    public function __construct(public int $status)
    {
    }
}

final class StatsdClient
{
    public int $sent = 0;

    public function send(array $timings): void
    {
        $this->sent += count($timings);
    }
}

final class RequestMetricsMiddleware
{
    /** @var list<array<string, mixed>> */
    private array $timings = [];

    public function __construct(private StatsdClient $statsd)
    {
    }

    public function handle(Request $request, Closure $next): Response
    {
        $response = $next($request);
        $this->timings[] = ['path' => $request->path, 'trace' => $request->traceId, 'status' => $response->status];
        return $response;
    }

    public function terminate(Request $request, Response $response): void
    {
        $this->statsd->send($this->timings);
        $this->timings = [];
    }
}

final class Kernel
{
    /** @param list<RequestMetricsMiddleware> $middleware */
    public function __construct(private array $middleware)
    {
    }

    public function handle(Request $request): Response
    {
        $next = static fn (Request $r): Response => new Response(200);
        foreach (array_reverse($this->middleware) as $mw) {
            $next = static fn (Request $r): Response => $mw->handle($r, $next);
        }
        return $next($request);
    }

    public function terminate(Request $request, Response $response): void
    {
        foreach ($this->middleware as $mw) {
            $mw->terminate($request, $response);
        }
    }
}

final class Worker
{
    private int $served = 0;

    public function __construct(private int $limit)
    {
    }

    public function waitRequest(): ?Request
    {
        if ($this->served >= $this->limit) {
            return null;
        }
        $n = $this->served++;
        return new Request('/orders/' . $n, str_repeat(bin2hex(pack('N', $n * 2654435761 % 4294967291)), 20));
    }
}

$kernel = new Kernel([new RequestMetricsMiddleware(new StatsdClient())]);
$worker = new Worker((int) (getenv('PHPLEAK_N') ?: 100));
while ($request = $worker->waitRequest()) {
    $response = $kernel->handle($request);
    $kernel->terminate($request, $response);
}
