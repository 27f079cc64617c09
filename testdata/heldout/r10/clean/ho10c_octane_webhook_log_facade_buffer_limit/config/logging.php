<?php

// config/logging.php
return [
    'default' => 'buffered',
    'channels' => [
        'buffered' => [
            'level' => 'debug',
            // collect a request's lines and ship them in one UDP burst
            'buffer_limit' => 50,
            'flush_on_overflow' => true,
        ],
    ],
];
