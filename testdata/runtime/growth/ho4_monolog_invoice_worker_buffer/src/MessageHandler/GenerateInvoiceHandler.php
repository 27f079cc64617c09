<?php

declare(strict_types=1);

namespace App\MessageHandler;

use App\Billing\InvoiceRenderer;
use App\Message\GenerateInvoice;
use Monolog\Logger;

final class GenerateInvoiceHandler
{
    private int $sequence = 0;

    public function __construct(
        private InvoiceRenderer $renderer,
        private Logger $logger,
        private string $prefix = 'INV',
    ) {
    }

    public function __invoke(GenerateInvoice $message): string
    {
        $number = sprintf('%s-%s-%06d', $this->prefix, '2024', ++$this->sequence);

        $this->logger->debug('Rendering invoice for order {order}', [
            'order' => $message->orderId,
            'customer' => $message->customerEmail,
            'lines' => $message->lines,
        ]);

        $html = $this->renderer->render($message, $number);

        $this->logger->info('Invoice {number} rendered', [
            'number' => $number,
            'bytes' => strlen($html),
            'preview' => substr(strip_tags($html), 0, 160),
        ]);

        return $number;
    }
}
