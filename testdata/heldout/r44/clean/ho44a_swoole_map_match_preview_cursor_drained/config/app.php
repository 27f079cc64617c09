<?php

declare(strict_types=1);

use Transit\Http\Kernel;
use Transit\Http\PreviewHandler;
use Transit\Matching\MapMatcher;
use Transit\Matching\RoadNetwork;

return static function (): Kernel {
    $network = RoadNetwork::lattice(45.755, 4.825, 24, 24, 0.002);
    $matcher = new MapMatcher($network, ['bus' => 20.0, 'car' => 25.0, 'bike' => 35.0]);

    return new Kernel([
        'POST /match/preview' => new PreviewHandler($matcher),
    ]);
};
