<?php

use App\Http\Controllers\ObservationController;

/** @var Illuminate\Routing\Router $router */
$router->post('/api/stations/{station}/observations', [ObservationController::class, 'store']);
