<?php

declare(strict_types=1);

use Citymap\Container;
use Citymap\Http\Router;
use Nyholm\Psr7\Factory\Psr17Factory;
use Nyholm\Psr7\Response;
use Spiral\RoadRunner\Http\PSR7Worker;
use Spiral\RoadRunner\Worker;

require __DIR__ . '/vendor/autoload.php';
require __DIR__ . '/src/Container.php';
require __DIR__ . '/src/Routing/RoadGraph.php';
require __DIR__ . '/src/Routing/RouteQuery.php';
require __DIR__ . '/src/Routing/RoutePlan.php';
require __DIR__ . '/src/Routing/PolylineEncoder.php';
require __DIR__ . '/src/Routing/RouteCancelled.php';
require __DIR__ . '/src/Routing/RoutingEngine.php';
require __DIR__ . '/src/Routing/RouteSession.php';
require __DIR__ . '/src/Http/RouteController.php';
require __DIR__ . '/src/Http/Router.php';

$container = new Container(require __DIR__ . '/config/services.php');
$router = $container->get(Router::class);

$factory = new Psr17Factory();
$psr7 = new PSR7Worker(Worker::create(), $factory, $factory, $factory);

while ($request = $psr7->waitRequest()) {
    try {
        $psr7->respond($router->handle($request));
    } catch (\Throwable $e) {
        $psr7->respond(new Response(500, [], 'internal error'));
        $psr7->getWorker()->error((string) $e);
    }
}
