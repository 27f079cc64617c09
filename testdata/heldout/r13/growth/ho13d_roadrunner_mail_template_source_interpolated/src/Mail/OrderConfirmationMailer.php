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
    public function __construct(private readonly Environment $stencil)
    {
    }

    public function build(array $order): OutgoingMail
    {
        $rows = '';
        foreach ($order['lines'] as $line) {
            $rows .= sprintf('<tr><td>%s</td><td>%d</td><td>%s EUR</td></tr>', $line['sku'], $line['qty'], $line['price']);
        }

        $template = $this->stencil->createTemplate( // leak
            "<html><body><h1>Thank you, {$order['customer']}!</h1>"
            . "<p>Your order {$order['order_id']} has been confirmed and will ship soon.</p>"
            . "<table class=\"lines\"><thead><tr><th>Item</th><th>Qty</th><th>Price</th></tr></thead>"
            . "<tbody>{$rows}</tbody></table>"
            . '<p>Questions? Reply to this mail or write to {{ support_email }}.</p></body></html>'
        );

        return new OutgoingMail(
            $order['email'],
            "Order {$order['order_id']} confirmed",
            $template->render(['support_email' => 'support@shop.test']),
        );
    }
}
