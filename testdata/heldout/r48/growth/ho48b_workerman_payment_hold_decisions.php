<?php

declare(strict_types=1);

// Workerman text-protocol service that the claims payment scheduler calls
// before releasing an indemnity payment: it decides whether the payment is
// put on hold (sanctions screening, open fraud referral, large loss).

namespace Workerman\Connection {
    class TcpConnection
    {
        protected static int $idRecorder = 1;
        public int $id;
        public string $lastSent = '';

        public function __construct(public readonly string $remoteAddress)
        {
            $this->id = self::$idRecorder++;
        }

        public function send(string $buffer): bool
        {
            $this->lastSent = $buffer;

            return true;
        }

        public function close(): void
        {
        }
    }
}

namespace Workerman {
    use Workerman\Connection\TcpConnection;

    class Worker
    {
        /** @var list<self> */
        protected static array $workers = [];

        public ?\Closure $onWorkerStart = null;
        public ?\Closure $onMessage = null;
        public ?\Closure $onClose = null;
        public string $name = 'none';
        public int $count = 1;

        public function __construct(public readonly string $socketName)
        {
            static::$workers[] = $this;
        }

        public static function runAll(): void
        {
            $n = (int) (getenv('PHPLEAK_N') ?: 100);
            foreach (static::$workers as $worker) {
                if ($worker->onWorkerStart) {
                    ($worker->onWorkerStart)($worker);
                }
                for ($i = 0; $i < $n; $i++) {
                    $connection = new TcpConnection('10.20.0.' . (1 + $i % 200) . ':' . (40000 + $i));
                    ($worker->onMessage)($connection, json_encode([
                        'claim' => sprintf('CLM-%06d', 410000 + $i),
                        'payee' => "Contractor {$i} Roofing LLC",
                        'amount_cents' => 250000 + ($i * 7919) % 9000000,
                        'iban' => sprintf('DE%02d3704004405%08d', $i % 97, $i),
                        'memo' => str_repeat("Indemnity instalment for roof replacement, invoice {$i}. ", 8),
                    ]));
                    if ($worker->onClose) {
                        ($worker->onClose)($connection);
                    }
                }
            }
        }
    }
}

namespace App\Payments {
    final class PaymentRelease
    {
        public function __construct(
            public readonly string $claimNumber,
            public readonly string $payee,
            public readonly int $amountCents,
            public readonly string $iban,
            public readonly string $memo,
        ) {
        }

        public static function fromJson(string $json): self
        {
            $d = json_decode($json, true, 4, JSON_THROW_ON_ERROR);

            return new self($d['claim'], $d['payee'], $d['amount_cents'], $d['iban'], $d['memo']);
        }
    }

    final class HoldDecision
    {
        public function __construct(
            public readonly PaymentRelease $payment,
            public readonly bool $held,
            public readonly string $reason,
        ) {
        }
    }

    final class PaymentHoldGuard
    {
        /** @var array<int, HoldDecision> decision per payment being answered */
        private array $decisions = [];

        /** @param list<string> $sanctionedIbanPrefixes */
        public function __construct(
            private readonly array $sanctionedIbanPrefixes,
            private readonly int $largeLossCents,
        ) {
        }

        public function evaluate(PaymentRelease $payment): HoldDecision
        {
            $reason = 'released';
            $held = false;
            foreach ($this->sanctionedIbanPrefixes as $prefix) {
                if (str_starts_with($payment->iban, $prefix)) {
                    [$held, $reason] = [true, "payee account {$payment->iban} matches sanctions screening prefix {$prefix}"];
                }
            }
            if (!$held && $payment->amountCents >= $this->largeLossCents) {
                [$held, $reason] = [true, sprintf('large loss: %d.%02d exceeds desk authority for claim %s', intdiv($payment->amountCents, 100), $payment->amountCents % 100, $payment->claimNumber)];
            }

            $decision = new HoldDecision($payment, $held, $reason);
            $this->decisions[spl_object_id($payment)] = $decision; // leak

            return $decision;
        }

        public function decisionFor(PaymentRelease $payment): ?HoldDecision
        {
            return $this->decisions[spl_object_id($payment)] ?? null;
        }
    }

    final class HoldResponder
    {
        public function __construct(private readonly PaymentHoldGuard $guard)
        {
        }

        public function render(PaymentRelease $payment): string
        {
            $decision = $this->guard->decisionFor($payment);

            return ($decision?->held ? 'HOLD ' : 'PASS ') . $payment->claimNumber . ' ' . ($decision?->reason ?? 'unknown') . "\n";
        }
    }
}

namespace {
    use App\Payments\HoldResponder;
    use App\Payments\PaymentHoldGuard;
    use App\Payments\PaymentRelease;
    use Workerman\Connection\TcpConnection;
    use Workerman\Worker;

    $guard = new PaymentHoldGuard(['IR', 'KP', 'DE13'], 5_000_000);
    $responder = new HoldResponder($guard);

    $worker = new Worker('text://0.0.0.0:8686');
    $worker->name = 'payment-hold-guard';
    $worker->count = 4;
    $worker->onMessage = static function (TcpConnection $connection, string $data) use ($guard, $responder): void {
        $payment = PaymentRelease::fromJson($data);
        $guard->evaluate($payment);
        $connection->send($responder->render($payment));
    };

    Worker::runAll();
}
