<?php

use App\Http\Controllers\ContactController;

/** @var \Illuminate\Routing\Router $router */
$router->post('/contact', [ContactController::class, 'store']);
