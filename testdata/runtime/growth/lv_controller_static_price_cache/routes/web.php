<?php

use App\Http\Controllers\PriceController;
use Illuminate\Support\Facades\Route;

Route::get('/products/{sku}/price', [PriceController::class, 'show']);
