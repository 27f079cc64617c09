<?php

return [
    'default' => 'redis',
    'connections' => [
        'redis' => [
            'driver' => 'replay',
            'queue' => 'uploads',
        ],
    ],
];
