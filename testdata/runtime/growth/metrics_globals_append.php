<?php
// Request timings are pushed into $GLOBALS for a metrics exporter that never drains them.

function timeRequest(string $route, callable $action): mixed
{
    $start = hrtime(true);
    $result = $action();
    $GLOBALS['__metrics']['timings'][] = [ // leak
        'route' => $route,
        'ns' => hrtime(true) - $start,
        'labels' => ['app' => 'shop', 'env' => 'prod', 'host' => gethostname() . '-' . str_repeat('x', 60)],
    ];
    return $result;
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    timeRequest('/cart/' . $i, static fn (): int => $i * 2);
}
