<?php

declare(strict_types=1);

namespace App\Expense\Workflow;

use InvalidArgumentException;
use WeakReference;

final class ExpenseClaim
{
    /** @var array<string, true> */
    public array $marking = [];

    public function __construct(
        public readonly string $id,
        public readonly int $amountCents,
        public readonly string $submittedBy,
    ) {
    }
}

final class Place
{
    /** @var WeakReference<Workflow> */
    private readonly WeakReference $workflow;

    public function __construct(
        Workflow $workflow,
        public readonly string $name,
        public readonly bool $initial = false,
    ) {
        $this->workflow = WeakReference::create($workflow);
    }

    public function workflowName(): string
    {
        return $this->workflow->get()?->name ?? '';
    }
}

final class Transition
{
    /** @var WeakReference<Workflow> */
    private readonly WeakReference $workflow;

    /** @param list<string> $froms */
    public function __construct(
        Workflow $workflow,
        public readonly string $name,
        public readonly array $froms,
        public readonly string $to,
    ) {
        $this->workflow = WeakReference::create($workflow);
    }

    public function isEnabledFor(ExpenseClaim $claim): bool
    {
        foreach ($this->froms as $from) {
            if (!isset($claim->marking[$from])) {
                return false;
            }
        }

        return $this->workflow->get()?->guard($this, $claim) ?? false;
    }
}

final class Workflow
{
    /** @var array<string, Place> */
    private array $places = [];

    /** @var array<string, Transition> */
    private array $transitions = [];

    public function __construct(
        public readonly string $name,
        private readonly int $autoApproveBelowCents,
    ) {
    }

    public function addPlace(string $name, bool $initial = false): Place
    {
        return $this->places[$name] = new Place($this, $name, $initial);
    }

    /** @param list<string> $froms */
    public function addTransition(string $name, array $froms, string $to): Transition
    {
        foreach ([...$froms, $to] as $place) {
            if (!isset($this->places[$place])) {
                throw new InvalidArgumentException("Unknown place {$place} in {$this->name}");
            }
        }

        return $this->transitions[$name] = new Transition($this, $name, $froms, $to);
    }

    public function start(ExpenseClaim $claim): void
    {
        foreach ($this->places as $place) {
            if ($place->initial) {
                $claim->marking[$place->name] = true;
            }
        }
    }

    public function apply(ExpenseClaim $claim, string $transitionName): bool
    {
        $transition = $this->transitions[$transitionName] ?? null;
        if ($transition === null || !$transition->isEnabledFor($claim)) {
            return false;
        }
        foreach ($transition->froms as $from) {
            unset($claim->marking[$from]);
        }
        $claim->marking[$transition->to] = true;

        return true;
    }

    public function guard(Transition $transition, ExpenseClaim $claim): bool
    {
        return $transition->name !== 'auto_approve' || $claim->amountCents < $this->autoApproveBelowCents;
    }
}

/**
 * Builds the approval workflow for a claim. The threshold depends on the
 * submitter's cost centre, so the definition is assembled per message.
 */
final class WorkflowFactory
{
    /** @param array<string, int> $thresholds */
    public function __construct(private readonly array $thresholds)
    {
    }

    public function forClaim(ExpenseClaim $claim): Workflow
    {
        $centre = explode('@', $claim->submittedBy)[1] ?? 'default';
        $workflow = new Workflow('expense_approval', $this->thresholds[$centre] ?? $this->thresholds['default']);

        $workflow->addPlace('submitted', initial: true);
        $workflow->addPlace('approved');
        $workflow->addPlace('needs_review');
        $workflow->addPlace('paid');

        $workflow->addTransition('auto_approve', ['submitted'], 'approved');
        $workflow->addTransition('escalate', ['submitted'], 'needs_review');
        $workflow->addTransition('pay', ['approved'], 'paid');

        return $workflow;
    }
}

final class ExpenseSubmittedHandler
{
    public int $paid = 0;
    public int $escalated = 0;

    public function __construct(private readonly WorkflowFactory $factory)
    {
    }

    public function __invoke(ExpenseClaim $claim): void
    {
        $workflow = $this->factory->forClaim($claim);
        $workflow->start($claim);

        if ($workflow->apply($claim, 'auto_approve')) {
            $workflow->apply($claim, 'pay');
            $this->paid++;
            return;
        }

        $workflow->apply($claim, 'escalate');
        $this->escalated++;
    }
}

final class Consumer
{
    public function __construct(private readonly ExpenseSubmittedHandler $handler)
    {
    }

    public function run(int $limit): void
    {
        for ($i = 0; $i < $limit; $i++) {
            $domain = $i % 3 === 0 ? 'sales.example' : 'ops.example';
            ($this->handler)(new ExpenseClaim('exp-' . $i, ($i * 1371) % 90000, "user{$i}@{$domain}"));
        }
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$consumer = new Consumer(new ExpenseSubmittedHandler(new WorkflowFactory([
    'default' => 25000,
    'sales.example' => 50000,
])));
$consumer->run($n);
