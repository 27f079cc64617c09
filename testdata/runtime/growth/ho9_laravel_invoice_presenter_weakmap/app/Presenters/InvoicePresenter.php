<?php
namespace App\Presenters;

use App\Models\Invoice;

final class InvoicePresenter
{
    private static ?\WeakMap $cache = null;

    public readonly string $html;

    private function __construct(Invoice $invoice)
    {
        $this->html = sprintf('<h1>Invoice %s</h1><p>%s</p><p>%0.2f EUR</p>', $invoice->number, $invoice->notes, $invoice->total);
    }

    public static function for(Invoice $invoice): self
    {
        self::$cache ??= new \WeakMap();
        return self::$cache[$invoice] ??= new self($invoice); // leak
    }
}
