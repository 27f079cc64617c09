<?php

namespace Sentry\Tracing;

use Sentry\State\Hub;

class TransactionContext extends SpanContext
{
    public string $name = '<unlabeled transaction>';
    public string $source = 'custom';

    public function setName(string $name): static
    {
        $this->name = $name;

        return $this;
    }

    public function setSource(string $source): static
    {
        $this->source = $source;

        return $this;
    }
}

final class Transaction extends Span
{
    private string $name;
    private string $source;

    public function __construct(TransactionContext $context, private readonly Hub $hub)
    {
        parent::__construct($context);

        $this->name = $context->name;
        $this->source = $context->source;
        $this->transaction = \WeakReference::create($this);
    }

    public function initSpanRecorder(int $maxSpans = 1000): void
    {
        if ($this->spanRecorder === null) {
            $this->spanRecorder = new SpanRecorder($maxSpans);
        }

        $this->spanRecorder->add($this);
    }

    public function getName(): string
    {
        return $this->name;
    }

    public function finish(?float $endTimestamp = null): ?string
    {
        if ($this->endTimestamp !== null) {
            return null;
        }

        parent::finish($endTimestamp);

        $spans = [];
        foreach ($this->spanRecorder?->getSpans() ?? [] as $span) {
            if ($span !== $this) {
                $spans[] = $span->toArray();
            }
        }

        $this->spanRecorder = null;

        return $this->hub->captureEvent([
            'type' => 'transaction',
            'transaction' => $this->name,
            'transaction_info' => ['source' => $this->source],
            'contexts' => ['trace' => $this->toArray()],
            'spans' => $spans,
        ]);
    }
}
