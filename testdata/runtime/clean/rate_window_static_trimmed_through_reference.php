<?php
// A rate limiter keeps, per API plan, the timestamps of the last 50 calls
// in a static table. It binds the plan's list by reference and drops the
// oldest while the list is over its limit.

final class PlanRateWindow
{
    /** @var array<string, list<array{float, string}>> */
    private static array $calls = [];

    public static function hit(string $plan, string $caller): bool
    {
        $window = &self::$calls[$plan];
        $window[] = [microtime(true), $caller . str_repeat('-', 300)];
        while (count($window) > 50) {
            array_shift($window);
        }
        return count($window) < 50;
    }
}

$plans = ['free', 'pro', 'enterprise'];
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    PlanRateWindow::hit($plans[$i % 3], "client-{$i}");
}
