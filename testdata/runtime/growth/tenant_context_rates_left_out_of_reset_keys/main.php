<?php

declare(strict_types=1);

require __DIR__ . '/src/context.php';

use function Billing\context_boot;
use function Billing\context_reset;
use function Billing\rate;

final class InvoiceJob
{
    public function __construct(public readonly string $tenant, public readonly string $currency, public readonly string $issuedOn, public readonly array $lines)
    {
    }
}

final class InvoiceTotaller
{
    public function handle(InvoiceJob $job): float
    {
        $GLOBALS['tenant_ctx']['tenant'] = $job->tenant;
        $GLOBALS['tenant_ctx']['breadcrumbs'][] = 'invoice for ' . $job->tenant;
        $total = 0.0;
        foreach ($job->lines as $amount) {
            $total += $amount * rate($job->currency . '/EUR', $job->issuedOn);
        }
        return $total;
    }
}

context_boot();
$totaller = new InvoiceTotaller();
$currencies = ['USD', 'GBP', 'CHF', 'SEK'];
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    // each job is issued on its own day: a new rate entry per job
    $job = new InvoiceJob('tenant-' . ($i % 7), $currencies[$i % 4], date('Y-m-d', 1_600_000_000 + $i * 86400) . str_repeat(' ', 600), [120.0, 80.5]);
    $totaller->handle($job);
    context_reset();
}
