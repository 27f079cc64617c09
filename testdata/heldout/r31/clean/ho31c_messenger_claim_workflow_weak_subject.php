<?php

declare(strict_types=1);

namespace Symfony\Component\Messenger {
    final class Envelope
    {
        public function __construct(public readonly object $message, public readonly array $stamps = [])
        {
        }
    }

    final class MessageBus
    {
        /** @param array<class-string, callable> $handlers */
        public function __construct(private array $handlers)
        {
        }

        public function dispatch(object $message): Envelope
        {
            $envelope = new Envelope($message, ['received_at' => microtime(true)]);
            ($this->handlers[$message::class])($envelope->message);

            return $envelope;
        }
    }
}

namespace App\Claims {
    use InvalidArgumentException;
    use LogicException;
    use WeakReference;

    final class Claim
    {
        private ?ClaimWorkflow $workflow = null;

        /** @var list<string> */
        private array $history = [];

        public function __construct(
            public readonly string $claimNumber,
            public readonly string $policyNumber,
            public string $status,
            public readonly float $reserve,
            public readonly string $lossDescription,
        ) {
        }

        public function attachWorkflow(ClaimWorkflow $workflow): void
        {
            $this->workflow = $workflow;
        }

        public function workflow(): ClaimWorkflow
        {
            return $this->workflow ?? throw new LogicException("No workflow on {$this->claimNumber}");
        }

        public function record(string $from, string $to, string $actor): void
        {
            $this->history[] = sprintf('%s %s -> %s by %s', date(DATE_ATOM), $from, $to, $actor);
        }

        public function history(): array
        {
            return $this->history;
        }
    }

    final class ClaimWorkflow
    {
        /** @var WeakReference<Claim> */
        private WeakReference $subject;

        /** @param array<string, array{from: list<string>, to: string}> $transitions */
        public function __construct(
            Claim $subject,
            private array $transitions,
        ) {
            $this->subject = WeakReference::create($subject);
        }

        public function can(string $transition): bool
        {
            $t = $this->transitions[$transition] ?? null;

            return $t !== null && in_array($this->subject()->status, $t['from'], true);
        }

        public function apply(string $transition, string $actor): void
        {
            $subject = $this->subject();
            if (!$this->can($transition)) {
                throw new InvalidArgumentException("Transition $transition not allowed from {$subject->status}");
            }
            $from = $subject->status;
            $subject->status = $this->transitions[$transition]['to'];
            $subject->record($from, $subject->status, $actor);
        }

        private function subject(): Claim
        {
            return $this->subject->get() ?? throw new LogicException('Claim was released before its workflow');
        }
    }

    /** Resolves the workflow definition configured for a subject class. */
    final class WorkflowRegistry
    {
        /** @param array<class-string, array{0: class-string, 1: array}> $definitions */
        public function __construct(private array $definitions)
        {
        }

        public function get(Claim $claim): ClaimWorkflow
        {
            [$workflowClass, $transitions] = $this->definitions[$claim::class];
            $workflow = new $workflowClass($claim, $transitions);
            $claim->attachWorkflow($workflow);

            return $workflow;
        }
    }

    /** Stands in for the Doctrine repository: hydrates a fresh entity per message. */
    final class ClaimRepository
    {
        public function find(string $claimNumber, array $row): Claim
        {
            return new Claim(
                $claimNumber,
                $row['policy_number'],
                $row['status'],
                (float) $row['reserve'],
                $row['loss_description'],
            );
        }
    }

    final class AdvanceClaim
    {
        public function __construct(
            public readonly string $claimNumber,
            public readonly array $row,
            public readonly string $adjuster,
        ) {
        }
    }

    final class AdvanceClaimHandler
    {
        /** @var array<string, int> */
        private array $statusCounts = [];

        public function __construct(
            private ClaimRepository $claims,
            private WorkflowRegistry $workflows,
        ) {
        }

        public function __invoke(AdvanceClaim $message): void
        {
            $claim = $this->claims->find($message->claimNumber, $message->row);
            $workflow = $this->workflows->get($claim);

            foreach (['acknowledge', 'assign_adjuster', 'request_documents', 'approve'] as $transition) {
                if ($claim->workflow()->can($transition)) {
                    $workflow->apply($transition, $message->adjuster);
                }
            }

            $this->statusCounts[$claim->status] = ($this->statusCounts[$claim->status] ?? 0) + 1;
        }
    }
}

namespace {
    use App\Claims\AdvanceClaim;
    use App\Claims\AdvanceClaimHandler;
    use App\Claims\Claim;
    use App\Claims\ClaimRepository;
    use App\Claims\ClaimWorkflow;
    use App\Claims\WorkflowRegistry;
    use Symfony\Component\Messenger\MessageBus;

    $registry = new WorkflowRegistry([
        Claim::class => [ClaimWorkflow::class, [
            'acknowledge' => ['from' => ['submitted'], 'to' => 'acknowledged'],
            'assign_adjuster' => ['from' => ['acknowledged'], 'to' => 'under_review'],
            'request_documents' => ['from' => ['under_review'], 'to' => 'awaiting_documents'],
            'approve' => ['from' => ['under_review', 'awaiting_documents'], 'to' => 'approved'],
        ]],
    ]);
    $bus = new MessageBus([
        AdvanceClaim::class => new AdvanceClaimHandler(new ClaimRepository(), $registry),
    ]);

    $adjusters = ['j.okafor', 'm.lindqvist', 'r.patel', 's.moreau'];
    $n = (int) (getenv('PHPLEAK_N') ?: 100);
    for ($i = 0; $i < $n; $i++) {
        $claimNumber = sprintf('CLM-%d-%07d', 2024, 310000 + $i);
        $bus->dispatch(new AdvanceClaim($claimNumber, [
            'policy_number' => sprintf('PA-%08d', 5500000 + ($i * 13) % 90000),
            'status' => 'submitted',
            'reserve' => 1500 + ($i % 40) * 125,
            'loss_description' => "Rear-end collision at intersection, insured vehicle stationary; claimant reports neck pain (ref {$claimNumber})",
        ], $adjusters[$i % 4]));
    }
}
