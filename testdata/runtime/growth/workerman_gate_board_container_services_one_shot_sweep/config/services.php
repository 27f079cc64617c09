<?php

declare(strict_types=1);

use Garage\Container;
use Garage\Parking\GateController;
use Garage\Parking\OccupancyBoard;

return [
    'parameters' => [
        'listen' => 'websocket://0.0.0.0:8480',
        'window_seconds' => 120,
    ],
    'services' => [
        OccupancyBoard::class => static fn (Container $c) => new OccupancyBoard($c->parameter('window_seconds')),
        GateController::class => static fn (Container $c) => new GateController($c->get(OccupancyBoard::class)),
    ],
];
