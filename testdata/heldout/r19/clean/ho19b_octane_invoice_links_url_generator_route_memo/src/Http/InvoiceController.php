<?php

declare(strict_types=1);

namespace App\Http;

use App\Routing\UrlGenerator;

final class InvoiceController
{
    public function __construct(private readonly UrlGenerator $url)
    {
    }

    /** @param array{invoice: int, customer: int, page: int} $request */
    public function show(array $request): string
    {
        $links = [
            'self' => $this->url->route('invoices.show', ['invoice' => $request['invoice']]),
            'pdf' => $this->url->route('invoices.pdf', ['invoice' => $request['invoice'], 'download' => 1]),
            'pay' => $this->url->route('checkout.pay', ['invoice' => $request['invoice'], 'customer' => $request['customer']]),
            'back' => $this->url->route('invoices.index', ['page' => $request['page']], false),
        ];

        return json_encode(['data' => ['id' => $request['invoice']], 'links' => $links], \JSON_THROW_ON_ERROR);
    }
}
