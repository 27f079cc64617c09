<?php

use App\Http\Controllers\ExportOrdersController;
use Illuminate\Support\Facades\Route;

Route::get('/api/exports/orders/{month}', ExportOrdersController::class);
