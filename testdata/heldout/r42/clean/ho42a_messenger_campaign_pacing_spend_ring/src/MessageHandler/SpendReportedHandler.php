<?php

declare(strict_types=1);

namespace App\MessageHandler;

use App\Message\SpendReported;
use App\Pacing\PacingService;
use App\Pacing\SpendSample;

final class SpendReportedHandler
{
    public function __construct(private readonly PacingService $pacing)
    {
    }

    public function __invoke(SpendReported $message): int
    {
        foreach ($message->lines as $line) {
            $this->pacing->record($line['campaign'], new SpendSample(
                $line['line_item'],
                $message->auctionId,
                $message->exchange,
                (int) $line['spend_micros'],
                (int) $line['impressions'],
                $message->occurredAt,
                $line['dims'] ?? [],
            ));
        }

        return count($message->lines);
    }
}
