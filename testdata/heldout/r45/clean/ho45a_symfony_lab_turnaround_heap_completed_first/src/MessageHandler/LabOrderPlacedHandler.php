<?php

declare(strict_types=1);

namespace App\MessageHandler;

use App\Lab\TurnaroundDeadline;
use App\Lab\TurnaroundWatcher;
use App\Message\LabOrderPlaced;
use Symfony\Component\Messenger\Attribute\AsMessageHandler;

#[AsMessageHandler]
final class LabOrderPlacedHandler
{
    public function __construct(private readonly TurnaroundWatcher $watcher)
    {
    }

    public function __invoke(LabOrderPlaced $message): void
    {
        $this->watcher->track(TurnaroundDeadline::forOrder($message));
    }
}
