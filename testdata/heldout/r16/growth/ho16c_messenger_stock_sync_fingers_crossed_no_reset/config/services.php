<?php

use App\MessageHandler\SyncWarehouseStockHandler;
use Monolog\FingersCrossedHandler;
use Monolog\Logger;
use Monolog\StreamHandler;
use Symfony\Component\DependencyInjection\Container;

return [
    'factories' => [
        'monolog.handler.main' => fn () => new FingersCrossedHandler(new StreamHandler(), actionLevel: 400),
        'logger' => fn (Container $c) => new Logger('app', [$c->get('monolog.handler.main')]),
        SyncWarehouseStockHandler::class => fn (Container $c) => new SyncWarehouseStockHandler($c->get('logger')),
    ],
    // Services tagged "kernel.reset".
    'reset' => [
        'monolog.handler.main' => 'reset',
    ],
];
