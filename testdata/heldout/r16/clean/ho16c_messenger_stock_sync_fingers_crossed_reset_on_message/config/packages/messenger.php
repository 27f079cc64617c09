<?php

return [
    'transports' => [
        'stock' => [
            'dsn' => 'doctrine://default?queue_name=stock',
            'reset_on_message' => true,
        ],
    ],
];
