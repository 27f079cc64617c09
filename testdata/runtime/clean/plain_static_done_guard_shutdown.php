<?php
// Every request calls installTelemetryFlush(); a static flag makes it register the shutdown flush only once.

final class Telemetry
{
    /** @var array<string, int> */
    public static array $counters = [];

    public static function flush(): void
    {
        $lines = [];
        foreach (self::$counters as $route => $count) {
            $lines[] = "http.requests.{$route}:{$count}|c";
        }
        self::$counters = [];
    }
}

function installTelemetryFlush(): void
{
    static $done = false;
    if ($done) {
        return;
    }
    $done = true;
    register_shutdown_function([Telemetry::class, 'flush']);
}

const ROUTES = ['invoice_show', 'invoice_pay', 'customer_list'];

function handle_request(array $request): int
{
    installTelemetryFlush();
    $route = $request['route'];
    Telemetry::$counters[$route] = (Telemetry::$counters[$route] ?? 0) + 1;
    return strlen($request['body']) > 0 ? 200 : 204;
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    handle_request(['route' => ROUTES[$i % count(ROUTES)], 'body' => str_repeat("invoice {$i} ", 60)]);
}
