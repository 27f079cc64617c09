<?php

declare(strict_types=1);

namespace App\Billing;

use App\Audit\AuditContextRegistry;
use App\Audit\AuditLog;
use Symfony\Component\Messenger\AmqpHeadersStamp;
use Symfony\Component\Messenger\Envelope;
use Symfony\Component\Messenger\ReceiverInterface;
use Symfony\Component\Messenger\TransportMessageIdStamp;

final class ImportInvoice
{
    public function __construct(
        public readonly string $supplier,
        public readonly string $invoiceNumber,
        public readonly string $csvRow,
    ) {
    }
}

final class ImportInvoiceHandler
{
    public function __construct(
        private readonly AuditContextRegistry $audit,
        private readonly AuditLog $log,
    ) {
    }

    public function __invoke(ImportInvoice $message): void
    {
        $fields = str_getcsv($message->csvRow);
        $context = $this->audit->for($message);
        if ($context !== null && count($fields) > 2) {
            $this->log->write($context, "imported {$message->invoiceNumber} from {$message->supplier}");
        }
    }
}

/** Stand-in for the AMQP receiver: a fixed number of messages, then the queue is empty. */
final class InvoiceQueueReceiver implements ReceiverInterface
{
    public function __construct(private readonly int $messages)
    {
    }

    public function get(): iterable
    {
        for ($i = 0; $i < $this->messages; $i++) {
            yield new Envelope(
                new ImportInvoice("supplier-{$i}", sprintf('INV-%08d', $i), "{$i};Office chairs;12;149.00;EUR;2024-05-{$i}"),
                [
                    new TransportMessageIdStamp(sprintf('amq.ctag-%032x', $i)),
                    new AmqpHeadersStamp([
                        'x-tenant' => 'tenant-' . ($i % 40),
                        'x-actor' => "importer-bot-{$i}",
                        'x-correlation-id' => hash('sha256', "corr-{$i}"),
                        'x-source-file' => "s3://invoices-inbox/2024/05/batch-{$i}/" . str_repeat('part-', 40) . 'export.csv',
                    ]),
                ],
            );
        }
    }

    public function ack(Envelope $envelope): void
    {
    }
}
