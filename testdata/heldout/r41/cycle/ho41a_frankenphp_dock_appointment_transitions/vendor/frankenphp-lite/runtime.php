<?php

// Stand-in for FrankenPHP worker mode: frankenphp_handle_request() blocks
// until the next request arrives, runs the handler with fresh superglobals,
// and returns false when the worker should stop.
function frankenphp_handle_request(callable $handler): bool
{
    static $served = 0;
    $max = (int) ($_SERVER['FRANKENPHP_MAX_REQUESTS'] ?? 0);
    if ($served >= $max) {
        return false;
    }

    $i = $served++;
    $_SERVER['REQUEST_METHOD'] = 'POST';
    $_SERVER['REQUEST_URI'] = '/docks/' . (1 + $i % 6) . '/appointments';
    $_POST = [
        'carrier' => ['DHL Freight', 'Raben', 'DB Schenker', 'Kuehne+Nagel'][$i % 4],
        'trailer' => sprintf('WX %05d', 31000 + $i),
        'po' => 'PO-' . (450000 + $i * 3),
        'pallets' => (string) (4 + $i % 30),
        'slot_start' => (string) (1_700_006_400 + 1800 * $i),
        'driver_note' => 'Driver ' . $i . ' asks for tail-lift assistance at the ramp, reefer unit running.',
    ];

    $handler();
    $_POST = [];

    return true;
}
