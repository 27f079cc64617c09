<?php

namespace App\Http\Controllers;

use Illuminate\Http\JsonResponse;
use Illuminate\Http\Request;

class InvoiceController extends Controller
{
    public function show(Request $request, string $invoice): JsonResponse
    {
        return new JsonResponse([
            'invoice' => 'INV-' . str_pad($invoice, 8, '0', STR_PAD_LEFT),
            'download' => (bool) $request->input('download'),
        ]);
    }
}
