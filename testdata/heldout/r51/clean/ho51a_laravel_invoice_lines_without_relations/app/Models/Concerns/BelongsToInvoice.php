<?php

namespace App\Models\Concerns;

use App\Models\Invoice;

trait BelongsToInvoice
{
    /**
     * Point this line at its invoice, so line-level code can read the header
     * (a copy without relations: the invoice itself will hold its lines).
     */
    public function attachToInvoice(Invoice $invoice): static
    {
        $this->setAttribute('invoice_id', $invoice->getKey());

        return $this->setRelation('invoice', $invoice->withoutRelations());
    }

    public function invoice(): ?Invoice
    {
        return $this->relationLoaded('invoice') ? $this->getRelation('invoice') : null;
    }
}
