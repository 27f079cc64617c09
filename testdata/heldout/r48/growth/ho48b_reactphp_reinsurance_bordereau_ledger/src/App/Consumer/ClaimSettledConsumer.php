<?php

declare(strict_types=1);

namespace App\Consumer;

use App\Reinsurance\CessionLedger;
use App\Reinsurance\TreatyCalculator;
use App\Support\ServiceLocator;
use React\Stream\ReadableLineStream;

final class ClaimSettledConsumer
{
    private string $buffer = '';

    public function __construct(private readonly TreatyCalculator $calculator)
    {
    }

    public function attach(ReadableLineStream $stream): void
    {
        $stream->on('data', function (string $chunk): void {
            $this->buffer .= $chunk;
            while (($pos = strpos($this->buffer, "\n")) !== false) {
                $line = substr($this->buffer, 0, $pos);
                $this->buffer = substr($this->buffer, $pos + 1);
                $this->onSettlement(json_decode($line, true, 4, JSON_THROW_ON_ERROR));
            }
        });
        $stream->resume();
    }

    private function onSettlement(array $event): void
    {
        if (($event['type'] ?? null) !== 'claim.settled') {
            return;
        }
        foreach ($this->calculator->cede($event) as $line) {
            ServiceLocator::get(CessionLedger::class)->record($line);
        }
    }
}
