<?php

use App\Http\Controllers\SearchController;

/** @var \Illuminate\Routing\Router $router */
$router->get('/search', [SearchController::class, 'index']);
