<?php

return [
    'default' => 'redis',
    'connections' => [
        'redis' => [
            'driver' => 'redis',
            'queue' => 'bookings',
            'retry_after' => 90,
        ],
    ],
];
