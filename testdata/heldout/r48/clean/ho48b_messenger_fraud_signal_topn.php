<?php

declare(strict_types=1);

// messenger:consume worker scoring incoming claims for fraud. The special
// investigations unit (SIU) gets a daily referral list of the strongest
// signals, kept by a worker-wide board.

namespace Symfony\Component\Messenger\Attribute {
    #[\Attribute(\Attribute::TARGET_CLASS | \Attribute::TARGET_METHOD)]
    final class AsMessageHandler
    {
        public function __construct(public ?string $bus = null, public ?string $fromTransport = null)
        {
        }
    }
}

namespace Symfony\Component\Messenger {
    final class Envelope
    {
        public function __construct(private readonly object $message, private readonly array $stamps = [])
        {
        }

        public function getMessage(): object
        {
            return $this->message;
        }

        public function with(object ...$stamps): self
        {
            return new self($this->message, array_merge($this->stamps, $stamps));
        }
    }

    final class MessageBus
    {
        /** @param array<class-string, list<callable>> $handlers */
        public function __construct(private readonly array $handlers)
        {
        }

        public function dispatch(object $message): Envelope
        {
            $envelope = $message instanceof Envelope ? $message : new Envelope($message);
            foreach ($this->handlers[$envelope->getMessage()::class] ?? [] as $handler) {
                $handler($envelope->getMessage());
            }

            return $envelope;
        }
    }

    final class InMemoryReceiver
    {
        /** @param \Closure(int): object $factory */
        public function __construct(private readonly \Closure $factory, private readonly int $count)
        {
        }

        /** @return iterable<Envelope> */
        public function get(): iterable
        {
            for ($i = 0; $i < $this->count; $i++) {
                yield new Envelope(($this->factory)($i));
            }
        }

        public function ack(Envelope $envelope): void
        {
        }
    }

    final class Worker
    {
        public function __construct(private readonly InMemoryReceiver $receiver, private readonly MessageBus $bus)
        {
        }

        public function run(): void
        {
            foreach ($this->receiver->get() as $envelope) {
                $this->bus->dispatch($envelope);
                $this->receiver->ack($envelope);
            }
        }
    }
}

namespace App\Message {
    final class ScoreClaimForFraud
    {
        public function __construct(
            public readonly string $claimNumber,
            public readonly string $claimantId,
            public readonly int $amountCents,
            public readonly int $daysToReport,
            public readonly string $adjusterNotes,
        ) {
        }
    }
}

namespace App\Fraud {
    use App\Message\ScoreClaimForFraud;

    final class FraudSignal
    {
        public function __construct(
            public readonly string $claimNumber,
            public readonly string $rule,
            public readonly float $score,
            public readonly string $evidence,
        ) {
        }
    }

    interface FraudRule
    {
        public function evaluate(ScoreClaimForFraud $claim): FraudSignal;
    }

    final class LateReportingRule implements FraudRule
    {
        public function evaluate(ScoreClaimForFraud $claim): FraudSignal
        {
            return new FraudSignal($claim->claimNumber, 'late_reporting', min(1.0, $claim->daysToReport / 60), sprintf('Loss reported %d days after occurrence. Notes: %s', $claim->daysToReport, $claim->adjusterNotes));
        }
    }

    final class RoundAmountRule implements FraudRule
    {
        public function evaluate(ScoreClaimForFraud $claim): FraudSignal
        {
            $round = $claim->amountCents % 100000 === 0;

            return new FraudSignal($claim->claimNumber, 'round_amount', $round ? 0.7 : 0.1, sprintf('Claimed %d.%02d; %s', intdiv($claim->amountCents, 100), $claim->amountCents % 100, $claim->adjusterNotes));
        }
    }

    final class ClaimantFrequencyRule implements FraudRule
    {
        public function evaluate(ScoreClaimForFraud $claim): FraudSignal
        {
            $score = (crc32($claim->claimantId) % 100) / 100;

            return new FraudSignal($claim->claimNumber, 'claimant_frequency', $score, "Claimant {$claim->claimantId} prior-claims lookup: " . $claim->adjusterNotes);
        }
    }

    /** Lowest score at the top, so the weakest referral is evicted first. */
    final class SignalHeap extends \SplMinHeap
    {
        protected function compare(mixed $value1, mixed $value2): int
        {
            return $value2->score <=> $value1->score;
        }
    }

    final class SiuReferralBoard
    {
        private SignalHeap $heap;

        public function __construct(private readonly int $capacity = 50)
        {
            $this->heap = new SignalHeap();
        }

        /** @param iterable<FraudSignal> $signals */
        public function consider(iterable $signals): void
        {
            foreach ($signals as $signal) {
                $this->heap->insert($signal);
            }
            while ($this->heap->count() > $this->capacity) {
                $this->heap->extract();
            }
        }

        public function weakest(): ?FraudSignal
        {
            return $this->heap->isEmpty() ? null : $this->heap->top();
        }
    }
}

namespace App\MessageHandler {
    use App\Fraud\FraudRule;
    use App\Fraud\SiuReferralBoard;
    use App\Message\ScoreClaimForFraud;
    use Symfony\Component\Messenger\Attribute\AsMessageHandler;

    #[AsMessageHandler(fromTransport: 'fraud_scoring')]
    final class ScoreClaimForFraudHandler
    {
        /** @param list<FraudRule> $rules */
        public function __construct(private readonly array $rules, private readonly SiuReferralBoard $board)
        {
        }

        public function __invoke(ScoreClaimForFraud $message): void
        {
            $signals = [];
            foreach ($this->rules as $rule) {
                $signals[] = $rule->evaluate($message);
            }
            $this->board->consider($signals);
        }
    }
}

namespace {
    use App\Fraud\ClaimantFrequencyRule;
    use App\Fraud\LateReportingRule;
    use App\Fraud\RoundAmountRule;
    use App\Fraud\SiuReferralBoard;
    use App\Message\ScoreClaimForFraud;
    use App\MessageHandler\ScoreClaimForFraudHandler;
    use Symfony\Component\Messenger\InMemoryReceiver;
    use Symfony\Component\Messenger\MessageBus;
    use Symfony\Component\Messenger\Worker;

    $board = new SiuReferralBoard(50);
    $handler = new ScoreClaimForFraudHandler([new LateReportingRule(), new RoundAmountRule(), new ClaimantFrequencyRule()], $board);
    $bus = new MessageBus([ScoreClaimForFraud::class => [$handler]]);

    $receiver = new InMemoryReceiver(
        static fn (int $i): ScoreClaimForFraud => new ScoreClaimForFraud(
            sprintf('CLM-%06d', 700000 + $i),
            sprintf('CUST-%05d', $i % 997),
            ($i % 7 === 0) ? 500000 : 123456 + $i * 37,
            $i % 90,
            str_repeat("Adjuster site visit {$i}: damage consistent with reported cause. ", 2),
        ),
        (int) (getenv('PHPLEAK_N') ?: 100),
    );

    (new Worker($receiver, $bus))->run();
}
