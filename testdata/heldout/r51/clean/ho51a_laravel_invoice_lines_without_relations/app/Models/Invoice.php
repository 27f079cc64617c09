<?php

namespace App\Models;

use Illuminate\Database\Eloquent\Collection;
use Illuminate\Database\Eloquent\Model;

class Invoice extends Model
{
    protected array $casts = ['id' => 'int'];

    /** Build a line that belongs to this invoice. */
    public function newLine(array $row): InvoiceLine
    {
        return InvoiceLine::newFromRow($row)->attachToInvoice($this);
    }

    public function lines(): Collection
    {
        return $this->relationLoaded('lines') ? $this->getRelation('lines') : new Collection();
    }

    public function total(): int
    {
        return $this->lines()->sum(static fn (InvoiceLine $line) => $line->total());
    }
}
