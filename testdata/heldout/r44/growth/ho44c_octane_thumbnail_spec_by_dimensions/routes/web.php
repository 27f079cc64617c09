<?php

use App\Http\Controllers\ThumbnailController;

/** @var \Illuminate\Routing\Router $router */
$router->get('/p/{photo}/thumb', [ThumbnailController::class, 'show']);
