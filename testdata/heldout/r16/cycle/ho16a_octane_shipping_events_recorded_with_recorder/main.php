<?php

declare(strict_types=1);

require __DIR__ . '/src/Events/DomainEvent.php';
require __DIR__ . '/src/Events/EventRecorder.php';
require __DIR__ . '/src/Events/ListenerProvider.php';
require __DIR__ . '/src/Events/ShippingEvents.php';
require __DIR__ . '/src/Shipping/DispatchService.php';

use Logistics\Events\EventRecorder;
use Logistics\Events\ListenerProvider;
use Logistics\Shipping\DispatchService;

/** Tiny Octane-like kernel: singletons survive, the recorder is scoped to one request. */
final class Kernel
{
    public function __construct(
        private readonly ListenerProvider $listeners,
        private readonly DispatchService $dispatch,
    ) {
    }

    /** @param array{parcel: string, carrier: string, weight: int, address: string} $input */
    public function handle(string $requestId, array $input): array
    {
        $events = new EventRecorder($requestId);
        $tracking = $this->dispatch->dispatch($input, $events);
        $released = $events->release($this->listeners);

        return ['status' => 202, 'tracking' => $tracking, 'events' => $released];
    }
}

$listeners = new ListenerProvider();
$kernel = new Kernel($listeners, new DispatchService($listeners));

$carriers = ['dhl', 'ups', 'gls', 'dpd'];
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $kernel->handle(sprintf('req-%s-%d', bin2hex(random_bytes(4)), $i), [
        'parcel' => sprintf('PCL-%08d', $i),
        'carrier' => $carriers[$i % 4],
        'weight' => 250 + $i % 900,
        'address' => sprintf('Flat %d, %d Harbour Street, Leith, Edinburgh EH6 %dQR', $i % 40, $i, $i % 9),
    ]);
}
