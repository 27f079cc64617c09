<?php

declare(strict_types=1);

namespace Acme\Fulfilment\Saga;

use RuntimeException;

enum SagaState: string
{
    case Running = 'running';
    case Completed = 'completed';
    case Compensated = 'compensated';
}

abstract class SagaStep
{
    public function __construct(
        protected readonly FulfilmentSaga $saga,
    ) {
    }

    abstract public function name(): string;

    abstract public function execute(): void;

    public function compensate(): void
    {
        $this->saga->log("compensate {$this->name()}");
    }
}

final class ReserveStock extends SagaStep
{
    public function name(): string
    {
        return 'reserve-stock';
    }

    public function execute(): void
    {
        $this->saga->log(sprintf('reserved %d lines for %s', count($this->saga->lines), $this->saga->orderId));
    }
}

final class CapturePayment extends SagaStep
{
    public function name(): string
    {
        return 'capture-payment';
    }

    public function execute(): void
    {
        $this->saga->log("captured payment {$this->saga->paymentIntent}");
    }
}

final class BookCarrier extends SagaStep
{
    public function name(): string
    {
        return 'book-carrier';
    }

    public function execute(): void
    {
        if ($this->saga->destinationCountry === 'XX') {
            throw new RuntimeException('no carrier serves this destination');
        }
        $this->saga->log("booked carrier for {$this->saga->destinationCountry}");
    }
}

final class StepFactory
{
    /** @param class-string<SagaStep> $class */
    public function create(string $class, FulfilmentSaga $saga): SagaStep
    {
        return new $class($saga);
    }
}

final class FulfilmentSaga
{
    public SagaState $state = SagaState::Running;
    /** @var list<SagaStep> */
    private array $completedSteps = [];
    /** @var list<string> */
    private array $journal = [];

    /** @param list<array{sku: string, qty: int}> $lines */
    public function __construct(
        public readonly string $orderId,
        public readonly string $paymentIntent,
        public readonly string $destinationCountry,
        public readonly array $lines,
    ) {
    }

    /** @param list<class-string<SagaStep>> $plan */
    public function run(StepFactory $factory, array $plan): void
    {
        try {
            foreach ($plan as $class) {
                $step = $factory->create($class, $this);
                $step->execute();
                $this->completedSteps[] = $step;
            }
            $this->state = SagaState::Completed;
        } catch (RuntimeException $e) {
            foreach (array_reverse($this->completedSteps) as $done) {
                $done->compensate();
            }
            $this->state = SagaState::Compensated;
        } finally {
            $this->completedSteps = [];
        }
    }

    public function log(string $line): void
    {
        $this->journal[] = $line;
    }
}

final class OrderPaidMessage
{
    public function __construct(
        public readonly string $orderId,
        public readonly string $paymentIntent,
        public readonly string $country,
        public readonly int $lineCount,
    ) {
    }
}

final class FulfilmentSagaHandler
{
    private const PLAN = [ReserveStock::class, CapturePayment::class, BookCarrier::class];

    public function __construct(private readonly StepFactory $steps)
    {
    }

    public function __invoke(OrderPaidMessage $message): SagaState
    {
        $lines = [];
        for ($l = 0; $l < $message->lineCount; $l++) {
            $lines[] = ['sku' => "{$message->orderId}-L{$l}", 'qty' => $l + 1];
        }
        $saga = new FulfilmentSaga($message->orderId, $message->paymentIntent, $message->country, $lines);
        $saga->run($this->steps, self::PLAN);

        return $saga->state;
    }
}

$handler = new FulfilmentSagaHandler(new StepFactory());

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $handler(new OrderPaidMessage(
        sprintf('ord_%08d', $i),
        sprintf('pi_%s', bin2hex(random_bytes(10))),
        $i % 10 === 9 ? 'XX' : 'NL',
        3,
    ));
}
