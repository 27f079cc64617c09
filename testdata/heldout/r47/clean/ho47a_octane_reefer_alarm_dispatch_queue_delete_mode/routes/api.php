<?php

use App\Http\Controllers\ReeferReadingController;

/** @var \Illuminate\Routing\Router $router */
$router->post('/api/reefers/readings', [ReeferReadingController::class, 'store']);
