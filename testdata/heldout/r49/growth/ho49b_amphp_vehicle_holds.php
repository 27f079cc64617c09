<?php
// amphp/http-server app: POST /bookings places a short hold on a vehicle
// while the card is authorised, then confirms the booking and releases the hold.

namespace Amp\Http\Server {
    final class Request
    {
        public function __construct(
            private string $method,
            private string $path,
            private array $headers,
            private string $body,
        ) {
        }

        public function getMethod(): string
        {
            return $this->method;
        }

        public function getPath(): string
        {
            return $this->path;
        }

        public function getHeader(string $name): ?string
        {
            return $this->headers[strtolower($name)] ?? null;
        }

        public function getBody(): string
        {
            return $this->body;
        }
    }

    final class Response
    {
        public function __construct(
            public readonly int $status = 200,
            public readonly array $headers = [],
            public readonly string $body = '',
        ) {
        }
    }

    interface RequestHandler
    {
        public function handleRequest(Request $request): Response;
    }

    /**
     * Stand-in for SocketHttpServer: start() accepts connections on the
     * Revolt event loop; here it replays PHPLEAK_N booking requests.
     */
    final class SocketHttpServer
    {
        private array $addresses = [];
        private ?RequestHandler $handler = null;

        public function expose(string $address): void
        {
            $this->addresses[] = $address;
        }

        public function start(RequestHandler $handler): void
        {
            $this->handler = $handler;
            $n = (int) (getenv('PHPLEAK_N') ?: 100);
            for ($i = 0; $i < $n; $i++) {
                $body = json_encode([
                    'vehicle' => sprintf('VIN-TMBJJ7NE%09d', 4000 + $i % 300),
                    'customer' => 'CUST-' . (55000 + $i),
                    'branch' => ['LHR-T5', 'MAN-AP', 'EDI-WAV'][$i % 3],
                    'pickup' => '2025-06-' . sprintf('%02d', 1 + $i % 28) . 'T10:00',
                    'days' => 1 + $i % 14,
                    'card_token' => 'tok_' . bin2hex(random_bytes(12)),
                ]);
                $handler->handleRequest(new Request('POST', '/bookings', [
                    'content-type' => 'application/json',
                    'idempotency-key' => bin2hex(random_bytes(16)),
                ], $body));
            }
        }

        public function stop(): void
        {
            $this->handler = null;
        }
    }
}

namespace Rental\Booking {
    enum HoldStatus: string
    {
        case Active = 'active';
        case Confirmed = 'confirmed';
        case Expired = 'expired';
    }

    final class VehicleHold
    {
        public HoldStatus $status = HoldStatus::Active;

        public function __construct(
            public readonly string $id,
            public readonly string $vehicle,
            public readonly string $customer,
            public readonly string $branch,
            public readonly \DateTimeImmutable $pickup,
            public readonly int $days,
            public readonly int $expiresAt,
        ) {
        }
    }

    /**
     * Holds currently blocking a vehicle from being offered to someone else.
     * The availability search skips every vehicle that has an active hold.
     */
    final class HoldRegistry
    {
        private \SplObjectStorage $holds;

        public function __construct(private int $ttlSeconds)
        {
            $this->holds = new \SplObjectStorage();
        }

        public function place(string $vehicle, string $customer, string $branch, \DateTimeImmutable $pickup, int $days): VehicleHold
        {
            $hold = new VehicleHold(bin2hex(random_bytes(8)), $vehicle, $customer, $branch, $pickup, $days, time() + $this->ttlSeconds);
            $this->holds->attach($hold, ['placed_at' => microtime(true), 'vehicle' => $vehicle]); // leak

            return $hold;
        }

        public function isHeld(string $vehicle): bool
        {
            foreach ($this->holds as $hold) {
                if ($hold->vehicle === $vehicle && $hold->status === HoldStatus::Active) {
                    return true;
                }
            }

            return false;
        }

        public function release(VehicleHold $hold): void
        {
            if ($hold->status !== HoldStatus::Active) {
                return; // already confirmed or expired
            }
            $this->holds->detach($hold);
        }
    }

    final class PaymentGateway
    {
        public function authorise(string $cardToken, int $amountPence): string
        {
            return 'auth_' . substr(hash('crc32b', $cardToken . $amountPence), 0, 8);
        }
    }

    final class BookingService
    {
        private int $confirmed = 0;

        public function __construct(
            private HoldRegistry $holds,
            private PaymentGateway $payments,
        ) {
        }

        public function book(array $input): array
        {
            $pickup = new \DateTimeImmutable($input['pickup']);
            $hold = $this->holds->place($input['vehicle'], $input['customer'], $input['branch'], $pickup, (int) $input['days']);
            $authorisation = $this->payments->authorise($input['card_token'], 4100 * $hold->days);

            return $this->confirm($hold, $authorisation);
        }

        private function confirm(VehicleHold $hold, string $authorisation): array
        {
            $hold->status = HoldStatus::Confirmed;
            $this->confirmed++;
            $this->holds->release($hold);

            return [
                'booking' => sprintf('BK-%s', strtoupper($hold->id)),
                'vehicle' => $hold->vehicle,
                'authorisation' => $authorisation,
            ];
        }
    }

    final class BookingRequestHandler implements \Amp\Http\Server\RequestHandler
    {
        public function __construct(private BookingService $bookings)
        {
        }

        public function handleRequest(\Amp\Http\Server\Request $request): \Amp\Http\Server\Response
        {
            if ($request->getMethod() !== 'POST' || $request->getPath() !== '/bookings') {
                return new \Amp\Http\Server\Response(404);
            }
            try {
                $input = json_decode($request->getBody(), true, 4, JSON_THROW_ON_ERROR);
            } catch (\JsonException) {
                return new \Amp\Http\Server\Response(400);
            }

            return new \Amp\Http\Server\Response(201, ['content-type' => 'application/json'], json_encode($this->bookings->book($input)));
        }
    }
}

namespace {
    use Amp\Http\Server\SocketHttpServer;
    use Rental\Booking\BookingRequestHandler;
    use Rental\Booking\BookingService;
    use Rental\Booking\HoldRegistry;
    use Rental\Booking\PaymentGateway;

    $server = new SocketHttpServer();
    $server->expose('0.0.0.0:1337');
    $server->start(new BookingRequestHandler(new BookingService(new HoldRegistry(900), new PaymentGateway())));
}
