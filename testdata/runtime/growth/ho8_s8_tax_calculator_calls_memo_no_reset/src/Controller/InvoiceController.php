<?php

namespace App\Controller;

use App\Billing\TaxCalculator;
use Symfony\Component\HttpFoundation\Request;
use Symfony\Component\HttpFoundation\Response;

final class InvoiceController
{
    public function __construct(private TaxCalculator $taxes) {}

    public function __invoke(Request $request): Response
    {
        $number = $request->query['number'];
        $breakdown = $this->taxes->breakdown($number, $request->query['country'], [120.0, 35.5, 9.99]);
        return new Response(json_encode(['invoice' => $number, 'vat' => $breakdown->vat, 'lines' => $breakdown->lines]));
    }
}
