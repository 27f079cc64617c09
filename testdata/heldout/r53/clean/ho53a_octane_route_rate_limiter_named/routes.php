<?php

use App\Http\Controllers\OrderController;

/** @var \Illuminate\Routing\Router $router */
$router->get('/orders/{order}', [OrderController::class, 'show'])->name('orders.show');
$router->get('/orders/{order}/invoice', [OrderController::class, 'invoice'])->name('orders.invoice');
