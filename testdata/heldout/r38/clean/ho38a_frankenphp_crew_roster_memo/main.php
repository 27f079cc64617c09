<?php

// Crew self-service roster API (CrewLink) running as a FrankenPHP worker.
// The request source stands in for Caddy handing requests to the worker.

require_once __DIR__ . '/vendor/frankenphp/worker.php';

$bases = ['LHR', 'LGW', 'MAN', 'EDI', 'GLA', 'BHX'];
$fleets = ['A320', 'A350', 'B777', 'B787', 'E190'];
$periodStart = 1714521600; // 2024-05-01

\FrankenPHP\Runtime::listen(static function (int $i) use ($bases, $fleets, $periodStart): array {
    $from = $periodStart + 86400 * ($i % 60);
    return [
        'uri' => '/api/roster',
        'time' => $periodStart + $i * 17,
        'base' => $bases[$i % count($bases)],
        'query' => [
            'staff' => sprintf('%06d', 200000 + $i),
            'from' => gmdate('Y-m-d', $from),
            'to' => gmdate('Y-m-d', $from + 6 * 86400),
            'fleet' => $fleets[$i % count($fleets)],
        ],
    ];
});

require __DIR__ . '/public/worker.php';
