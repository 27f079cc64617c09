<?php

use App\Http\Controllers\StoreLocatorController;
use Illuminate\Support\Facades\Route;

Route::get('/stores/nearest', [StoreLocatorController::class, 'nearest']);
