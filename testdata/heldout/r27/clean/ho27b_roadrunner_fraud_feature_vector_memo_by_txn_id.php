<?php

declare(strict_types=1);

/*
 * Card-not-present fraud scoring service behind a RoadRunner HTTP worker.
 * The scorer and its rules are built once; each request scores one
 * authorization. Feature vectors are memoized per transaction object so the
 * rules, which all ask for the same vector, only extract it once.
 */

final class ServerRequest
{
    public function __construct(
        private string $uri,
        private array $parsedBody,
        private array $headers,
    ) {
    }

    public function getUri(): string
    {
        return $this->uri;
    }

    public function getParsedBody(): array
    {
        return $this->parsedBody;
    }

    public function getHeaderLine(string $name): string
    {
        return $this->headers[strtolower($name)] ?? '';
    }
}

final class Response
{
    public function __construct(public readonly int $status, public readonly string $body)
    {
    }
}

/** Stand-in for Spiral\RoadRunner\Http\PSR7Worker fed from a relay. */
final class PSR7Worker
{
    private int $served = 0;

    public function __construct(private Closure $relay)
    {
    }

    public function waitRequest(): ?ServerRequest
    {
        return ($this->relay)($this->served++);
    }

    public function respond(Response $response): void
    {
    }
}

final class CardTransaction
{
    public function __construct(
        public readonly string $id,
        public readonly string $customerId,
        public readonly int $amountMinor,
        public readonly string $currency,
        public readonly string $mcc,
        public readonly string $deviceFingerprint,
        public readonly string $ipAddress,
        public readonly string $billingCountry,
        public readonly string $shippingCountry,
        public readonly string $descriptor,
        public readonly string $userAgent,
    ) {
    }

    public static function fromPayload(array $p): self
    {
        return new self(
            $p['transaction_id'],
            $p['customer_id'],
            (int) $p['amount_minor'],
            $p['currency'],
            $p['mcc'],
            $p['device']['fingerprint'],
            $p['device']['ip'],
            $p['billing']['country'],
            $p['shipping']['country'],
            $p['merchant']['descriptor'],
            $p['device']['user_agent'],
        );
    }
}

final class CustomerProfile
{
    public function __construct(
        public readonly string $customerId,
        public readonly int $avgTicketMinor,
        public readonly string $homeCountry,
        public readonly int $chargebacks90d,
    ) {
    }
}

/** Profiles come from the feature service; a small LRU keeps the hot ones. */
final class CustomerProfileCache
{
    /** @var array<string, CustomerProfile> */
    private array $entries = [];

    public function __construct(private int $capacity)
    {
    }

    public function get(string $customerId): CustomerProfile
    {
        if (isset($this->entries[$customerId])) {
            $profile = $this->entries[$customerId];
            unset($this->entries[$customerId]);

            return $this->entries[$customerId] = $profile;
        }
        if (count($this->entries) >= $this->capacity) {
            unset($this->entries[array_key_first($this->entries)]);
        }
        $seed = crc32($customerId);

        return $this->entries[$customerId] = new CustomerProfile($customerId, 2_000 + $seed % 40_000, ['DE', 'FR', 'NL', 'US'][$seed % 4], $seed % 3);
    }
}

final class FeatureVector
{
    public function __construct(
        public readonly string $mcc,
        public readonly float $amountToAvgRatio,
        public readonly bool $crossBorder,
        public readonly bool $countryMismatch,
        public readonly int $priorChargebacks,
        public readonly string $deviceHash,
        public readonly array $signals,
    ) {
    }
}

final class FeatureExtractor
{
    public function __construct(private CustomerProfileCache $profiles)
    {
    }

    public function extract(CardTransaction $txn): FeatureVector
    {
        $profile = $this->profiles->get($txn->customerId);

        return new FeatureVector(
            $txn->mcc,
            $txn->amountMinor / max(1, $profile->avgTicketMinor),
            $txn->billingCountry !== $profile->homeCountry,
            $txn->billingCountry !== $txn->shippingCountry,
            $profile->chargebacks90d,
            hash('sha256', $txn->deviceFingerprint . '|' . $txn->userAgent),
            [
                'mcc' => $txn->mcc,
                'ip_prefix' => implode('.', array_slice(explode('.', $txn->ipAddress), 0, 3)),
                'descriptor' => strtoupper($txn->descriptor),
            ],
        );
    }
}

interface ScoringRule
{
    public function score(FeatureVector $v): float;
}

final class AmountSpikeRule implements ScoringRule
{
    public function score(FeatureVector $v): float
    {
        return $v->amountToAvgRatio > 5 ? 35.0 : ($v->amountToAvgRatio > 2 ? 10.0 : 0.0);
    }
}

final class GeoMismatchRule implements ScoringRule
{
    public function score(FeatureVector $v): float
    {
        return ($v->crossBorder ? 15.0 : 0.0) + ($v->countryMismatch ? 20.0 : 0.0);
    }
}

final class ChargebackHistoryRule implements ScoringRule
{
    public function score(FeatureVector $v): float
    {
        return 12.5 * $v->priorChargebacks + ($v->mcc === '5967' ? 10.0 : 0.0);
    }
}

final class FraudScorer
{
    /** @var array<int, array{transaction_id: string, score: float, reasons: list<string>}> */
    private array $assessed = [];

    /** @param array<string, ScoringRule> $rules */
    public function __construct(private FeatureExtractor $extractor, private array $rules)
    {
    }

    public function score(CardTransaction $txn): float
    {
        return $this->assessment($txn)['score'];
    }

    /** @return list<string> */
    public function reasons(CardTransaction $txn): array
    {
        return $this->assessment($txn)['reasons'];
    }

    /**
     * The controller, the decision log and the response builder all ask for
     * the same transaction's assessment; compute it once per transaction.
     */
    private function assessment(CardTransaction $txn): array
    {
        $slot = spl_object_id($txn);
        $cached = $this->assessed[$slot] ?? null;
        if ($cached !== null && $cached['transaction_id'] === $txn->id) {
            return $cached;
        }
        $vector = $this->extractor->extract($txn);
        $total = 0.0;
        $reasons = [];
        foreach ($this->rules as $code => $rule) {
            $points = $rule->score($vector);
            if ($points > 0) {
                $reasons[] = $code;
            }
            $total += $points;
        }

        return $this->assessed[$slot] = [
            'transaction_id' => $txn->id,
            'score' => min(100.0, $total),
            'reasons' => $reasons,
        ];
    }
}

final class AuthorizationRiskController
{
    public function __construct(private FraudScorer $scorer, private float $declineAbove, private float $reviewAbove)
    {
    }

    public function __invoke(ServerRequest $request): Response
    {
        $txn = CardTransaction::fromPayload($request->getParsedBody());
        $score = $this->scorer->score($txn);
        $decision = $score >= $this->declineAbove ? 'decline' : ($score >= $this->reviewAbove ? 'review' : 'approve');

        return new Response(200, json_encode([
            'transaction_id' => $txn->id,
            'score' => $score,
            'decision' => $decision,
            'reasons' => $this->scorer->reasons($txn),
        ]));
    }
}

$controller = new AuthorizationRiskController(
    new FraudScorer(
        new FeatureExtractor(new CustomerProfileCache(50)),
        ['amount_spike' => new AmountSpikeRule(), 'geo_mismatch' => new GeoMismatchRule(), 'chargeback_history' => new ChargebackHistoryRule()],
    ),
    80.0,
    45.0,
);

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$worker = new PSR7Worker(static function (int $i) use ($n): ?ServerRequest {
    if ($i >= $n) {
        return null;
    }
    $countries = ['DE', 'FR', 'NL', 'US', 'GB'];

    return new ServerRequest('/v1/risk/authorizations', [
        'transaction_id' => sprintf('txn_%s%06d', dechex(0xA000 + $i % 4096), $i),
        'customer_id' => sprintf('cus_%05d', ($i * 7919) % 500),
        'amount_minor' => 500 + ($i * 2654435761) % 250_000,
        'currency' => 'EUR',
        'mcc' => ['5411', '5732', '5967', '4121'][$i % 4],
        'device' => [
            'fingerprint' => bin2hex(random_bytes(16)),
            'ip' => sprintf('84.%d.%d.%d', $i % 250, ($i >> 3) % 250, $i % 200),
            'user_agent' => 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_3 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148 App/' . (400 + $i % 30),
        ],
        'billing' => ['country' => $countries[$i % 5]],
        'shipping' => ['country' => $countries[($i >> 1) % 5]],
        'merchant' => ['descriptor' => 'ACME*MARKETPLACE ORDER ' . (100000 + $i)],
    ], ['x-request-id' => bin2hex(random_bytes(8))]);
});

while (($request = $worker->waitRequest()) !== null) {
    $worker->respond($controller($request));
}
