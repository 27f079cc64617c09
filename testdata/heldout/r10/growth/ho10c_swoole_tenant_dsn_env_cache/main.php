<?php

declare(strict_types=1);

require __DIR__ . '/vendor/swoole/server.php';
require __DIR__ . '/src/TenantConnectionResolver.php';
require __DIR__ . '/src/OrderListAction.php';

use Storefront\Http\OrderListAction;
use Storefront\Tenancy\TenantConnectionResolver;
use Swoole\Http\Server;

$server = new Server('0.0.0.0', 9501);
$action = null;

$server->on('workerStart', static function () use (&$action): void {
    $action = new OrderListAction(new TenantConnectionResolver([
        'primary' => 'pg-primary.internal',
        'replica' => 'pg-replica.internal',
        'seed' => 'vault:storefront/db',
    ]));
});

$server->on('request', static function ($request, $response) use (&$action): void {
    $action($request, $response);
});

$server->start();
