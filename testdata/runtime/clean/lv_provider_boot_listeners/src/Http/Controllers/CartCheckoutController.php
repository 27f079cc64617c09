<?php

namespace App\Http\Controllers;

use App\Reports\ExportFormat;
use App\Reports\ExportFormats;
use Illuminate\Http\JsonResponse;
use Illuminate\Http\Request;

class CartCheckoutController extends Controller
{
    public function store(Request $request, string $cart): JsonResponse
    {
        return new JsonResponse([
            'cart' => (int) $cart,
            'coupon' => $request->input('coupon'),
            'status' => 'placed',
            'receipt_formats' => array_map(static fn (ExportFormat $f): string => $f->extension, ExportFormats::all()),
        ], 201);
    }
}
