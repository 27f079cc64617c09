<?php

use App\Http\DispensePrescriptionController;
use Illuminate\Routing\Router;

/** @var Router $router */
$router->post('/pharmacy/dispense', DispensePrescriptionController::class);
