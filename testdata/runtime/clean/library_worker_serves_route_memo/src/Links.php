<?php

namespace App;

final class LinkBuilder
{
    /** @var array<string, string> */
    private array $built = [];

    public function __construct(private string $base)
    {
    }

    public function invoiceLink(int $invoice, string $locale): string
    {
        // the route prefix per locale is memoized; the id is appended
        $prefix = $this->built[$locale] ??= sprintf('%s/%s/invoices/', $this->base, $locale);

        return $prefix . $invoice;
    }
}

final class InvoiceController
{
    public function __construct(private LinkBuilder $links)
    {
    }

    /** @param array{invoice: int, locale: string} $request */
    public function show(array $request): string
    {
        return '<a href="' . $this->links->invoiceLink($request['invoice'], $request['locale']) . '">invoice</a>';
    }
}
