<?php

// METRICS_BATCH is not set on this deployment: the default, 50, applies
return [
    'prefix' => getenv('METRICS_PREFIX') ?: 'shop.api',
    'batch' => (int) (getenv('METRICS_BATCH') ?: 50),
];
