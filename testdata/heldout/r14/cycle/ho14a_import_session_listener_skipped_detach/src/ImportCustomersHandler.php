<?php

declare(strict_types=1);

namespace App\MessageHandler;

use App\Import\ImportSession;
use App\Import\InvalidBatch;
use App\Message\ImportCustomers;

final class ImportCustomersHandler
{
    public int $batches = 0;

    public function __invoke(ImportCustomers $message): void
    {
        $session = new ImportSession($message->batchId);
        $session->begin();

        foreach ($message->rows as $line => $row) {
            $session->process($line + 1, $row);
        }
        if ($session->rejectionRate() > 0.5) {
            throw new InvalidBatch(sprintf('Batch %s rejected: too many invalid rows', $message->batchId));
        }

        $session->end();
        $this->batches++;
    }
}
