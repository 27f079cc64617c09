<?php

return [
    'default' => 'redis',
    'connections' => [
        'redis' => [
            'driver' => 'redis',
            'queue' => 'erx',
            'retry_after' => 90,
        ],
    ],
];
