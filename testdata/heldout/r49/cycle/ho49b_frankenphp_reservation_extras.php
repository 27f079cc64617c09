<?php
// FrankenPHP worker script: POST /reservations/{id}/extras adds optional
// extras (child seat, sat-nav, additional driver) to a reservation and
// returns the re-priced reservation.

namespace {
    if (!function_exists('frankenphp_handle_request')) {
        /**
         * Stand-in for FrankenPHP's worker-mode API: blocks until a request
         * arrives, populates the superglobals, runs the callback and returns
         * false when the worker has to stop.
         */
        function frankenphp_handle_request(callable $callback): bool
        {
            static $served = 0;
            $limit = (int) (getenv('PHPLEAK_N') ?: 100);
            if ($served >= $limit) {
                return false;
            }
            $i = $served++;
            $_SERVER['REQUEST_METHOD'] = 'POST';
            $_SERVER['REQUEST_URI'] = '/reservations/' . (70000 + $i) . '/extras';
            $_POST = [
                'extras' => ['CSI', $i % 2 ? 'ADD' : 'NAV'],
                'driver_name' => 'Driver ' . $i,
            ];
            ob_start();
            try {
                $callback();
            } finally {
                ob_end_clean();
            }

            return true;
        }
    }
}

namespace Rental\Domain {
    abstract class AggregateRoot
    {
        /** @var list<object> */
        private array $recordedEvents = [];

        /**
         * Creates a child entity that belongs to this aggregate.
         *
         * @template T of object
         * @param class-string<T> $class
         * @return T
         */
        protected function newChild(string $class, mixed ...$args): object
        {
            return new $class($this, ...$args);
        }

        protected function record(object $event): void
        {
            $this->recordedEvents[] = $event;
        }

        public function releaseEvents(): array
        {
            [$events, $this->recordedEvents] = [$this->recordedEvents, []];

            return $events;
        }
    }

    final class ExtraAdded
    {
        public function __construct(public readonly int $reservationId, public readonly string $code)
        {
        }
    }

    final class ReservationExtra
    {
        public function __construct(
            private Reservation $reservation, // leak
            public readonly string $code,
            public readonly string $label,
            public readonly float $dailyPrice,
        ) {
        }

        public function total(): float
        {
            return round($this->dailyPrice * $this->reservation->days(), 2);
        }
    }

    final class Reservation extends AggregateRoot
    {
        /** @var array<string, ReservationExtra> */
        private array $extras = [];

        public function __construct(
            public readonly int $id,
            public readonly string $branch,
            public readonly string $vehicleClass,
            private \DateTimeImmutable $pickup,
            private \DateTimeImmutable $return,
            private float $baseTotal,
        ) {
        }

        public function days(): int
        {
            return max(1, (int) $this->pickup->diff($this->return)->days);
        }

        public function addExtra(string $code, string $label, float $dailyPrice): void
        {
            if (isset($this->extras[$code])) {
                return;
            }
            $this->extras[$code] = $this->newChild(ReservationExtra::class, $code, $label, $dailyPrice); // leak
            $this->record(new ExtraAdded($this->id, $code));
        }

        public function total(): float
        {
            $total = $this->baseTotal;
            foreach ($this->extras as $extra) {
                $total += $extra->total();
            }

            return round($total, 2);
        }

        public function toArray(): array
        {
            return [
                'id' => $this->id,
                'branch' => $this->branch,
                'class' => $this->vehicleClass,
                'days' => $this->days(),
                'extras' => array_keys($this->extras),
                'total' => $this->total(),
            ];
        }
    }
}

namespace Rental\Infrastructure {
    use Rental\Domain\Reservation;

    final class ReservationRepository
    {
        public function find(int $id): ?Reservation
        {
            $pickup = (new \DateTimeImmutable('2025-05-01 09:00'))->modify('+' . ($id % 30) . ' days');

            return new Reservation($id, 'MAN-AP', 'CDMR', $pickup, $pickup->modify('+' . (2 + $id % 9) . ' days'), 41.0 * (2 + $id % 9));
        }

        public function save(Reservation $reservation): void
        {
        }
    }

    final class ExtrasCatalogue
    {
        private const ITEMS = [
            'CSI' => ['Child seat (9-18kg)', 8.5],
            'NAV' => ['Satellite navigation', 11.0],
            'ADD' => ['Additional driver', 13.5],
            'SKI' => ['Ski rack', 9.0],
        ];

        /** @return array{0: string, 1: float}|null */
        public function lookup(string $code): ?array
        {
            return self::ITEMS[$code] ?? null;
        }
    }
}

namespace Rental\Http {
    use Rental\Infrastructure\ExtrasCatalogue;
    use Rental\Infrastructure\ReservationRepository;

    final class AddExtrasAction
    {
        public function __construct(
            private ReservationRepository $reservations,
            private ExtrasCatalogue $catalogue,
        ) {
        }

        public function __invoke(array $server, array $post): array
        {
            if (!preg_match('#^/reservations/(\d+)/extras$#', $server['REQUEST_URI'], $m)) {
                return [404, ['error' => 'not found']];
            }
            $reservation = $this->reservations->find((int) $m[1]);
            if ($reservation === null) {
                return [404, ['error' => 'reservation not found']];
            }
            foreach ((array) ($post['extras'] ?? []) as $code) {
                $item = $this->catalogue->lookup((string) $code);
                if ($item !== null) {
                    $reservation->addExtra((string) $code, $item[0], $item[1]);
                }
            }
            $this->reservations->save($reservation);
            $reservation->releaseEvents();

            return [200, $reservation->toArray()];
        }
    }
}

namespace {
    use Rental\Http\AddExtrasAction;
    use Rental\Infrastructure\ExtrasCatalogue;
    use Rental\Infrastructure\ReservationRepository;

    ignore_user_abort(true);
    $action = new AddExtrasAction(new ReservationRepository(), new ExtrasCatalogue());

    $handler = static function () use ($action): void {
        [$status, $body] = $action($_SERVER, $_POST);
        http_response_code($status);
        echo json_encode($body);
    };

    while (frankenphp_handle_request($handler)) {
        // keep serving
    }
}
