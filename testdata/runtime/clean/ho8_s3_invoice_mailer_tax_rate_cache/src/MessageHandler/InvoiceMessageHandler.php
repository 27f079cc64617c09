<?php
namespace App\MessageHandler;

use App\Billing\{Mailer, TaxRateProvider};
use App\Message\SendInvoice;
use Symfony\Component\Messenger\Attribute\AsMessageHandler;

final class InvoiceMessageHandler
{
    /** @var array<string, array{percent: int, label: string, legal: string}> */
    private array $taxRates = [];

    public function __construct(private TaxRateProvider $rates, private Mailer $mailer) {}

    #[AsMessageHandler(fromTransport: 'billing')]
    public function onSendInvoice(SendInvoice $invoice): void
    {
        $tax = $this->taxRates[$invoice->country] ??= $this->rates->rateFor($invoice->country);
        $net = array_sum(array_column($invoice->lines, 1));
        $html = "<h1>Invoice {$invoice->number}</h1><table>";
        foreach ($invoice->lines as [$label, $cents]) {
            $html .= sprintf('<tr><td>%s</td><td>%.2f</td></tr>', htmlspecialchars($label), $cents / 100);
        }
        $html .= sprintf('<tr><td>%s</td><td>%.2f</td></tr></table><small>%s</small>', $tax['label'], $net * $tax['percent'] / 10000, $tax['legal']);
        $this->mailer->send($invoice->email, "Your invoice {$invoice->number}", $html);
    }
}
