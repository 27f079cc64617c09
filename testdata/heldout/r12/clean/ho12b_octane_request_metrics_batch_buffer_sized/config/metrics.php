<?php

return [
    'service' => getenv('APP_NAME') ?: 'storefront-api',
    'host' => getenv('STATSD_HOST') ?: '127.0.0.1',
    'port' => getenv('STATSD_PORT') ?: 8125,
    // samples per UDP packet (0 = leave it to the scheduled metrics:flush command)
    'batch_size' => (int) (getenv('METRICS_BATCH_SIZE') ?: 50),
];
