<?php

// ReactPHP dispatch daemon: for each ride request it offers the trip to the
// nearest idle driver and arms an expiry timer; the offer goes to the next
// driver if nobody answers in time.

namespace React\EventLoop {
    interface TimerInterface
    {
        public function getInterval(): float;
        public function getCallback(): callable;
    }

    final class Timer implements TimerInterface
    {
        public function __construct(private float $interval, private $callback, private bool $periodic = false) {}
        public function getInterval(): float { return $this->interval; }
        public function getCallback(): callable { return $this->callback; }
        public function isPeriodic(): bool { return $this->periodic; }
    }

    final class StreamSelectLoop
    {
        private array $timers = [];
        private \SplQueue $ticks;
        private bool $running = false;

        public function __construct()
        {
            $this->ticks = new \SplQueue();
        }

        public function addTimer(float $interval, callable $callback): TimerInterface
        {
            $timer = new Timer($interval, $callback);
            $this->timers[spl_object_id($timer)] = $timer;
            return $timer;
        }

        public function cancelTimer(TimerInterface $timer): void
        {
            unset($this->timers[spl_object_id($timer)]);
        }

        public function futureTick(callable $listener): void
        {
            $this->ticks->enqueue($listener);
        }

        public function run(): void
        {
            $this->running = true;
            while ($this->running && !$this->ticks->isEmpty()) {
                ($this->ticks->dequeue())();
            }
        }

        public function stop(): void
        {
            $this->running = false;
        }
    }
}

namespace App\Dispatch {
    use React\EventLoop\StreamSelectLoop;
    use React\EventLoop\TimerInterface;

    final class RideRequest
    {
        public function __construct(
            public readonly string $id,
            public readonly string $riderName,
            public readonly string $pickupAddress,
            public readonly string $dropoffAddress,
            public readonly int $estimatedFareCents,
            public readonly string $note,
        ) {}
    }

    final class DispatchOffer
    {
        private string $status = 'pending';
        private ?TimerInterface $expiryTimer = null;

        public function __construct(
            public readonly string $id,
            public readonly string $rideId,
            public readonly string $driverId,
            public readonly string $summary,
            public readonly int $fareCents,
            private StreamSelectLoop $loop,
            private OfferBook $book,
        ) {}

        public function arm(float $ttlSeconds): void
        {
            $this->expiryTimer = $this->loop->addTimer($ttlSeconds, function () { // leak
                $this->expire();
            });
        }

        public function accept(): void
        {
            if ($this->status !== 'pending') {
                return;
            }
            $this->status = 'accepted';
            if ($this->expiryTimer !== null) {
                $this->loop->cancelTimer($this->expiryTimer);
            }
            $this->book->accepted($this);
        }

        public function expire(): void
        {
            if ($this->status === 'pending') {
                $this->status = 'expired';
                $this->book->expired($this);
            }
        }

        public function status(): string
        {
            return $this->status;
        }
    }

    final class OfferBook
    {
        private int $accepted = 0;
        private int $expired = 0;
        private array $lastByDriver = [];

        public function accepted(DispatchOffer $offer): void
        {
            $this->accepted++;
            $this->lastByDriver[$offer->driverId] = $offer->rideId;
        }

        public function expired(DispatchOffer $offer): void
        {
            $this->expired++;
        }
    }

    final class DriverGateway
    {
        public function __construct(private StreamSelectLoop $loop) {}

        // Pushes the offer to the driver app; the app's answer arrives later
        // on the loop. In this replay every driver taps "accept".
        public function push(DispatchOffer $offer): void
        {
            $this->loop->futureTick(static function () use ($offer) {
                $offer->accept();
            });
        }
    }

    final class Dispatcher
    {
        private int $seq = 0;

        public function __construct(
            private StreamSelectLoop $loop,
            private DriverGateway $drivers,
            private OfferBook $book,
            private array $idleDrivers,
            private float $offerTtl,
        ) {}

        public function onRideRequested(RideRequest $ride): void
        {
            $driverId = $this->idleDrivers[crc32($ride->id) % count($this->idleDrivers)];
            $offer = new DispatchOffer(
                sprintf('ofr_%s_%d', $ride->id, ++$this->seq),
                $ride->id,
                $driverId,
                sprintf('%s: %s -> %s. %s', $ride->riderName, $ride->pickupAddress, $ride->dropoffAddress, $ride->note),
                $ride->estimatedFareCents,
                $this->loop,
                $this->book,
            );
            $offer->arm($this->offerTtl);
            $this->drivers->push($offer);
        }
    }
}

namespace {
    use App\Dispatch\Dispatcher;
    use App\Dispatch\DriverGateway;
    use App\Dispatch\OfferBook;
    use App\Dispatch\RideRequest;
    use React\EventLoop\StreamSelectLoop;

    $n = (int) (getenv('PHPLEAK_N') ?: 100);

    $loop = new StreamSelectLoop();
    $book = new OfferBook();
    $dispatcher = new Dispatcher($loop, new DriverGateway($loop), $book, ['drv_a17', 'drv_b02', 'drv_c44', 'drv_d19', 'drv_e08'], 15.0);

    $streets = ['Calle de Alcalá', 'Gran Vía', 'Paseo de la Castellana', 'Calle de Serrano', 'Calle Mayor'];
    $names = ['Lucía', 'Hugo', 'Martina', 'Mateo', 'Sofía', 'Leo'];

    // Ride requests arrive from the Redis subscription, one per tick.
    $i = 0;
    $next = function () use (&$next, &$i, $n, $loop, $dispatcher, $streets, $names) {
        if ($i >= $n) {
            return;
        }
        $dispatcher->onRideRequested(new RideRequest(
            sprintf('ride_%07d', 2500000 + $i),
            $names[$i % 6] . ' ' . chr(65 + $i % 26) . '.',
            sprintf('%s %d, Madrid', $streets[$i % 5], 1 + ($i * 7) % 180),
            sprintf('%s %d, Madrid', $streets[($i + 2) % 5], 1 + ($i * 13) % 180),
            850 + ($i % 40) * 35,
            $i % 3 === 0 ? 'Waiting at the main entrance, blue jacket' : 'Call when arriving please',
        ));
        $i++;
        $loop->futureTick($next);
    };
    $loop->futureTick($next);
    $loop->run();
    unset($next);
}
