<?php

use function Illuminate\Foundation\env;

return [
    'fanout' => [
        'driver' => 'push',
        'max_followers_inline' => 5000,
    ],
    'timeline' => [
        // how many entries each follower's home timeline keeps in the hot store
        'length' => env('FEED_TIMELINE_LENGTH'),
        'excerpt' => 160,
    ],
];
