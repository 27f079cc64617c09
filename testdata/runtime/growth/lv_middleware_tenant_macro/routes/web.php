<?php

use App\Http\Controllers\InvoiceLinkController;
use Illuminate\Support\Facades\Route;

Route::get('/invoices/{invoice}', [InvoiceLinkController::class, 'show']);
