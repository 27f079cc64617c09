<?php

declare(strict_types=1);

namespace Symfony\Component\Messenger {
    final class Envelope
    {
        public function __construct(public readonly object $message, public readonly array $stamps = [])
        {
        }
    }

    interface TransportInterface
    {
        /** @return iterable<Envelope> */
        public function get(): iterable;

        public function ack(Envelope $envelope): void;
    }

    /** Consumer loop as run by `messenger:consume`: one handler call per envelope. */
    final class Worker
    {
        /** @param array<class-string, callable> $handlers */
        public function __construct(private TransportInterface $transport, private array $handlers)
        {
        }

        public function run(): void
        {
            foreach ($this->transport->get() as $envelope) {
                ($this->handlers[$envelope->message::class])($envelope->message);
                $this->transport->ack($envelope);
            }
        }
    }
}

namespace App\Tenancy {
    use SplStack;

    final class TenantContext
    {
        public function __construct(
            public readonly int $tenantId,
            public readonly string $schema,
            public readonly array $settings,
        ) {
        }
    }

    final class TenantSettingsLoader
    {
        public function load(int $tenantId, int $revision): array
        {
            $settings = [];
            foreach (['billing', 'tax', 'locale', 'webhooks', 'branding', 'limits'] as $section) {
                $settings[$section] = [
                    'revision' => $revision,
                    'value' => sprintf('%s settings for tenant %d: %s', ucfirst($section), $tenantId, str_repeat(substr(hash('sha256', "$section-$tenantId-$revision"), 0, 32), 8)),
                ];
            }
            return $settings;
        }
    }

    /** Nested tenant switching: jobs may run sub-tasks for another tenant, so contexts stack. */
    final class TenantScope
    {
        private SplStack $stack;

        public function __construct(private TenantSettingsLoader $loader)
        {
            $this->stack = new SplStack();
        }

        public function enter(int $tenantId, int $revision): TenantContext
        {
            $context = new TenantContext($tenantId, sprintf('tenant_%04d', $tenantId), $this->loader->load($tenantId, $revision));
            $this->stack->push($context);

            return $context;
        }

        public function leave(): void
        {
            $this->stack->pop();
        }

        public function current(): ?TenantContext
        {
            return $this->stack->isEmpty() ? null : $this->stack->top();
        }
    }
}

namespace App\Payouts {
    use App\Tenancy\TenantScope;

    final class SyncPayoutToLedger
    {
        public function __construct(
            public readonly int $tenantId,
            public readonly int $payoutId,
            public readonly int $version,
            public readonly int $amountCents,
        ) {
        }
    }

    final class LedgerGateway
    {
        /** @var array<int, int> payout id => synced version */
        private array $synced = [];

        public function syncedVersion(int $payoutId): int
        {
            return $this->synced[$payoutId] ?? 0;
        }

        public function push(string $schema, int $payoutId, int $version, int $amountCents): void
        {
            $this->synced[$payoutId] = $version;
        }
    }

    final class SyncPayoutToLedgerHandler
    {
        public function __construct(private TenantScope $scope, private LedgerGateway $ledger)
        {
        }

        public function __invoke(SyncPayoutToLedger $message): void
        {
            $tenant = $this->scope->enter($message->tenantId, $message->version);

            try {
                if ($this->ledger->syncedVersion($message->payoutId) >= $message->version) {
                    // redelivered or superseded by a newer version
                    return;
                }

                $this->ledger->push($tenant->schema, $message->payoutId, $message->version, $message->amountCents);
            } finally {
                $this->scope->leave();
            }
        }
    }
}

namespace {
    use App\Payouts\LedgerGateway;
    use App\Payouts\SyncPayoutToLedger;
    use App\Payouts\SyncPayoutToLedgerHandler;
    use App\Tenancy\TenantScope;
    use App\Tenancy\TenantSettingsLoader;
    use Symfony\Component\Messenger\Envelope;
    use Symfony\Component\Messenger\TransportInterface;
    use Symfony\Component\Messenger\Worker;

    final class SqsTransportStub implements TransportInterface
    {
        public int $acked = 0;

        public function __construct(private int $limit)
        {
        }

        public function get(): iterable
        {
            for ($i = 0; $i < $this->limit; $i++) {
                // every payout event is delivered twice (at-least-once transport)
                $payoutId = 7000 + intdiv($i, 2) % 60;
                $version = 1 + intdiv($i, 120);
                yield new Envelope(new SyncPayoutToLedger(1 + $payoutId % 9, $payoutId, $version, 1000 + $i));
            }
        }

        public function ack(Envelope $envelope): void
        {
            $this->acked++;
        }
    }

    $n = (int) (getenv('PHPLEAK_N') ?: 100);

    $handler = new SyncPayoutToLedgerHandler(new TenantScope(new TenantSettingsLoader()), new LedgerGateway());
    $worker = new Worker(new SqsTransportStub($n), [SyncPayoutToLedger::class => $handler]);
    $worker->run();
}
