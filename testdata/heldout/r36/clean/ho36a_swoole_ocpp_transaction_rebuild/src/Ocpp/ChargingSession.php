<?php

namespace Csms\Ocpp;

use Evenement\EventEmitter;

/**
 * One charging transaction rebuilt from the transactionData that a charge
 * point sends with StopTransaction (OCPP 1.6J).
 */
final class ChargingSession
{
    private const HANDLERS = [
        'MeterValues' => 'onMeterValues',
        'StopTransaction' => 'onStopTransaction',
    ];

    private EventEmitter $events;
    private string $state = 'charging';
    private float $firstRegisterWh = -1.0;
    private float $lastRegisterWh = 0.0;
    private float $peakPowerW = 0.0;
    private ?string $stopReason = null;
    /** @var list<array{int, float}> */
    private array $curve = [];

    public function __construct(
        public readonly string $chargePointId,
        public readonly int $connectorId,
        public readonly int $transactionId,
        public readonly string $idTag,
    ) {
        $this->events = new EventEmitter();
        foreach (self::HANDLERS as $event => $method) {
            $this->events->on($event, $this->handler($method));
        }
    }

    public function receive(string $action, array $payload): void
    {
        $this->events->emit($action, [$payload]);
    }

    public function close(): SessionSummary
    {
        foreach (array_keys(self::HANDLERS) as $event) {
            $this->events->removeAllListeners($event);
        }
        $this->state = 'closed';

        return new SessionSummary(
            $this->chargePointId,
            $this->transactionId,
            $this->idTag,
            max(0.0, $this->lastRegisterWh - $this->firstRegisterWh),
            $this->peakPowerW,
            $this->stopReason ?? 'Local',
            count($this->curve),
        );
    }

    private function handler(string $method): \Closure
    {
        return \Closure::fromCallable([$this, $method]);
    }

    private function onMeterValues(array $meterValue): void
    {
        foreach (SampledValue::fromMeterValue($meterValue) as $sample) {
            if ($sample->measurand === 'Energy.Active.Import.Register') {
                $wh = $sample->unit === 'kWh' ? $sample->value * 1000 : $sample->value;
                if ($this->firstRegisterWh < 0) {
                    $this->firstRegisterWh = $wh;
                }
                $this->lastRegisterWh = $wh;
                $this->curve[] = [$sample->timestamp, $wh];
            } elseif ($sample->measurand === 'Power.Active.Import') {
                $this->peakPowerW = max($this->peakPowerW, $sample->value);
            }
        }
    }

    private function onStopTransaction(array $payload): void
    {
        $this->stopReason = $payload['reason'] ?? null;
        $this->lastRegisterWh = max($this->lastRegisterWh, (float) $payload['meterStop']);
    }
}
