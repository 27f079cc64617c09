<?php

use App\Http\Controllers\DashboardController;
use Illuminate\Support\Facades\Route;

Route::get('/teams/{team}/dashboard', [DashboardController::class, 'show']);
