<?php

namespace App\Controller;

use Symfony\Component\HttpFoundation\Request;
use Symfony\Component\HttpFoundation\Response;
use Symfony\Component\HttpKernel\NotFoundHttpException;

final class InvoiceController
{
    public function show(Request $request): Response
    {
        $id = (int) $request->attributes['id'];
        if ($id % 2 === 1) {
            throw new NotFoundHttpException(sprintf('Invoice %d not found', $id));
        }

        $invoice = ['id' => $id, 'total' => $id * 3 % 997, 'currency' => 'GBP', 'lines' => $id % 7 + 1];

        return match ($request->getPreferredFormat()) {
            'csv' => new Response(implode(',', array_keys($invoice)) . "\n" . implode(',', $invoice), 200, ['content-type' => 'text/csv']),
            default => new Response(json_encode($invoice), 200, ['content-type' => 'application/json']),
        };
    }
}
