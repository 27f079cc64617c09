<?php

return [
    'default' => 'worker',
    'channels' => [
        'worker' => [
            'driver' => 'fingers_crossed',
            'action_level' => 400,
            // Keep the records that led up to an error, but only the last few jobs' worth.
            'buffer_size' => 30,
            'handler' => ['driver' => 'stream', 'path' => '/dev/null', 'level' => 100],
        ],
    ],
];
