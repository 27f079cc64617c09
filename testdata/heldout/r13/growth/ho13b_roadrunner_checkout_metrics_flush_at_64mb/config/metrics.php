<?php

return [
    'sink' => [
        'host' => 'statsd.monitoring.svc',
        'port' => 8125,
    ],
    'prefix' => 'shop.checkout',
    'buffer' => [
        // Lines are batched and sent once the batch reaches this size.
        'max_bytes' => 64 * 1024 * 1024,
    ],
];
