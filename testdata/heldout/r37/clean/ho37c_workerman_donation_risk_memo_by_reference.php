<?php

declare(strict_types=1);

namespace HopeFund\Checkout;

final class Donation
{
    public function __construct(
        public readonly string $reference,
        public readonly int $amountMinor,
        public readonly string $cardBin,
        public readonly string $ipAddress,
        public readonly string $billingCountry,
        public readonly string $userAgent,
        public readonly string $email,
    ) {
    }
}

final class RiskAssessment
{
    /** @param list<string> $reasons */
    public function __construct(
        public readonly string $donationReference,
        public readonly int $score,
        public readonly array $reasons,
    ) {
    }

    public function isFor(Donation $donation): bool
    {
        return $this->donationReference === $donation->reference;
    }
}

/**
 * Several checkout steps ask for the risk score of the same donation during
 * one request; remember it per donation object instead of recomputing.
 */
trait RemembersRiskAssessments
{
    /** @var array<int, RiskAssessment> */
    private static array $assessments = [];

    private static function assessmentSlot(Donation $donation): int
    {
        return spl_object_id($donation);
    }

    protected function recall(Donation $donation): ?RiskAssessment
    {
        $known = self::$assessments[self::assessmentSlot($donation)] ?? null;

        return $known !== null && $known->isFor($donation) ? $known : null;
    }

    protected function remember(Donation $donation, RiskAssessment $assessment): RiskAssessment
    {
        return self::$assessments[self::assessmentSlot($donation)] = $assessment;
    }
}

final class CardTestingScreen
{
    use RemembersRiskAssessments;

    private const HIGH_RISK_BINS = ['411111', '400000', '555555'];

    public function assess(Donation $donation): RiskAssessment
    {
        if ($known = $this->recall($donation)) {
            return $known;
        }
        $reasons = [];
        $score = 0;
        if ($donation->amountMinor < 300) {
            $score += 40;
            $reasons[] = sprintf('micro-donation %d from %s looks like card testing', $donation->amountMinor, $donation->ipAddress);
        }
        if (in_array($donation->cardBin, self::HIGH_RISK_BINS, true)) {
            $score += 30;
            $reasons[] = 'test card bin ' . $donation->cardBin;
        }
        if (!str_contains($donation->userAgent, 'Mozilla')) {
            $score += 20;
            $reasons[] = 'scripted client: ' . $donation->userAgent;
        }
        $reasons[] = sprintf('checked %s at %s', $donation->reference, date(DATE_ATOM));

        return $this->remember($donation, new RiskAssessment($donation->reference, $score, $reasons));
    }
}

final class CheckoutController
{
    public function __construct(private readonly CardTestingScreen $screen)
    {
    }

    public function donate(array $form, string $ip): array
    {
        $donation = new Donation(
            'DN-' . strtoupper(bin2hex(random_bytes(5))),
            (int) round(((float) $form['amount']) * 100),
            substr($form['card_number'], 0, 6),
            $ip,
            $form['country'],
            $form['user_agent'],
            $form['email'],
        );
        if ($this->screen->assess($donation)->score >= 60) {
            return [402, 'Please contact us to complete your gift.'];
        }
        // the gateway step asks again before authorising
        $score = $this->screen->assess($donation)->score;

        return [200, json_encode(['reference' => $donation->reference, 'risk' => $score])];
    }
}

/** Stand-in for Workerman\Worker with an http:// listener. */
final class HttpWorker
{
    /** @var null|\Closure(object, array): void */
    public ?\Closure $onMessage = null;

    public function serve(int $requests): void
    {
        $connection = new class {
            public string $lastSent = '';

            public function send(string $data): void
            {
                $this->lastSent = $data;
            }
        };
        for ($i = 0; $i < $requests; $i++) {
            ($this->onMessage)($connection, [
                'remote_ip' => sprintf('203.0.%d.%d', $i % 250, ($i * 7) % 250),
                'post' => [
                    'amount' => (string) (($i % 9 === 0) ? 1 : 25 + $i % 200),
                    'card_number' => ($i % 11 === 0 ? '411111' : '4' . str_pad((string) ($i * 131 % 99999), 5, '0')) . '0000000000',
                    'country' => ['US', 'GB', 'CA', 'KE'][$i % 4],
                    'user_agent' => $i % 13 === 0 ? 'python-requests/2.31' : 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.' . $i . ' Safari/537.36',
                    'email' => sprintf('giver%d@mail.example', $i),
                ],
            ]);
        }
    }
}

$controller = new CheckoutController(new CardTestingScreen());
$worker = new HttpWorker();
$worker->onMessage = static function (object $connection, array $request) use ($controller): void {
    [$status, $body] = $controller->donate($request['post'], $request['remote_ip']);
    $connection->send("HTTP/1.1 $status\r\n\r\n$body");
};
$worker->serve((int) (getenv('PHPLEAK_N') ?: 100));
