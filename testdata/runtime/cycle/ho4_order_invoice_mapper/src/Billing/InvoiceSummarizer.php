<?php
declare(strict_types=1);

namespace Shop\Billing;

use Shop\Entity\Order;
use Shop\Entity\OrderLine;

final class InvoiceSummarizer
{
    public function __construct(
        private string $defaultCurrency,
        private float $vatRate,
    ) {
    }

    /**
     * @return array{net: int, vat: int, gross: int, lines: list<string>}
     */
    public function summarize(Order $order): array
    {
        $lines = [];
        foreach ($order->getLines() as $line) {
            $lines[] = $this->formatLine($line);
        }
        $net = $order->getSubtotalCents();
        $vat = (int) round($net * $this->vatRate);

        return ['net' => $net, 'vat' => $vat, 'gross' => $net + $vat, 'lines' => $lines];
    }

    private function formatLine(OrderLine $line): string
    {
        $currency = $line->getOrder()?->getCurrency() ?? $this->defaultCurrency;

        return sprintf('%-16s x%d %10.2f %s', $line->getSku(), $line->getQuantity(), $line->getTotalCents() / 100, $currency);
    }
}
