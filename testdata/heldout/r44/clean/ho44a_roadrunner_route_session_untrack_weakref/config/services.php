<?php

declare(strict_types=1);

use Citymap\Container;
use Citymap\Http\RouteController;
use Citymap\Http\Router;
use Citymap\Routing\RoadGraph;
use Citymap\Routing\RoutingEngine;

return [
    RoadGraph::class => static fn (): RoadGraph => RoadGraph::grid('idf-2024-06', 48.80, 2.25, 48.93, 2.42, 7),
    RoutingEngine::class => static fn (Container $c): RoutingEngine => new RoutingEngine($c->get(RoadGraph::class)),
    RouteController::class => static fn (Container $c): RouteController => new RouteController($c->get(RoutingEngine::class)),
    Router::class => static fn (Container $c): Router => new Router([
        'GET /v1/route' => $c->get(RouteController::class),
    ]),
];
