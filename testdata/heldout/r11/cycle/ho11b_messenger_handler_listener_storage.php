<?php

declare(strict_types=1);

namespace App\Messenger;

final class Envelope
{
    /** @var array<class-string, list<object>> */
    private array $stamps = [];

    public function __construct(public readonly object $message)
    {
    }

    public function with(object $stamp): self
    {
        $copy = clone $this;
        $copy->stamps[$stamp::class][] = $stamp;

        return $copy;
    }

    public function last(string $class): ?object
    {
        $list = $this->stamps[$class] ?? [];

        return $list === [] ? null : $list[\count($list) - 1];
    }
}

final class ReceivedStamp
{
    public function __construct(public readonly string $transport)
    {
    }
}

final class InvoiceIssued
{
    public function __construct(
        public readonly string $invoiceId,
        public readonly string $customer,
        public readonly array $lines,
    ) {
    }
}

interface HandledListener
{
    public function onHandled(HandlerContext $context): void;
}

final class HandlerContext
{
    public \SplObjectStorage $listeners;
    public array $attributes = [];

    public function __construct(public readonly Envelope $envelope)
    {
        $this->listeners = new \SplObjectStorage();
    }

    public function subscribe(HandledListener $listener, string $name): void
    {
        $this->listeners->attach($listener, $name); // leak
    }

    public function notifyHandled(): void
    {
        foreach ($this->listeners as $listener) {
            $listener->onHandled($this);
        }
    }
}

final class TimingListener implements HandledListener
{
    public ?HandlerContext $context = null;
    public float $startedAt = 0.0;

    public function __construct(private array &$totals)
    {
    }

    public function bind(HandlerContext $context): void
    {
        $this->context = $context; // leak
        $this->startedAt = \microtime(true);
    }

    public function onHandled(HandlerContext $context): void
    {
        $class = $context->envelope->message::class;
        $this->totals[$class] = ($this->totals[$class] ?? 0.0) + (\microtime(true) - $this->startedAt);
    }
}

final class InvoiceHandler
{
    public int $handled = 0;

    public function __invoke(InvoiceIssued $message, HandlerContext $context): void
    {
        $sum = 0;
        foreach ($message->lines as $line) {
            $sum += $line['qty'] * $line['price'];
        }
        $context->attributes['total'] = $sum;
        $context->attributes['rendered'] = \str_repeat(\sprintf('%s;%s;%d|', $message->invoiceId, $message->customer, $sum), 12);
        ++$this->handled;
    }
}

final class Worker
{
    private array $totals = [];

    public function __construct(private InvoiceHandler $handler, private int $limit)
    {
    }

    public function run(): void
    {
        for ($i = 0; $i < $this->limit; ++$i) {
            $envelope = (new Envelope(new InvoiceIssued(
                \sprintf('INV-%06d', $i),
                'customer-' . ($i % 37) . '@example.test',
                [['qty' => 1 + $i % 3, 'price' => 1999], ['qty' => 2, 'price' => 450]],
            )))->with(new ReceivedStamp('async'));

            $context = new HandlerContext($envelope);
            $timing = new TimingListener($this->totals);
            $timing->bind($context);
            $context->subscribe($timing, 'timing');

            ($this->handler)($envelope->message, $context);
            $context->notifyHandled();
        }
    }
}

$n = (int) (\getenv('PHPLEAK_N') ?: 100);
$worker = new Worker(new InvoiceHandler(), $n);
$worker->run();
