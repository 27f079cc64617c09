<?php

// Equivalent of config/packages/prod/monolog.yaml for the billing consumer.
return [
    'handlers' => [
        'billing_buffer' => [
            'type' => 'buffer',
            'handler' => 'billing_file',
            'buffer_size' => 200,
            'level' => 'info',
            'channels' => ['billing'],
        ],
        'billing_file' => [
            'type' => 'stream',
            'path' => '/var/log/water-billing/billing.log',
            'level' => 'debug',
        ],
    ],
];
