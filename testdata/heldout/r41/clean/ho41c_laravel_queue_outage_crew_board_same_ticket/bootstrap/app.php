<?php

use App\Dispatch\CrewDispatchBoard;
use App\Dispatch\CrewRoster;
use IlluminateLite\Container;

$app = Container::getInstance();
$app->singleton(CrewDispatchBoard::class, fn () => new CrewDispatchBoard());
$app->singleton(CrewRoster::class, fn () => new CrewRoster([
    'mv-cable' => ['CREW-MV-07', 'CREW-MV-12'],
    'lv-overhead' => ['CREW-LV-03', 'CREW-LV-05', 'CREW-LV-09'],
]));

return $app;
