<?php

declare(strict_types=1);

// RoadRunner HTTP worker answering pump-side fuel card authorization requests
// (card swiped at the station, the terminal asks whether the driver may fuel).
// Authorizations in progress are tracked so that a concurrent capture for the
// same card can see the open hold.

final class ServerRequest
{
    public function __construct(
        public readonly string $method,
        public readonly string $path,
        public readonly array $parsedBody,
        public readonly array $headers = [],
    ) {
    }
}

final class Response
{
    public function __construct(public readonly int $status, public readonly string $body)
    {
    }
}

/** Stand-in for Spiral\RoadRunner\Http\PSR7Worker fed from a recorded traffic capture. */
final class PSR7Worker
{
    private int $served = 0;

    public function __construct(private readonly int $max, private readonly \Closure $traffic)
    {
    }

    public function waitRequest(): ?ServerRequest
    {
        return $this->served < $this->max ? ($this->traffic)($this->served++) : null;
    }

    public function respond(Response $response): void
    {
    }
}

final class FuelAuthorization
{
    public ?string $approvalCode = null;
    public ?string $declineReason = null;

    /** @param list<string> $productCodes */
    public function __construct(
        public readonly string $cardPan,
        public readonly string $driverPin,
        public readonly string $vehiclePlate,
        public readonly string $stationId,
        public readonly int $pumpNumber,
        public readonly int $requestedCents,
        public readonly array $productCodes,
        public readonly int $odometerKm,
        public readonly string $terminalTrace,
        public readonly array $merchant,
    ) {
    }

    public function maskedPan(): string
    {
        return substr($this->cardPan, 0, 6) . str_repeat('*', strlen($this->cardPan) - 10) . substr($this->cardPan, -4);
    }
}

final class OpenAuthorizations
{
    /** @var array<int, FuelAuthorization> */
    private array $open = [];

    public function enter(FuelAuthorization $auth): int
    {
        $handle = spl_object_id($auth);
        $this->open[$handle] = $auth; // leak

        return $handle;
    }

    public function leave(int $handle): void
    {
        unset($this->open[$handle]);
    }

    public function heldCentsFor(string $cardPan): int
    {
        $held = 0;
        foreach ($this->open as $auth) {
            if ($auth->cardPan === $cardPan && $auth->approvalCode !== null) {
                $held += $auth->requestedCents;
            }
        }

        return $held;
    }
}

final class CardPolicy
{
    /** @param array<string, array{limit:int, products:list<string>}> $tiers */
    public function __construct(private readonly array $tiers)
    {
    }

    public function declineReason(FuelAuthorization $auth, int $heldCents): ?string
    {
        $tier = $this->tiers[substr($auth->cardPan, 6, 1)] ?? $this->tiers['0'];
        if ($auth->requestedCents + $heldCents > $tier['limit']) {
            return 'LIMIT_EXCEEDED';
        }
        foreach ($auth->productCodes as $code) {
            if (!in_array($code, $tier['products'], true)) {
                return 'PRODUCT_RESTRICTED';
            }
        }

        return null;
    }
}

final class AuthorizeFuelController
{
    public function __construct(
        private readonly OpenAuthorizations $open,
        private readonly CardPolicy $policy,
    ) {
    }

    public function __invoke(ServerRequest $request): Response
    {
        $auth = $this->hydrate($request->parsedBody);
        $handle = $this->open->enter($auth);

        $reason = $this->policy->declineReason($auth, $this->open->heldCentsFor($auth->cardPan));
        if ($reason !== null) {
            $auth->declineReason = $reason;

            return new Response(402, json_encode(['result' => 'DECLINED', 'reason' => $reason, 'card' => $auth->maskedPan()]));
        }

        $auth->approvalCode = strtoupper(substr(hash('crc32b', $auth->terminalTrace), 0, 6));
        $response = new Response(200, json_encode(['result' => 'APPROVED', 'code' => $auth->approvalCode, 'card' => $auth->maskedPan()]));
        $this->open->leave($handle);

        return $response;
    }

    private function hydrate(array $body): FuelAuthorization
    {
        return new FuelAuthorization(
            (string) $body['pan'],
            (string) $body['pin_block'],
            (string) $body['plate'],
            (string) $body['station'],
            (int) $body['pump'],
            (int) round(((float) $body['amount']) * 100),
            array_values(array_map('strval', $body['products'])),
            (int) $body['odometer'],
            (string) $body['trace'],
            [
                'terminal' => (string) ($body['merchant']['terminal'] ?? ''),
                'name' => (string) ($body['merchant']['name'] ?? ''),
                'address' => (string) ($body['merchant']['address'] ?? ''),
                'mcc' => (string) ($body['merchant']['mcc'] ?? '5542'),
            ],
        );
    }
}

$controller = new AuthorizeFuelController(
    new OpenAuthorizations(),
    new CardPolicy([
        '0' => ['limit' => 12_000, 'products' => ['DIESEL', 'ADBLUE']],
        '1' => ['limit' => 40_000, 'products' => ['DIESEL', 'ADBLUE', 'UNLEADED', 'CARWASH']],
    ]),
);

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$worker = new PSR7Worker($n, static function (int $i): ServerRequest {
    return new ServerRequest('POST', '/v1/authorizations', [
        'pan' => sprintf('707682%d%09d', $i % 2, 100_000 + $i * 37),
        'pin_block' => strtoupper(bin2hex(random_bytes(8))),
        'plate' => sprintf('B-FL %04d', 1000 + $i % 900),
        'station' => sprintf('ST-%s-%03d', ['DE', 'PL', 'NL'][$i % 3], $i % 250),
        'pump' => 1 + $i % 12,
        'amount' => sprintf('%d.%02d', 60 + ($i * 7) % 140, $i % 100),
        'products' => $i % 5 === 0 ? ['DIESEL', 'CARWASH'] : ['DIESEL'],
        'odometer' => 180_000 + $i * 211,
        'trace' => sprintf('%012d-%s', 400_000_000 + $i, gmdate('His', 1_700_000_000 + $i)),
        'merchant' => [
            'terminal' => sprintf('TID%08d', 5_000_000 + $i % 40),
            'name' => ['Aral Tankstelle', 'Orlen Stacja', 'Shell Station'][$i % 3] . ' #' . ($i % 250),
            'address' => sprintf('%d %s, %05d', 1 + $i % 180, ['Hauptstrasse', 'ul. Pulawska', 'Keizersgracht'][$i % 3], 10_000 + ($i * 13) % 89_999),
            'mcc' => '5542',
        ],
    ], ['x-terminal-id' => 'T' . ($i % 40)]);
});

while ($request = $worker->waitRequest()) {
    $worker->respond($controller($request));
}
