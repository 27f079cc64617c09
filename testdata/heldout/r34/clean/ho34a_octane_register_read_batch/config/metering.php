<?php

return [
    'sink' => env('METER_SINK', 'timescale'),
    'flush_at' => env('METER_FLUSH_AT', 150),
    'registers' => [
        '1.8.0' => 'kWh import',
        '2.8.0' => 'kWh export',
        '3.8.0' => 'kvarh',
    ],
];
