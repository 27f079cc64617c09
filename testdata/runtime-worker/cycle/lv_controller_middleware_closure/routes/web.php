<?php

use App\Http\Controllers\AccountSettingsController;
use Illuminate\Support\Facades\Route;

Route::get('/account/settings', [AccountSettingsController::class, 'edit']);
