<?php

use App\Http\Controllers\InvoiceLineController;
use Illuminate\Support\Facades\Route;

Route::post('/invoices/{invoice}/lines', [InvoiceLineController::class, 'store']);
