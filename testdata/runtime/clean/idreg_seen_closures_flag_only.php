<?php
// A profiler marks which callbacks it has wrapped by their object id and
// keeps only a flag, not the callback: a freed closure's id is reused, so
// the table stays at a few entries.

final class Profiler
{
    private static array $wrapped = [];

    public static function wrap(\Closure $fn): \Closure
    {
        self::$wrapped[spl_object_id($fn)] = true;
        return static function (...$args) use ($fn) {
            $t = hrtime(true);
            $r = $fn(...$args);
            return [$r, hrtime(true) - $t];
        };
    }
}

function handle_request(int $i): int
{
    $payload = str_repeat("line {$i}\n", 60);
    $count = Profiler::wrap(static fn (string $s): int => substr_count($s, "\n"));
    return $count($payload)[0];
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    handle_request($i);
}
