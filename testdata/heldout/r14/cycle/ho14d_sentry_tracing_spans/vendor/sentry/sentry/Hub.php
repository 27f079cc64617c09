<?php

namespace Sentry\State;

use Sentry\Tracing\Span;
use Sentry\Tracing\Transaction;
use Sentry\Tracing\TransactionContext;

interface TransportInterface
{
    public function send(array $event): string;
}

final class Hub
{
    private ?Span $span = null;

    public function __construct(private readonly TransportInterface $transport, private readonly array $options)
    {
    }

    public function startTransaction(TransactionContext $context): Transaction
    {
        $transaction = new Transaction($context, $this);
        $transaction->initSpanRecorder($this->options['max_spans'] ?? 1000);

        return $transaction;
    }

    public function setSpan(?Span $span): void
    {
        $this->span = $span;
    }

    public function getSpan(): ?Span
    {
        return $this->span;
    }

    public function captureEvent(array $event): string
    {
        $event['environment'] = $this->options['environment'] ?? 'production';
        $event['release'] = $this->options['release'] ?? null;

        return $this->transport->send($event);
    }
}

namespace Sentry;

use Sentry\State\Hub;

final class SentrySdk
{
    private static ?Hub $currentHub = null;

    public static function init(Hub $hub): Hub
    {
        return self::$currentHub = $hub;
    }

    public static function getCurrentHub(): Hub
    {
        return self::$currentHub ?? throw new \LogicException('Sentry is not initialised');
    }
}
