<?php
// The same profiler keeps the request itself under its id: the map holds
// every request, so no id is ever freed for reuse.

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
        self::$started[spl_object_id($r)] = $r; // leak
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $request = new Request("/orders/{$i}");
    Profiler::start($request);
}
