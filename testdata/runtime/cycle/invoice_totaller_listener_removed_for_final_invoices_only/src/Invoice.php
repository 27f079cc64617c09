<?php

namespace App\Billing;

use Closure;
use Symfony\Component\EventDispatcher\EventDispatcher;

final class LineAdded
{
    public function __construct(public readonly int $cents) {}
}

/**
 * An invoice being totalled keeps a dispatcher of its own, and listens
 * to it while it adds its lines. The listener is taken off only for
 * final invoices: a draft keeps it.
 */
final class InvoiceTotaller
{
    private readonly EventDispatcher $events;
    private int $total = 0;
    /** @var list<string> */
    private array $lines = [];

    public function __construct(private readonly bool $final)
    {
        $this->events = new EventDispatcher();
    }

    public function events(): EventDispatcher
    {
        return $this->events;
    }

    /** @param list<array{0: string, 1: int}> $lines */
    public function total(array $lines): int
    {
        $sum = $this->summer();
        $this->events->addListener('line.added', $sum); // leak
        foreach ($lines as [$label, $cents]) {
            $this->add($label, $cents);
        }
        if ($this->final) {
            $this->events->removeListener('line.added', $sum);
        }
        return $this->total;
    }

    private function add(string $label, int $cents): void
    {
        $this->lines[] = str_repeat($label . ' ', 20);
        $this->events->dispatch(new LineAdded($cents), 'line.added');
    }

    private function summer(): Closure
    {
        return function (LineAdded $e): void {
            $this->total += $e->cents;
        };
    }
}

final class TotalInvoice
{
    /** @param list<array{0: string, 1: int}> $lines */
    public function __construct(public readonly bool $final, public readonly array $lines) {}
}

final class TotalInvoiceHandler
{
    public function __invoke(TotalInvoice $message): int
    {
        return (new InvoiceTotaller($message->final))->total($message->lines);
    }
}
