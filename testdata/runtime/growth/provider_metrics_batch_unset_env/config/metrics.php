<?php

// METRICS_BATCH is not set on this deployment: (int) false is 0, and 0
// turns the size-based send off
return [
    'prefix' => getenv('METRICS_PREFIX') ?: 'shop.api',
    'batch' => (int) getenv('METRICS_BATCH'),
];
