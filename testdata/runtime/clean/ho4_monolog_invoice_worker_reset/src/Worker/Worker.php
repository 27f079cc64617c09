<?php

declare(strict_types=1);

namespace App\Worker;

use App\Message\GenerateInvoice;
use App\MessageHandler\GenerateInvoiceHandler;
use Monolog\Logger;

/**
 * Long-running consumer: pulls invoice messages from the transport and dispatches them to their handler.
 */
final class Worker
{
    private int $handled = 0;

    private int $failed = 0;

    public function __construct(
        private GenerateInvoiceHandler $handler,
        private Logger $logger,
        private ServicesResetter $servicesResetter,
    ) {
    }

    /**
     * @param iterable<GenerateInvoice> $messages
     */
    public function run(iterable $messages): void
    {
        foreach ($messages as $message) {
            try {
                ($this->handler)($message);
                $this->handled++;
            } catch (\Throwable $e) {
                $this->failed++;
                $this->logger->error('Message handling failed: {error}', ['error' => $e->getMessage()]);
            } finally {
                $this->servicesResetter->reset();
            }
        }
    }

    public function getHandledCount(): int
    {
        return $this->handled;
    }
}
