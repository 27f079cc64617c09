<?php

use App\Http\Controllers\WarningController;

/** @var Illuminate\Routing\Router $router */
$router->post('/api/offices/{office}/warnings', [WarningController::class, 'issue']);
