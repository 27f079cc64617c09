<?php

namespace App\MessageHandler;

use App\Message\ReeferTelemetry;
use App\Monitoring\ReeferSample;
use App\Monitoring\TripTemperatureLog;

final class ReeferTelemetryHandler
{
    /** @param array{voyage: string, containers: array<string, array{commodity: string, setpoint: float}>} $vessel */
    public function __construct(
        private readonly TripTemperatureLog $log,
        private readonly array $vessel,
    ) {
    }

    public function __invoke(ReeferTelemetry $message): array
    {
        $plug = $this->vessel['containers'][$message->containerId] ?? null;
        if ($plug === null) {
            return ['status' => 'unknown_container'];
        }

        $sample = ReeferSample::fromTelemetry($message, $this->vessel['voyage'], $plug['setpoint']);
        $this->log->record($sample);

        $recent = $this->log->recent($message->containerId);
        $outOfRange = count(array_filter($recent, static fn (ReeferSample $s): bool => $s->deviation() > 1.5));

        return [
            'status' => $outOfRange >= 3 ? 'excursion' : 'ok',
            'container' => $message->containerId,
            'window' => count($recent),
        ];
    }
}
