<?php

declare(strict_types=1);

namespace GiveCycle\Recurring;

enum Frequency: string
{
    case Monthly = 'monthly';
    case Quarterly = 'quarterly';
    case Annual = 'annual';
}

final class RecurringGift
{
    /** @param array<string, string> $metadata */
    public function __construct(
        public readonly string $subscriptionId,
        public readonly string $mandateId,
        public readonly int $amountMinor,
        public readonly string $currency,
        public readonly Frequency $frequency,
        public readonly array $metadata,
    ) {
    }
}

final class ChargeResult
{
    public function __construct(
        public readonly bool $approved,
        public readonly string $code,
        public readonly string $transactionId,
        public readonly int $attempts,
    ) {
    }
}

/** Processor stub: soft-declines the first try on some mandates, like a real card network. */
final class DirectDebitGateway
{
    private int $calls = 0;

    public function charge(string $mandateId, int $amountMinor, string $currency, int $attempt): ChargeResult
    {
        $this->calls++;
        $softDecline = $attempt === 1 && (crc32($mandateId) % 3 === 0);

        return new ChargeResult(!$softDecline, $softDecline ? 'insufficient_funds_retry' : 'approved', sprintf('tx_%s_%d', substr(md5($mandateId . $this->calls), 0, 16), $attempt), $attempt);
    }
}

final class RetryPolicy
{
    private const RETRYABLE = ['insufficient_funds_retry', 'issuer_unavailable', 'processing_error'];

    public function __construct(private readonly int $maxAttempts)
    {
    }

    public function shouldRetry(string $code, int $attempt): bool
    {
        return $attempt < $this->maxAttempts && in_array($code, self::RETRYABLE, true);
    }
}

final class RecurringChargeRunner
{
    public function __construct(
        private readonly DirectDebitGateway $gateway,
        private readonly RetryPolicy $policy,
    ) {
    }

    public function run(RecurringGift $gift): ChargeResult
    {
        $attempt = function (int $n) use (&$attempt, $gift): ChargeResult {
            $result = $this->gateway->charge($gift->mandateId, $gift->amountMinor, $gift->currency, $n);
            if (!$result->approved && $this->policy->shouldRetry($result->code, $n)) {
                return $attempt($n + 1);
            }

            return $result;
        };

        try {
            return $attempt(1);
        } finally {
            // the closure holds its own variable by reference; release it
            $attempt = null;
        }
    }
}

/** Stand-in for Spiral\RoadRunner\Jobs\Consumer: yields tasks pulled from the broker. */
final class JobsConsumer
{
    private int $served = 0;

    public function __construct(private readonly int $limit)
    {
    }

    public function waitTask(): ?array
    {
        if ($this->served >= $this->limit) {
            return null;
        }
        $i = $this->served++;
        $frequencies = ['monthly', 'monthly', 'quarterly', 'annual'];

        return [
            'name' => 'recurring.charge',
            'payload' => json_encode([
                'subscription_id' => sprintf('sub_%08d', 4000 + $i),
                'mandate_id' => 'md_' . bin2hex(random_bytes(8)),
                'amount' => 1000 + ($i % 12) * 500,
                'currency' => 'GBP',
                'frequency' => $frequencies[$i % 4],
                'metadata' => [
                    'campaign' => 'sustainer-' . ($i % 5),
                    'gift_aid_declaration' => sprintf('GAD-%d-%s', 2019 + $i % 5, sha1((string) $i)),
                    'donor_note' => str_repeat('Keep up the wonderful work with the animals. ', 4) . $i,
                    'source_url' => sprintf('https://give.example.org/monthly?utm_campaign=spring&u=%d', $i * 17),
                ],
            ]),
        ];
    }
}

$runner = new RecurringChargeRunner(new DirectDebitGateway(), new RetryPolicy(3));
$consumer = new JobsConsumer((int) (getenv('PHPLEAK_N') ?: 100));
$acked = 0;

while ($task = $consumer->waitTask()) {
    $data = json_decode($task['payload'], true);
    $gift = new RecurringGift(
        $data['subscription_id'],
        $data['mandate_id'],
        $data['amount'],
        $data['currency'],
        Frequency::from($data['frequency']),
        $data['metadata'],
    );
    $result = $runner->run($gift);
    if ($result->approved) {
        $acked++;
    }
    unset($gift, $result, $data, $task);
}
