<?php
// An access log service hands out its middleware as a closure over
// itself. The worker takes it once, before its loop, and runs it for
// every request: each request's line is appended to the service, which
// the closure keeps alive for the whole worker.

final class AccessLog
{
    /** @var list<string> */
    private array $lines = [];

    public function middleware(): Closure
    {
        return function (array $request): void {
            $this->lines[] = sprintf('%s %s %s', $request['method'], $request['path'], $request['agent']); // leak
        };
    }
}

$log = new AccessLog();
$middleware = $log->middleware();
unset($log);
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $middleware(['method' => ['GET', 'POST'][$i % 2], 'path' => '/carts/' . (30000 + $i), 'agent' => str_repeat('Mozilla/5.0 ', 60)]);
}
