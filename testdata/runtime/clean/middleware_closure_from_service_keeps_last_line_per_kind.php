<?php
// An access log service hands out its middleware as a closure over
// itself. The worker takes it once, before its loop, and runs it for
// every request: it keeps only the last line of reads and of writes, two
// entries each request overwrites.

final class AccessLog
{
    /** @var array<string, string> */
    private array $last = [];

    public function middleware(): Closure
    {
        return function (array $request): void {
            $kind = match ($request['method']) {
                'GET', 'HEAD' => 'read',
                default => 'write',
            };
            $this->last[$kind] = sprintf('%s %s %s', $request['method'], $request['path'], $request['agent']);
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
