<?php

namespace App;

use Acme\I18n\Translator;

// Renders a receipt in the customer's locale, with the shop's wording
// overrides for that receipt.
final class ReceiptRenderer
{
    public function __construct(private Translator $translator)
    {
    }

    public function render(array $order): string
    {
        $this->translator->pushLocale($order['locale'], [
            'receipt.title' => 'Receipt {number} for ' . $order['customer'],
            'receipt.footer' => $order['footer'],
        ]);
        try {
            if ($order['total'] === 0) {
                return ''; // nothing to print for a free order
            }
            return $this->translator->trans('receipt.title', ['number' => $order['number']]);
        } finally {
            $this->translator->popLocale();
        }
    }
}
