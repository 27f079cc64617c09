<?php
// A shipment tracking worker: services are registered once in a small
// locator at start; handlers look them up by class name. The carrier
// metrics service counts deliveries per carrier and depot for the
// exporter.

namespace Track {
    final class Services
    {
        /** @var array<class-string, object> */
        private static array $services = [];

        public static function set(object $service): void
        {
            self::$services[$service::class] = $service;
        }

        /**
         * @template T of object
         * @param class-string<T> $id
         * @return T
         */
        public static function get(string $id): object
        {
            return self::$services[$id];
        }
    }

    final class CarrierMetrics
    {
        /** @var array<string, int> */
        private array $deliveries = [];

        public function record(string $label): void
        {
            $this->deliveries[$label] = ($this->deliveries[$label] ?? 0) + 1;
        }
    }

    final class DeliveredHandler
    {
        private const CARRIERS = ['dhl', 'ups'];
        private const DEPOTS = ['D0', 'D1', 'D2', 'D3', 'D4', 'D5', 'D6', 'D7', 'D8'];

        /** @param array{carrier: string, parcel: string, depot: string} $event */
        public function handle(array $event): void
        {
            if (!in_array($event['carrier'], self::CARRIERS, true) || !in_array($event['depot'], self::DEPOTS, true)) {
                return;
            }
            Services::get(CarrierMetrics::class)->record($event['carrier'] . '/' . $event['depot']);
        }
    }
}

namespace {
    use Track\CarrierMetrics;
    use Track\DeliveredHandler;
    use Track\Services;

    Services::set(new CarrierMetrics());
    $handler = new DeliveredHandler();
    $n = (int) (getenv('PHPLEAK_N') ?: 100);
    for ($i = 0; $i < $n; $i++) {
        $event = json_decode(json_encode(['carrier' => ['dhl', 'ups'][$i % 2], 'parcel' => 'PX-' . str_pad((string) $i, 600, '0', STR_PAD_LEFT), 'depot' => 'D' . ($i % 9)]), true);
        $handler->handle($event);
    }
}
