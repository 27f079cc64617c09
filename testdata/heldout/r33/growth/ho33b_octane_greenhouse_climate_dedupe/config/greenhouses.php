<?php

return [
    'sites' => [
        'GH-NORTH-1' => ['tomato-a', 'tomato-b', 'cucumber', 'propagation'],
        'GH-NORTH-2' => ['pepper-a', 'pepper-b', 'herbs'],
        'GH-SOUTH-1' => ['strawberry-a', 'strawberry-b', 'lettuce-nft', 'seedlings'],
        'GH-SOUTH-2' => ['tomato-c', 'tomato-d'],
    ],
    'dedupe_window_seconds' => 60,
    'units' => ['temperature' => 'C', 'humidity' => '%', 'co2' => 'ppm', 'par' => 'umol/m2/s'],
];
