<?php

use Acme\DBAL\Connection;
use Acme\DBAL\Logging\DebugDataHolder;
use Acme\DBAL\Logging\ProfilingMiddleware;
use Acme\HttpKernel\HttpKernel;
use App\Controller\ShipmentController;
use App\EventListener\DoctrineDataCollectorListener;
use App\Repository\ShipmentRepository;

return static function (array $env): HttpKernel {
    $connection = new Connection(['url' => $env['DATABASE_URL']]);
    $holder = new DebugDataHolder();
    if ($env['APP_DEBUG']) {
        $connection->setMiddlewares([new ProfilingMiddleware($holder, 'default')]);
    }

    $controller = new ShipmentController(new ShipmentRepository($connection));
    $kernel = new HttpKernel([
        'GET /api/shipments/{id}' => [$controller, 'tracking'],
    ]);
    $kernel->onResponse(new DoctrineDataCollectorListener($holder));

    return $kernel;
};
