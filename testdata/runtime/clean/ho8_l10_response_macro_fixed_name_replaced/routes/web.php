<?php

use App\Http\Controllers\ExportController;
use Illuminate\Support\Facades\Route;

Route::get('/exports/{id}/download', [ExportController::class, 'download']);
