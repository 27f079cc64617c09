<?php

use Monolog\Handler\FingersCrossedHandler;
use Monolog\Handler\SyslogUdpHandler;
use Monolog\Level;

return [
    'default' => 'jobs',

    'channels' => [
        'jobs' => [
            'driver' => 'monolog',
            'handler' => FingersCrossedHandler::class,
            'handler_with' => [
                'activationStrategy' => Level::Error,
                'bufferSize' => 50,
                'stopBuffering' => false,
            ],
            'wraps' => [
                'handler' => SyslogUdpHandler::class,
                'handler_with' => ['host' => 'logs.internal', 'port' => 5514, 'ident' => 'inventory-worker'],
            ],
        ],
    ],
];
