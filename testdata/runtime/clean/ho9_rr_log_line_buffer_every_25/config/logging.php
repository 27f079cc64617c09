<?php

return [
    'default' => 'request',
    'channels' => [
        'request' => [
            'driver' => 'buffered',
            // write the buffered lines every 25 records
            'flush_every' => 25,
        ],
    ],
];
