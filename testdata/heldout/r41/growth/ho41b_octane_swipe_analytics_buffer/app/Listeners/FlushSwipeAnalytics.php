<?php
declare(strict_types=1);

namespace App\Listeners;

use App\Analytics\SwipeEventBuffer;
use Laravel\Octane\Events\WorkerStopping;

final class FlushSwipeAnalytics
{
    public function __construct(private readonly SwipeEventBuffer $buffer)
    {
    }

    public function handle(object $event): void
    {
        if ($event instanceof WorkerStopping) {
            $this->buffer->flush();
            return;
        }
        $this->buffer->flushIfFull();
    }
}
