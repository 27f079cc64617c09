<?php

declare(strict_types=1);

namespace App\Mail;

use Stencil\Environment;

final class OutgoingMail
{
    public function __construct(
        public readonly string $to,
        public readonly string $subject,
        public readonly string $html,
    ) {
    }
}

final class OrderConfirmationMailer
{
    private const LINE = '<tr><td>{{ sku }}</td><td>{{ qty }}</td><td>{{ price }} EUR</td></tr>';

    private const BODY = '<html><body><h1>Thank you, {{ customer }}!</h1>'
        . '<p>Your order {{ order_id }} has been confirmed and will ship soon.</p>'
        . '<table class="lines"><thead><tr><th>Item</th><th>Qty</th><th>Price</th></tr></thead>'
        . '<tbody>{{ rows|raw }}</tbody></table>'
        . '<p>Questions? Reply to this mail or write to {{ support_email }}.</p></body></html>';

    public function __construct(private readonly Environment $stencil)
    {
    }

    public function build(array $order): OutgoingMail
    {
        $rows = '';
        foreach ($order['lines'] as $line) {
            $rows .= $this->stencil->createTemplate(self::LINE)->render($line);
        }

        $template = $this->stencil->createTemplate(self::BODY);

        return new OutgoingMail(
            $order['email'],
            "Order {$order['order_id']} confirmed",
            $template->render([
                'customer' => $order['customer'],
                'order_id' => $order['order_id'],
                'rows' => $rows,
                'support_email' => 'support@shop.test',
            ]),
        );
    }
}
