<?php

use App\Http\Controllers\CartCheckoutController;
use Illuminate\Support\Facades\Route;

Route::post('/carts/{cart}/checkout', [CartCheckoutController::class, 'store']);
