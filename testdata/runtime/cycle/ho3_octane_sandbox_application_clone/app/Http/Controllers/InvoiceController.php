<?php

declare(strict_types=1);

namespace App\Http\Controllers;

use App\Services\CurrencyFormatter;
use Illuminate\Http\Request;
use Illuminate\Http\Response;

final class InvoiceController
{
    public function __construct(private readonly CurrencyFormatter $formatter) {}

    public function show(Request $request): Response
    {
        $invoiceId = (int) basename($request->path());
        $rows = '';
        foreach ([1250, 3999, 18000] as $k => $amount) {
            $rows .= sprintf('<tr><td>Position %d</td><td>%s</td></tr>', $k + 1, $this->formatter->format($amount * ($invoiceId % 5 + 1), 'EUR'));
        }

        return new Response('<table>' . $rows . '</table>', 200, ['Content-Type' => 'text/html; charset=UTF-8']);
    }
}
