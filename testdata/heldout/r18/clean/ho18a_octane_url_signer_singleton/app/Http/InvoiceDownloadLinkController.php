<?php

declare(strict_types=1);

namespace App\Http;

use App\Services\SignedUrlGenerator;

final class InvoiceDownloadLinkController
{
    public function __invoke(Request $request): array
    {
        /** @var SignedUrlGenerator $urls */
        $urls = app(SignedUrlGenerator::class);
        $invoice = (int) ($request->query['invoice'] ?? 0);

        $urls->temporarySignedRoute('invoices.download', ['invoice' => $invoice], 1_900_000_000);
        $urls->temporarySignedRoute('invoices.preview', ['invoice' => $invoice], 1_900_000_000);

        return ['links' => $urls->lastIssued(), 'invoice' => $invoice];
    }
}
