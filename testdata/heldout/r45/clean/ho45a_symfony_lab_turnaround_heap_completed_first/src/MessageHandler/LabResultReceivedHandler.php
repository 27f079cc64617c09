<?php

declare(strict_types=1);

namespace App\MessageHandler;

use App\Lab\TurnaroundWatcher;
use App\Message\LabResultReceived;
use Symfony\Component\Messenger\Attribute\AsMessageHandler;

#[AsMessageHandler]
final class LabResultReceivedHandler
{
    public function __construct(private readonly TurnaroundWatcher $watcher)
    {
    }

    public function __invoke(LabResultReceived $message): void
    {
        if ($message->resultStatus === 'F' || $message->resultStatus === 'C') {
            $this->watcher->complete($message->orderId);
        }
        $this->watcher->sweep($message->receivedAt);
    }
}
