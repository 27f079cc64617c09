<?php

namespace Acme\Payroll\Message;

use Symfony\Component\Messenger\Envelope;
use Symfony\Component\Messenger\TransportInterface;

/** The payroll_run queue: one GeneratePayslip message per employee in the run. */
final class PayrollRunTransport implements TransportInterface
{
    private int $delivered = 0;

    public function __construct(private int $limit)
    {
    }

    public function get(): iterable
    {
        if ($this->delivered >= $this->limit) {
            return [];
        }
        $i = $this->delivered++;
        $grades = ['E1', 'E2', 'E3', 'M1', 'M2'];
        $components = ['base' => 4200 + $i % 900, 'overtime' => ($i % 5) * 37.5, 'pension' => -210.0];
        if ($i % 3 === 0) {
            $components['shift_allowance'] = 120.0;
        }

        return [new Envelope(new GeneratePayslip(
            20000 + $i,
            '2025-' . str_pad((string) (1 + intdiv($i, 400) % 12), 2, '0', STR_PAD_LEFT),
            $grades[$i % 5],
            ['en_GB', 'de_DE', 'nl_NL'][$i % 3],
            $components,
        ))];
    }

    public function ack(Envelope $envelope): void
    {
    }
}
