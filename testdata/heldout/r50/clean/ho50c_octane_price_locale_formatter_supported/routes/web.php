<?php

use App\Http\Controllers\QuoteController;
use Illuminate\Routing\Router;

/** @var \Illuminate\Foundation\Application $this->app */
$router = $this->app->make(Router::class);
$router->get('/quote/{sku}', [QuoteController::class, 'show']);
