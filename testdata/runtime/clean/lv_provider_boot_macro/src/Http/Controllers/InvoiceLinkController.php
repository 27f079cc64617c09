<?php

namespace App\Http\Controllers;

use Illuminate\Http\JsonResponse;
use Illuminate\Http\Request;
use Illuminate\Support\Str;

class InvoiceLinkController extends Controller
{
    public function show(Request $request, string $invoice): JsonResponse
    {
        $tenant = $request->attributes->get('tenant');

        return new JsonResponse([
            'invoice' => (int) $invoice,
            'pdf' => Str::tenantUrl($tenant, "/invoices/{$invoice}.pdf"),
            'pay' => Str::tenantUrl($tenant, "/invoices/{$invoice}/pay"),
        ]);
    }
}
