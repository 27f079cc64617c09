<?php

declare(strict_types=1);

/*
 * Chargeback webhook receiver on a Swoole HTTP server. Card networks post
 * dispute notifications; each one is recorded against the merchant it hit
 * and the merchant's dispute velocity over its last disputes decides whether
 * payouts are put on hold.
 */

namespace Swoole\Http {
    final class Request
    {
        public array $header = [];
        public array $server = [];
        private string $body = '';

        public static function fake(string $uri, string $body, array $header): self
        {
            $r = new self();
            $r->server = ['request_uri' => $uri, 'request_method' => 'POST'];
            $r->header = $header;
            $r->body = $body;

            return $r;
        }

        public function rawContent(): string
        {
            return $this->body;
        }
    }

    final class Response
    {
        public int $statusCode = 200;

        public function status(int $code): void
        {
            $this->statusCode = $code;
        }

        public function end(string $content = ''): void
        {
        }
    }

    final class Server
    {
        /** @var array<string, callable> */
        private array $callbacks = [];

        public function __construct(public readonly string $host, public readonly int $port)
        {
        }

        public function on(string $event, callable $callback): void
        {
            $this->callbacks[strtolower($event)] = $callback;
        }

        /** Test seam standing in for the reactor handing a request to the worker. */
        public function emit(Request $request, Response $response): void
        {
            ($this->callbacks['request'])($request, $response);
        }
    }
}

namespace {
    use Swoole\Http\Request;
    use Swoole\Http\Response;
    use Swoole\Http\Server;

    final class DisputeEvent
    {
        public function __construct(
            public readonly string $disputeId,
            public readonly string $merchantId,
            public readonly string $network,
            public readonly string $reasonCode,
            public readonly int $amountMinor,
            public readonly string $arn,
            public readonly int $receivedAt,
            public readonly string $narrative,
            public readonly array $metadata,
        ) {
        }

        public static function fromWebhook(array $p): self
        {
            return new self(
                $p['dispute']['id'],
                $p['dispute']['merchant_id'],
                $p['network'],
                $p['dispute']['reason_code'],
                (int) $p['dispute']['amount_minor'],
                $p['dispute']['acquirer_reference_number'],
                (int) $p['created'],
                $p['dispute']['cardholder_narrative'],
                $p['dispute']['metadata'] ?? [],
            );
        }

        public function isFraudReason(): bool
        {
            return in_array($this->reasonCode, ['10.4', '4837', '4863'], true);
        }
    }

    final class MerchantRiskState
    {
        public const WINDOW = 50;

        /** @var array<int, DisputeEvent> slot => dispute, slots 0 .. WINDOW-1 */
        private array $disputes = [];

        private int $recorded = 0;

        public bool $payoutsHeld = false;

        public function __construct(public readonly string $merchantId, public readonly int $monthlyVolumeMinor)
        {
        }

        public function record(DisputeEvent $event): void
        {
            $this->disputes[$this->recorded % self::WINDOW] = $event;
            $this->recorded++;
        }

        /** @return list<DisputeEvent> the most recent disputes, oldest first */
        public function window(): array
        {
            if ($this->recorded <= self::WINDOW) {
                return array_values($this->disputes);
            }
            $oldest = $this->recorded % self::WINDOW;

            return array_merge(array_slice($this->disputes, $oldest), array_slice($this->disputes, 0, $oldest));
        }
    }

    final class MerchantPortfolio
    {
        /** @var array<string, MerchantRiskState> */
        private array $states = [];

        /** @param array<string, int> $volumes merchant id => monthly volume, loaded at boot */
        public function __construct(private array $volumes)
        {
        }

        public function stateFor(string $merchantId): ?MerchantRiskState
        {
            if (!isset($this->volumes[$merchantId])) {
                return null;
            }

            return $this->states[$merchantId] ??= new MerchantRiskState($merchantId, $this->volumes[$merchantId]);
        }
    }

    final class DisputeVelocityMonitor
    {
        public function __construct(
            private MerchantPortfolio $portfolio,
            private float $holdRatio,
            private int $fraudCountHold,
        ) {
        }

        public function observe(DisputeEvent $event): ?bool
        {
            $state = $this->portfolio->stateFor($event->merchantId);
            if ($state === null) {
                return null;
            }
            $state->record($event);

            $window = $state->window();
            $disputedMinor = 0;
            $fraud = 0;
            foreach ($window as $dispute) {
                $disputedMinor += $dispute->amountMinor;
                $fraud += $dispute->isFraudReason() ? 1 : 0;
            }
            $state->payoutsHeld = $disputedMinor / max(1, $state->monthlyVolumeMinor) > $this->holdRatio
                || $fraud >= $this->fraudCountHold;

            return $state->payoutsHeld;
        }
    }

    final class ChargebackWebhookHandler
    {
        public function __construct(private DisputeVelocityMonitor $monitor, private string $signingSecret)
        {
        }

        public function __invoke(Request $request, Response $response): void
        {
            $body = $request->rawContent();
            $expected = hash_hmac('sha256', $body, $this->signingSecret);
            if (!hash_equals($expected, $request->header['x-signature'] ?? '')) {
                $response->status(401);
                $response->end();

                return;
            }
            $held = $this->monitor->observe(DisputeEvent::fromWebhook(json_decode($body, true, 16, JSON_THROW_ON_ERROR)));
            $response->status($held === null ? 202 : 200);
            $response->end(json_encode(['payouts_held' => $held]));
        }
    }

    $secret = 'whsec_4f1c2a9b7e';
    $merchants = ['mch_0001' => 8_500_000_00, 'mch_0002' => 1_200_000_00, 'mch_0003' => 450_000_00, 'mch_0004' => 22_000_000_00];
    $monitor = new DisputeVelocityMonitor(new MerchantPortfolio($merchants), 0.009, 12);

    $server = new Server('0.0.0.0', 9502);
    $server->on('request', new ChargebackWebhookHandler($monitor, $secret));

    $ids = array_keys($merchants);
    $reasons = ['10.4', '13.1', '13.3', '4837', '4853', '4863'];
    $n = (int) (getenv('PHPLEAK_N') ?: 100);
    for ($i = 0; $i < $n; $i++) {
        $body = json_encode([
            'id' => sprintf('evt_%016x', 0x5D00000 + $i),
            'network' => $i % 2 ? 'visa' : 'mastercard',
            'created' => 1_710_400_000 + $i * 13,
            'dispute' => [
                'id' => sprintf('dp_%s', bin2hex(random_bytes(10))),
                'merchant_id' => $ids[$i % 4],
                'reason_code' => $reasons[$i % 6],
                'amount_minor' => 1_000 + ($i * 7_919) % 60_000,
                'acquirer_reference_number' => sprintf('7%022d', 4_815_162_342 + $i),
                'cardholder_narrative' => 'Cardholder states the order #' . (700_000 + $i) . ' was never received and the merchant did not respond to two refund requests sent by email.',
                'metadata' => [
                    'order_id' => 'ord_' . (700_000 + $i),
                    'customer_email' => sprintf('buyer%05d@mail.example', $i % 30_000),
                    'descriptor' => 'SHOP*' . strtoupper(substr(md5((string) $i), 0, 10)),
                ],
            ],
        ]);
        $server->emit(
            Request::fake('/webhooks/disputes', $body, ['x-signature' => hash_hmac('sha256', $body, $secret)]),
            new Response(),
        );
    }
}
