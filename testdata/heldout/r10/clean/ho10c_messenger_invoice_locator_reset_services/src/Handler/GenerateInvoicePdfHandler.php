<?php

declare(strict_types=1);

namespace App\Handler;

use App\Message\GenerateInvoicePdf;
use Psr\Container\ContainerInterface;

/**
 * Uses a service locator so the heavy PDF renderer and the DBAL connection are
 * only built when the first message arrives.
 */
final class GenerateInvoicePdfHandler
{
    public function __construct(private ContainerInterface $locator)
    {
    }

    public function __invoke(GenerateInvoicePdf $message): void
    {
        $db = $this->locator->get('doctrine.dbal.default_connection');
        $lines = $db->fetchAllAssociative('SELECT line, description, amount_cents FROM invoice_line WHERE invoice_id = ?', [$message->invoiceId]);

        $pdf = $this->locator->get('app.pdf_renderer')->render('invoice.html.twig', [
            'invoice' => $message->invoiceId,
            'lines' => $lines,
            'total' => array_sum(array_column($lines, 'amount_cents')),
        ]);

        $db->executeStatement(
            'INSERT INTO invoice_document (invoice_id, path, size_bytes, locale, recipient) VALUES (?, ?, ?, ?, ?)',
            [$message->invoiceId, sprintf('invoices/%d/%d.pdf', intdiv($message->invoiceId, 1000), $message->invoiceId), strlen($pdf), $message->locale, $message->customerEmail],
        );
    }
}

final class PdfRenderer
{
    public function render(string $template, array $context): string
    {
        return '%PDF-1.7 ' . $template . ' ' . json_encode($context);
    }
}
