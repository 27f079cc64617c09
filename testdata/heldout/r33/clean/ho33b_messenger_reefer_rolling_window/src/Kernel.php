<?php

namespace App;

use App\Message\ReeferTelemetry;
use App\MessageHandler\ReeferTelemetryHandler;
use App\Monitoring\TripLogArchive;
use App\Monitoring\TripTemperatureLog;
use Symfony\Component\Messenger\Handler\HandlersLocator;
use Symfony\Component\Messenger\MessageBus;
use Symfony\Component\Messenger\Transport\InMemoryTransport;
use Symfony\Component\Messenger\Worker;

final class Kernel
{
    private array $services = [];

    public function __construct(private readonly string $projectDir)
    {
    }

    public function boot(): void
    {
        $vessel = require $this->projectDir . '/config/vessel.php';
        $log = new TripTemperatureLog(new TripLogArchive());

        $this->services['vessel'] = $vessel;
        $this->services[MessageBus::class] = new MessageBus(new HandlersLocator([
            ReeferTelemetry::class => [new ReeferTelemetryHandler($log, $vessel)],
        ]));
    }

    public function worker(InMemoryTransport $receiver): Worker
    {
        return new Worker(['reefer_telemetry' => $receiver], $this->services[MessageBus::class]);
    }

    public function vessel(): array
    {
        return $this->services['vessel'];
    }
}
