<?php
// A rate limiter keeps, per client, the timestamps of its last 50 calls
// in a static table, bound by reference and trimmed to 50. Every client
// gets a window of its own and none is ever removed.

final class ClientRateWindow
{
    /** @var array<string, list<array{float, string}>> */
    private static array $calls = [];

    public static function hit(string $client): bool
    {
        $window = &self::$calls[$client]; // leak
        $window[] = [microtime(true), $client . str_repeat('-', 600)]; // leak
        while (count($window) > 50) {
            array_shift($window);
        }
        return count($window) < 50;
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    ClientRateWindow::hit("client-{$i}");
}
