<?php

return [
    'octane' => [
        'server' => 'swoole',
        'warm' => [
            \App\Services\RankBadgeService::class,
        ],
    ],
    'badges' => [
        'regions' => ['eu', 'na', 'sa', 'apac', 'mena'],
        'tiers' => [
            'bronze' => 0,
            'silver' => 1200,
            'gold' => 1600,
            'platinum' => 2000,
            'diamond' => 2400,
            'champion' => 2800,
        ],
    ],
];
