<?php
// A profiler notes when each request started, keyed by the request
// object's id; requests are freed after each iteration, so PHP reuses
// their ids and the map keeps one entry per live request.

final class Request
{
    public string $body;

    public function __construct(public readonly string $path)
    {
        $this->body = str_repeat('b', 700);
    }
}

final class Profiler
{
    private static array $started = [];

    public static function start(Request $r): void
    {
        self::$started[spl_object_id($r)] = hrtime(true);
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $request = new Request("/orders/{$i}");
    Profiler::start($request);
}
