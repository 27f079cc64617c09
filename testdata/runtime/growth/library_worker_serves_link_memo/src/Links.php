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
        $key = $locale . '/' . $invoice;

        return $this->built[$key] ??= sprintf('%s/%s/invoices/%d?sig=%s&check=%s', $this->base, $locale, $invoice, hash('sha512', $key), str_repeat(hash('sha512', $this->base . $key), 4)); // leak
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
