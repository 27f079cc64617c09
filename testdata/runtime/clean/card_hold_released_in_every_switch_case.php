<?php
// A payment worker places a hold for each authorization and releases it
// once the gateway answers. The answer is switched on, with a case for
// every answer the gateway gives, and each case releases the hold: the
// ledger holds no authorization once its job is done.

enum GatewayAnswer
{
    case Captured;
    case Voided;
    case SoftDecline;
}

final class HoldLedger
{
    /** @var array<string, array<string, string>> */
    private array $holds = [];

    public function place(string $authId, array $card): void
    {
        $this->holds[$authId] = $card;
    }

    public function release(string $authId): void
    {
        unset($this->holds[$authId]);
    }
}

final class Gateway
{
    public function answer(int $seq): GatewayAnswer
    {
        return [GatewayAnswer::Captured, GatewayAnswer::Voided, GatewayAnswer::SoftDecline][$seq % 3];
    }
}

final class AuthorizationWorker
{
    public int $declines = 0;

    public function __construct(private HoldLedger $ledger, private Gateway $gateway)
    {
    }

    public function handle(array $job): void
    {
        $this->ledger->place($job['auth'], $job['card']);
        switch ($this->gateway->answer($job['seq'])) {
            case GatewayAnswer::Captured:
                $this->ledger->release($job['auth']);
                break;
            case GatewayAnswer::Voided:
                $this->ledger->release($job['auth']);
                break;
            case GatewayAnswer::SoftDecline:
                $this->declines++;
                $this->ledger->release($job['auth']);
                break;
        }
    }
}

$worker = new AuthorizationWorker(new HoldLedger(), new Gateway());
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $worker->handle([
        'seq' => $i,
        'auth' => 'auth_' . bin2hex(pack('N', $i * 2654435761 % 4294967291)),
        'card' => [
            'holder' => 'Card Holder ' . $i,
            'bin' => (string) (400000 + $i % 9000),
            'billing' => str_repeat('Street ' . $i . ', ', 110),
        ],
    ]);
}
