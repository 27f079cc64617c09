<?php

namespace App\Http\Controllers;

use App\Billing\InvoiceDraftStore;
use App\Billing\LineItem;
use Illuminate\Http\Request;

class InvoiceLineController
{
    public function __construct(private InvoiceDraftStore $drafts) {}

    public function store(Request $request, string $invoice): string
    {
        foreach ($request->input('lines', []) as [$description, $quantity, $cents]) {
            $this->drafts->add($invoice, new LineItem($description, $quantity, $cents));
        }

        return json_encode(['invoice' => $invoice, 'total_cents' => $this->drafts->totalCents($invoice)]);
    }
}
