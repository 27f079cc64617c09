<?php

use App\Http\Controllers\Api\ReportController;
use Illuminate\Support\Facades\Route;

Route::get('/api/reports/{report}', [ReportController::class, 'show']);
