<?php

namespace App\Models;

use App\Models\Concerns\BelongsToInvoice;
use Illuminate\Database\Eloquent\Model;

class InvoiceLine extends Model
{
    use BelongsToInvoice;

    protected array $casts = ['quantity' => 'int', 'unit_price' => 'int', 'vat_rate' => 'float'];

    public function total(): int
    {
        return $this->quantity * $this->unit_price;
    }

    public function describe(): string
    {
        $currency = $this->invoice()?->currency ?? 'EUR';

        return sprintf('%-28s %3d x %8.2f %s', $this->description, $this->quantity, $this->unit_price / 100, $currency);
    }
}
