<?php

return [
    'default' => 'request',
    'channels' => [
        'request' => [
            'driver' => 'buffered',
            // 0 = write lines only when the handler is closed
            'flush_every' => 0,
        ],
    ],
];
