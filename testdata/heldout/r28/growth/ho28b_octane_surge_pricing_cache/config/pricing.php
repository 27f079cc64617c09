<?php
return [
    'surge' => [
        'cache_store' => 'array',
        'cache_prefix' => 'surge',
        'ttl' => 300,
        'ceiling' => 3.5,
    ],
    'base_fares' => [
        'moto' => ['base' => 150, 'per_km' => 55, 'per_min' => 12],
        'standard' => ['base' => 250, 'per_km' => 95, 'per_min' => 20],
        'xl' => ['base' => 400, 'per_km' => 140, 'per_min' => 28],
    ],
    // boot-time zones: [name, minLat, maxLat, minLng, maxLng]
    'zones' => [
        ['centrum', 52.360, 52.385, 4.880, 4.915],
        ['west', 52.360, 52.400, 4.820, 4.880],
        ['zuid', 52.330, 52.360, 4.850, 4.920],
        ['oost', 52.350, 52.380, 4.915, 4.960],
        ['noord', 52.385, 52.430, 4.880, 4.960],
        ['airport', 52.290, 52.330, 4.730, 4.800],
    ],
];
