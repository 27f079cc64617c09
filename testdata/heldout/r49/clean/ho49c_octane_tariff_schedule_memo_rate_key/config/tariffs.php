<?php

return [
    'effective_from' => '2024-07-01',
    'ordinance' => 'WU-2024-117',
    'drought_stage' => 2,
    'drought_surcharge_pct' => 7.5,
    'meter_factors' => ['5/8in' => 1.0, '3/4in' => 1.5, '1in' => 2.5, '2in' => 8.0],
    'classes' => [
        'res' => ['base' => 14.20, 'tiers' => [[6.0, 3.85], [15.0, 5.10], [30.0, 7.40], [INF, 9.95]]],
        'com' => ['base' => 31.75, 'tiers' => [[50.0, 4.40], [INF, 4.95]]],
        'ind' => ['base' => 88.00, 'tiers' => [[500.0, 3.20], [INF, 2.90]]],
        'irr' => ['base' => 18.40, 'tiers' => [[10.0, 5.60], [25.0, 8.10], [INF, 11.25]]],
    ],
];
